/**
 * What the server says about each kind of file the build writes: its content type, whether it is
 * compressed, how long it may be cached. The nginx, Caddy and `_headers` files are all made from
 * this one declaration (docs/deploy.md), so they cannot drift apart.
 */

/** A kind of file, by its name's extension: the type a browser and an open-data client rely on. */
export interface FileType {
  extension: string;
  /** The media type, without parameters. */
  type: string;
  /** Sent with `; charset=utf-8` (text formats; JSON has no charset parameter, RFC 8259 § 11). */
  charset: boolean;
  /** Text worth compressing: gzip when the browser accepts it. */
  compress: boolean;
}

/**
 * Every extension in dist/ (the deploy-headers test fails on a file whose extension is missing).
 * Debian's mime.types sends .csv, .geojson and .jsonld as application/octet-stream, which
 * `nosniff` then makes a download; the types the open-data catalogue promises are set here.
 */
export const fileTypes: readonly FileType[] = [
  { extension: 'html', type: 'text/html', charset: true, compress: true },
  { extension: 'css', type: 'text/css', charset: true, compress: true },
  { extension: 'js', type: 'text/javascript', charset: true, compress: true },
  { extension: 'json', type: 'application/json', charset: false, compress: true },
  { extension: 'geojson', type: 'application/geo+json', charset: false, compress: true },
  { extension: 'jsonld', type: 'application/ld+json', charset: false, compress: true },
  { extension: 'csv', type: 'text/csv', charset: true, compress: true },
  { extension: 'atom', type: 'application/atom+xml', charset: true, compress: true },
  { extension: 'xml', type: 'application/xml', charset: true, compress: true },
  { extension: 'svg', type: 'image/svg+xml', charset: false, compress: true },
  { extension: 'txt', type: 'text/plain', charset: true, compress: true },
  // The editor (dist/admin/, docs/editing.md): its configuration, and Decap's WebAssembly parts.
  { extension: 'yml', type: 'text/yaml', charset: true, compress: true },
  { extension: 'wasm', type: 'application/wasm', charset: false, compress: true },
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and data: always revalidated, so a correction reaches readers at once. */
export const REVALIDATE = 'no-cache';

/**
 * Files with a content hash in their name never change under that name: cached for a year and
 * never revalidated. Paths in the `_headers` syntax: `*` any characters, `:name` the characters
 * of one path segment. (The search meta files, `/data/search/<lang>.json`, are the entry point
 * and are not fingerprinted.)
 */
export const fingerprinted: readonly { name: string; path: string }[] = [
  { name: 'scripts and styles', path: '/_astro/*' },
  { name: 'icon sprite', path: '/icons.*.svg' },
  { name: 'register for filtering', path: '/data/compact/*' },
  { name: 'search index shards', path: '/data/search/:lang-t*' },
  { name: 'search index documents', path: '/data/search/:lang-d*' },
];

/** Written beside these files as .gz and .br by the build (src/integrations/precompress-search.ts). */
export const precompressed = '/data/search/*';

const escapeRegex = (text: string) => text.replace(/[\\^$*+?.()|[\]{}]/g, '\\$&');

/** A `_headers` path pattern as a regular expression source, matched as static hosts match it. */
export function patternSource(pattern: string): string {
  return pattern
    .split('*')
    .map((part) => escapeRegex(part).replace(/:\w+/g, '[^/]+'))
    .join('.*');
}

const fingerprintedPath = new RegExp(`^(?:${fingerprinted.map(({ path }) => patternSource(path)).join('|')})$`);

/** The Cache-Control a file gets, by its path. */
export function cacheControlOf(path: string): string {
  return fingerprintedPath.test(path) ? IMMUTABLE : REVALIDATE;
}

/** The declared type of a file, by its extension; undefined when the extension is not declared. */
export function fileTypeOf(path: string): FileType | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return fileTypes.find((type) => type.extension === extension);
}

/** The Content-Type header of a declared type. */
export const contentType = (type: FileType) => (type.charset ? `${type.type}; charset=utf-8` : type.type);
