/** Identifiers shared by the extension's parts and its tests. */
export const EXTENSION_ID = 'news-lens.news-lens';
export const VIEW_CONTAINER_ID = 'newsLens';
export const PANEL_VIEW_ID = 'newsLens.panel';
export const OUTPUT_CHANNEL = 'News Lens';
/** Context key: the active editor holds an article News Lens analyses. */
export const ARTICLE_CONTEXT = 'newsLens.activeArticle';

export const COMMANDS = {
  showPanel: 'newsLens.showPanel',
  refresh: 'newsLens.refresh',
  toggleQuotes: 'newsLens.toggleQuotes',
  toggleIndirectQuotes: 'newsLens.toggleIndirectQuotes',
  toggleSpeakers: 'newsLens.toggleSpeakers',
  toggleFigures: 'newsLens.toggleFigures',
  nextQuote: 'newsLens.nextQuote',
  previousQuote: 'newsLens.previousQuote',
  listQuotesBySpeaker: 'newsLens.listQuotesBySpeaker',
  copyQuote: 'newsLens.copyQuoteWithAttribution',
  openSamples: 'newsLens.openSamples',
  exportBrat: 'newsLens.exportBrat',
  exportDoccano: 'newsLens.exportDoccano',
  exportCsv: 'newsLens.exportCsv',
  exportWebAnnotation: 'newsLens.exportWebAnnotation',
  revealRange: 'newsLens.revealRange',
  comparePassages: 'newsLens.comparePassages',
} as const;

/** The URI schemes of documents News Lens reads as articles (the document selector and Articles.isArticle). */
export const ARTICLE_SCHEMES: readonly string[] = ['file', 'vscode-remote', 'vscode-vfs', 'untitled', 'memfs'];
