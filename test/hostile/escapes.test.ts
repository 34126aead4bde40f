// Case 6: file names and values come from the catalogue author; printed raw, an ESC could clear
// the reviewer's screen or recolour lines, a CR overwrite what came before, U+202E reverse it.
// Terminal formats show them escaped; JSON carries them exactly (JSON-escaped).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, example, expectFinished, root, expectNoTrace, gkml, parseJson, tempDir } from './gkml.js';

const ESC = '\u001b';
const CR = '\r';
const RLO = '\u202e';
const hostileName = `bad${ESC}[2Jname.yaml`;
/** The item name as the catalogue spells it (raw ESC and U+202E, CR as a YAML escape) and as it loads. */
const nameInYaml = `"就业政策${ESC}[31m法规\\r咨询${RLO}abc"`;
const nameLoaded = `就业政策${ESC}[31m法规${CR}咨询${RLO}abc`;

/** The clean example under a hostile file name, with hostile characters in a name, a value and a comment. */
function hostileCatalogue(): { dir: string; file: string } {
  const dir = tempDir();
  let text = readFileSync(example('clean-jiuye.yaml'), 'utf8');
  expect(text).toContain('    name: 就业政策法规咨询\n');
  text = text.replace('    name: 就业政策法规咨询\n', `    name: ${nameInYaml}   # raw ${ESC}]0;title${'\u0007'} ${RLO}here\n`);
  const file = join(dir, hostileName);
  writeFileSync(file, text);
  return { dir, file };
}

function expectInert(output: string): void {
  expect(output).not.toContain(ESC);
  expect(output).not.toContain(CR);
  expect(output).not.toContain(RLO);
  expect(output).not.toContain('\u0007');
}

describe('control and bidi characters from the input', () => {
  it('stylish: no raw ESC, CR or U+202E; file name and values appear escaped', async () => {
    const { dir } = hostileCatalogue();
    const result = await gkml(['check', '--no-color', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(1);
    expectInert(result.stdout);
    expectInert(result.stderr);
    expect(result.stdout).toContain(`${dir}/bad\\x1b[2Jname.yaml:15:11`);
    // The item name in the message, with each character escaped.
    expect(result.stdout).toContain('就业政策\\x1b[31m法规\\x0d咨询\\u202eabc');
    // The raw characters of the source line in the code frame.
    expect(result.stdout).toContain('# raw \\x1b]0;title\\x07 \\u202ehere');
    expect(result.stdout).toContain('name: "就业政策\\x1b[31m法规\\r咨询\\u202eabc"');
  }, 60_000);

  // Colour needs a terminal: script(1) gives gkml a pseudo-terminal for stdout.
  it.runIf(existsSync('/usr/bin/script'))('stylish on a terminal, in colour: the only ESC bytes are gkml\'s own colour codes', async () => {
    const { dir } = hostileCatalogue();
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    delete env.NO_COLOR;
    const child = spawn('/usr/bin/script', ['-qec', `${quote(process.execPath)} ${quote(bin)} check ${quote(dir)}`, '/dev/null'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let raw = '';
    child.stdout.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise((resolve) => child.once('close', resolve));
    clearTimeout(timer);
    expect(code).toBe(1);
    // The terminal turns each newline into CR LF; any other CR came from the input.
    const stdout = raw.replace(/\r\n/g, '\n');
    expect(stdout).toContain('\u001b[31m'); // gkml's own red: colour is on
    // Every ESC starts an SGR colour sequence of chalk's: ESC [ digits (; digits)* m.
    const sequences = stdout.match(/\u001b[^m]{0,12}m?/g) ?? [];
    expect(sequences.length).toBeGreaterThan(0);
    for (const seq of sequences) expect(seq).toMatch(/^\u001b\[\d+(;\d+)*m$/);
    expect(stdout).not.toContain(`${ESC}[2J`);
    expect(stdout).not.toContain(`${ESC}[31m法规`);
    expect(stdout).not.toContain(CR);
    expect(stdout).not.toContain(RLO);
    expect(stdout).toContain('bad\\x1b[2Jname.yaml');
  }, 60_000);

  it('summary: the file name is escaped too', async () => {
    const { dir } = hostileCatalogue();
    copyFileSync(example('mistakes-jiuye.yaml'), join(dir, 'other.yaml'));
    const result = await gkml(['check', '-f', 'summary', '--no-color', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(1);
    expectInert(result.stdout);
    expect(result.stdout).toContain(`${dir}/bad\\x1b[2Jname.yaml`);
  }, 60_000);

  it('json keeps the file name and the values exact (JSON escapes, no raw control bytes)', async () => {
    const { dir, file } = hostileCatalogue();
    const result = await gkml(['check', '-f', 'json', dir]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(1);
    // JSON escapes control characters itself: the text on stdout has none raw.
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toContain(CR);
    expect(result.stdout).toContain('bad\\u001b[2Jname.yaml');
    const report = parseJson(result.stdout);
    expect(report.files.map((f) => f.file)).toEqual([file]);
    const mismatch = report.files[0]!.findings.find((f) => f.ruleId === 'item/name-mismatch');
    expect(mismatch, result.stdout).toBeDefined();
    expect(mismatch!.message).toContain(`“${nameLoaded}”`);
    expect(mismatch!.messages.en).toContain(nameLoaded);
  }, 60_000);

  it('an operand that matches nothing is named escaped in the stderr line', async () => {
    const { dir } = hostileCatalogue();
    const operand = join(dir, `nothing${RLO}${ESC}*.yaml`);
    const result = await gkml(['check', operand]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(2);
    expectInert(result.stderr);
    expect(result.stderr).toContain('nothing\\u202e\\x1b*.yaml');
  }, 60_000);

  // The --fix progress lines name the file too (and the notes on files left alone quote it).
  it('--fix on a file with ESC in its name: the progress line on stderr is escaped', async () => {
    const dir = tempDir();
    const text = readFileSync(example('mistakes-jiuye.yaml'), 'utf8');
    writeFileSync(join(dir, hostileName), text);
    const result = await gkml(['check', '--fix', '--no-color', dir]);
    expectFinished(result);
    expect(readFileSync(join(dir, hostileName), 'utf8')).not.toBe(text); // something was fixed
    expectInert(result.stderr);
    expect(result.stderr).toContain('bad\\x1b[2Jname.yaml');
  }, 60_000);
});
