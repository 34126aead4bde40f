import type { LocalizedText } from './model/index.js';

/**
 * A problem with how gkml was called or with a file it needs (not a finding in a catalogue).
 * The CLI prints its message in the user's language and exits with code 2.
 */
export class GkmlError extends Error {
  constructor(
    readonly text: LocalizedText,
    readonly exitCode = 2,
  ) {
    super(text.en);
    this.name = 'GkmlError';
  }
}
