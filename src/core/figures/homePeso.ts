/**
 * Whose peso a bare "pesos" is. Mexico, the Philippines, Argentina, Colombia and Chile all count in pesos, and an
 * article written in one of them names that country: "If I sell at P45, I will earn two pesos a kilo" in an
 * Inquirer-style probe from Manila is Philippine pesos (test/fixtures/outlets ph-inquirer-rice-price-cap.txt), "70,000
 * pesos a month" in a Buenos Aires Times-style probe Argentine ones (ar-batimes-pensioners-congress-protest.txt), "a
 * reward of 500 million pesos" in a Colombia Reports-style probe Colombian ones (co-colombiareports-eln-talks-cauca-bomb.txt).
 * The country the article names most decides; without one, or on a tie, "pesos" stays Mexican (MXN). A peso written
 * with its country ("Mexican pesos", "Philippine pesos") is never changed.
 */
import type { Figure } from '../types';
import { countMatches, soleHighest } from './homeDollar';

/** The peso countries and the names that say an article is about one. */
const COUNTRIES: Readonly<Record<string, RegExp>> = {
  MXN: /\b(?:Mexico|Mexican|Monterrey|Guadalajara)\b/g,
  PHP: /\b(?:Philippines|Philippine|Filipinos?|Manila|Quezon City|Cebu|Davao)\b/g,
  ARS: /\b(?:Argentina|Argentine|Argentines|Buenos Aires|Córdoba|Rosario)\b/g,
  COP: /\b(?:Colombia|Colombian|Colombians|Bogotá|Bogota|Medellín|Medellin|Cali)\b/g,
  CLP: /\b(?:Chile|Chilean|Chileans|Valparaíso|Valparaiso)\b/g,
};
/** The default reading of a bare "pesos" (figures/money.ts). */
const DEFAULT_PESO = 'MXN';
const BARE_PESO = /\bpesos?\b/i;
/** A peso written with its country ("Mexican pesos", "Philippine peso"). */
const PESO_OF_COUNTRY = /\b(?:Mexican|Philippine|Argentine|Colombian|Chilean)\s+pesos?\b/i;

/** The peso country the article names most, or undefined on none or a tie. */
export function homePeso(text: string): string | undefined {
  return soleHighest(Object.entries(COUNTRIES).map(([code, names]) => [code, countMatches(names, text)] as const))?.key;
}

/** The figures with a bare "pesos" read as the article's home peso. */
export function withHomePeso(text: string, figures: Figure[]): Figure[] {
  const bare = (f: Figure): boolean => f.unit === DEFAULT_PESO && BARE_PESO.test(f.text) && !PESO_OF_COUNTRY.test(f.text);
  if (!figures.some(bare)) return figures;
  const home = homePeso(text);
  if (!home || home === DEFAULT_PESO) return figures;
  return figures.map(f => (bare(f) ? { ...f, unit: home } : f));
}
