/**
 * The hand-over of a selection to annotate, from the background (context menu,
 * keyboard command) to the side panel: kept in session storage plus the
 * 'notes/pending-annotation' event, because the panel may still be loading when
 * the selection arrives; it reads the stored one on start and listens for new ones.
 */
import type { PendingAnnotation } from '../../core/notes/types';
import { events } from './events';
import { sessionStore } from './session-store';

const PENDING_KEY = 'pendingAnnotation';

const pendingStore = () => sessionStore<PendingAnnotation>('notes:');

export async function readPendingAnnotation(): Promise<PendingAnnotation | undefined> {
  return pendingStore().get(PENDING_KEY);
}

export async function clearPendingAnnotation(): Promise<void> {
  await pendingStore().remove(PENDING_KEY);
}

/** Stored first, then announced: a panel that subscribes and then reads can miss neither. */
export async function handOverAnnotation(pending: PendingAnnotation): Promise<void> {
  await pendingStore().set(PENDING_KEY, pending);
  events.publish('notes/pending-annotation', pending);
}

export function onPendingAnnotation(listener: (pending: PendingAnnotation) => void): () => void {
  return events.on('notes/pending-annotation', listener);
}
