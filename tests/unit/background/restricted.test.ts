/**
 * Addresses no extension may read, compared in the one host form of
 * lib/core/sites.ts (issue 11, item 9): a store host written with a trailing
 * dot or in capitals is the same host to the browser, and still restricted.
 */
import { expect, test } from 'vitest';
import { isRestrictedUrl } from '../../../lib/background/restricted';

test.each([
  ['https://chromewebstore.google.com./detail/x', true],
  ['https://CHROMEWEBSTORE.GOOGLE.COM/detail/x', true],
  ['https://addons.mozilla.org../nl/firefox/', true],
  ['https://microsoftedge.microsoft.com./addons', true],
  ['https://chrome.google.com./webstore/x', true],
  ['https://chrome.google.com./search', false],
  ['https://addons.mozilla.org.example.org/', false],
  ['https://www.vng.nl./', false],
])('restricted(%s) = %s', (url, expected) => {
  expect(isRestrictedUrl(url)).toBe(expected);
});
