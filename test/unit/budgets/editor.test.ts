import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorOnPublicPages, measureEditor } from '../../../src/tooling/budgets/editor.ts';

function dist(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-editor-'));
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the editor in the budgets', () => {
  const editorPage = '<script src="/admin/editor.js"></script><script src="/admin/decap-cms.js"></script>';

  it('names a public page that loads a file of the editor', () => {
    const site = dist({
      'en/index.html': '<script src="/_astro/page.js"></script>',
      'nl/index.html': '<script src="/admin/decap-cms.js"></script>',
      'admin/index.html': editorPage,
    });
    expect(editorOnPublicPages(site)).toEqual(['/nl/ loads the editor (/admin/decap-cms.js).']);
  });

  it('weighs what opening /admin/ loads apart from the parts Decap loads on demand', () => {
    const site = dist({
      'admin/index.html': editorPage,
      'admin/config.yml': 'collections: []\n',
      'admin/editor.js': 'x'.repeat(1000),
      'admin/decap-cms.js': 'y'.repeat(1000),
      'admin/12.decap-cms.js': 'z'.repeat(1000),
    });
    const weight = measureEditor(site)!;
    expect(weight.onArrival).toBeGreaterThan(weight.onDemand);
    expect(weight.onDemand).toBeGreaterThan(0);
    expect(measureEditor(dist({ 'en/index.html': '' }))).toBeUndefined();
  });
});
