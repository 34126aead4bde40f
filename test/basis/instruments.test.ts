import { describe, expect, it } from 'vitest';
import { inferKind } from '../../src/basis/instruments.js';

// Decisions of the NPC Standing Committee are promulgated by presidential order like laws; with
// the organ in front (the official title) they were taken for normative documents.
describe('inferKind for NPC decisions', () => {
  it.each([
    '关于修改〈中华人民共和国社会保险法〉的决定',
    '全国人民代表大会常务委员会关于修改〈中华人民共和国社会保险法〉的决定',
    '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定',
  ])('%s is a law', (title) => expect(inferKind(title)).toBe('法律'));

  it('a State Council decision stays a normative document', () => {
    expect(inferKind('国务院关于机关事业单位工作人员养老保险制度改革的决定')).toBe('规范性文件');
  });
});
