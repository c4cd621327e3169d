/**
 * Running code where Regiolens's content script runs: the extension's isolated
 * world in a web page, reached through the DevTools protocol (Playwright
 * evaluates only in the page's main world). What a script there can reach is
 * what a compromised page renderer could reach on the extension's behalf.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Evaluates `expression` (awaited, returned by value) in the extension's content-script world of `page`. */
export async function evaluateInContentWorld<T>(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  expression: string,
): Promise<T> {
  const cdp = await context.newCDPSession(page);
  try {
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context: created }) => worlds.push(created));
    // Enabling reports every existing context, the content script's isolated world among them.
    await cdp.send('Runtime.enable');
    const world = worlds.find(
      (candidate) => candidate.auxData?.type === 'isolated' && candidate.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the content-script world: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
