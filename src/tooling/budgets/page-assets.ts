/** What a built page makes the browser load on arrival: scripts (external, inline, islands) and stylesheets. */
export interface PageAssets {
  /** Site paths of scripts loaded at once: `<script src>`, module preloads, island components and renderers. */
  scripts: string[];
  /** Contents of inline scripts (Astro's island loader, hashed by the CSP). */
  inlineScripts: string[];
  stylesheets: string[];
  hasIslands: boolean;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

export function pageAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const inlineScripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attribute(match[1]!, 'src');
    if (src) scripts.add(src);
    else if (!/type="application\/(ld\+)?json"/.test(match[1]!) && match[2]!.trim()) inlineScripts.push(match[2]!);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(match[0], 'rel');
    const href = attribute(match[0], 'href');
    if (href && rel === 'modulepreload') scripts.add(href);
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(match[0], name);
      if (url) scripts.add(url);
    }
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap(
    (m) => attribute(m[0], 'href') ?? [],
  );
  return { scripts: [...scripts], inlineScripts, stylesheets, hasIslands: html.includes('<astro-island') };
}

/**
 * Modules a bundled script imports statically (`import … from "./x.js"`), which load with it.
 * Dynamic `import()` (Vite writes it with backticks) loads later, on demand, and is not counted:
 * that is how the map library, the QR encoder and the search engine stay off first loads.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map((match) => match[1]!);
}
