/** The people stage: who a mention is, and one name per person in an article and across articles. */
export { CanonicalNames, kindOfName, type NameKind } from './canonical';
export { cleanName, personKey, samePerson, shownDescription } from './personName';
export { peopleOf, PeopleIndex } from './workspace';
export { trackPeople, type PeopleStage, type Reading } from './track';
