// A small page object over the VS Code 1.100 workbench (selectors measured in ../shared/docs/real-vscode.md).
import path from 'node:path';

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
    await this.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 20_000 });
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: 20_000 });
    await this.page.waitForSelector('.editor-instance .view-lines', { timeout: 20_000 });
  }

  /** Run a command from the palette by its title. */
  async command(title) {
    await this.page.keyboard.press('F1');
    await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 15_000 });
    await this.page.keyboard.type(title, { delay: 10 });
    await this.page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 20_000 });
    await this.page.keyboard.press('Enter');
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

  /** Hover a rendered word and return the hover's text. */
  async hover(text, { nth = 0 } = {}) {
    const target = this.page.locator('.editor-instance .view-lines span span', { hasText: text }).nth(nth);
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error(`"${text}" is not rendered`);
    const idx = (await target.textContent()).indexOf(text);
    const full = (await target.textContent()).length || 1;
    const x = box.x + box.width * ((idx + Math.min(3, text.length / 2)) / full);
    const hover = this.page.locator('.monaco-hover:visible').first();
    for (let attempt = 0; ; attempt++) {
      await this.page.mouse.move(x - 40, box.y - 30);
      await this.page.mouse.move(x, box.y + box.height / 2, { steps: 4 });
      try { await hover.waitFor({ state: 'visible', timeout: 5_000 }); break; } catch (e) { if (attempt >= 3) throw e; }
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
