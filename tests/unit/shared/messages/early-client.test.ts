import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { createClient, type Transport } from '../../../../lib/shared/messages/client';
import { defineMessage, type Envelope } from '../../../../lib/shared/messages/define';
import { withEarlyQuestions } from '../../../../lib/shared/messages/early-client';

const _protocol = {
  'demo/echo': defineMessage<{ text: string; n: number }>()('extension-page', v.strictObject({ text: v.string() })),
};
type Demo = typeof _protocol;

/** A transport that answers each echo with how many messages it had received, noting every envelope. */
function counting(fail = false): { transport: Transport; sent: Envelope[] } {
  const sent: Envelope[] = [];
  return {
    sent,
    transport: (envelope) => {
      sent.push(envelope);
      if (fail) return Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'asleep' } });
      const { text } = envelope.payload as { text: string };
      return Promise.resolve({ ok: true, value: { text, n: sent.length } });
    },
  };
}

describe('withEarlyQuestions', () => {
  test('sends the early questions at once, before anyone asks', () => {
    const { transport, sent } = counting();
    withEarlyQuestions(createClient<Demo>(transport), [{ type: 'demo/echo', payload: { text: 'a' } }]);
    expect(sent.map((e) => e.payload)).toEqual([{ text: 'a' }]);
  });

  test('the first identical call takes the early answer; later and other calls are sent afresh', async () => {
    const { transport, sent } = counting();
    const client = withEarlyQuestions(createClient<Demo>(transport), [{ type: 'demo/echo', payload: { text: 'a' } }]);
    await expect(client.call('demo/echo', { text: 'a' })).resolves.toEqual({ text: 'a', n: 1 });
    await expect(client.call('demo/echo', { text: 'a' })).resolves.toEqual({ text: 'a', n: 2 });
    await expect(client.call('demo/echo', { text: 'b' })).resolves.toEqual({ text: 'b', n: 3 });
    expect(sent).toHaveLength(3);
  });

  test('a failed early question fails the call that takes it, and nothing else', async () => {
    const { transport } = counting(true);
    const client = withEarlyQuestions(createClient<Demo>(transport), [{ type: 'demo/echo', payload: { text: 'a' } }]);
    await expect(client.call('demo/echo', { text: 'a' })).rejects.toThrow('asleep');
  });

  test('an early question nobody asks is not reported as an unhandled failure', async () => {
    const { transport } = counting(true);
    withEarlyQuestions(createClient<Demo>(transport), [{ type: 'demo/echo', payload: { text: 'unasked' } }]);
    // Vitest fails the run on an unhandled rejection; give it a turn to surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
