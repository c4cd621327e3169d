import { expect, test } from 'vitest';
import { MAX_TEXT } from '../../../lib/core/page-limits';
import { MAX_PAGE_TEXT } from '../../../lib/core/page-snapshot';

test('the extractor bounds text exactly as the snapshot schema does', () => {
  expect(MAX_TEXT).toBe(MAX_PAGE_TEXT);
});
