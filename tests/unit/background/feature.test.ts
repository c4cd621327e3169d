/**
 * Background features compose into one background: every message answered by
 * exactly one feature (a gap or a double answer refuses to start), every
 * feature started with the same signal, and one failing start not stopping the others.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { composeFeatures, whileRunning, type BackgroundFeature } from '../../../lib/background/feature';
import { backgroundProtocol, type BackgroundHandlers } from '../../../lib/shared/messages/protocol';

/** A feature that answers the given messages (with a marker) and records its start. */
function answering(types: Array<keyof BackgroundHandlers>, started: string[], name: string): BackgroundFeature {
  return {
    handlers: Object.fromEntries(types.map((type) => [type, () => name])) as Partial<BackgroundHandlers>,
    start: () => void started.push(name),
  };
}

const ALL = Object.keys(backgroundProtocol) as Array<keyof BackgroundHandlers>;

afterEach(() => vi.restoreAllMocks());

describe('composeFeatures', () => {
  test('joins the handlers and starts every feature in order', () => {
    const started: string[] = [];
    const composed = composeFeatures([
      answering(ALL.slice(0, 2), started, 'a'),
      answering(ALL.slice(2), started, 'b'),
      { start: () => void started.push('c') },
    ]);
    expect(Object.keys(composed.handlers).sort()).toEqual([...ALL].sort());
    composed.start(new AbortController().signal);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  test('a message without a feature refuses to start, naming it', () => {
    expect(() => composeFeatures([answering(ALL.slice(1), [], 'a')])).toThrow(`no background feature answers "${ALL[0]}"`);
  });

  test('two features answering one message refuse to start', () => {
    expect(() => composeFeatures([answering(ALL, [], 'a'), answering(ALL.slice(0, 1), [], 'b')])).toThrow(
      `two background features answer "${ALL[0]}"`,
    );
  });

  test('one failing start is logged; the others still start', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const started: string[] = [];
    const failing: BackgroundFeature = {
      start: () => {
        throw new Error('no API');
      },
    };
    composeFeatures([failing, answering(ALL, started, 'b')]).start(new AbortController().signal);
    expect(started).toEqual(['b']);
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe('whileRunning', () => {
  test('ends every listener when the signal aborts, once', () => {
    const running = new AbortController();
    const stopped: string[] = [];
    whileRunning(
      running.signal,
      () => stopped.push('a'),
      () => stopped.push('b'),
    );
    expect(stopped).toEqual([]);
    running.abort();
    running.abort();
    expect(stopped).toEqual(['a', 'b']);
  });

  test('ends them at once when the signal has already aborted', () => {
    const stopped: string[] = [];
    whileRunning(AbortSignal.abort(), () => stopped.push('a'));
    expect(stopped).toEqual(['a']);
  });
});
