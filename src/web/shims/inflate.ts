// The zip reader's inflater in the browser: fflate's synchronous inflate, in place of Node's zlib
// (src/load/xlsx/inflate.ts, same contract). Synchronous because the sheet reader asks for parts
// as it goes; the browser's own DecompressionStream is asynchronous only. The output buffer is
// allocated once at the declared size plus one byte and never grown, so a forged size stops there.
import { inflateSync } from 'fflate';

export function inflateRaw(raw: Uint8Array, declared: number): Uint8Array | undefined {
  let out: Uint8Array;
  try {
    out = inflateSync(raw, { out: new Uint8Array(declared + 1) });
  } catch (error) {
    // A stored block that does not fit the fixed buffer: more than was declared.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  return out.length > declared ? undefined : out;
}
