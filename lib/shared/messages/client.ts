/**
 * The sending side of the protocol, free of extension APIs: the platform layer
 * supplies the transport (runtime or tab messaging). A `{ ok: false }` answer
 * becomes a thrown MessageError so callers handle failures in one place.
 */
import {
  CHANNEL,
  type Envelope,
  type MessageType,
  type Protocol,
  type RequestOf,
  type ResponseOf,
  type Result,
  MessageError,
} from './define';

export type Transport = (envelope: Envelope) => Promise<unknown>;

export type Send<P extends Protocol> = <T extends MessageType<P>>(type: T, payload: RequestOf<P, T>) => Promise<ResponseOf<P, T>>;

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The protocol is a type parameter only, so a sender (e.g. the content script) need not bundle the schemas. */
export function createClient<P extends Protocol>(transport: Transport): Send<P> {
  return async (type, payload) => {
    const answer = await transport({ channel: CHANNEL, type, payload });
    if (!isResult(answer)) throw new MessageError('unavailable', `no answer to "${type}"`);
    if (!answer.ok) throw new MessageError(answer.error.code, answer.error.message);
    return answer.value as ResponseOf<P, typeof type>;
  };
}
