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
