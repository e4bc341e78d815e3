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
