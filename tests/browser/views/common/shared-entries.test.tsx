import { render } from 'vitest-browser-preact';
import { describe, expect, test, vi } from 'vitest';
import { EntryApp } from '../../../../lib/views/entry/EntryApp';
import { EntryDetail } from '../../../../lib/views/common/EntryDetail';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import { SuggestionList } from '../../../../lib/views/common/SuggestionList';
import type { IndexEntry } from '../../../../lib/core/index/schema';
import { readerPath } from '../../../../lib/core/pdf/reader-address';
import { expectNoAxeViolations } from '../../support/axe';
import { translator } from '../../support/catalog';
import { testBackground } from '../../support/background';
import { ANALYSED, BUNDLED_ENTRIES, HOSTILE } from '../../support/popup-fakes';

const byId = new Map(BUNDLED_ENTRIES.map((entry) => [entry.id, entry]));
const suggestions = ANALYSED.recognition?.suggestions ?? [];

describe('SuggestionList', () => {
  test('lists resolvable suggestions with shared terms; a button opens the entry', async () => {
    const onOpen = vi.fn<(entry: IndexEntry) => void>();
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <SuggestionList suggestions={suggestions} entries={byId} onOpen={onOpen} label="Suggesties" />
      </I18nProvider>,
    );
    const items = screen.container.querySelectorAll('li');
    expect(items).toHaveLength(2); // 'not-in-index' is skipped
    expect(items[0]?.textContent).toContain('Gedeelde termen: democratische legitimiteit, verlengd lokaal bestuur');
    await screen.getByRole('button', { name: /Hoe democratisch is de regio\?/ }).click();
    expect(onOpen).toHaveBeenCalledWith(byId.get('ws-democratie'));
    await expectNoAxeViolations(screen.container);
  });

  test('a lookup function works as well as a Map, and max limits the list', async () => {
    const screen = await render(
      <I18nProvider t={translator('en')}>
        <SuggestionList suggestions={suggestions} entries={(id) => byId.get(id)} onOpen={() => undefined} max={1} />
      </I18nProvider>,
    );
    expect(screen.container.querySelectorAll('li')).toHaveLength(1);
    expect(screen.container.textContent).toContain('Shared terms:');
  });

  test('nothing resolvable shows the empty content', async () => {
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <SuggestionList suggestions={[]} entries={byId} onOpen={() => undefined} empty={<p>leeg</p>} />
      </I18nProvider>,
    );
    expect(screen.container.textContent).toBe('leeg');
  });
});

describe('EntryDetail and the entry page', () => {
  test('an entry without address: all facts, body paragraphs, and the no-address note', async () => {
    const entry = byId.get('pub-rob-ambacht') as IndexEntry;
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryDetail entry={{ ...entry, body: 'Eerste alinea.\n\nTweede alinea.' }} />
      </I18nProvider>,
    );
    await expect.element(screen.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
    const text = screen.container.textContent ?? '';
    expect(text).toContain('Van dit stuk is geen webadres bekend');
    expect(text).toContain('Advies');
    for (const keyword of entry.keywords.slice(0, 2)) expect(text).toContain(keyword);
    expect(screen.container.querySelectorAll('article > p').length).toBeGreaterThanOrEqual(4);
    expect(screen.container.querySelector('a')).toBeNull();
    await expectNoAxeViolations(screen.container);
  });

  test("an entry's PDF address opens in Regiolens's reader; any other address as it is", async () => {
    const entry = byId.get('pub-rob-ambacht') as IndexEntry;
    const pdf = 'https://www.rob-rad.nl/documenten/ambacht.pdf';
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryDetail entry={{ ...entry, url: pdf }} />
        <EntryDetail entry={{ ...entry, id: 'pub-web', url: 'https://www.rob-rad.nl/advies' }} />
      </I18nProvider>,
    );
    const links = [...screen.container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([readerPath(pdf), 'https://www.rob-rad.nl/advies']);
    // The reader path is this extension page's own: it resolves on the page's own origin.
    expect(new URL(links[0] ?? '', location.href).origin).toBe(location.origin);
  });

  test('hostile entry text stays text', async () => {
    const screen = await render(
      <I18nProvider t={translator('nl')}>
        <EntryDetail entry={{ ...HOSTILE, body: '<img src=x onerror=alert(1)>\n\n<b>x</b>' }} />
      </I18nProvider>,
    );
    expect(screen.container.querySelector('img, script, b, svg, iframe')).toBeNull();
    expect(screen.container.textContent).toContain('<script>alert(1)</script>');
    await expectNoAxeViolations(screen.container);
  });

  test('EntryApp finds the entry by id, or says it is not in the index', async () => {
    const background = testBackground();
    const found = await render(
      <I18nProvider t={translator('en')}>
        <EntryApp entryId="ws-democratie" background={background.client} events={background.events} />
      </I18nProvider>,
    );
    await expect.element(found.getByRole('heading', { level: 1, name: 'Hoe democratisch is de regio?' })).toBeVisible();
    await expect.element(found.getByText('No web address is known for this item.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(found.container);
    found.unmount();

    const missing = await render(
      <I18nProvider t={translator('nl')}>
        <EntryApp entryId="bestaat-niet" background={background.client} events={background.events} />
      </I18nProvider>,
    );
    await expect.element(missing.getByRole('alert')).toBeVisible();
    expect(missing.container.textContent).toContain('staat niet (meer) in de index');
  });
});
