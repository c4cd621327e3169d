/**
 * Stopping the extension's service worker between samples, and proving it stopped. Chromium stops an idle
 * extension worker after 30 s, but never while DevTools (Playwright) is attached to it, so the benchmark
 * stops it through the DevTools protocol's `ServiceWorker` domain (`stopWorker`; `stopAllWorkers` left the
 * extension's worker running here). The same domain is the proof: it reports each change of the worker's
 * running status, so a sample counts as "fresh background" only if the worker was reported stopped and
 * then starting again. Playwright's own Worker objects cannot serve as proof: a restarted extension worker
 * keeps its DevTools target id, Playwright reports no new worker for it and reports the old one closed
 * seconds late.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

export interface WorkerWatch {
  /** Stops the extension's worker (if it runs) and resolves once DevTools reports it stopped. */
  stop(): Promise<void>;
  /** When the worker last began starting (epoch ms, as seen here), or null if it has not since the last stop. */
  startedSinceStop(): number | null;
  /** How many times the worker was reported stopped since the watch began. */
  stops(): number;
  /** Waits until the worker is reported running (woken by an event, e.g. the popup's first message). */
  running(): Promise<void>;
}

/** Polls `done` every 10 ms for up to 10 s. */
async function until(done: () => boolean, failure: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Watches the extension's worker through a DevTools session on `page`, an extension page: its
 * `ServiceWorker` domain sees the registrations of the page's origin, which is the extension's.
 */
export async function watchWorker(context: BrowserContext, page: Page): Promise<WorkerWatch> {
  const session: CDPSession = await context.newCDPSession(page);
  const status = new Map<string, RunningStatus>();
  let started: number | null = null;
  let stopped = 0;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      const before = status.get(version.versionId);
      if (before === version.runningStatus) continue;
      status.set(version.versionId, version.runningStatus);
      if (version.runningStatus === 'starting') started = Date.now();
      if (version.runningStatus === 'stopped') {
        stopped += 1;
        started = null;
      }
    }
  });
  await session.send('ServiceWorker.enable');
  const describe = () => JSON.stringify([...status]);
  const runningIds = () => [...status].filter(([, state]) => state === 'running').map(([versionId]) => versionId);
  const watch: WorkerWatch = {
    async running() {
      await until(
        () => runningIds().length > 0,
        () => `the service worker was not reported running within 10 s: ${describe()}`,
      );
    },
    async stop() {
      // One starting (woken by the sample's new tab, say) is let start first, so that it can be stopped.
      await until(
        () => [...status.values()].every((state) => state === 'running' || state === 'stopped'),
        () => `the service worker did not settle within 10 s: ${describe()}`,
      );
      for (const versionId of runningIds()) await session.send('ServiceWorker.stopWorker', { versionId });
      await until(
        () => [...status.values()].every((state) => state === 'stopped'),
        () => `the service worker did not stop within 10 s: ${describe()}`,
      );
    },
    startedSinceStop: () => started,
    stops: () => stopped,
  };
  return watch;
}
