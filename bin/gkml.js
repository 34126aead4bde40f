#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import { main } from '../dist/cli/main.js';

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
