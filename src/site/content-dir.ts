/**
 * The content tree the site is built from: `content`, or CONTENT_DIR when a build, check or
 * benchmark points at another tree (generated registers, test fixtures). This is the one module
 * that reads CONTENT_DIR (test/unit/architecture/env-reads.test.ts holds it to that). Read when
 * called, so a script that sets CONTENT_DIR before its first call is followed.
 */
export function siteContentDir(): string {
  return contentDirOverride() ?? 'content';
}

/** CONTENT_DIR when it is set: the build is of another tree than content/. */
export function contentDirOverride(): string | undefined {
  return process.env['CONTENT_DIR'] || undefined;
}
