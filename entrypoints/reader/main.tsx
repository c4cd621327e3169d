import { ReaderApp } from '../../lib/views/reader/ReaderApp';
import { startPdfWorker } from '../../lib/views/reader/pdf-engine';
import { extensionReaderSource } from '../../lib/views/reader/reader-source';
import { recogniseDocument } from '../../lib/views/reader/reader-recognition';
import { extensionReaderNotes } from '../../lib/views/reader/reader-notes-source';
import { mount } from '../../lib/views/common/mount';
import { extensionTranslators } from '../../lib/shared/platform/translator';

// pdf.js's worker loads while the page gets its language and the document.
startPdfWorker();
const translators = extensionTranslators();
mount(
  await translators.current(),
  <ReaderApp
    search={location.search}
    hash={location.hash}
    source={extensionReaderSource}
    recognise={recogniseDocument}
    notes={extensionReaderNotes}
  />,
  {
    onTranslatorChanged: translators.onChange,
  },
);
