/**
 * Two things that go wrong when writes and reloads overlap (two side panels
 * writing at once, or a fast typist): words typed while a note is being saved
 * are not wiped when the save finishes, and a reload that started before a
 * write cannot put back the list without that note when it answers late.
 */
import { render } from 'vitest-browser-preact';
import { useState } from 'preact/hooks';
import { expect, test } from 'vitest';
import { NoteEditor, type NoteValues } from '../../../../lib/views/notes/NoteEditor';
import { useLatestLoad } from '../../../../lib/views/notes/use-latest-load';
import { renderIn } from '../../support/render-options';

/** An onSave that records what it was asked to store and answers with `answer()`. */
function recordingSave(answer: () => Promise<boolean>) {
  const saves: NoteValues[] = [];
  return {
    saves,
    onSave: (values: NoteValues) => {
      saves.push(values);
      return answer();
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

test('words typed while the previous note is being saved stay in the editor', async () => {
  const pending = deferred<boolean>();
  const { saves, onSave } = recordingSave(() => pending.promise);
  const screen = await renderIn(<NoteEditor label="Nieuwe notitie" onSave={onSave} />);
  const field = screen.getByLabelText('Notitie', { exact: true });
  await field.fill('Eerste');
  await screen.getByRole('button', { name: 'Bewaren' }).click();
  await expect.poll(() => saves.length).toBe(1);
  await field.fill('Tweede');
  pending.resolve(true);
  await expect.poll(() => screen.getByRole('button', { name: 'Bewaren' }).element().hasAttribute('disabled')).toBe(false);
  expect(saves[0]?.body).toBe('Eerste');
  await expect.element(field).toHaveValue('Tweede');
});

test('a saved note with nothing typed after it leaves the editor empty', async () => {
  const screen = await renderIn(<NoteEditor label="Nieuwe notitie" onSave={() => Promise.resolve(true)} />);
  const field = screen.getByLabelText('Notitie', { exact: true });
  await field.fill('Eerste');
  await screen.getByRole('button', { name: 'Bewaren' }).click();
  await expect.element(field).toHaveValue('');
});

test('of two reloads under way, the newest read sets the list even when the older answers last', async () => {
  const reads = [deferred<string[]>(), deferred<string[]>()];
  let calls = 0;
  let reload: () => Promise<void> = () => Promise.resolve();
  function List() {
    const [items, setItems] = useState<string[]>([]);
    reload = useLatestLoad(() => (reads[calls++] as { promise: Promise<string[]> }).promise, setItems);
    return <output>{items.join(',')}</output>;
  }
  const screen = await render(<List />);
  const older = reload();
  const newer = reload();
  reads[1]?.resolve(['a', 'b']);
  await newer;
  reads[0]?.resolve(['a']);
  await older;
  await expect.element(screen.getByRole('status')).toHaveTextContent('a,b');
});

test('a page note without words is not saved: the editor says so and keeps the focus; after a save the focus stays for the next', async () => {
  const { saves, onSave } = recordingSave(() => Promise.resolve(true));
  const screen = await renderIn(<NoteEditor label="Nieuwe notitie" onSave={onSave} />);
  const field = screen.getByLabelText('Notitie', { exact: true });
  await field.fill('   ');
  await screen.getByRole('button', { name: 'Bewaren' }).click();
  await expect.element(screen.getByRole('alert')).toHaveTextContent('Schrijf eerst iets in de notitie.');
  await expect.element(field).toHaveFocus();
  await expect.element(field).toHaveAttribute('aria-invalid', 'true');
  expect(saves).toEqual([]);
  await field.fill('Nu wel');
  await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  await screen.getByRole('button', { name: 'Bewaren' }).click();
  await expect.poll(() => saves.length).toBe(1);
  await expect.element(field).toHaveValue('');
  await expect.element(field).toHaveFocus();
});

test('an annotation may be saved without words: the quoted passage is its content', async () => {
  const saves: NoteValues[] = [];
  const screen = await renderIn(
    <NoteEditor label="Notitie bij passage" allowEmpty onSave={(values) => Promise.resolve(saves.push(values) > 0)} />,
  );
  await screen.getByRole('button', { name: 'Bewaren' }).click();
  await expect.poll(() => saves.length).toBe(1);
});
