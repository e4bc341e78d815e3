/** Entries per page of the plain-HTML register list (no JavaScript needed). */
export const PAGE_SIZE = 50;

/** The pages of a list: page numbers from 1, each with its slice bounds. */
export function paginate(total: number, size = PAGE_SIZE): { page: number; start: number; end: number }[] {
  const pages = Math.max(1, Math.ceil(total / size));
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    start: index * size,
    end: Math.min(total, (index + 1) * size),
  }));
}

/** Path of a list page: page 1 is the register's own address. */
export function registerPagePath(locale: string, page: number): string {
  return page === 1 ? `/${locale}/register/` : `/${locale}/register/page/${page}/`;
}

/**
 * The page numbers a list page links to: the first and last, and two either side of the current
 * one, with a gap where numbers are left out: `1 … 48 49 [50] 51 52 … 1000`. Linking every page
 * would put 1,000 links on each page at 50,000 devices (too many to tab or listen through, and
 * HTML that grows with the register on every one of them).
 */
export function pageWindow(current: number, total: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, total]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= total) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const links: (number | 'gap')[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    // A gap of one page is shown as that page: "1 2 3", not "1 … 3".
    if (previous !== undefined && page - previous === 2) links.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) links.push('gap');
    links.push(page);
  });
  return links;
}
