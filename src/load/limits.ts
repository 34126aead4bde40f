// The loaders' size limits, apart from the file reading that enforces the first of them: the
// browser page loads bytes it was handed, with the same limits, and has no file system.

export interface ReadLimits {
  /** Largest catalogue file read, in bytes (YAML text or a zipped .xlsx). */
  maxFileBytes: number;
}

export const defaultReadLimits: ReadLimits = { maxFileBytes: 50 * 1024 * 1024 };

/** Fetching a page over http(s) (load/fetch.ts); the body's cap is `maxFileBytes`. */
export interface FetchLimits {
  /** The whole fetch, redirects and body included, in milliseconds. */
  fetchTimeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

export const defaultFetchLimits: FetchLimits = { fetchTimeoutMs: 30_000, maxRedirects: 5 };

export interface LoadLimits extends ReadLimits, FetchLimits {
  /** Largest inflated size of an .xlsx (all parts together), in bytes. */
  maxInflatedBytes: number;
  /** Most cells with a value a sheet may hold. */
  maxSheetCells: number;
  /** Most items a catalogue may list and still be checked. */
  maxItems: number;
  /** Most keys and values (YAML nodes) a YAML catalogue may hold and still be checked. */
  maxNodes: number;
}

export const defaultLoadLimits: LoadLimits = {
  ...defaultReadLimits,
  ...defaultFetchLimits,
  maxInflatedBytes: 256 * 1024 * 1024,
  // A county's directory lists tens to hundreds of items (some 2,000 cells); these leave a
  // hundredfold margin while keeping one file's check within a few hundred MB: each item costs
  // several KB loaded and as much again checked, and a worker checks one file at a time.
  maxSheetCells: 2_000_000,
  maxItems: 10_000,
  // A directory of the 10,000 items allowed holds about 500,000 nodes. A 23 MB file of two
  // million stray keys took 1.5 GB and 20 s to check and report; refused, it takes a second.
  maxNodes: 1_000_000,
};
