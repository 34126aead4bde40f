#!/usr/bin/env node
// npm run bench [-- --only micro|province|review] [--runs N] [--filter text]
// Prints figures; it never passes or fails. Build first (npm run build): it runs dist/.
import { microBench } from './bench/micro.mjs';
import { provinceBench } from './bench/province.mjs';
import { reviewBench } from './bench/review.mjs';

const args = process.argv.slice(2);
const value = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const only = value('--only');
const runs = value('--runs') ? Number(value('--runs')) : undefined;

if (!only || only === 'micro') microBench({ ...(runs ? { runs } : {}), filter: value('--filter') });
if (!only || only === 'province') await provinceBench(runs ? { runs } : {});
if (!only || only === 'review') await reviewBench(runs ? { runs } : {});
