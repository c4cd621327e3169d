/**
 * Size limits shared by the builder, the update check and the file import, so
 * an index the builder accepts is never refused for its size by the extension.
 */

/**
 * Largest index file accepted, in bytes. The bundled index is about 60 kB; a
 * 10,000-entry index with long bodies stays under 10 MB. Anything bigger is far
 * more likely a wrong file or a hostile server than real material.
 */
export const INDEX_MAX_BYTES = 10 * 1024 * 1024;

/** Largest detached signature file accepted: a 64-byte signature and a key hint in base64 fit easily. */
export const SIGNATURE_MAX_BYTES = 4096;

/**
 * Highest index version accepted: 2^31 - 1, the largest signed 32-bit integer.
 * Versions only grow and an update must exceed the active one, so a signed
 * index with an absurd version (1e21, or even Number.MAX_SAFE_INTEGER) would
 * stop every later update. The bound leaves room for any real numbering: a
 * counter, a date (20260131) or a date with a two-digit serial (2026013101,
 * valid until the year 2147), or one release a second for 68 years; and it is
 * exact as an integer in every tool a publisher might use (JSON, IndexedDB,
 * int32 columns). A version above it is refused with `version_too_high`.
 */
export const INDEX_MAX_VERSION = 2 ** 31 - 1;
