/**
 * The side panel's HTML shell and its Content-Security-Policy. The shell holds no article text: media/panel.js
 * fills the sections from the host's messages with `textContent`. Pure: no `vscode` import.
 */

export interface PanelHtmlInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh value per render (`makeNonce`). */
  nonce: string;
  /** `webview.asWebviewUri(media/panel.js)`, as a string. */
  scriptUri: string;
  /** `webview.asWebviewUri(media/panel.css)`, as a string. */
  styleUri: string;
}

/** 32 random bytes, base64: a nonce for the one script the panel loads. */
export function makeNonce(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Text made safe for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** Nothing by default; styles, images and fonts only from the extension's media; the one script by nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function section(id: string, title: string, hint: string): string {
  return `
  <section id="nl-${id}" class="nl-section" aria-labelledby="nl-${id}-title">
    <h2 class="nl-section-head"><button type="button" id="nl-${id}-title" class="nl-section-title" aria-expanded="true" aria-controls="nl-${id}-body">${title} <span class="nl-count"></span></button></h2>
    <div id="nl-${id}-body" class="nl-section-body">
    <p class="nl-empty" hidden>${hint}</p>
    <div class="nl-list"></div>
    <p class="nl-more" hidden></p>
    </div>
  </section>`;
}

export function buildPanelHtml(input: PanelHtmlInput): string {
  const csp = contentSecurityPolicy(input.cspSource, input.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
  <title>News Lens: cross-source</title>
</head>
<body>
  <div id="nl-status" class="nl-status" role="status" aria-live="polite">Indexing the workspace's articles…</div>
  <progress id="nl-progress" class="nl-progress" hidden></progress>
  <div id="nl-notice" class="nl-notice" role="alert" hidden></div>
  <div class="nl-toolbar">
    <input type="search" id="nl-search" class="nl-search" placeholder="Search passages, speakers, figures" aria-label="Search passages, speakers and figures">
    <select id="nl-speaker" class="nl-select" aria-label="Speaker"><option value="">All speakers</option></select>
    <select id="nl-file" class="nl-select" aria-label="Article"><option value="">All articles</option></select>
    <label class="nl-filter"><input type="checkbox" id="nl-this-file"> This file only</label>
    <span id="nl-active-name" class="nl-active-name"></span>
  </div>
  <ul class="nl-legend" aria-label="Colours in the editor">
    <li><span class="nl-swatch nl-swatch-quote"></span>quote</li>
    <li><span class="nl-swatch nl-swatch-unattributed"></span>no speaker</li>
    <li><span class="nl-swatch nl-swatch-reported">ab</span>reported speech</li>
    <li><span class="nl-swatch nl-swatch-speaker">Ab</span>speaker</li>
    <li><span class="nl-swatch nl-swatch-figure"></span>figure</li>
    <li><span class="nl-swatch nl-swatch-small-count">3</span>small count</li>
    <li><span class="nl-swatch nl-swatch-shared">↔</span>in other articles</li>
  </ul>${section('duplicates', 'Duplicate passages', 'No passage stands in more than one place.')}${section('variants', 'Quote variants', 'No quote is reported in different words by several articles.')}${section('figures', 'Figures across sources', 'No quantity is reported by more than one article.')}
  <script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>`;
}
