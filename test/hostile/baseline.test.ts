// Case 3: a baseline that is a device or a FIFO, given by flag or named by the catalogue, must
// not hang gkml: the flag is a usage problem (exit 2, one line), the field a finding on the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { example, expectFinished, expectNoTrace, expectOneClearLine, gkml, mkfifo, parseJson, root, tempDir } from './gkml.js';

/** The text in GBK, as iconv writes it (Node can decode GBK but not encode it). */
const gbkBytes = (text: string): Buffer => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });

/** The clean example with its `baseline:` field replaced by `ref`. */
function catalogueNaming(dir: string, ref: string, name = 'named.yaml'): string {
  const text = readFileSync(example('clean-jiuye.yaml'), 'utf8');
  expect(text).toMatch(/^baseline: reference-2019$/m);
  const file = join(dir, name);
  writeFileSync(file, text.replace(/^baseline: reference-2019$/m, `baseline: ${ref}`));
  return file;
}

describe('--baseline that is not a regular file', () => {
  it('--baseline /dev/zero: no hang, one line naming the baseline, exit 2, no report', async () => {
    const result = await gkml(['check', '--baseline', '/dev/zero', example('clean-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, '基线目录', '/dev/zero', '设备文件');
    expect(result.stdout).toBe('');
  }, 60_000);

  it('--baseline <a FIFO>: not opened for a blocking read, exit 2', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'baseline.yaml');
    mkfifo(fifo);
    const result = await gkml(['check', '--baseline', fifo, example('clean-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, '基线目录', fifo, '命名管道');
    expect(result.stdout).toBe('');
  }, 60_000);

  it('--baseline /dev/urandom with --format json: still a usage problem, stdout stays empty', async () => {
    const result = await gkml(['check', '-f', 'json', '--baseline', '/dev/urandom', example('clean-jiuye.yaml')]);
    expectFinished(result);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, '/dev/urandom');
    expect(result.stdout).toBe('');
  }, 60_000);
});

describe('a catalogue whose baseline: field names a device or a FIFO', () => {
  it('baseline: /dev/zero (absolute) is a catalogue/baseline error on that file; the run goes on', async () => {
    const dir = tempDir();
    const file = catalogueNaming(dir, '/dev/zero');
    const result = await gkml(['check', '-f', 'json', file, example('clean-shebao.yaml')]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.stderr).toBe('');
    const report = parseJson(result.stdout);
    const [named, other] = report.files;
    const finding = named!.findings.find((f) => f.ruleId === 'catalogue/baseline');
    expect(finding, JSON.stringify(named)).toBeDefined();
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toContain('/dev/zero');
    expect(other!.error).toBe(0);
    // A bad reference in the data is the catalogue's error, not an I/O problem of the run.
    expect(result.code).toBe(1);
  }, 60_000);

  it('baseline: <a FIFO beside the catalogue> (relative) does not block: catalogue/baseline error', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'pipe.yaml'));
    const file = catalogueNaming(dir, './pipe.yaml');
    const result = await gkml(['check', '--no-color', file]);
    expectFinished(result);
    expectNoTrace(result.stderr);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/错误 {2}基线目录 \S*pipe\.yaml：不是普通文件，而是命名管道（FIFO），未读取。 {2}catalogue\/baseline/);
  }, 60_000);
});

describe('--baseline in another encoding, or broken', () => {
  const bundled = join(root, 'catalogues', 'baselines', 'reference-2019.yaml');

  it.each([
    ['GBK', (text: string) => gbkBytes(text)],
    ['UTF-16 with its BOM', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('a province file saved as %s is read as baseline check reads it', async (_name, encode) => {
    const dir = tempDir();
    const file = join(dir, 'province.yaml');
    writeFileSync(file, encode(readFileSync(bundled, 'utf8').replace(/^id: .*$/m, 'id: henan-2026')));
    const result = await gkml(['check', '--no-config', '-f', 'json', '--baseline', file, example('clean-jiuye.yaml')]);
    expectNoTrace(result.stderr);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(parseJson(result.stdout).files).toHaveLength(1);
  }, 60_000);

  it.each([
    ['a syntax error', (text: string) => text.replace(/^title: .*$/m, 'title: [unclosed'), /^title:/m, 8, 'YAML 语法错误'],
    ['a field of the wrong type', (text: string) => text.replace(/^partial: true$/m, 'partial: 3'), /^partial:/m, 10, 'partial 的类型不对，应为 boolean。'],
  ])('%s: one Chinese line at file:line:column, pointing at baseline check', async (_name, edit, line, column, words) => {
    const dir = tempDir();
    const file = join(dir, 'province.yaml');
    const text = edit(readFileSync(bundled, 'utf8'));
    writeFileSync(file, text);
    const at = text.slice(0, text.search(line)).split('\n').length;
    const result = await gkml(['check', '--no-config', '--baseline', file, example('clean-jiuye.yaml')]);
    expect(result.code).toBe(2);
    const said = expectOneClearLine(result.stderr, `基线目录 ${file}:${at}:${column}：`, words, `gkml baseline check ${file}`);
    expect(said).not.toMatch(/must be|allowed values|null byte/);
  }, 60_000);
});
