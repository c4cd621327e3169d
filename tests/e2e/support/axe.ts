/**
 * Accessibility checks of an extension page, each failing with a readable list: axe-core (WCAG 2.1 AA
 * and best practice), text sizes, and a state's light and dark schemes at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The views' body text (px), and the smallest text they may show: secondary lines, chips, counts. */
const BODY_TEXT = 14;
const SMALLEST_TEXT = 13;

/**
 * Text a reader can read: the body's size is the views' 14 px (Chromium's own sheet for extension
 * pages once made it 10.5 px), and no visible text outside `exempt` is under 13 px.
 */
export async function expectReadableText(page: Page, state: string, exempt?: string): Promise<void> {
  const { body, small } = await page.evaluate(
    ({ skip, smallest }) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const element = node.parentElement;
        if (element === null || node.textContent?.trim() === '' || element.getClientRects().length === 0) continue;
        if (skip !== undefined && element.closest(skip) !== null) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < smallest)
          found.push(`${size} px: ${element.tagName.toLowerCase()} «${node.textContent?.trim().slice(0, 40)}»`);
      }
      return { body: parseFloat(getComputedStyle(document.body).fontSize), small: found };
    },
    { skip: exempt, smallest: SMALLEST_TEXT },
  );
  expect(body, `${state}: body text size`).toBe(BODY_TEXT);
  expect(small, `${state}: text under ${SMALLEST_TEXT} px`).toEqual([]);
}

/** The narrowest width every view must fit (issue 12, "Done when": 320 px layouts). */
export const NARROW = 320;

/**
 * One state of a view as issue 12's "Done when" asks: no axe violation in the light and in the dark
 * colour scheme, text of a readable size (see expectReadableText), and, when `narrow` is set, at a
 * 320 px wide viewport with nothing wider (no sideways scrolling). `wide` names content that is the
 * document's own (a PDF page, a two-dimensional layout as WCAG 1.4.10 allows): it may be wider, and
 * its text keeps the document's sizes; everything else must fit. Leaves the page in light mode, as it
 * found it, so later steps see the default scheme.
 */
export async function expectAccessibleLightAndDark(
  page: Page,
  state: string,
  { narrow = false, wide }: { narrow?: boolean; wide?: string } = {},
): Promise<void> {
  await expectReadableText(page, state, wide);
  if (narrow) await page.setViewportSize({ width: NARROW, height: page.viewportSize()?.height ?? 640 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The views' dark colours come from this media query: a check that never saw it would prove nothing.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${state}: ${scheme}`).toBe(
      scheme === 'dark',
    );
    if (narrow) {
      const width = await page.evaluate((exempt) => {
        if (exempt === undefined) return document.documentElement.scrollWidth;
        let right = 0;
        for (const element of document.body.querySelectorAll('*'))
          if (!element.closest(exempt)) right = Math.max(right, element.getBoundingClientRect().right + scrollX);
        return right;
      }, wide);
      expect(width, `${state} (${scheme}) is wider than ${NARROW} px`).toBeLessThanOrEqual(NARROW);
    }
    await expectNoAxeViolations(page, `${state} (${scheme}${narrow ? `, ${NARROW} px` : ''})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
