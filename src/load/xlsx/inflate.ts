// Raw deflate for the zip reader, with Node's zlib. The browser page's bundle puts
// src/web/shims/inflate.ts in this module's place (scripts/bundle-web.mjs): same contract.
import { inflateRawSync } from 'node:zlib';

/**
 * Inflates one raw-deflate stream to at most `declared` bytes. Undefined when it would inflate
 * past them (a forged size, a "zip bomb"): zlib stops at the cap, so the excess is never held.
 * Throws on damaged data.
 */
export function inflateRaw(raw: Uint8Array, declared: number): Uint8Array | undefined {
  try {
    // zlib refuses a zero cap: allow one byte and let the caller compare. One output chunk of the
    // claimed size (not touched until written) saves joining many.
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, declared), chunkSize: Math.max(declared, 1024) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
}
