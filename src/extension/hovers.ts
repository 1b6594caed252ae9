/**
 * Hovers: a quote tells its speaker and cue (with a link to the mention the attribution rests on); a speaker
 * mention tells the canonical name, what the speaker is ("· speaker" for a person, "· organisation", "· document",
 * "· group"), the description the article gives and their quotes in this file; a figure tells its normalised
 * reading and what the other articles report for the same quantity; a quote tells how other sources report it too (its
 * variants, with Compare); a passage that stands elsewhere tells where ("also in 002 (100%), 003 (98%)").
 */
import * as vscode from 'vscode';
import { describeFigure } from '../core/figures';
import { shownDescription } from '../core/people';
import type { Passage, Quote, Span } from '../core/types';
import type { Articles } from './articles';
import type { CrossSource } from './crossSource';
import { COMMANDS } from './ids';
import { isDirect } from './citation';
import { isSmallCount } from './figureStyle';
import { clip, counted, fileLabel, speakerKindLabel } from './labels';
import { compareLink, revealLink } from './links';
import { escapeMarkdown as asText } from './markdown';
import { positionsOf } from './positions';
import { displayName } from './settings';
import { sameWords } from '../core/quotes/marks';

const inside = (s: Span, off: number) => off >= s.start && off < s.end;
/** Most other renderings of a quote its hover lists. */
const MAX_RENDERINGS = 8;
/** Most paraphrases (reported speech of the same utterance) a quote's hover lists after its renderings. */
const MAX_PARAPHRASES = 3;

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly articles: Articles, private readonly cross: CrossSource) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const article = await this.articles.analysed(doc);
    const a = article?.analysis;
    if (!article || !a) return undefined;
    const off = doc.offsetAt(pos);
    const parts: string[] = [];
    let range: vscode.Range | undefined;
    const take = (s: Span) => { const r = new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)); range = range ? range.intersection(r) ?? r : r; };
    const on = this.articles.settings.enabled;

    const speaker = on.speakers ? a.speakers.find(s => s.mentions.some(m => inside(m, off))) : undefined;
    if (speaker) {
      take(speaker.mentions.find(m => inside(m, off)) as Span);
      const quotes = a.quotes.filter(q => q.speaker?.name === speaker.name);
      // quotes and reported speech counted apart, as the status bar does; a paraphrase is marked ≈ in the list
      const direct = quotes.filter(isDirect).length;
      const reported = quotes.length - direct;
      const description = shownDescription(speaker.description);
      const lines = [`**${asText(this.cross.fullName(speaker.name))}** · ${speakerKindLabel(speaker.kind)}${description ? ` — ${asText(description)}` : ''}`,
        `${counted(direct, 'quote')}${reported ? `, ${reported} reported` : ''} in this file, ${counted(speaker.mentions.length, 'mention')}`];
      for (const q of quotes.slice(0, 12)) lines.push(`- line ${doc.positionAt(q.start).line + 1}: ${isDirect(q) ? '' : '≈ '}${revealLink(clip(q.text), doc.uri, q.start, q.end)}`);
      if (quotes.length > 12) lines.push(`- … ${quotes.length - 12} more (News Lens: List Quotes by Speaker)`);
      parts.push(lines.join('\n\n'));
    }

    // (a direct quote inside reported speech — a mixed quote — is what the pointer is on)
    const quote = a.quotes.find(q => q.kind !== 'indirect' && inside(q, off)) ?? a.quotes.find(q => q.kind === 'indirect' && inside(q, off));
    const quoteParts: string[] = [];
    if (quote && (quote.kind === 'indirect' ? on.indirectQuotes : quote.speaker ? on.quotes : on.unattributedQuotes) && !speaker) {
      take(quote);
      quoteParts.push(this.quoteHover(quote, doc));
      const elsewhere = on.crossSource ? this.otherRenderings(article.key, quote, doc) : '';
      if (elsewhere) quoteParts.push(elsewhere);
    }

    // (the figure under the pointer is told first, before the quote around it: a figure inside a long quote's hover
    // was below its speaker, cue and other renderings, out of view)
    const figure = a.figures.find(f => inside(f, off) && (isSmallCount(f) ? on.smallCounts : on.figures));
    if (figure) {
      take(figure);
      const lines = [`**${asText(describeFigure(figure))}** · figure`, `as written: “${asText(clip(figure.text))}”`];
      const cmp = on.crossSource ? this.cross.figureAt(article.key, figure.start) : undefined;
      if (cmp) {
        const others = cmp.entries.filter(e => e.file !== article.key);
        if (others.length) {
          lines.push(`${cmp.disagree ? '$(warning) **Sources disagree** on the' : 'Other articles agree on the'} ${asText(cmp.topic)}: ${asText(cmp.summary)}`);
          for (const e of others) {
            const target = this.articles.get(e.file);
            lines.push(`- ${asText(fileLabel(e.file))}: ${target ? revealLink(e.reading, target.uri, e.start, e.end) : asText(e.reading)}`);
          }
        }
      }
      parts.push(lines.join('\n\n'));
    }
    parts.push(...quoteParts);

    if (on.crossSource) {
      const passage = (await this.articles.passagesAt(article, off))[0];
      if (passage && passage.others.length) {
        if (!range) take(passage);
        const links = passage.others.map(o => {
          const target = this.articles.get(o.file);
          // (a passage the article itself repeats — a live blog's standing paragraph — is told by its line)
          const where = o.file === article.key ? `this file, line ${doc.positionAt(o.start).line + 1}` : fileLabel(o.file);
          const label = `${where} (${Math.round(o.similarity * 100)}%)`;
          return target ? revealLink(label, target.uri, o.start, o.end) : asText(label);
        });
        parts.push(`$(files) also in ${links.join(', ')}`);
      }
    }
    if (!parts.length) return undefined;
    const md = new vscode.MarkdownString(parts.join('\n\n---\n\n'), true);
    md.isTrusted = { enabledCommands: [COMMANDS.revealRange, COMMANDS.comparePassages] };
    return new vscode.Hover(md, range);
  }

  /**
   * The quote's other renderings: "Also reported by 002, 004 as:" and per rendering a link to it and a Compare link
   * (VS Code's diff editor on the two quotes), then the group's paraphrases ("002 (reported speech): ≈ …"); a
   * paraphrase's hover lists the group's direct quotes in other files ("Quoted directly by 004 as:").
   */
  private otherRenderings(file: string, q: Quote, doc: vscode.TextDocument): string {
    const { quotes, paraphrases } = this.cross.variantsOf(file, q);
    if (!quotes.length && !paraphrases.length) return '';
    const reported = q.kind === 'indirect';
    const label = (o: Passage) => (o.file === file ? 'this file' : fileLabel(o.file));
    const sources = [...new Set([...quotes, ...paraphrases].map(label))];
    const lines = [`$(references) **${reported ? 'Quoted directly by' : 'Also reported by'} ${sources.join(', ')}** as:`];
    // the paraphrases keep their place after a long list of quotes
    const shown = [...quotes.slice(0, MAX_RENDERINGS).map(o => ({ o, para: false })), ...paraphrases.slice(0, MAX_PARAPHRASES).map(o => ({ o, para: true }))];
    const rest = quotes.length + paraphrases.length - shown.length;
    for (const { o, para } of shown) {
      const target = this.articles.get(o.file);
      const text = target?.text.slice(o.start, o.end) ?? '';
      const line = o.file === file ? doc.positionAt(o.start).line + 1 : target ? positionsOf(target, target.text).lineOf(o.start) + 1 : '?';
      const where = `${o.file === file ? '' : `${fileLabel(o.file)}, `}line ${line}${para ? ' (reported speech)' : ''}`;
      const words = sameWords(text, q.text) ? 'the same words' : `${para ? '≈ ' : ''}“${clip(text.replace(/^["“‘'«]|["”’'»]$/g, ''))}”`;
      const link = target ? revealLink(`${where}: ${words}`, target.uri, o.start, o.end) : `${where}: ${words}`;
      // Compare sets two quotes side by side; a paraphrase beside a quote has no words in common to diff
      lines.push(`- ${link}${para || reported ? '' : ` · ${compareLink('Compare', { file, start: q.start, end: q.end }, { file: o.file, start: o.start, end: o.end })}`}`);
    }
    if (rest > 0) lines.push(`- … ${rest} more (side panel: Quote variants)`);
    return lines.join('\n\n');
  }

  private quoteHover(q: Quote, doc: vscode.TextDocument): string {
    // (reported speech with no source — "Nabisco is expected to cut 277 workers" — is no quote)
    if (!q.speaker) return `**${q.kind === 'indirect' ? 'Reported speech' : 'Quote'}** · no speaker found${q.cue ? ` · cue “${asText(q.cue.text)}”` : ''}`;
    const style = this.articles.settings.speakerNameStyle;
    const full = this.cross.fullName(q.speaker.name);
    const name = displayName(full, style);
    const mention = q.speaker.start !== undefined && q.speaker.end !== undefined
      ? ` · ${revealLink(`“${doc.getText(new vscode.Range(doc.positionAt(q.speaker.start), doc.positionAt(q.speaker.end)))}”`, doc.uri, q.speaker.start, q.speaker.end)}`
      : '';
    const what = q.kind === 'indirect' ? 'reported speech (paraphrase, not their words)' : 'quote';
    // why: the rule that attributed the quote and the chain from the mention to the name ("she → Ohio senator → Rob Portman")
    // (the chain ends at the name the person goes by across the workspace, the one shown above; a description the
    // article left unattached that other articles give to one person keeps its step: "Russia’s foreign minister →
    // Sergei Lavrov")
    const last = q.why?.chain[q.why.chain.length - 1];
    const chain = !q.why ? [] : q.speaker.unnamed && full !== q.speaker.name ? [...q.why.chain, full]
      : [...q.why.chain.slice(0, -1), last === q.speaker.name ? full : last!];
    const why = q.why ? `\n\n${vscode.l10n.t('Why: {0}, {1}', q.why.rule, chain.map(asText).join(' → '))}` : '';
    return `**${asText(name)}** · ${what}${q.cue ? ` · cue “${asText(q.cue.text)}”` : ''}${mention}${why}`;
  }
}
