import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');
const pagesDir = join(project, 'src', 'pages');

/** Every route file under src/pages, relative to it. */
function routeFiles(dir = pagesDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : [relative(pagesDir, join(dir, entry.name))],
  );
}

/**
 * The address a route file builds, as docs/url-contract.md writes it: `[lang]/register/[id]/index.astro`
 * → `/<lang>/register/<id>/`, `data/register.json.ts` → `/data/register.json`.
 */
function addressOf(file: string): string {
  if (file === '404.astro') return '/404.html';
  const path = file.replace(/\[(\w+)\]/g, '<$1>');
  if (path.endsWith('.ts')) return `/${path.replace(/\.ts$/, '')}`;
  const page = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return page ? `/${page}/` : '/';
}

describe('the URL contract (docs/url-contract.md)', () => {
  it('lists the address of every route', () => {
    const contract = readFileSync(join(project, 'docs', 'url-contract.md'), 'utf8');
    const routes = routeFiles().map((file) => ({ file, address: addressOf(file) }));
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter(({ address }) => !contract.includes(`\`${address}`))).toEqual([]);
  });

  it('writes a route file as its address', () => {
    expect(addressOf('[lang]/register/[id]/index.astro')).toBe('/<lang>/register/<id>/');
    expect(addressOf('[lang]/register/[id]/sign.astro')).toBe('/<lang>/register/<id>/sign/');
    expect(addressOf('[lang]/feeds/advisories.atom.ts')).toBe('/<lang>/feeds/advisories.atom');
    expect(addressOf('.well-known/security.txt.ts')).toBe('/.well-known/security.txt');
    expect(addressOf('index.astro')).toBe('/');
  });
});
