/**
 * The one shape of a background feature, and how the background composes them.
 *
 * A feature is an object with the messages it answers and a `start`:
 *
 *   const feature: BackgroundFeature = {
 *     handlers: { 'index/status': () => store.status() },
 *     start(signal) {
 *       whileRunning(signal, onAlarm(NAME, check), onInstalled(check));
 *     },
 *   };
 *
 * `start` registers every listener synchronously: a service worker woken by an
 * event (a click, an alarm) gets that event only if the listener was added in
 * its first turn, so start-up work that must wait is started, not awaited.
 * Every listener is handed to `whileRunning`, which ends it when the signal
 * aborts, so a feature started in a test (or restarted) leaves nothing behind.
 * Dependencies come in through the feature's factory (`createXFeature(deps)`),
 * so tests build the real feature over memory stores and fakes.
 */
import { backgroundProtocol, type BackgroundHandlers } from '../shared/messages/protocol';

export interface BackgroundFeature {
  /** The messages this feature answers; each message of the background protocol is answered by exactly one feature. */
  handlers?: Partial<BackgroundHandlers>;
  /** Registers the feature's listeners (synchronously), each ended when `signal` aborts. */
  start(signal: AbortSignal): void;
}

/** Ends each listener (given as the function that removes it) when the signal aborts, or now if it already has. */
export function whileRunning(signal: AbortSignal, ...stops: Array<() => unknown>): void {
  const stopAll = () => {
    for (const stop of stops) stop();
  };
  if (signal.aborted) stopAll();
  else signal.addEventListener('abort', stopAll, { once: true });
}

export interface ComposedBackground {
  /** Every handler of the protocol, one per message. */
  handlers: BackgroundHandlers;
  /** Starts every feature; one failing to start does not keep the others from starting. */
  start(signal: AbortSignal): void;
}

/**
 * Joins features into one background. Throws when two features answer the same message or a
 * message has no feature: a protocol the router could only half answer must not start.
 */
export function composeFeatures(features: readonly BackgroundFeature[]): ComposedBackground {
  const handlers: Record<string, unknown> = {};
  for (const feature of features) {
    for (const [type, handler] of Object.entries(feature.handlers ?? {})) {
      if (Object.hasOwn(handlers, type)) throw new Error(`two background features answer "${type}"`);
      handlers[type] = handler;
    }
  }
  const missing = Object.keys(backgroundProtocol).filter((type) => !Object.hasOwn(handlers, type));
  if (missing.length > 0) throw new Error(`no background feature answers ${missing.map((type) => `"${type}"`).join(', ')}`);
  return {
    handlers: handlers as BackgroundHandlers,
    start(signal) {
      features.forEach((feature, at) => {
        try {
          feature.start(signal);
        } catch (error) {
          console.error(`Regiolens: background feature ${at} did not start`, error);
        }
      });
    },
  };
}
