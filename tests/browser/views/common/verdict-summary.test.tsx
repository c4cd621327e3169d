import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { VerdictSummary } from '../../../../lib/views/common/VerdictSummary';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { TabState } from '../../../../lib/core/tab-state';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';

const analysed: TabState = {
  tabId: 1,
  status: 'analysed',
  title: 'Grip op regionale samenwerking',
  recognition: {
    regional: true,
    verdict: 'yes',
    score: 0.83,
    themes: [
      { id: 'ws-democratie', score: 0.6 },
      { id: 'ws-raad-staten', score: 0.4 },
    ],
    why: [
      { label: 'gemeenschappelijke regeling', count: 4, weight: 0.4 },
      { label: '<img src=x onerror=alert(1)>', count: 1, weight: 0.1 },
    ],
    suggestions: [],
  },
};

const CASES: Array<{ name: string; state: TabState | undefined; expected: RegExp }> = [
  { name: 'loading', state: undefined, expected: /Bezig met laden/ },
  { name: 'restricted', state: { tabId: 1, status: 'restricted' }, expected: /kan deze pagina niet lezen/ },
  { name: 'not allowed', state: { tabId: 1, status: 'not-allowed' }, expected: /leest deze site niet vanzelf/ },
  { name: 'private window', state: { tabId: 1, status: 'private' }, expected: /Dit is een privévenster/ },
  { name: 'analysed', state: analysed, expected: /Over regionale samenwerking.*\(score 83%\)/ },
];

describe('VerdictSummary', () => {
  for (const { name, state, expected } of CASES) {
    test(`${name}: says so in Dutch, with no axe violations`, async () => {
      const screen = await render(
        <I18nProvider t={translator('nl')}>
          <VerdictSummary state={state} onAnalyse={() => undefined} />
        </I18nProvider>,
      );
      expect(screen.container.textContent).toMatch(expected);
      await expectNoAxeViolations(screen.container);
    });
  }

  test('reasons show counts and page text stays text', async () => {
    const screen = await render(
      <I18nProvider t={translator('en')}>
        <VerdictSummary state={analysed} />
      </I18nProvider>,
    );
    await expect.element(screen.getByText('gemeenschappelijke regeling (4×)')).toBeVisible();
    await expect.element(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(screen.container.querySelector('img')).toBeNull();
  });
});
