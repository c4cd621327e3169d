/** The document-mirror list in content/sites/document-mirrors.json, as the content tests read it. */
import mirrors from '../../../content/sites/document-mirrors.json' with { type: 'json' };

export const MIRROR_DOMAINS: readonly string[] = mirrors.domains;

/** True when the address is on a document mirror or one of its subdomains. */
export function isDocumentMirror(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return MIRROR_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
