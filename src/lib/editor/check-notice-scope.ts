/**
 * Which entry the check's box after a save speaks of, as the editor's address changes (Decap's
 * addresses: #/collections/<kind>/entries/<name>, #/collections/<kind>/new). The box is about the
 * entry just saved: opening another entry or a new one clears it; the list, and the saved entry
 * opened again (reopen-after-save.ts), keep it. A new entry's address becomes its file's as it
 * is saved: the box follows it. Returns the entry the box is now about, or undefined to close it.
 */
export function checkNoticeEntry(shownFor: string, from: string, to: string): string | undefined {
  if (!/\/(?:entries\/.|new$)/.test(to) || to === shownFor) return shownFor;
  if (shownFor.endsWith('/new') && from === shownFor && to.startsWith(shownFor.replace(/new$/, 'entries/'))) return to;
  return undefined;
}
