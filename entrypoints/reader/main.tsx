import { ReaderApp } from '../../lib/views/reader/ReaderApp';
import { extensionReaderSource } from '../../lib/views/reader/reader-source';
import { recogniseDocument } from '../../lib/views/reader/reader-recognition';
import { mount } from '../../lib/views/common/mount';
import { extensionTranslators } from '../../lib/shared/platform/translator';

const translators = extensionTranslators();
mount(
  await translators.current(),
  <ReaderApp search={location.search} source={extensionReaderSource} recognise={recogniseDocument} />,
  {
    onTranslatorChanged: translators.onChange,
  },
);
