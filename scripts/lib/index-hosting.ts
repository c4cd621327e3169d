/** What a publisher needs to know to host a built index folder. */
export const INDEX_FILE_NAME = 'regiolens-index.json';

export function hostingReadme(version: number, signed: boolean): string {
  return `Regiolens index, version ${version}

Files
  ${INDEX_FILE_NAME}      the index (serve byte for byte; never re-format it)
  ${INDEX_FILE_NAME}.sig  detached Ed25519 signature over those exact bytes${signed ? '' : '  (MISSING: build with --key)'}

Serve both over HTTPS from the same folder. The extension fetches <address> and <address>.sig.
Headers the extension expects or uses:
  Content-Type: application/json            (for ${INDEX_FILE_NAME}; anything else is refused)
  Content-Type: text/plain or application/octet-stream  (for the .sig; not text/html)
  Access-Control-Allow-Origin: *            (needed unless the host is on Regiolens' policy-site list or
                                             the user granted access when saving the address in options;
                                             the files are public, signed data)
  ETag and/or Last-Modified                 (recommended: daily checks then cost a 304)
  No redirect to plain http                 (refused)
Size limit: 10 MB. The version must be higher than the one installed copies have.
Check before publishing:  npm run index:check -- ${INDEX_FILE_NAME} --sig ${INDEX_FILE_NAME}.sig
`;
}
