/**
 * Building blocks of the typed message protocol. Each message names who may
 * send it, the schema its payload must pass, and (as a type only) what it
 * answers. Requests and responses are typed end to end; payloads are validated
 * at the receiving side because any page can try to talk to an extension.
 */
import type * as v from 'valibot';

/** Who may send a message: a content script in a tab, or one of our own extension pages. */
export type SenderKind = 'content' | 'extension-page' | 'any';

export interface MessageSpec<Request, Response> {
  from: SenderKind;
  request: v.GenericSchema<unknown, Request>;
  /** Phantom field carrying the response type; never read at run time. */
  readonly response?: Response;
}

/** `defineMessage<Response>()(from, schema)`: the response type is given, the request type is inferred. */
export function defineMessage<Response>() {
  return <Request>(from: SenderKind, request: v.GenericSchema<unknown, Request>): MessageSpec<Request, Response> => ({
    from,
    request,
  });
}

export type Protocol = Record<string, MessageSpec<unknown, unknown>>;
export type MessageType<P extends Protocol> = Extract<keyof P, string>;
export type RequestOf<P extends Protocol, T extends keyof P> = P[T] extends MessageSpec<infer Q, unknown> ? Q : never;
export type ResponseOf<P extends Protocol, T extends keyof P> = P[T] extends MessageSpec<unknown, infer R> ? R : never;

/** Marks our envelopes so that stray messages from other code are ignored, not misread. */
export const CHANNEL = 'regiolens/1';

export interface Envelope<T extends string = string> {
  channel: typeof CHANNEL;
  type: T;
  payload: unknown;
}

/** True for messages in our envelope; anything else is not for us and is left alone. */
export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).channel === CHANNEL &&
    typeof (message as Envelope).type === 'string'
  );
}

/** Error codes that cross the boundary; the views map them to localised text. */
export type ErrorCode = 'bad-request' | 'forbidden' | 'unknown-type' | 'failed' | 'unavailable';

/** Errors do not survive structured cloning, so results cross as plain data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
