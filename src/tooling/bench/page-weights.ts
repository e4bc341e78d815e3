/** What one page loads on arrival, by kind, as the benchmark reports it. */

export type AssetKind = 'html' | 'js' | 'css' | 'other';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface LoadedResource {
  url: string;
  /** Chromium's resource type: document, script, stylesheet, fetch, image ... */
  resourceType: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Page type: home, lesson, quiz, register list, sensor, search. */
  type: string;
  path: string;
  requests: number;
  bytes: Record<AssetKind, Bytes>;
}

/** The kind a loaded resource counts as: the page itself, scripts, styles, or anything else. */
export function assetKind(resourceType: string): AssetKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  return 'other';
}

/** Adds up what a page loaded, by kind, counting every request. */
export function weighPage(type: string, path: string, loaded: readonly LoadedResource[]): PageWeight {
  const bytes = Object.fromEntries(
    (['html', 'js', 'css', 'other'] as const).map((kind) => [kind, { raw: 0, gzip: 0 }]),
  ) as Record<AssetKind, Bytes>;
  for (const resource of loaded) {
    const sum = bytes[assetKind(resource.resourceType)];
    sum.raw += resource.raw;
    sum.gzip += resource.gzip;
  }
  return { type, path, requests: loaded.length, bytes };
}
