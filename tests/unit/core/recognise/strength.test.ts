import { describe, expect, test } from 'vitest';
import { MAYBE_AT, YES_AT, verdictOf } from '../../../../lib/core/recognise/evidence';
import { evidenceStrength } from '../../../../lib/core/recognise/strength';

describe('evidence strength in words', () => {
  test.each([
    [1, 'strong'],
    [0.85, 'strong'],
    [0.84, 'clear'],
    [YES_AT, 'clear'],
    [YES_AT - 0.01, 'some'],
    [MAYBE_AT, 'some'],
    [MAYBE_AT - 0.01, 'little'],
    [0, 'little'],
  ] as const)('score %s is %s', (score, strength) => {
    expect(evidenceStrength(score)).toBe(strength);
  });

  test('never contradicts the verdict: strong and clear only for yes, some only for maybe', () => {
    for (let score = 0; score <= 1; score += 0.01) {
      const expected = { yes: ['strong', 'clear'], maybe: ['some'], no: ['little'] }[verdictOf(score)];
      expect(expected).toContain(evidenceStrength(score));
    }
  });
});
