/**
 * Currencies: symbols before the number ("$1.5 billion", "£2.3bn", "US$5") and words after it
 * ("750 million euros", "50 cents" = 0.5 USD), as ISO 4217 codes.
 */
import type { Tok } from './tokens';

export const SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₪': 'ILS', '₺': 'TRY',
};
/** Letters written against "$" ("US$", "C$", "A$", "HK$"). */
const DOLLAR_PREFIX: Readonly<Record<string, string>> = { us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', nz: 'NZD', s: 'SGD' };

interface CurrencyWord { code: string; fraction?: number }
const WORDS: Readonly<Record<string, CurrencyWord>> = {
  dollar: { code: 'USD' }, dollars: { code: 'USD' }, usd: { code: 'USD' }, bucks: { code: 'USD' },
  euro: { code: 'EUR' }, euros: { code: 'EUR' }, eur: { code: 'EUR' },
  sterling: { code: 'GBP' }, gbp: { code: 'GBP' },
  yen: { code: 'JPY' }, yuan: { code: 'CNY' }, renminbi: { code: 'CNY' }, rupee: { code: 'INR' }, rupees: { code: 'INR' },
  rouble: { code: 'RUB' }, roubles: { code: 'RUB' }, ruble: { code: 'RUB' }, rubles: { code: 'RUB' },
  peso: { code: 'MXN' }, pesos: { code: 'MXN' }, franc: { code: 'CHF' }, francs: { code: 'CHF' },
  shekel: { code: 'ILS' }, shekels: { code: 'ILS' }, riyal: { code: 'SAR' }, riyals: { code: 'SAR' },
  cent: { code: 'USD', fraction: 100 }, cents: { code: 'USD', fraction: 100 }, pence: { code: 'GBP', fraction: 100 }, penny: { code: 'GBP', fraction: 100 },
};
/** Adjectives that name whose dollars they are. */
const DOLLAR_OF: Readonly<Record<string, string>> = {
  us: 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', singapore: 'SGD', taiwan: 'TWD', zealand: 'NZD',
};

export interface CurrencyPrefix {
  code: string;
  /** Index of the first token after the symbol. */
  next: number;
}

/** A currency symbol at toks[i] ("$", "£"). */
export function currencySymbol(toks: Tok[], i: number): CurrencyPrefix | null {
  const t = toks[i];
  if (!t || t.k !== 'p' || !(t.w in SYMBOLS)) return null;
  return { code: SYMBOLS[t.w], next: i + 1 };
}

/** The ISO code a "$" written after these letters stands for ("US$" -> USD, "C$" -> CAD), or null. */
export function dollarPrefix(letters: string): string | null {
  return DOLLAR_PREFIX[letters.toLowerCase()] ?? null;
}

export interface CurrencyAfter {
  code: string;
  /** Divide the number by this ("50 cents" -> 0.5). */
  fraction: number;
  next: number;
}

/** A currency word at toks[i], optionally after "US"/"Canadian"/"British" ("750 million euros", "20 US dollars"). */
export function currencyWord(toks: Tok[], i: number): CurrencyAfter | null {
  let j = i, whose: string | null = null;
  const t = toks[j];
  if (!t || t.k !== 'w' || !t.sp) return null;
  if (t.l in DOLLAR_OF || t.l === 'hong' || t.l === 'new' || t.l === 'british' || t.l === 'u') {
    if (t.l === 'u' && toks[j + 1]?.w === '.' && toks[j + 2]?.l === 's' && toks[j + 3]?.w === '.') { whose = 'USD'; j += 4; }
    else if (t.l === 'hong' && toks[j + 1]?.l === 'kong') { whose = 'HKD'; j += 2; }
    else if (t.l === 'new' && toks[j + 1]?.l === 'zealand') { whose = 'NZD'; j += 2; }
    else if (t.l === 'british') { whose = 'GBP'; j += 1; }
    else if (t.l in DOLLAR_OF) { whose = DOLLAR_OF[t.l]; j += 1; }
  }
  const w = toks[j];
  if (!w || w.k !== 'w') return null;
  if (whose === 'GBP' && /^pounds?$/.test(w.l)) return { code: 'GBP', fraction: 1, next: j + 1 };
  if (/^pounds?$/.test(w.l) && toks[j + 1]?.l === 'sterling') return { code: 'GBP', fraction: 1, next: j + 2 };
  const c = WORDS[w.l];
  if (!c) return null;
  const dollars = w.l.startsWith('dollar');
  if (whose && !dollars && whose !== c.code) return null;
  return { code: dollars && whose ? whose : c.code, fraction: c.fraction ?? 1, next: j + 1 };
}
