import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ALLOWED_SITE_SCRIPTS, ON_DEMAND_CHUNKS, type PageWeight } from './budgets.ts';
import { EDITOR_FOLDER } from './editor.ts';
import { pageAssets, staticImports } from './page-assets.ts';

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** Weighs every page of a built site (dist/), sharing the work for files many pages load; the editor is weighed apart (editor.ts). */
export function measureSite(dist: string): PageWeight[] {
  const fileSize = new Map<string, number>();
  const closure = new Map<string, string[]>();
  const sizeOf = (path: string) => {
    if (!fileSize.has(path)) fileSize.set(path, gzipSize(readFileSync(join(dist, path))));
    return fileSize.get(path)!;
  };
  /** A script and everything it imports statically, as site paths. */
  const withImports = (path: string): string[] => {
    if (closure.has(path)) return closure.get(path)!;
    closure.set(path, [path]);
    const directory = path.slice(0, path.lastIndexOf('/') + 1);
    const found = new Set([path]);
    for (const relative of staticImports(readFileSync(join(dist, path), 'utf8'))) {
      for (const file of withImports(directory + relative.slice(2))) found.add(file);
    }
    closure.set(path, [...found]);
    return [...found];
  };

  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith(`${EDITOR_FOLDER}/`))
    .sort()
    .map((name) => {
      const html = readFileSync(join(dist, name), 'utf8');
      const assets = pageAssets(html);
      const files = new Set<string>();
      const siteScripts: Record<string, number> = {};
      for (const script of assets.scripts) {
        const allowed = ALLOWED_SITE_SCRIPTS.find((item) => item.file?.test(script));
        const parts = withImports(script);
        if (allowed) siteScripts[allowed.name] = parts.reduce((sum, part) => sum + sizeOf(part), 0);
        for (const part of parts) files.add(part);
      }
      const onDemandOnArrival = ON_DEMAND_CHUNKS.filter((chunk) =>
        [...files].some((file) => chunk.file.test(file)),
      ).map((chunk) => chunk.name);
      let js = [...files].reduce((sum, file) => sum + sizeOf(file), 0);
      for (const code of assets.inlineScripts) {
        const bytes = gzipSize(code);
        const allowed = ALLOWED_SITE_SCRIPTS.find((item) => item.inline?.test(code.trim()));
        if (allowed) siteScripts[allowed.name] = (siteScripts[allowed.name] ?? 0) + bytes;
        js += bytes;
      }
      return {
        page: `/${name.replace(/index\.html$/, '')}`,
        hasIslands: assets.hasIslands,
        html: gzipSize(html),
        js,
        siteScripts,
        onDemandOnArrival,
        css: assets.stylesheets.reduce((sum, sheet) => sum + sizeOf(sheet), 0),
      };
    });
}

/** The gzip size of each on-demand chunk in a build, undefined where none matches its file name. */
export function measureOnDemand(
  dist: string,
  chunks: readonly { name: string; file: RegExp }[] = ON_DEMAND_CHUNKS,
): { name: string; file: string | undefined; bytes: number | undefined }[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((name) => `/${name}`);
  return chunks.map((chunk) => {
    const file = files.find((name) => chunk.file.test(name));
    return { name: chunk.name, file, bytes: file ? gzipSize(readFileSync(join(dist, file))) : undefined };
  });
}
