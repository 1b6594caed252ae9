// A small page object over the VS Code 1.100 workbench (selectors measured in ../shared/docs/real-vscode.md).
import path from 'node:path';

/** Polls `fn` every 250 ms until it returns a truthy value (returned), or fails after `ms`. */
export async function until(wb, what, fn, ms = 20_000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await wb.page.waitForTimeout(250);
  }
}

export class Workbench {
  constructor(page, { shots, folder, root, server }) {
    this.page = page;
    this.shots = shots;
    this.folder = folder;
    this.root = root;
    this.server = server;
    this.n = 0;
  }

  async ready() {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await this.page.waitForSelector('.activitybar', { timeout: 60_000 });
    await this.page.waitForTimeout(1500);
  }

  async shot(name) {
    const file = path.join(this.shots, `${String(++this.n).padStart(2, '0')}-${name.replace(/[^\w-]+/g, '-').slice(0, 60)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async reset() {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }

  /** Quick Open a file by name and wait for its editor tab. */
  async openFile(name, { typed = name } = {}) {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+P');
    await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 15_000 });
    await this.page.keyboard.type(typed, { delay: 10 });
    await this.pickRow(name);
    await this.page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: 20_000 });
    await this.page.waitForSelector('.editor-instance .view-lines', { timeout: 20_000 });
  }

  /**
   * Enter on the quick-input row labelled `label`, once the typed filter has made it the focused row: before
   * the filter applies, the unfiltered list (recently opened files) can already hold that row further down,
   * and Enter would open whatever is first.
   */
  async pickRow(label) {
    await this.page.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${label}"]`, { timeout: 20_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Run a command from the palette by its title. */
  async command(title) {
    await this.page.keyboard.press('F1');
    await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 15_000 });
    await this.page.keyboard.type(title, { delay: 10 });
    await this.pickRow(title);
  }

  /** The visible editor's rendered span for a word: the first `.view-lines span` whose text contains it. */
  word(text) {
    return this.page.locator('.editor-instance .view-lines span span', { hasText: text }).first();
  }

  /** Scroll the active editor so that a text is visible (Ctrl+F, then Escape leaves the match selected). */
  async reveal(text) {
    await this.page.keyboard.press('Control+F');
    await this.page.waitForSelector('.find-widget.visible textarea, .find-widget.visible input', { timeout: 10_000 });
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text, { delay: 5 });
    await this.page.waitForTimeout(300);
    await this.page.keyboard.press('Escape');
    await this.page.waitForTimeout(200);
  }

  /** Screen position of the nth rendered occurrence of a text in the visible editor (a DOM Range over it). */
  async locate(text, nth = 0) {
    return this.page.evaluate(({ text, nth }) => {
      let seen = 0;
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let full = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, full.length]); full += n.textContent.replace(/\u00a0/g, ' '); }
        for (let at = full.indexOf(text); at >= 0; at = full.indexOf(text, at + 1)) {
          if (seen++ < nth) continue;
          const mid = at + Math.floor(text.length / 2);
          const [node, base] = nodes.filter(([, b]) => b <= mid).pop();
          const r = document.createRange();
          r.setStart(node, mid - base);
          r.setEnd(node, Math.min(node.textContent.length, mid - base + 1));
          const rect = r.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
      }
      return null;
    }, { text, nth });
  }

  /** Hover a rendered word and return the hover's text. */
  async hover(text, { nth = 0 } = {}) {
    const pos = await this.locate(text, nth);
    if (!pos) throw new Error(`"${text}" is not rendered`);
    const hover = this.page.locator('.monaco-hover:visible').first();
    for (let attempt = 0; ; attempt++) {
      await this.page.mouse.move(2, 300);
      await this.page.waitForTimeout(300);
      await this.page.mouse.move(pos.x, pos.y);
      await this.page.mouse.move(pos.x + 1, pos.y);
      try { await hover.waitFor({ state: 'visible', timeout: 5_000 }); break; } catch (e) {
        if (attempt >= 2) throw new Error(`no hover over "${text}" at ${Math.round(pos.x)},${Math.round(pos.y)}`);
      }
    }
    await this.page.waitForTimeout(400);
    return hover.innerText();
  }

  /** The side panel's document (inside the webview's two iframes). */
  panel() {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /** Computed styles of the elements decorating a range: overlays (backgrounds) and inline spans. */
  async decorationStyles() {
    return this.page.evaluate(() => {
      const out = { overlays: [], inline: [] };
      for (const el of document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]')) {
        const cs = getComputedStyle(el);
        out.overlays.push({ cls: el.className, bg: cs.backgroundColor, border: cs.borderTopWidth + ' ' + cs.borderTopStyle });
      }
      for (const el of document.querySelectorAll('.editor-instance .view-lines span[class*="ced-"]')) {
        const cs = getComputedStyle(el);
        out.inline.push({ text: el.textContent, cls: el.className, weight: cs.fontWeight, border: cs.borderBottomWidth + ' ' + cs.borderBottomStyle, bg: cs.backgroundColor, style: cs.fontStyle, deco: cs.textDecorationLine });
      }
      return out;
    });
  }
}
