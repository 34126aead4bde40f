import { describe, expect, it } from 'vitest';
import { loadYamlBytes } from '../../src/load/yaml-loader.js';

describe('loader edge cases', () => {
  it('reads a file with a UTF-8 BOM followed by GBK bytes (saved by a mixed Windows tool chain) instead of crashing', () => {
    // "region: 示例县" in GBK after a UTF-8 BOM.
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('gkml: 1\nregion: '),
      Buffer.from([0xca, 0xbe, 0xc0, 0xfd, 0xcf, 0xd8]),
      Buffer.from('\n'),
    ]);
    const loaded = loadYamlBytes(bytes, 'bom-gbk.yaml');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { region: string }).region).toBe('示例县');
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/encoding', severity: 'warning' });
  });
});

describe('YAML anchors and aliases', () => {
  it('loads a catalogue that reuses one anchor in more than a hundred items', () => {
    const items = Array.from({ length: 150 }, (_, i) => `  - name: 事项${i}\n    channels: *ch\n`).join('');
    const text = `gkml: 1\nstd: &ch { 政府网站: 示例县人民政府门户网站 }\nitems:\n${items}`;
    const loaded = loadYamlBytes(Buffer.from(text), 'alias.yaml');
    expect(loaded.ok).toBe(true);
    expect((loaded.data as { items: unknown[] }).items).toHaveLength(150);
  });

  it('reports an alias bomb as a finding instead of throwing', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill('*' + prev).join(', ')}]`);
    }
    const loaded = loadYamlBytes(Buffer.from(lines.join('\n') + '\n'), 'bomb.yaml');
    expect(loaded.ok).toBe(false);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'parse/syntax', severity: 'error' });
    expect(loaded.findings[0]!.message.en).toMatch(/alias/i);
  });
});
