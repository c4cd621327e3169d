/**
 * The notes: how many, whether the browser keeps them for good, export
 * (JSON-LD to restore, Markdown to read; with the user's name as creator when
 * they give one), import (all or nothing, with a
 * report), and erase everything after a typed confirmation.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/translator';
import type { MarkdownLabels } from '../../core/notes/export-markdown';
import type { ExportFormat } from './export-file';
import { formatBytes } from './format';
import { oversizedImport } from './import-size';
import { importSummaryText, notesCountText, persistenceText } from './notes-labels';
import type { StorageEstimateSummary } from '../notes/storage-persistence';
import type { PersistenceState } from '../notes/notes-source';
import type { OptionsNotes } from './notes-source';
import { useT } from '../common/i18n';
import { Announcer, type Announcement } from './Announcer';
import { CreatorNameForm } from './CreatorNameForm';
import { EraseNotesDialog } from './EraseNotesDialog';
import { ImportReportView } from './ImportReportView';

function markdownLabels(t: Translate): MarkdownLabels {
  return {
    heading: t('options_md_heading'),
    written: t('options_md_written'),
    creator: t('options_md_creator'),
    tags: t('options_md_tags'),
    links: t('options_md_links'),
    places: t('options_md_places'),
    pageNote: t('options_md_page_note'),
    pdfPage: t('options_md_pdf_page'),
    locale: t('localeCode'),
  };
}

/** A NotesError carries the locale key of its explanation; anything else is shown with its technical text. */
function failure(error: unknown, t: Translate): Announcement {
  const key = (error as { messageKey?: unknown } | null)?.messageKey;
  if (typeof key === 'string' && key.startsWith('notes_error_')) {
    return { tone: 'alert', text: t(key as Parameters<Translate>[0]), detail: error instanceof Error ? error.message : '' };
  }
  return { tone: 'alert', text: t('options_failed', error instanceof Error ? error.message : String(error)) };
}

export interface NotesSectionProps {
  notes: OptionsNotes;
  /** The user's name for exports ('' for none); null while settings are not read (no field yet, exports name nobody). */
  creatorName?: string | null;
  onSaveCreatorName?: (name: string) => Promise<void>;
}

export function NotesSection({ notes, creatorName = null, onSaveCreatorName }: NotesSectionProps) {
  const t = useT();
  const id = useId();
  const [count, setCount] = useState<number | null>(null);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimateSummary | null>(null);
  const [message, setMessage] = useState<Announcement | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const importInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    notes.count().then(setCount, (error: unknown) => setMessage(failure(error, t)));
    notes.estimate().then(setEstimate, (error: unknown) => console.warn('Regiolens: no storage estimate', error));
  }, [notes, t]);
  useEffect(() => {
    refresh();
    notes.persistence().then(setPersistence, (error: unknown) => {
      console.warn('Regiolens: storage persistence unknown', error);
      setPersistence('unsupported');
    });
    return notes.subscribe(refresh);
  }, [notes, refresh]);

  const act = async (work: () => Promise<Announcement>) => {
    if (busy) return;
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(failure(error, t));
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const exportAs = (format: ExportFormat) =>
    act(async () => {
      const file = await notes.exportAll(format, markdownLabels(t), creatorName ?? '');
      notes.save(file);
      return { tone: 'status', text: t('options_notes_exported', [file.count, file.fileName]) };
    });

  const importChosen = (event: Event) => {
    event.preventDefault();
    const file = importInput.current?.files?.[0];
    if (!file) {
      setMessage({ tone: 'alert', text: t('options_notes_import_choose') });
      importInput.current?.focus();
      return;
    }
    void act(async () => {
      // Refused from its size before anything reads it: the service would read the whole file at once.
      const report = oversizedImport(file) ?? (await notes.importFile(file));
      const extra = <ImportReportView report={report} />;
      if (report.errors.length > 0) return { tone: 'alert', text: t('options_notes_import_refused'), extra };
      return { tone: 'status', text: importSummaryText(report, t), extra };
    });
  };

  const closeDialog = () => {
    setConfirming(false);
    eraseButton.current?.focus();
  };
  const erase = () => {
    closeDialog();
    void act(async () => ({ tone: 'status', text: t('options_notes_erased', await notes.eraseAll()) }));
  };

  const locale = t('localeCode');
  return (
    <section aria-labelledby={`${id}-heading`} class="options__section" aria-busy={busy}>
      <h2 id={`${id}-heading`}>{t('options_notes_heading')}</h2>
      <p data-notes-count={count ?? ''}>{count === null ? t('options_notes_loading') : notesCountText(count, t)}</p>
      {persistence !== null ? <p data-persistence={persistence}>{persistenceText(persistence, t)}</p> : null}
      {estimate?.usage != null && estimate.quota != null ? (
        <p class="muted">
          {t('options_notes_usage', [formatBytes(estimate.usage, locale), formatBytes(estimate.quota, locale)])}
        </p>
      ) : null}

      <div class="options__group" role="group" aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>{t('options_notes_export_heading')}</h3>
        <p>{t('options_notes_export_explain')}</p>
        {creatorName !== null && onSaveCreatorName ? <CreatorNameForm value={creatorName} onSave={onSaveCreatorName} /> : null}
        <div class="options__actions">
          <button type="button" class="button" aria-disabled={busy} onClick={() => void exportAs('jsonld')}>
            {t('options_notes_export_jsonld')}
          </button>
          <button type="button" class="button button--secondary" aria-disabled={busy} onClick={() => void exportAs('markdown')}>
            {t('options_notes_export_markdown')}
          </button>
        </div>
      </div>

      <div class="options__group" role="group" aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>{t('options_notes_import_heading')}</h3>
        <p id={`${id}-import-explain`}>{t('options_notes_import_explain')}</p>
        <form onSubmit={importChosen} noValidate class="options__file-form">
          <div>
            <label for={`${id}-file`}>{t('options_notes_import_label')}</label>
            <input
              ref={importInput}
              id={`${id}-file`}
              type="file"
              accept=".jsonld,.json,application/ld+json,application/json"
              aria-describedby={`${id}-import-explain`}
            />
          </div>
          <button type="submit" class="button" aria-disabled={busy}>
            {t('options_notes_import_button')}
          </button>
        </form>
      </div>

      <div class="options__group" role="group" aria-labelledby={`${id}-erase`}>
        <h3 id={`${id}-erase`}>{t('options_notes_erase_heading')}</h3>
        <button
          ref={eraseButton}
          type="button"
          class="button button--danger"
          aria-haspopup="dialog"
          aria-disabled={busy}
          onClick={() => !busy && setConfirming(true)}
        >
          {t('options_notes_erase')}
        </button>
      </div>
      <Announcer message={message} detailsLabel={t('options_details')} />
      <EraseNotesDialog open={confirming} count={count ?? 0} onConfirm={erase} onClose={closeDialog} />
    </section>
  );
}
