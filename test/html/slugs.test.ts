import { describe, expect, it } from 'vitest';
import { allocateSlugs } from '../../src/engine/build.js';
import { pageName } from '../../src/emit/html/view.js';


/** Slugs one build gives the files, in order (as `gkml build a/ b/` prepares them). */
function slugs(...files: string[]): string[] {
  return allocateSlugs(files);
}

describe('output names of one build', () => {
  it('keeps a colliding name free of spaces, # and ? (they break links and Windows file names)', () => {
    const [a, b] = slugs('/x/a/my file#1?.yaml', '/x/b/my file#1?.yaml');
    expect(a).toBe('my-file-1-');
    expect(b).not.toBe(a);
    expect(b).toMatch(/^[\p{L}\p{N}._-]+$/u);
  });

  it('never gives two catalogues names that differ only in case (one file on Windows and macOS)', () => {
    const [a, b] = slugs('/x/a/Jiuye.yaml', '/x/b/jiuye.yaml');
    expect(a.toLowerCase()).not.toBe(b.toLowerCase());
  });

  it('never gives two catalogues the same page, whichever of index / index-catalogue comes first', () => {
    for (const order of [['/x/a/index.yaml', '/x/b/index-catalogue.yaml'], ['/x/b/index-catalogue.yaml', '/x/a/INDEX.yaml']]) {
      const pages = slugs(...order).map((s) => pageName(s).toLowerCase());
      expect(new Set(pages).size, order.join(' ')).toBe(2);
      expect(pages).not.toContain('index.html');
    }
  });

  it("keeps the reviewer page's name for the reviewer page, whichever of review / review-catalogue comes first", () => {
    for (const order of [['/x/a/review.yaml', '/x/b/review-catalogue.yaml'], ['/x/b/review-catalogue.yaml', '/x/a/Review.yaml']]) {
      const pages = slugs(...order).map((s) => pageName(s).toLowerCase());
      expect(new Set(pages).size, order.join(' ')).toBe(2);
      expect(pages).not.toContain('review.html');
    }
  });
});
