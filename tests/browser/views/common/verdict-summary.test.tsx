import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import type { SiteAccess } from '../../../../lib/views/common/site-access';
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
  {
    name: 'not allowed',
    state: { tabId: 1, status: 'not-allowed' },
    expected: /Niet gelezen: Regiolens leest deze site niet vanzelf/,
  },
  { name: 'private window', state: { tabId: 1, status: 'private' }, expected: /Dit is een privévenster/ },
  {
    name: 'ignored site (names the list, offers no reading)',
    state: { tabId: 1, status: 'ignored', url: 'https://www.vng.nl/a' },
    expected: /^Niet gelezen: deze site staat in je lijst ‘Websites overslaan’/,
  },
  { name: 'analysed', state: analysed, expected: /Over regionale samenwerking.*\(duidelijke aanwijzingen\)/ },
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
      if (state?.status === 'ignored') expect(screen.container.querySelector('button')).toBeNull();
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

  /** A site access that answers as told and records what was asked. */
  function access(readsByItself: boolean, grant: boolean): SiteAccess & { asked: string[] } {
    const asked: string[] = [];
    return {
      asked,
      readsByItself: async () => readsByItself,
      async alwaysRead(site) {
        asked.push(site);
        return grant;
      },
    };
  }
  const offList: TabState = { ...analysed, url: 'https://www.gemeente-voorbeeld.nl/raad/agenda' };

  test('a page read once off the list offers "always read" for its site; granting says so', async () => {
    const site = access(false, true);
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <VerdictSummary state={offList} siteAccess={site} />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: 'Altijd lezen op gemeente-voorbeeld.nl' });
    await expectNoAxeViolations(screen.container);
    await button.click();
    expect(site.asked).toEqual(['gemeente-voorbeeld.nl']);
    await expect.element(screen.getByText(/Regiolens leest gemeente-voorbeeld\.nl voortaan vanzelf/)).toBeVisible();
    expect(screen.container.querySelector('[data-always-read="offer"]')).toBeNull();
  });

  test('a refusal leaves the offer and says nothing changed', async () => {
    const screen = await render(
      <I18nProvider t={translator('en')}>
        <VerdictSummary
          state={{ tabId: 1, status: 'not-allowed', url: 'https://example.org/x' }}
          siteAccess={access(false, false)}
        />
      </I18nProvider>,
    );
    await screen.getByRole('button', { name: 'Always read example.org' }).click();
    await expect.element(screen.getByText('No permission given: Regiolens does not read example.org by itself.')).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Always read example.org' })).toBeVisible();
  });

  test('no offer on a site Regiolens reads by itself', async () => {
    const site = access(true, true);
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <VerdictSummary state={{ ...analysed, url: 'https://www.vng.nl/a' }} siteAccess={site} />
      </I18nProvider>,
    );
    await expect.element(screen.getByText('Over regionale samenwerking')).toBeVisible();
    expect(screen.container.querySelector('.always-read')).toBeNull();
  });

  test("no offer where the organisation's scope leaves the user's own sites out", async () => {
    const site = { ...access(false, true), mayAddSites: async () => false };
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <VerdictSummary state={offList} siteAccess={site} />
      </I18nProvider>,
    );
    await expect.element(screen.getByText('Over regionale samenwerking')).toBeVisible();
    expect(screen.container.querySelector('.always-read')).toBeNull();
  });

  test('"read this page" that the browser refuses says what to do instead', async () => {
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <VerdictSummary
          state={{ tabId: 4, status: 'not-allowed' }}
          onAnalyse={() => undefined}
          afterFailedRead="verdictNeedsToolbar"
        />
      </I18nProvider>,
    );
    expect(screen.container.textContent).not.toMatch(/werkbalk/);
    await screen.getByRole('button', { name: 'Lees deze pagina' }).click();
    await expect.element(screen.getByText(/Klik op de knop van Regiolens in de werkbalk/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });
});
