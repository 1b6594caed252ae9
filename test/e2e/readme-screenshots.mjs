#!/usr/bin/env node
// The README's screenshots from the newest end-to-end run (test-results/screenshots/NN-name.png), re-encoded as
// WebP by Chromium (no image tool needed), cropped to what each shows, so that the VSIX ships them in a few hundred
// kilobytes rather than megabytes and the installed extension's README still shows every image.
// Usage: node test/e2e/readme-screenshots.mjs   (after npm run test:e2e)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../harness/codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = path.join(root, 'test-results', 'screenshots');
const out = path.join(root, 'media', 'screenshots');

/**
 * README image → the end-to-end step whose screenshot it is (the name after the run's NN- prefix) and the part of
 * the 1400×900 workbench it shows (a hover with the lines around it, the side bar beside the editor's first
 * lines), kept at full scale so that the text stays sharp.
 */
export const README_SHOTS = {
  'editor-and-panel': { step: 'side-panel', width: 1000 },
  'speaker-hover': { step: 'hover-speaker', crop: { x: 350, y: 60, w: 1050, h: 400 } },
  'figure-hover': { step: 'figure-hover', crop: { x: 350, y: 60, w: 1050, h: 500 } },
  'quote-hover': { step: 'hover-quote-variants', crop: { x: 350, y: 60, w: 1050, h: 320 } },
  'panel-filters': { step: 'panel-this-file', crop: { x: 0, y: 0, w: 760, h: 620 } },
  compare: { step: 'compare-diff', width: 1000 },
  'dark-theme': { step: 'vsix-installed-003', width: 1000 },
};
const QUALITY = 0.7;

async function main() {
  const taken = fs.readdirSync(shots);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    for (const [name, { step, crop, width }] of Object.entries(README_SHOTS)) {
      const file = taken.filter(f => f.replace(/^\d+-/, '') === `${step}.png`).sort().pop();
      if (!file) { console.log(`  ${name}: no ${step} screenshot in this run, kept as it is`); continue; }
      const png = fs.readFileSync(path.join(shots, file)).toString('base64');
      const webp = await page.evaluate(async ({ png, crop, width, quality }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const from = crop ?? { x: 0, y: 0, w: img.naturalWidth, h: img.naturalHeight };
        const scale = width ? Math.min(1, width / from.w) : 1;
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(from.w * scale);
        canvas.height = Math.round(from.h * scale);
        const ctx = canvas.getContext('2d');
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, from.x, from.y, from.w, from.h, 0, 0, canvas.width, canvas.height);
        return canvas.toDataURL('image/webp', quality).split(',')[1];
      }, { png, crop, width, quality: QUALITY });
      const target = path.join(out, `${name}.webp`);
      fs.writeFileSync(target, Buffer.from(webp, 'base64'));
      console.log(`  ${name}.webp ← ${file} (${Math.round(fs.statSync(target).size / 1024)} kB)`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) await main();
