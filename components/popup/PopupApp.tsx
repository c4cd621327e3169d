/** The toolbar popup: the verdict on the current tab and a way into the side panel. */
import type { TabSource } from '../../lib/views/tab-source';
import { useT } from '../shared/i18n';
import { useTabState } from '../shared/use-tab-state';
import { VerdictSummary } from '../shared/VerdictSummary';

export interface PopupAppProps {
  tabs: TabSource;
  onOpenSidePanel: () => void;
}

export function PopupApp({ tabs, onOpenSidePanel }: PopupAppProps) {
  const t = useT();
  const [state, setState] = useTabState(tabs);
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="popup-verdict-heading">
        <h2 id="popup-verdict-heading">{t('popupThisPage')}</h2>
        <VerdictSummary state={state} onAnalyse={() => void tabs.analyseActive().then(setState)} />
      </section>
      <p>
        <button type="button" class="button button--secondary" onClick={onOpenSidePanel}>
          {t('popupOpenSidePanel')}
        </button>
      </p>
    </main>
  );
}
