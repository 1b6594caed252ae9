/** The News Lens side panel: `registerPanelSource(context, PANEL_VIEW_ID, source, log)` is all the extension calls. */
export { registerPanelSource, PANEL_COMMANDS } from './register';
export type { PanelSource } from './source';
export type { PanelViewProvider } from './provider';
export { PASSAGE_SCHEME } from './passageDocuments';
