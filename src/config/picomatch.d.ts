// The part of picomatch (a dependency of tinyglobby, imported directly for the config's globs)
// gkml uses; the package ships no types of its own.
declare module 'picomatch/posix.js' {
  interface PicomatchOptions {
    /** Let `*` and `**` match names that start with a dot. */
    dot?: boolean;
  }
  const picomatch: {
    /** The regular expression a glob compiles to. */
    makeRe(glob: string, options?: PicomatchOptions): RegExp;
  };
  export default picomatch;
}
