/**
 * Where a section announces what just happened. Both live regions are always
 * in the page (screen readers only announce changes to regions that already
 * exist): successes go to the polite status region, refusals and failures to
 * the assertive alert region.
 */
import type { ComponentChildren } from 'preact';

export interface Announcement {
  tone: 'status' | 'alert';
  text: string;
  /** Technical detail (often English) shown under the message, collapsed. */
  detail?: string;
  /** Extra content under the message (an import report's problems). */
  extra?: ComponentChildren;
}

export function Announcer({ message, detailsLabel }: { message: Announcement | null; detailsLabel: string }) {
  const body = message && (
    <>
      <p class="options__message">{message.text}</p>
      {message.extra}
      {message.detail ? (
        <details class="options__detail">
          <summary>{detailsLabel}</summary>
          <p class="muted">{message.detail}</p>
        </details>
      ) : null}
    </>
  );
  return (
    <>
      <div role="status" class={message?.tone === 'status' ? 'status' : undefined}>
        {message?.tone === 'status' ? body : null}
      </div>
      <div role="alert" class={message?.tone === 'alert' ? 'alert' : undefined}>
        {message?.tone === 'alert' ? body : null}
      </div>
    </>
  );
}

/** The text of a failure for the UI: a NotesError-like locale key is preferred by callers; this is the last resort. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
