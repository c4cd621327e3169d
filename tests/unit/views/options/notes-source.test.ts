/**
 * The options page's notes service refuses an import file that is too large
 * from its size, before reading it (issue 11, item 10): the file is a stand-in
 * that has a size and fails the test if anything reads it.
 */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../lib/core/notes/import-jsonld';
import { createOptionsNotes } from '../../../../lib/views/options/notes-source';

function unreadableFile(size: number): File {
  const read = () => {
    throw new Error('the file was read');
  };
  return { name: 'big.jsonld', size, text: read, arrayBuffer: read, stream: read, slice: read } as unknown as File;
}

test('a file one byte over the limit is refused unread, with the too-large report', async () => {
  const report = await createOptionsNotes().importFile(unreadableFile(MAX_IMPORT_BYTES + 1));
  expect(report).toEqual({
    added: 0,
    skipped: 0,
    errors: [expect.objectContaining({ code: 'too-large' })],
    refused: [],
    notices: [],
  });
});
