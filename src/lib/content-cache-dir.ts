import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where Astro keeps the content store of a build from another content tree (CONTENT_DIR), apart
 * from that of content/ so the two never mix (see src/integrations/content-root.ts). One folder
 * per tree, in the system's temporary folder; the benchmark removes its own when done.
 */
export function contentCacheDir(contentDir: string): string {
  const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return join(tmpdir(), `astro-content-cache-${key}`);
}
