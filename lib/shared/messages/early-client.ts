/**
 * A client whose first questions are asked before the view that asks them exists.
 *
 * A view's first question waits for its page to start: the translator, the settings and the mount
 * come first, and only then does the view ask the background, which may still have to wake up and
 * read its stored search from IndexedDB. The entrypoint knows some of those questions at once (the
 * popup's overview, and the query of `popup.html?q=`), so it asks them here, in its first turn, and
 * the background's start-up runs while the page starts (issue 12, "At scale"). The view still asks
 * the same questions the same way through this client; the first identical call takes the answer
 * already on its way, and every later call (a new keystroke, a re-ask after 'index/changed') is
 * sent afresh, so an early answer is never used twice and nothing else changes for the view.
 */
import type { MessageType, Protocol, RequestOf } from './define';
import type { Client } from './client';

/** One question of protocol P: its type and the payload its declaration takes. */
export type Question<P extends Protocol> = { [T in MessageType<P>]: { type: T; payload: RequestOf<P, T> } }[MessageType<P>];

/** Two payloads ask the same when they cross the channel alike (the channel carries JSON). */
function keyOf(type: string, payload: unknown): string {
  return `${type}\n${JSON.stringify(payload)}`;
}

/**
 * Sends `questions` through `client` now and returns a client that hands each early answer to the
 * first identical call. An early question that fails is not reported here (nobody may ever ask it);
 * the call that takes it sees the failure as it would have seen its own.
 */
export function withEarlyQuestions<P extends Protocol>(client: Client<P>, questions: readonly Question<P>[]): Client<P> {
  const early = new Map<string, Promise<unknown>>();
  for (const { type, payload } of questions) {
    const key = keyOf(type, payload);
    if (early.has(key)) continue;
    const answer: Promise<unknown> = client.call(type, payload);
    answer.catch(() => undefined);
    early.set(key, answer);
  }
  return {
    call(type, payload) {
      const key = keyOf(type, payload);
      const answer = early.get(key);
      if (answer === undefined) return client.call(type, payload);
      early.delete(key);
      return answer as ReturnType<typeof client.call<typeof type>>;
    },
  };
}
