/**
 * The popup's first questions leave before its translator resolves (issue 12, "At scale"): the
 * entrypoint (entrypoints/popup/main.tsx) asks them through withEarlyQuestions in its first turn,
 * and the view, mounted later, takes those answers instead of asking again.
 */
import { render } from 'vitest-browser-preact';
import { describe, expect, test } from 'vitest';
import { PopupApp } from '../../../../lib/views/popup/PopupApp';
import { popupFirstQuestions } from '../../../../lib/views/popup/use-entry-search';
import { withEarlyQuestions } from '../../../../lib/shared/messages/early-client';
import type { BackgroundClient } from '../../../../lib/shared/messages/client';
import { I18nProvider } from '../../../../lib/views/common/i18n';
import type { Translate } from '../../../../lib/core/i18n/translator';
import { translator } from '../../support/catalog';
import { testBackground } from '../../support/background';
import { ANALYSED, BUNDLED_ENTRIES } from '../../support/popup-fakes';

/** The real background's client, noting the type of every question sent through it. */
function countingClient(client: BackgroundClient): { client: BackgroundClient; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    client: {
      call(type, payload) {
        sent.push(type);
        return client.call(type, payload);
      },
    },
  };
}

describe('the popup’s first questions', () => {
  test('the query given at opening is asked before the translator resolves, and asked once', async () => {
    const background = testBackground({ entries: BUNDLED_ENTRIES, activeTab: ANALYSED.tabId });
    background.seedTab(ANALYSED);
    const counting = countingClient(background.client);
    let resolveTranslator: (t: Translate) => void = () => undefined;
    const translatorLoaded = new Promise<Translate>((resolve) => (resolveTranslator = resolve));

    const early = withEarlyQuestions(counting.client, popupFirstQuestions('democratie'));
    // Sent in the same turn, while the translator is still loading.
    expect(counting.sent).toEqual(['search/entries', 'search/overview']);

    resolveTranslator(translator('nl'));
    const t = await translatorLoaded;
    const screen = await render(
      <I18nProvider t={t}>
        <PopupApp
          tabs={background.tabSource()}
          background={early}
          events={background.events}
          onOpen={() => undefined}
          onOpenSidePanel={() => undefined}
          initialQuery="democratie"
        />
      </I18nProvider>,
    );
    await expect.element(screen.getByRole('option').first()).toBeVisible();
    // The view took the early answer: the query was not asked a second time.
    expect(counting.sent.filter((type) => type === 'search/entries')).toHaveLength(1);
  });

  test('without a query (the toolbar popup) only the overview is asked early, which wakes the background', () => {
    expect(popupFirstQuestions('').map((q) => q.type)).toEqual(['search/overview']);
    // One letter is not searched (queryTooShort), so it is not asked early either.
    expect(popupFirstQuestions('d').map((q) => q.type)).toEqual(['search/overview']);
  });
});
