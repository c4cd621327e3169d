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
