/**
 * Keeps keyboard focus on a note when the list changes under it. Closing the
 * editor (save or cancel) and undoing a delete remove the focused button; without
 * this, focus falls to the body and a keyboard user starts again at the top.
 *
 * `focusNote(id)` asks for that note's Edit button. The request is applied after
 * each render of the list until the button exists (a restored note appears only
 * once the list reloads), and re-applied if a later render loses it (a saved
 * note changes place in a list sorted by date; should the diff move the focused
 * element itself, Chromium blurs it). The request ends as soon as the user acts (a key or a pointer) or
 * focus is somewhere else on purpose, so it never pulls focus back later.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';

/** Marks the button focus returns to. */
export const EDIT_ACTION = 'edit';

function editButton(list: HTMLElement | null, noteId: string): HTMLElement | null {
  return list?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"] [data-note-action="${EDIT_ACTION}"]`) ?? null;
}

/**
 * `handOver` is how a sibling (the notice bar's undo) asks: it sets the id, and
 * the list takes it at its next render, also when the list mounts only then.
 */
export function useNoteFocus(list: RefObject<HTMLElement | null>, handOver?: RefObject<string | null>) {
  const wanted = useRef<string | null>(null);

  useEffect(() => {
    const drop = () => {
      wanted.current = null;
    };
    document.addEventListener('keydown', drop, true);
    document.addEventListener('pointerdown', drop, true);
    return () => {
      document.removeEventListener('keydown', drop, true);
      document.removeEventListener('pointerdown', drop, true);
    };
  }, []);

  // After every render: the list may just have gained the note, or lost the focus on it.
  useEffect(() => {
    if (handOver?.current) {
      wanted.current = handOver.current;
      handOver.current = null;
    }
    const id = wanted.current;
    if (id === null) return;
    const target = editButton(list.current, id);
    const active = document.activeElement;
    if (active === target) return;
    if (active && active !== document.body) {
      // Focus is somewhere else on purpose (another control took it): leave it there.
      wanted.current = null;
      return;
    }
    target?.focus();
  });

  return useCallback((noteId: string) => {
    wanted.current = noteId;
  }, []);
}
