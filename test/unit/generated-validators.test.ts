import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { compileValidator, validators } from '../../scripts/compile-schemas.mjs';
import { validateSchema } from '../../src/check/schema.js';
import { root } from '../helpers.js';

describe('validators compiled ahead of time', () => {
  for (const v of validators as Array<{ schema: string; out: string }>) {
    it(`src/generated/${v.out} is up to date with schemas/${v.schema} (run npm run schemas)`, () => {
      expect(readFileSync(join(root, 'src', 'generated', v.out), 'utf8')).toBe(compileValidator(v));
    });
  }

  it('reports schema problems through the compiled validator', () => {
    const issues = validateSchema({ gkml: 1, domain: '就业 ', region: 3, items: [{ code: 'x' }] });
    expect(issues.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['schema/required', 'schema/type', 'schema/enum', 'schema/format']));
  });
});
