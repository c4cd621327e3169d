/**
 * The receiving side of the protocol, free of extension APIs: it checks the
 * envelope, who sent it and the payload's schema before a handler sees
 * anything, and turns every outcome into a serialisable Result.
 */
import * as v from 'valibot';
import {
  isEnvelope,
  type MessageType,
  type Protocol,
  type RequestOf,
  type ResponseOf,
  type Result,
  MessageError,
} from './define';

/** The parts of `runtime.MessageSender` the router needs. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number; incognito?: boolean };
  frameId?: number;
}

export interface TrustedOrigin {
  /** This extension's id. */
  extensionId: string;
  /** This extension's page origin, e.g. "chrome-extension://abc" (no trailing slash). */
  extensionOrigin: string;
}

export type Handlers<P extends Protocol> = {
  [T in MessageType<P>]: (request: RequestOf<P, T>, sender: SenderInfo) => Promise<ResponseOf<P, T>> | ResponseOf<P, T>;
};

function senderAllowed(kind: Protocol[string]['from'], sender: SenderInfo, trusted: TrustedOrigin): boolean {
  if (sender.id !== trusted.extensionId) return false;
  const fromExtensionPage = sender.url !== undefined && sender.url.startsWith(`${trusted.extensionOrigin}/`);
  const fromContentScript = sender.tab?.id !== undefined && !fromExtensionPage;
  if (kind === 'content') return fromContentScript;
  if (kind === 'extension-page') return fromExtensionPage;
  return fromContentScript || fromExtensionPage;
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Returns a function that answers one message. It never throws: a handler's
 * error becomes `{ ok: false }` with the error's message, so the caller can
 * tell the user what went wrong.
 */
export function createRouter<P extends Protocol>(protocol: P, handlers: Handlers<P>, trusted: TrustedOrigin) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    if (!isEnvelope(message)) return { ok: false, error: { code: 'bad-request', message: 'not a Regiolens message' } };
    const type = message.type as MessageType<P>;
    const spec = Object.hasOwn(protocol, type) ? protocol[type] : undefined;
    if (!spec) return { ok: false, error: { code: 'unknown-type', message: `unknown message type "${message.type}"` } };
    if (!senderAllowed(spec.from, sender, trusted)) {
      return { ok: false, error: { code: 'forbidden', message: `"${type}" may not be sent from here` } };
    }
    const parsed = v.safeParse(spec.request, message.payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-request', message: describeIssues(parsed.issues) } };
    }
    try {
      const handler = handlers[type] as (request: unknown, sender: SenderInfo) => unknown;
      const value = await handler(parsed.output, sender);
      return { ok: true, value };
    } catch (error) {
      const code = error instanceof MessageError ? error.code : 'failed';
      return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
