import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/engine/inputs.js';
import { example } from '../helpers.js';

describe('expandInputs', () => {
  it('checks a file once when a symlinked folder (here a loop) reaches it again, keeping the plain path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-inputs-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(example('clean-jiuye.yaml'), join(dir, 'sub', 'clean-jiuye.yaml'));
    symlinkSync(dir, join(dir, 'sub', 'back'));
    const { files, missing } = await expandInputs([dir]);
    expect(missing).toEqual([]);
    expect(files).toEqual([join(dir, 'sub', 'clean-jiuye.yaml')]);
  });

  it('lists files in a stable order, once each, whether named, globbed or found in a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-inputs-'));
    for (const name of ['b.yaml', 'a.yml', 'c.xlsx', 'notes.txt']) copyFileSync(example('clean-jiuye.yaml'), join(dir, name));
    const { files } = await expandInputs([join(dir, 'b.yaml'), dir, `${dir}/*.yaml`]);
    expect(files).toEqual([join(dir, 'b.yaml'), join(dir, 'a.yml'), join(dir, 'c.xlsx')]);
  });

  it('reports operands that match nothing, and keeps a missing named file for the loader to report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-inputs-'));
    const { files, missing } = await expandInputs([`${dir}/*.yaml`, dir, join(dir, 'nope.yaml')]);
    expect(missing).toEqual([`${dir}/*.yaml`, dir]);
    expect(files).toEqual([join(dir, 'nope.yaml')]);
  });
});

describe('an intake walk', () => {
  it('keeps old-format sheets and YAML that is no catalogue, which a folder walk for check leaves out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-intake-'));
    copyFileSync(example('clean-jiuye.yaml'), join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'b.xls'), 'x');
    writeFileSync(join(dir, 'c.yaml'), '- a list\n');
    writeFileSync(join(dir, 'd.pdf'), '%PDF');
    writeFileSync(join(dir, 'gkml.config.yaml'), 'lang: zh\n');
    const name = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
    expect(name((await expandInputs([dir])).files)).toEqual(['a.yaml']);
    expect(name((await expandInputs([dir], { intake: true })).files)).toEqual(['a.yaml', 'b.xls', 'c.yaml']);
  });
});
