import { describe, expect, test } from 'vitest';
import { moveActive } from '../../../../lib/views/popup/listbox-keys';

describe('moveActive', () => {
  const CASES: Array<[key: string, active: number, count: number, expected: number | undefined]> = [
    ['ArrowDown', -1, 5, 0],
    ['ArrowDown', 0, 5, 1],
    ['ArrowDown', 4, 5, 0],
    ['ArrowUp', -1, 5, 4],
    ['ArrowUp', 0, 5, 4],
    ['ArrowUp', 3, 5, 2],
    ['Home', 3, 5, 0],
    ['End', 1, 5, 4],
    ['Home', -1, 5, undefined],
    ['End', -1, 5, undefined],
    ['ArrowDown', -1, 0, undefined],
    ['a', 2, 5, undefined],
    ['Enter', 2, 5, undefined],
  ];
  for (const [key, active, count, expected] of CASES) {
    test(`${key} from ${active} of ${count} → ${String(expected)}`, () => expect(moveActive(key, active, count)).toBe(expected));
  }
});
