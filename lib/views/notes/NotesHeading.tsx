/**
 * The heading of the page's notes, wherever the side panel shows them (the notes, or why there are
 * none). It takes focus from script only: the panel's "Naar notities" link moves the focus here, so
 * the next Tab lands in the notes. The link and the sections that it labels use `NOTES_HEADING_ID`.
 */
import { useT } from '../common/i18n';

export const NOTES_HEADING_ID = 'page-notes-heading';

export function NotesHeading() {
  const t = useT();
  return (
    <h2 id={NOTES_HEADING_ID} tabIndex={-1}>
      {t('sidepanel_notes_heading')}
    </h2>
  );
}
