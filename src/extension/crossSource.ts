/**
 * What other articles say: figure comparisons over the workspace (computed in the worker with the corpus index,
 * read from its last snapshot), and the one name a person goes by across the workspace (src/core/people/workspace.ts),
 * which every part of the editor shows: hovers, outline, Find All References, quick picks, the panel, the CSV.
 */
import { comparisonFor, type FigureComparison } from '../core/corpus/figureCompare';
import type { Passage, QuoteVariantGroup, Span } from '../core/types';
import { peopleOf, type PeopleIndex } from '../core/people';
import type { Articles } from './articles';

export class CrossSource {
  /** The people of the articles' analyses as they were at `revision` (Articles.revision). */
  private peopleIndex: { revision: number; people: PeopleIndex } | undefined;
  /** The index's quote-variant groups with their speakers by workspace name, per snapshot of the groups and people. */
  private variants: { from: readonly QuoteVariantGroup[]; people: PeopleIndex; groups: QuoteVariantGroup[] } | undefined;

  constructor(private readonly articles: Articles) {}

  /** One person across the workspace's articles (src/core/people/workspace.ts), as the analyses stand now. */
  get people(): PeopleIndex {
    const revision = this.articles.revision;
    if (this.peopleIndex?.revision !== revision) this.peopleIndex = { revision, people: peopleOf(this.articles.all().map(a => a.analysis)) };
    return this.peopleIndex.people;
  }

  /**
   * The name a speaker goes by across the workspace: an article that only says "Lavrov" shows "Sergei Lavrov" when
   * other articles name him so, and "Sergey Lavrov" shows as the form most articles use.
   */
  fullName(name: string): string {
    return this.people.canonical(name);
  }

  /** The index's quote-variant groups, each under its speaker's workspace name. */
  quoteVariants(): readonly QuoteVariantGroup[] {
    const from = this.articles.corpusNow?.quoteVariants() ?? [];
    const people = this.people;
    if (this.variants?.from !== from || this.variants.people !== people) {
      this.variants = { from, people, groups: from.map(g => (g.speaker ? { ...g, speaker: people.canonical(g.speaker) } : g)) };
    }
    return this.variants.groups;
  }

  figures(): FigureComparison[] {
    return this.articles.corpusNow?.figures() ?? [];
  }

  figureAt(file: string, start: number): FigureComparison | undefined {
    return comparisonFor(this.figures(), file, start);
  }

  /**
   * The other renderings of a quote across the workspace, in file order: for a direct quote, its quote-variant
   * group's other quotes and the group's paraphrases (reported speech of the same utterance); for a paraphrase
   * attached to a group, the group's quotes in other files (and no paraphrases).
   */
  variantsOf(file: string, quote: Span): { quotes: Passage[]; paraphrases: Passage[] } {
    const overlaps = (p: Passage) => p.file === file && p.start < quote.end && quote.start < p.end;
    const inOrder = (list: Passage[]) => list.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
    const groups = this.quoteVariants();
    const group = groups.find(g => g.quotes.some(overlaps));
    if (group) return { quotes: inOrder(group.quotes.filter(p => !overlaps(p))), paraphrases: inOrder((group.paraphrases ?? []).filter(p => !overlaps(p))) };
    const reported = groups.find(g => g.paraphrases?.some(overlaps));
    return { quotes: reported ? inOrder(reported.quotes.filter(p => p.file !== file)) : [], paraphrases: [] };
  }
}
