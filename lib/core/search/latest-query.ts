/**
 * Dropping stale results. Search itself is synchronous (well under a frame), but
 * a view often searches after an await (loading notes, a debounce, a message to
 * the background). Each query takes a ticket; results are applied only while
 * their ticket is still the latest, and an AbortSignal lets pending work stop early.
 *
 *   const latest = createLatestQuery();
 *   async function onInput(q: string) {
 *     const ticket = latest.begin();
 *     const index = await loadIndex();              // any await in between
 *     if (!ticket.current) return;                  // the user typed on
 *     const hits = index.search(q, { limit: 20 });
 *     if (ticket.current) setHits(hits);
 *   }
 */
export interface QueryTicket {
  /** Increasing sequence number of this query. */
  readonly seq: number;
  /** True until a newer query begins. */
  readonly current: boolean;
  /** Aborted when a newer query begins (for fetch, timers, workers). */
  readonly signal: AbortSignal;
}

export interface LatestQuery {
  begin(): QueryTicket;
  /** Makes every ticket stale, e.g. when the view closes. */
  cancel(): void;
}

export function createLatestQuery(): LatestQuery {
  let seq = 0;
  let controller: AbortController | undefined;
  const stale = (): void => {
    controller?.abort(new DOMException('A newer query replaced this one', 'AbortError'));
  };
  return {
    begin(): QueryTicket {
      stale();
      const mine = ++seq;
      const own = new AbortController();
      controller = own;
      return {
        seq: mine,
        get current() {
          return mine === seq && !own.signal.aborted;
        },
        signal: own.signal,
      };
    },
    cancel(): void {
      stale();
      seq++;
    },
  };
}
