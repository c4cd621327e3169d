/** Shows a Notice: errors as alerts (conflicts with a reload button), the rest as status with undo where it applies. */
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../common/i18n';
import type { Note } from '../../core/notes/types';
import type { Notice, useNotice } from './use-notice';

export interface NoticeBarProps {
  notice: Notice | null;
  onUndo: (note: Notice & { kind: 'deleted' }) => void;
  onReload: () => void;
  onDismiss: () => void;
}

export function NoticeBar({ notice, onUndo, onReload, onDismiss }: NoticeBarProps) {
  const t = useT();
  const undo = useRef<HTMLButtonElement>(null);
  // The Delete button that was focused is gone with its note: Undo is where a keyboard user wants to be.
  useEffect(() => {
    if (notice?.kind === 'deleted') undo.current?.focus();
  }, [notice]);
  if (!notice) return <div role="status" class="notes-notice notes-notice--empty" />;
  if (notice.kind === 'error') {
    return (
      <div role="alert" class="alert notes-notice" data-notice="error">
        <p>{t(notice.key)}</p>
        {notice.conflict && (
          <button type="button" class="button" onClick={onReload}>
            {t('sidepanel_reload')}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={onDismiss}>
          {t('sidepanel_dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div role="status" class="status notes-notice" data-notice={notice.kind}>
      <p>{t(notice.kind === 'deleted' ? 'sidepanel_deleted' : notice.key)}</p>
      {notice.kind === 'deleted' && (
        <button ref={undo} type="button" class="button" onClick={() => onUndo(notice)}>
          {t('sidepanel_undo')}
        </button>
      )}
    </div>
  );
}

/** The bar as both notes views use it: dismiss, reload after a conflict, undo a delete (focus goes to the restored note). */
export function NotesNoticeBar({
  notices,
  reload,
  restore,
}: {
  notices: ReturnType<typeof useNotice>;
  reload: () => void;
  restore: (note: Note) => Promise<unknown>;
}) {
  const { notice, setNotice, run, focusHandOver } = notices;
  return (
    <NoticeBar
      notice={notice}
      onDismiss={() => setNotice(null)}
      onReload={() => {
        setNotice(null);
        reload();
      }}
      onUndo={(deleted) =>
        void run(() => restore(deleted.note)).then((restored) => {
          if (!restored) return;
          // Set together with the notice that replaces the Undo button, so the list takes it in the same render.
          focusHandOver.current = deleted.note.id;
          setNotice({ kind: 'info', key: 'sidepanel_restored' });
        })
      }
    />
  );
}
