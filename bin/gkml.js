#!/usr/bin/env node
// Thin launcher: the CLI is compiled into dist/ and bundled into dist/cli-bundle/ (both built by
// `npm install` via the prepare script).
import { installProcessHandlers, main } from '../dist/cli-bundle/gkml.js';

installProcessHandlers();
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last-resort guard: internal bugs still must not dump a stack trace on a clerk.
    process.stderr.write(`gkml: 内部错误 / internal error: ${err && err.message ? err.message : String(err)}\n`);
    if (process.env.GKML_DEBUG) process.stderr.write(String(err && err.stack) + '\n');
    process.exitCode = 2;
  },
);
