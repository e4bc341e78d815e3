import { describe, expect, it } from 'vitest';
import { islandStylesInHead } from '../../src/lib/island-styles.ts';

const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe("Astro's island style rule", () => {
  it('moves from the body into the head, once', () => {
    const page = `<html><head><title>x</title></head><body><p>a</p>${style}<script>1</script><astro-island></astro-island>${style}</body></html>`;
    expect(islandStylesInHead(page)).toBe(
      `<html><head><title>x</title>${style}</head><body><p>a</p><script>1</script><astro-island></astro-island></body></html>`,
    );
  });

  it('leaves pages without islands, and pages that have it in the head already, as they are', () => {
    const plain = '<html><head></head><body><p>a</p></body></html>';
    expect(islandStylesInHead(plain)).toBe(plain);
    const done = `<html><head>${style}</head><body></body></html>`;
    expect(islandStylesInHead(done)).toBe(done);
  });
});
