// Shared by the CI report tests: real findings through the CLI, and a strict XML reader.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { Finding, FileResult } from '../../src/model/index.js';
import { countFindings } from '../../src/model/index.js';
import { example, fixture } from '../helpers.js';
import { run } from '../cli/run.js';

export const mistakes = example('mistakes-jiuye.yaml');
export const sheet = fixture('xlsx/variant-glyphs.xlsx');
export const mistakesPath = 'catalogues/examples/mistakes-jiuye.yaml';
export const sheetPath = 'test/fixtures/xlsx/variant-glyphs.xlsx';

export function tempDir(prefix = 'gkml-report-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs `gkml check` with `--format <format>=<file>` and returns the report's text. */
export async function reportOf(format: string, inputs: string[], more: string[] = []): Promise<{ code: number; text: string; stdout: string; stderr: string }> {
  const file = join(tempDir(), `report.${format}`);
  const result = await run(['check', ...inputs, '--format', `${format}=${file}`, ...more]);
  return { code: result.code, stdout: result.stdout, stderr: result.stderr, text: readFileSync(file, 'utf8') };
}

/** The json report's findings per file, to compare the other formats with. */
export async function jsonFindings(inputs: string[]): Promise<Array<{ file: string; error: number; warning: number; info: number; findings: any[] }>> {
  return JSON.parse((await run(['check', ...inputs, '--format', 'json'])).stdout).files;
}

export function fileResult(file: string, findings: Finding[]): FileResult {
  return { file, findings, counts: countFindings(findings) };
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses XML with saxes (strict, XML 1.0 well-formedness and character checks); throws on any error. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => (stack.at(-1)!.text += t));
  parser.write(text).close();
  if (errors.length > 0) throw new Error(`XML is not well-formed: ${errors.join('; ')}`);
  return root.children[0]!;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
