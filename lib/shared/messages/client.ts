/**
 * The sending side of the protocol, free of extension APIs. A client is
 * derived from the message declarations alone: `client.call(type, payload)`
 * takes the request type of that message and resolves with its response type,
 * so adding a message needs its declaration, its handler and its caller, and
 * no adapter in between. The transport is supplied by the context: runtime or
 * tab messaging (lib/shared/platform/messaging.ts), or, in tests, the real
 * router in the same JS context (`routerTransport`). A `{ ok: false }` answer
 * becomes a thrown MessageError, so callers handle failures in one place.
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
import type { BackgroundProtocol, ContentProtocol, ReaderProtocol } from './protocol';
import type { SenderInfo } from './router';

export type Transport = (envelope: Envelope) => Promise<unknown>;

export type Send<P extends Protocol> = <T extends MessageType<P>>(type: T, payload: RequestOf<P, T>) => Promise<ResponseOf<P, T>>;

export interface Client<P extends Protocol> {
  /** Sends one message and resolves with its answer; rejects with MessageError when it was refused or failed. */
  call: Send<P>;
}

/** What views and the content script hold of the background. */
export type BackgroundClient = Client<BackgroundProtocol>;
/** What the background and the side panel hold of one tab's content script. */
export type ContentClient = Client<ContentProtocol>;
/** What the side panel holds of a PDF reader tab. */
export type ReaderClient = Client<ReaderProtocol>;

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The protocol is a type parameter only, so a sender (e.g. the content script) need not bundle the schemas. */
export function createClient<P extends Protocol>(transport: Transport): Client<P> {
  return {
    async call(type, payload) {
      const answer = await transport({ channel: CHANNEL, type, payload });
      if (!isResult(answer)) throw new MessageError('unavailable', `no answer to "${type}"`);
      if (!answer.ok) throw new MessageError(answer.error.code, answer.error.message);
      return answer.value as ResponseOf<P, typeof type>;
    },
  };
}

export const createBackgroundClient = (transport: Transport): BackgroundClient => createClient<BackgroundProtocol>(transport);
export const createContentClient = (transport: Transport): ContentClient => createClient<ContentProtocol>(transport);

/**
 * A transport straight into a router in this JS context, as if sent by `sender`: how tests
 * connect a real client to the real router and handlers without a browser. The envelope and
 * the answer cross as JSON, as Chrome's runtime messaging carries them, so what would not
 * survive the real channel (a Uint8Array, a Date, undefined fields) does not survive here.
 */
export function routerTransport(
  route: (message: unknown, sender: SenderInfo) => Promise<Result<unknown>>,
  sender: SenderInfo,
): Transport {
  const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return async (envelope) => overJson(await route(overJson(envelope), sender));
}
