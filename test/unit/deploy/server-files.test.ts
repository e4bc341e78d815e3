import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE,
  REVALIDATE,
  cacheControlOf,
  contentType,
  fileTypeOf,
  fileTypes,
} from '../../../src/lib/deploy/file-kinds.ts';
import { headerRules } from '../../../src/lib/deploy/headers.ts';
import { caddyFile, headersFile, nginxFiles } from '../../../src/lib/deploy/server-files.ts';

const locales = ['en', 'nl', 'ar'];
const rules = headerRules("default-src 'self'", locales);

/** Paths of every kind the build writes, and the pages around them. */
const paths = [
  '/en/',
  '/ar/register/anpr-centrum-01/',
  '/en/classroom/results/',
  '/404.html',
  '/data/register.csv',
  '/data/register.geojson',
  '/data/catalog.jsonld',
  '/data/register.json',
  '/data/dtpr/anpr-centrum-01.json',
  '/nl/feeds/register.atom',
  '/sitemap-0.xml',
  '/.well-known/security.txt',
  '/signs/anpr-centrum-01.svg',
  '/favicon.svg',
  '/icons.2a0f6e7fda.svg',
  '/_astro/Checklist.K1fon8MM.js',
  '/_astro/index.D3k9.css',
  '/data/compact/nl-b8c559315a.json',
  '/data/search/ar.json',
  '/data/search/ar-t12.89a5fa17.json',
  '/data/search/en-d0.f43e988f.json',
];

/** What the declaration says each path gets. */
function declared(path: string) {
  const type = fileTypeOf(path);
  return {
    'Content-Type': type && contentType(type),
    'Cache-Control': cacheControlOf(path),
    'Permissions-Policy': path.includes('/classroom/results/') ? 'camera=(self)' : 'camera=()',
  };
}

describe('the declaration of file kinds', () => {
  it('caches fingerprinted files for good and revalidates the rest, search meta files included', () => {
    expect(cacheControlOf('/data/search/ar-t12.89a5fa17.json')).toBe(IMMUTABLE);
    expect(cacheControlOf('/data/search/en-d0.f43e988f.json')).toBe(IMMUTABLE);
    expect(cacheControlOf('/data/search/ar.json')).toBe(REVALIDATE);
    expect(cacheControlOf('/_astro/Checklist.K1fon8MM.js')).toBe(IMMUTABLE);
    expect(cacheControlOf('/icons.2a0f6e7fda.svg')).toBe(IMMUTABLE);
    expect(cacheControlOf('/favicon.svg')).toBe(REVALIDATE);
    expect(cacheControlOf('/en/classroom/results/')).toBe(REVALIDATE);
  });

  it('gives the open-data files the types the catalogue promises, and one type per extension', () => {
    expect(
      ['/data/register.csv', '/data/register.geojson', '/data/catalog.jsonld', '/en/feeds/register.atom'].map((path) =>
        contentType(fileTypeOf(path)!),
      ),
    ).toEqual([
      'text/csv; charset=utf-8',
      'application/geo+json',
      'application/ld+json',
      'application/atom+xml; charset=utf-8',
    ]);
    const extensions = fileTypes.map((type) => type.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
  });
});

/** Reads `_headers` and answers as Cloudflare Pages does: every matching rule adds its headers; `! Name` detaches earlier ones. */
function staticHost(file: string) {
  const blocks: { pattern: RegExp; detach: string[]; set: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      // Cloudflare's matcher: one splat, `:name` matches one segment's characters.
      const source = line
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
        .join('.*');
      blocks.push({ pattern: new RegExp(`^${source}$`), detach: [], set: [] });
      continue;
    }
    const block = blocks.at(-1)!;
    const detached = /^\s+! (.+)$/.exec(line);
    if (detached) block.detach.push(detached[1]!);
    else {
      const [, name, value] = /^\s+([\w-]+): (.*)$/.exec(line)!;
      block.set.push([name!, value!]);
    }
  }
  return (path: string) => {
    const headers = new Map<string, string>();
    for (const block of blocks.filter(({ pattern }) => pattern.test(path))) {
      for (const name of block.detach) headers.delete(name);
      for (const [name, value] of block.set)
        headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
    return headers;
  };
}

describe('_headers for static hosts', () => {
  const file = headersFile(rules);

  it('gives every kind of file its declared type and caching, once', () => {
    const respond = staticHost(file);
    for (const path of paths) {
      const headers = respond(path);
      const expected = declared(path);
      expect(headers.get('Content-Type'), path).toBe(expected['Content-Type']);
      expect(headers.get('Cache-Control'), path).toBe(expected['Cache-Control']);
      expect(headers.get('Permissions-Policy'), path).toContain(expected['Permissions-Policy']);
      expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
    }
  });

  it("stays within Cloudflare Pages' limits: 100 rules, 2,000 characters a line, one splat a path", () => {
    const patterns = file.split('\n').filter((line) => line.startsWith('/'));
    expect(patterns.length).toBeLessThanOrEqual(100);
    expect(patterns.filter((pattern) => pattern.split('*').length > 2)).toEqual([]);
    expect(file.split('\n').filter((line) => line.length > 2000)).toEqual([]);
  });
});

/** Reads the Caddyfile's `header @matcher` lines and answers per path, refusing two lines that set one header. */
function caddy(file: string) {
  const matchers = new Map<string, (path: string) => boolean>();
  for (const [, name, negated, kind, argument] of file.matchAll(/^\t@(\w+) (not )?(path_regexp|path) (\S+)$/gm)) {
    const test =
      kind === 'path'
        ? (path: string) => path.endsWith(argument!.slice(1))
        : (path: string) => new RegExp(argument!).test(path);
    matchers.set(name!, negated ? (path) => !test(path) : test);
  }
  const lines = [...file.matchAll(/^\theader @(\w+) ([\w-]+) "(.*)"$/gm)];
  return (path: string) => {
    const headers = new Map<string, string>();
    for (const [, matcher, name, value] of lines) {
      if (!matchers.get(matcher!)!(path)) continue;
      if (headers.has(name!)) throw new Error(`${path}: ${name} is set twice, so Caddy's order would decide`);
      headers.set(name!, value!);
    }
    return headers;
  };
}

describe('Caddyfile', () => {
  const file = caddyFile(rules, locales, 'privacy.lindenhaven.example');

  it('gives every kind of file its declared type and caching, each from one line only', () => {
    const respond = caddy(file);
    for (const path of paths) {
      const headers = respond(path);
      const expected = declared(path);
      // Pages asked for by folder get Caddy's own text/html.
      expect(headers.get('Content-Type'), path).toBe(expected['Content-Type']);
      expect(headers.get('Cache-Control'), path).toBe(expected['Cache-Control']);
      expect(headers.get('Permissions-Policy'), path).toContain(expected['Permissions-Policy']);
    }
  });

  it('gives the 404 page the security headers too (an error response starts with none)', () => {
    const errors = /\thandle_errors \{\n([^}]*)\t\}/.exec(file)![1]!;
    expect(errors).toContain('\t\timport security-headers\n');
    expect(errors).toContain(`\t\theader Cache-Control "${REVALIDATE}"\n`);
    expect(errors).toContain('camera=()');
    expect(file).toMatch(
      /\n\(security-headers\) \{\n\theader \{\n\t\t-Server\n\t\tContent-Security-Policy "default-src 'self'; frame-ancestors 'none'"\n/,
    );
  });

  it('compresses the declared types and sends the prebuilt .br and .gz files', () => {
    const encoded = [...file.matchAll(/^\t\t\theader Content-Type (\S+)\*$/gm)].map((match) => match[1]);
    expect(encoded).toEqual([...new Set(fileTypes.filter((type) => type.compress).map((type) => type.type))]);
    expect(file).toContain('\tfile_server {\n\t\tprecompressed br gzip\n\t}');
  });
});

describe('the editor at /admin/, when the city publishes it', () => {
  const editorPolicy = "default-src 'self'; script-src 'self' 'unsafe-eval'";
  const withEditor = headerRules("default-src 'self'", locales, editorPolicy);

  it('_headers gives /admin/ its own policy and the pages theirs, one each', () => {
    const respond = staticHost(headersFile(withEditor));
    expect(respond('/admin/').get('Content-Security-Policy')).toBe(`${editorPolicy}; frame-ancestors 'none'`);
    expect(respond('/admin/decap-cms.js').get('X-Content-Type-Options')).toBe('nosniff');
    expect(respond('/en/').get('Content-Security-Policy')).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('nginx answers /admin/ from a location that names every header itself', () => {
    const site = nginxFiles(withEditor, locales)['site.conf'];
    const location = /location \^~ \/admin\/ \{\n([^}]*)\}/.exec(site)![1]!;
    expect(location).not.toContain('include security-headers.conf');
    expect(location).toContain(`add_header Content-Security-Policy "${editorPolicy}; frame-ancestors 'none'" always;`);
    expect(location).toContain('add_header X-Frame-Options "DENY" always;');
    expect(nginxFiles(withEditor, locales)['security-headers.conf']).toContain(
      `add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`,
    );
  });

  it('Caddy sets the policy per path instead of in the shared snippet', () => {
    const file = caddyFile(withEditor, locales, 'privacy.lindenhaven.example');
    expect(file).not.toMatch(/\(security-headers\) \{\n\theader \{\n[^}]*Content-Security-Policy/);
    expect(file).toContain(
      `\t@publicPages not path /admin/*\n\theader @publicPages Content-Security-Policy "default-src 'self'; frame-ancestors 'none'"\n`,
    );
    expect(file).toContain(
      `\t@editor path /admin/*\n\theader @editor Content-Security-Policy "${editorPolicy}; frame-ancestors 'none'"\n`,
    );
  });
});
