/**
 * The banner above the bundled demo article (demo.html): it says what to look at, the badge and the
 * side panel, or, when the background could not take the report, why the demo shows nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../common/i18n';

export type DemoReport = { kind: 'reading' } | { kind: 'read' } | { kind: 'failed'; detail: string };

export function DemoBanner({ report }: { report: DemoReport }) {
  const t = useT();
  return (
    <aside class="demo-banner" aria-labelledby="demo-banner-heading">
      <h2 id="demo-banner-heading">{t('demo_banner_heading')}</h2>
      {report.kind === 'failed' ? (
        <p role="alert">{t('demo_banner_failed', report.detail)}</p>
      ) : (
        <p role="status">{report.kind === 'read' ? t('demo_banner_text') : t('loading')}</p>
      )}
    </aside>
  );
}

/** Sends the demo's report once and shows how it went. */
export function DemoApp({ report }: { report: () => Promise<unknown> }) {
  const [state, setState] = useState<DemoReport>({ kind: 'reading' });
  useEffect(() => {
    report().then(
      () => setState({ kind: 'read' }),
      (error: unknown) => setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
    );
  }, [report]);
  return <DemoBanner report={state} />;
}
