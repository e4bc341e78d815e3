import type { CheckSummary } from '../../lib/editor/check-summary.ts';
import { checkNoticeEntry } from '../../lib/editor/check-notice-scope.ts';
import { decapWindow } from './decap-globals.ts';

/**
 * After each save on this computer (npm run editor), the editor shows the content check's
 * verdict, the same report as `npm run check`. The built site has no check.json: there the merge
 * request's pipeline runs the check (docs/editing.md), and nothing is shown.
 */
export function showCheckAfterSave(): void {
  const notice = document.createElement('section');
  notice.className = 'check-notice';
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-label', 'Content check');
  notice.hidden = true;
  const heading = document.createElement('p');
  const report = document.createElement('pre');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => (notice.hidden = true));
  notice.append(heading, report, close);
  document.body.append(notice);
  window.addEventListener('hashchange', (event) => {
    const entry = checkNoticeEntry(notice.dataset['entry'] ?? '', new URL(event.oldURL).hash, location.hash);
    if (entry === undefined) notice.hidden = true;
    else notice.dataset['entry'] = entry;
  });

  decapWindow.CMS.registerEventListener({
    name: 'postSave',
    handler: async () => {
      // Before waiting for the check: the address may move on meanwhile (a new entry's, a reopen).
      notice.dataset['entry'] = location.hash;
      const response = await fetch('/admin/check.json', { cache: 'no-store' }).catch(() => undefined);
      if (!response?.ok) return;
      const summary = (await response.json()) as CheckSummary;
      heading.textContent =
        summary.errors > 0
          ? `Saved. The content check found ${summary.errors} error${summary.errors === 1 ? '' : 's'}: fix them before publishing.`
          : `Saved. The content check passed${summary.warnings > 0 ? ` (${summary.warnings} warning${summary.warnings === 1 ? '' : 's'})` : ''}.`;
      report.textContent = summary.report;
      notice.dataset['result'] = summary.errors > 0 ? 'errors' : 'passed';
      notice.hidden = false;
    },
  });
}
