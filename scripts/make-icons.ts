/**
 * Renders public/icon.svg to the PNG sizes the stores and browsers ask for
 * (public/icon/<size>.png), with the same Chromium the tests use. Run it after
 * changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './lib/chromium';

const SIZES = [16, 32, 48, 96, 128];
const root = new URL('../public/', import.meta.url).pathname;
const svg = readFileSync(`${root}icon.svg`, 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.locator('svg').screenshot({ path: `${root}icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`Wrote ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
