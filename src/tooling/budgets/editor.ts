import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets } from './page-assets.ts';

/**
 * The browser editor (dist/admin/, docs/editing.md) is weighed apart from the site: it is for the
 * communications team on office computers, not for residents, and no public page may load it.
 */

/** Where the editor's files are in a build. */
export const EDITOR_FOLDER = 'admin';

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export interface EditorWeight {
  /** What opening /admin/ loads before the first form: the page, its scripts, stylesheet and configuration. */
  onArrival: number;
  /** Decap's parts it loads later, when a widget needs them (all of them, gzip). */
  onDemand: number;
}

/** The editor's weight in a build, or undefined when the city does not publish it. */
export function measureEditor(dist: string): EditorWeight | undefined {
  const folder = join(dist, EDITOR_FOLDER);
  if (!existsSync(join(folder, 'index.html'))) return undefined;
  const assets = pageAssets(readFileSync(join(folder, 'index.html'), 'utf8'));
  const arrival = [
    'index.html',
    'config.yml',
    ...[...assets.scripts, ...assets.stylesheets].map((path) => path.replace(`/${EDITOR_FOLDER}/`, '')),
  ];
  const parts = readdirSync(folder).filter((name) => /^\d+\.decap-cms\.js$|\.wasm$/.test(name));
  return {
    onArrival: arrival.reduce((sum, name) => sum + gzipSize(join(folder, name)), 0),
    onDemand: parts.reduce((sum, name) => sum + gzipSize(join(folder, name)), 0),
  };
}

/** Public pages that load any file of the editor: each is a problem. */
export function editorOnPublicPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith(`${EDITOR_FOLDER}/`))
    .flatMap((name) => {
      const assets = pageAssets(readFileSync(join(dist, name), 'utf8'));
      const loaded = [...assets.scripts, ...assets.stylesheets].filter((path) => path.startsWith(`/${EDITOR_FOLDER}/`));
      return loaded.length > 0 ? [`/${name.replace(/index\.html$/, '')} loads the editor (${loaded.join(', ')}).`] : [];
    });
}
