/**
 * Hovers: a quote tells its speaker and cue (with a link to the mention the attribution rests on); a speaker
 * mention tells the canonical name, the description the article gives and their quotes in this file; a figure
 * tells its normalised reading and what the other articles report for the same quantity; a passage that stands
 * elsewhere tells where ("also in 002 (100%), 003 (98%)").
 */
import * as vscode from 'vscode';
import { describeFigure } from '../core/figures';
import type { Quote, Span } from '../core/types';
import type { Articles } from './articles';
import type { CrossSource } from './crossSource';
import { COMMANDS } from './ids';
import { clip, fileLabel } from './labels';
import { revealLink } from './links';
import { displayName } from './settings';

const inside = (s: Span, off: number) => off >= s.start && off < s.end;

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
      const lines = [`**${this.cross.fullName(speaker.name)}** · speaker${speaker.description ? ` — ${speaker.description}` : ''}`,
        `${quotes.length} quote${quotes.length === 1 ? '' : 's'} in this file, ${speaker.mentions.length} mention${speaker.mentions.length === 1 ? '' : 's'}`];
      for (const q of quotes.slice(0, 12)) lines.push(`- line ${doc.positionAt(q.start).line + 1}: ${revealLink(clip(q.text), doc.uri, q.start, q.end)}`);
      if (quotes.length > 12) lines.push(`- … ${quotes.length - 12} more (News Lens: List Quotes by Speaker)`);
      parts.push(lines.join('\n\n'));
    }

    const quote = a.quotes.find(q => inside(q, off));
    if (quote && (quote.speaker ? on.quotes : on.unattributedQuotes) && !speaker) {
      take(quote);
      parts.push(this.quoteHover(quote, doc));
    }

    const figure = on.figures ? a.figures.find(f => inside(f, off)) : undefined;
    if (figure) {
      take(figure);
      const lines = [`**${describeFigure(figure)}** · figure`, `as written: “${clip(figure.text)}”`];
      const cmp = on.crossSource ? this.cross.figureAt(article.key, figure.start) : undefined;
      if (cmp) {
        const others = cmp.entries.filter(e => e.file !== article.key);
        if (others.length) {
          lines.push(`${cmp.disagree ? '$(warning) **Sources disagree** on the' : 'Other articles agree on the'} ${cmp.topic}: ${cmp.summary}`);
          for (const e of others) {
            const target = this.articles.get(e.file);
            lines.push(`- ${fileLabel(e.file)}: ${target ? revealLink(e.reading, target.uri, e.start, e.end) : e.reading}`);
          }
        }
      }
      parts.push(lines.join('\n\n'));
    }

    if (on.crossSource) {
      const passage = (await this.articles.passagesAt(article, off))[0];
      if (passage && passage.others.length) {
        if (!range) take(passage);
        const links = passage.others.map(o => {
          const target = this.articles.get(o.file);
          const label = `${fileLabel(o.file)} (${Math.round(o.similarity * 100)}%)`;
          return target ? revealLink(label, target.uri, o.start, o.end) : label;
        });
        parts.push(`$(files) also in ${links.join(', ')}`);
      }
    }
    if (!parts.length) return undefined;
    const md = new vscode.MarkdownString(parts.join('\n\n---\n\n'), true);
    md.isTrusted = { enabledCommands: [COMMANDS.revealRange] };
    return new vscode.Hover(md, range);
  }

  private quoteHover(q: Quote, doc: vscode.TextDocument): string {
    if (!q.speaker) return `**Quote** · no speaker found${q.cue ? ` · cue “${q.cue.text}”` : ''}`;
    const style = this.articles.settings.speakerNameStyle;
    const name = displayName(this.cross.fullName(q.speaker.name), style);
    const mention = q.speaker.start !== undefined && q.speaker.end !== undefined
      ? ` · ${revealLink(`“${doc.getText(new vscode.Range(doc.positionAt(q.speaker.start), doc.positionAt(q.speaker.end)))}”`, doc.uri, q.speaker.start, q.speaker.end)}`
      : '';
    // why: the rule that attributed the quote and the chain from the mention to the name ("she → Ohio senator → Rob Portman")
    const why = q.why ? `\n\n${vscode.l10n.t('Why: {0}, {1}', q.why.rule, q.why.chain.map(c => c.replace(/[\\`*_[\]<>]/g, '\\$&')).join(' → '))}` : '';
    return `**${name}** · quote${q.cue ? ` · cue “${q.cue.text}”` : ''}${mention}${why}`;
  }
}
