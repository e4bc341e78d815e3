import { describe, expect, it } from 'vitest';
import { pageWindow, paginate, registerPagePath } from '../../../src/lib/register/pagination.ts';

describe('pages of the plain register list', () => {
  it('cuts a list into pages of 50, the last one shorter', () => {
    const pages = paginate(120);
    expect(pages.map((p) => [p.page, p.start, p.end])).toEqual([
      [1, 0, 50],
      [2, 50, 100],
      [3, 100, 120],
    ]);
    expect(paginate(0)).toEqual([{ page: 1, start: 0, end: 0 }]);
    expect(registerPagePath('ar', 1)).toBe('/ar/register/');
    expect(registerPagePath('ar', 3)).toBe('/ar/register/page/3/');
  });

  it('links the first, the last and two pages either side of the current one', () => {
    expect(pageWindow(50, 1000)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 1000]);
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, 'gap', 1000]);
    expect(pageWindow(1000, 1000)).toEqual([1, 'gap', 998, 999, 1000]);
  });

  it('shows a single left-out page instead of a gap, and every page of a short list', () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 10]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 2)).toEqual([1, 2]);
  });

  it('keeps the number of links the same however long the register grows', () => {
    const links = (pages: number) => pageWindow(Math.ceil(pages / 2), pages).length;
    expect(links(200)).toBe(links(1000));
    expect(links(1000)).toBe(9);
  });
});
