/**
 * The words of the calendar, in lower case, for every stage that reads dates (figures, quotes, people): the days of
 * the week, the months and the months' abbreviations, the parts of the day, the seasons and the time zones; and a year.
 */

/** A year, four digits from 1800 to 2099 ("on Feb. 1, 2016", "a 2009 paper"). */
export const YEAR = /^(?:1[89]|20)\d\d$/;
/** The days of the week ("on Monday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** The months ("in March"). */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december']);
/** The months' abbreviations, without their period ("Jan", "Sept"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** The months, written out or abbreviated (without the abbreviation's stop). */
export const MONTHS_OR_ABBREVIATIONS: ReadonlySet<string> = new Set([...MONTH_ABBREVIATIONS, ...MONTHS]);
/** The days named from today ("today", "yesterday", "tonight"). */
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight']);
/** The parts of the day ("Monday morning", "last night"). */
export const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/** The points of the day a deadline names ("by nightfall", "until midnight", "at dawn"). */
export const POINTS_OF_DAY: ReadonlySet<string> = new Set(['nightfall', 'midnight', 'noon', 'midday', 'dawn', 'dusk', 'daybreak', 'sunrise', 'sunset']);
/** The seasons ("last summer"). */
export const SEASONS: ReadonlySet<string> = new Set(['summer', 'spring', 'fall', 'winter']);
/** The periods a word before names as a time ("last week", "this month", "next spring"). */
export const LED_PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', ...SEASONS]);
/** The units of a span of time ("two weeks ago", "three years old"). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'decade', 'decades']);
/** Periods in the plural, a long while ("for weeks", "in recent years"). */
export const PLURAL_PERIODS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years', 'decades']);
/** Words after a span of time that place it from now or from another time ("two weeks ago", "a week earlier", "the day before"). */
export const RELATIVE_TIME: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before', 'after']);
/** Time zones written after a time, as written ("7:19 p.m. EST", "at 8 CT"): a clock's part, never a count or a name. */
export const TIME_ZONES: ReadonlySet<string> = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET', 'CT', 'PT', 'GMT', 'UTC', 'BST', 'CET', 'CEST']);
