import { isAbsolute, relative } from 'node:path';

/**
 * How a file is named in messages: relative to the project (`content/register/x.yaml`), or in
 * full when it lies outside it (a CONTENT_DIR elsewhere), never as `../../tmp/...`.
 */
export function displayPath(root: string, path: string): string {
  const fromRoot = relative(root, path);
  if (fromRoot === '') return path;
  return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot;
}
