import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { run } from './run.js';

describe('gkml init --baseline <file>', () => {
  it('writes the baseline path so that check finds it from the new catalogue\'s folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gkml-init-'));
    const file = join(dir, 'county', 'new.yaml');
    // As typed on the command line: relative to the working directory, not to the new file.
    const typed = relative(process.cwd(), fixture('baselines/complete.yaml'));
    expect((await run(['init', file, '--baseline', typed])).code).toBe(0);
    const checked = await run(['check', '--format', 'json', file]);
    const ids = JSON.parse(checked.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('catalogue/baseline');
    expect(readFileSync(file, 'utf8')).not.toContain(`baseline: ${typed}`);
  });
});
