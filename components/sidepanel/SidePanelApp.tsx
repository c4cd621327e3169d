/** The side panel: follows the current tab and shows Regiolens' view of it. */
import type { TabSource } from '../../lib/views/tab-source';
import { useT } from '../shared/i18n';
import { useTabState } from '../shared/use-tab-state';
import { VerdictSummary } from '../shared/VerdictSummary';

export interface SidePanelAppProps {
  tabs: TabSource;
}

export function SidePanelApp({ tabs }: SidePanelAppProps) {
  const t = useT();
  const [state] = useTabState(tabs);
  return (
    <main class="sidepanel">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="sidepanel-verdict-heading" aria-live="polite">
        <h2 id="sidepanel-verdict-heading">{state?.title ?? t('sidepanelThisPage')}</h2>
        <VerdictSummary state={state} maxReasons={8} />
      </section>
    </main>
  );
}
