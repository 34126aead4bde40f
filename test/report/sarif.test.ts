import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { allCheckDocs } from '../../src/check/registry.js';
import type { Finding } from '../../src/model/index.js';
import { getFormatter } from '../../src/report/index.js';
import { fingerprintKey } from '../../src/report/sarif.js';
import { reportContext } from '../../src/cli/report-context.js';
import { root } from '../helpers.js';
import { run } from '../cli/run.js';
import { fileResult, jsonFindings, mistakes, mistakesPath, reportOf, sheet, sheetPath, tempDir } from './support.js';

const require = createRequire(import.meta.url);

type Sarif = { runs: Array<{ tool: { driver: any }; results: any[]; columnKind: string }> } & Record<string, any>;

async function sarifOf(inputs: string[], more: string[] = []): Promise<{ text: string; log: Sarif }> {
  const { text } = await reportOf('sarif', inputs, more);
  return { text, log: JSON.parse(text) };
}

function resultAt(log: Sarif, uri: string, ruleId: string, line: number) {
  return log.runs[0]!.results.find((r) => r.ruleId === ruleId && r.locations[0].physicalLocation.artifactLocation.uri === uri && r.locations[0].physicalLocation.region?.startLine === line);
}

/**
 * Microsoft's SARIF validator, run as the platform binary the npm package resolves to (its
 * bin.js goes through a shell, which would split a "Sarif;Gh" argument). HTTP(S) goes to a
 * closed local port: the URL-reachability rule (a note) then fails at once instead of reaching
 * out, so the result does not depend on the network.
 */
function multitool(file: string): { status: number | null; output: string; log: any } {
  let binary: string;
  try {
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (error) {
    throw new Error(`The SARIF multitool is missing: run npm install (it is a devDependency, @microsoft/sarif-multitool). ${String(error)}`);
  }
  if (!existsSync(binary)) throw new Error(`The SARIF multitool binary ${binary} is missing: run npm install.`);
  const out = `${file}.validation.sarif`;
  const proxy = 'http://127.0.0.1:9';
  const result = spawnSync(binary, ['validate', file, '--output', out, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note', '--rule-kind', 'Sarif;Gh'], {
    encoding: 'utf8',
    env: { ...process.env, HTTP_PROXY: proxy, HTTPS_PROXY: proxy, http_proxy: proxy, https_proxy: proxy, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  if (!existsSync(out)) throw new Error(`The SARIF multitool wrote no log (status ${result.status}):\n${output}`);
  return { status: result.status, output, log: JSON.parse(readFileSync(out, 'utf8')) };
}

const suppressedFindings: Finding[] = [
  {
    ruleId: 'subject/generic',
    messageId: 'generic',
    severity: 'error',
    message: { zh: '公开主体“人力资源社会保障部门”是泛称。', en: 'Generic subject.' },
    file: 'a.yaml',
    location: { file: 'a.yaml', line: 9, column: 14, endLine: 9, endColumn: 24 },
    item: { index: 0, code: '1.1', name: '就业政策法规咨询' },
    path: ['items', 0, 'subject'],
    suppressed: { kind: 'directive', reason: '县里尚未定名', location: { file: 'a.yaml', line: 8, column: 5 } },
  },
  {
    ruleId: 'xlsx/glyph',
    severity: 'warning',
    message: { zh: '方框符号损坏。', en: 'Damaged glyph.' },
    file: 'a.yaml',
    suppressed: { kind: 'config', reason: 'sheet from the province', location: { file: 'gkml.config.yaml', line: 4, column: 5 } },
  },
];

describe('sarif', () => {
  it('describes gkml and every check from the registry, in Chinese with the English beside it', async () => {
    const { log } = await sarifOf([mistakes]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const driver = log.runs[0]!.tool.driver;
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(driver).toMatchObject({ name: 'gkml', version, informationUri: expect.stringMatching(/^https:\/\//) });
    expect((await run(['--version'])).stdout.trim()).toBe(version);
    const docs = allCheckDocs();
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(docs.map((d) => d.id));
    const generic = driver.rules.find((r: { id: string }) => r.id === 'subject/generic');
    expect(generic.shortDescription.text).toContain('公开主体须写单位的规范全称');
    expect(generic.fullDescription.text).toContain('豫人社办函〔2020〕93号');
    expect(generic.properties.summary.en).toContain('generic placeholder');
    expect(generic.help.markdown).toContain('generic placeholder');
    expect(generic.defaultConfiguration.level).toBe('error');
    expect(driver.rules.find((r: { id: string }) => r.id === 'catalogue/partial-baseline').defaultConfiguration.level).toBe('note');
    expect(log.runs[0]!.columnKind).toBe('unicodeCodePoints');
  });

  it('reports every finding with its rule, level, message and position', async () => {
    const { log } = await sarifOf([mistakes, sheet]);
    const json = await jsonFindings([mistakes, sheet]);
    const results = log.runs[0]!.results;
    expect(results.length).toBe(json.reduce((n, f) => n + f.findings.length, 0));
    const rules = log.runs[0]!.tool.driver.rules;
    for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);

    const name = resultAt(log, mistakesPath, 'item/name-mismatch', 15);
    expect(name.level).toBe('error');
    expect(name.message.text).toMatch(/^\[1\.1 就业政策咨询\] 事项名称“就业政策咨询”与省级目录 1\.1 的名称“就业政策法规咨询”不一致。\n修改: 改为“就业政策法规咨询”/);
    expect(name.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: mistakesPath, uriBaseId: '%SRCROOT%' },
      region: { startLine: 15, startColumn: 11, endLine: 15, endColumn: 17 },
    });
    expect(name.properties.messages.en).toContain('differs from baseline 1.1');
    expect(resultAt(log, mistakesPath, 'deadline/trigger', 34).level).toBe('warning');
    expect(resultAt(log, mistakesPath, 'basis/number-missing', 33).level).toBe('error');
    expect(resultAt(log, mistakesPath, 'catalogue/partial-baseline', 7).level).toBe('note');

    const cell = resultAt(log, sheetPath, 'xlsx/tick', 4);
    expect(cell.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: sheetPath, uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 10 } },
      logicalLocations: [{ name: 'J4', fullyQualifiedName: 'Sheet1!J4', kind: 'element' }],
    });
    expect(cell.properties).toMatchObject({ sheet: 'Sheet1', cell: 'J4' });
    expect(cell.message.text).toMatch(/^\[Sheet1!J4\] /);
  });

  it('writes messages in the run language', async () => {
    const { log } = await sarifOf([mistakes], ['--lang', 'en']);
    expect(resultAt(log, mistakesPath, 'item/name-mismatch', 15).message.text).toMatch(/differs from baseline 1\.1.*\nFix: /s);
    expect(log.runs[0]!.tool.driver.rules.find((r: { id: string }) => r.id === 'subject/generic').shortDescription.text).toContain('generic placeholder');
  });

  it('is the same, byte for byte, run after run, on worker threads or not', async () => {
    const inline = await reportOf('sarif', [mistakes, sheet], ['--concurrency', '1']);
    const again = await reportOf('sarif', [mistakes, sheet], ['--concurrency', '1']);
    const workers = await reportOf('sarif', [mistakes, sheet], ['--concurrency', '2']);
    expect(again.text).toBe(inline.text);
    expect(workers.text).toBe(inline.text);
    expect(inline.text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/); // no timestamps
    expect(inline.text).not.toContain(root); // no absolute paths of files inside the working directory
  });

  it('keeps fingerprints when lines or items are inserted above the findings', async () => {
    const dir = tempDir();
    const original = readFileSync(mistakes, 'utf8');
    const moved = original
      .replace('gkml: 1\n', 'gkml: 1\n# 三行新注释\n# three more lines\n# above every finding\n')
      // A new first item shifts every item's index and line.
      .replace('items:\n', 'items:\n  - code: "1.2"\n    first: 就业信息服务\n    name: 岗位信息发布\n');
    writeFileSync(join(dir, 'before.yaml'), original);
    writeFileSync(join(dir, 'after.yaml'), moved);
    const before = (await sarifOf([join(dir, 'before.yaml')])).log.runs[0]!.results;
    const after = (await sarifOf([join(dir, 'after.yaml')])).log.runs[0]!.results;
    const prints = (results: any[]) => new Map(results.map((r) => [r.partialFingerprints[fingerprintKey], r]));
    const afterPrints = prints(after);
    expect(new Set(before.map((r) => r.partialFingerprints[fingerprintKey])).size).toBe(before.length); // each result its own
    for (const [print, r] of prints(before)) {
      const same = afterPrints.get(print);
      expect(same, `${r.ruleId} line ${r.locations[0].physicalLocation.region?.startLine}`).toBeDefined();
      expect(same.ruleId).toBe(r.ruleId);
      expect(same.message.text).toBe(r.message.text);
      const line = (x: any) => x.locations[0].physicalLocation.region?.startLine;
      if (line(r) > 12) expect(line(same)).toBeGreaterThan(line(r)); // it moved, and was still matched
    }
  });

  it('lists suppressed findings with their kind and justification', () => {
    const text = getFormatter('sarif')([fileResult('a.yaml', suppressedFindings)], { lang: 'zh', color: false, cwd: '/work', context: reportContext() });
    const [inSource, external] = JSON.parse(text).runs[0].results;
    expect(inSource.suppressions).toEqual([
      { kind: 'inSource', justification: '县里尚未定名', location: { physicalLocation: { artifactLocation: { uri: 'a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 8, startColumn: 5 } } } },
    ]);
    expect(external.suppressions[0]).toMatchObject({ kind: 'external', justification: 'sheet from the province' });
    expect(external.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "a.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } });
  });

  it('names files relative to the working directory, encoded; files outside it by file: URI', () => {
    const results = [fileResult('/work/repo/县 目录/就业#1.yaml', [suppressedFindings[1]!]), fileResult('/elsewhere/b.yaml', [suppressedFindings[1]!])].map((r) => ({
      ...r,
      findings: r.findings.map(({ suppressed: _s, ...f }) => ({ ...f, file: r.file })),
    }));
    const log = JSON.parse(getFormatter('sarif')(results, { lang: 'zh', color: false, cwd: '/work/repo' }));
    const uris = log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    expect(uris).toEqual([{ uri: '%E5%8E%BF%20%E7%9B%AE%E5%BD%95/%E5%B0%B1%E4%B8%9A%231.yaml', uriBaseId: '%SRCROOT%' }, { uri: 'file:///elsewhere/b.yaml' }]);
  });

  it('is valid against the SARIF 2.1.0 schema (ajv)', async () => {
    const schemaFile = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');
    expect(existsSync(schemaFile), 'the SARIF schema ships with @microsoft/sarif-multitool-linux: run npm install').toBe(true);
    const uri = (s: string) => {
      try {
        return Boolean(new URL(s));
      } catch {
        return false;
      }
    };
    const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { uri, 'uri-reference': (s: string) => !/\s/.test(s), 'date-time': true, uuid: true } });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const { log } = await sarifOf([mistakes, sheet]);
    const suppressed = JSON.parse(getFormatter('sarif')([fileResult('a.yaml', suppressedFindings)], { lang: 'en', color: false, cwd: '/work', context: reportContext() }));
    for (const doc of [log, suppressed]) {
      validate(doc);
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it("passes Microsoft's SARIF multitool (SARIF and GitHub rules) without an error or a warning", async () => {
    const dir = tempDir();
    const file = join(dir, 'gkml.sarif');
    writeFileSync(file, (await sarifOf([mistakes, sheet])).text);
    const suppressedFile = join(dir, 'suppressed.sarif');
    writeFileSync(suppressedFile, getFormatter('sarif')([fileResult('a.yaml', suppressedFindings)], { lang: 'zh', color: false, cwd: '/work', context: reportContext() }));
    for (const f of [file, suppressedFile]) {
      const { status, output, log } = multitool(f);
      expect(output).toContain('Analysis completed successfully');
      expect(status, output).toBe(0);
      const results: Array<{ ruleId: string; level?: string }> = log.runs[0].results ?? [];
      // A result without a level is a warning (SARIF §3.27.10).
      const serious = results.filter((r) => (r.level ?? 'warning') !== 'note').map((r) => `${r.ruleId} ${r.level ?? 'warning'}`);
      expect(serious, output).toEqual([]);
      expect(results.length).toBeGreaterThan(0); // the notes: it did read the file
    }
  });
});
