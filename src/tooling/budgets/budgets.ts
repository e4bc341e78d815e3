/** The page budgets, in gzip bytes; docs/performance.md says why these numbers. */
export const BUDGETS = {
  html: 14 * 1024,
  /** Pages with islands (lessons, quizzes, search, register, classroom …). */
  jsWithIslands: 25 * 1024,
  /** Pages without islands carry no JavaScript but the allowed site scripts below. */
  jsWithoutIslands: 0,
  css: 16 * 1024,
} as const;

/**
 * Small scripts a page without islands may still carry, each named and capped, because a feature
 * needs them (docs/performance.md): the header search box's loader (issue #6: suggestions on every
 * page, the engine loaded on first focus), the severity and status filter of the advisories list
 * (issue #10), the print button of street-sign pages, and the language choice at `/`. Bundled ones are recognised by file name, inline ones by their code.
 */
export const ALLOWED_SITE_SCRIPTS: { name: string; file?: RegExp; inline?: RegExp; max: number }[] = [
  {
    name: 'header search box loader',
    file: /\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
    max: 2 * 1024,
  },
  { name: 'advisories filter', file: /\/AdvisoryFilter\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/, max: 1024 },
  { name: 'print button', inline: /^document\.querySelector\(`\[data-print\]`\)/, max: 256 },
  { name: 'language choice', inline: /navigator\.languages/, max: 1024 },
];

/**
 * Chunks that must load only when the reader asks for them, each named and capped: no page may
 * load one on arrival, and `npm run budgets` reports their size (docs/performance.md).
 */
export const ON_DEMAND_CHUNKS: { name: string; file: RegExp; max: number }[] = [
  {
    name: 'QR decoder (jsQR, for browsers without BarcodeDetector; loaded when the teacher presses "Scan")',
    file: /\/qr-frame-reader\.[\w-]+\.js$/,
    // jsQR is about 45 KB gzip; the zxing-wasm alternative is several times that and needs 'wasm-unsafe-eval'.
    max: 50 * 1024,
  },
];

/**
 * Island chunks that are weighed on their own, each named and capped, because their page carries
 * little else and the chunk could grow unnoticed within the page budget (docs/performance.md).
 */
export const ISLAND_CHUNKS: { name: string; file: RegExp; max: number }[] = [
  {
    name: 'proposal form (/<lang>/register/propose/)',
    file: /\/ProposeForm\.[\w-]+\.js$/,
    max: 12 * 1024,
  },
];

export interface PageWeight {
  page: string;
  hasIslands: boolean;
  html: number;
  /** All JavaScript loaded on arrival, including allowed site scripts. */
  js: number;
  /** Of which: allowed site scripts, by name. */
  siteScripts: Record<string, number>;
  /** Names of on-demand chunks (ON_DEMAND_CHUNKS) the page loads on arrival: each is a problem. */
  onDemandOnArrival: string[];
  css: number;
}

/** Readable overages, one per broken budget, naming the page. */
export function budgetProblems(weight: PageWeight): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (weight.html > BUDGETS.html)
    problems.push(
      `${weight.page}: HTML ${kb(weight.html)} gzip, ${kb(weight.html - BUDGETS.html)} over the ${kb(BUDGETS.html)} budget`,
    );
  const siteScripts = Object.values(weight.siteScripts).reduce((sum, bytes) => sum + bytes, 0);
  for (const script of ALLOWED_SITE_SCRIPTS) {
    const bytes = weight.siteScripts[script.name] ?? 0;
    if (bytes > script.max)
      problems.push(
        `${weight.page}: the ${script.name} is ${kb(bytes)} gzip, ${kb(bytes - script.max)} over its ${kb(script.max)}`,
      );
  }
  const own = weight.js - siteScripts;
  if (weight.hasIslands && weight.js > BUDGETS.jsWithIslands)
    problems.push(
      `${weight.page}: JavaScript ${kb(weight.js)} gzip, ${kb(weight.js - BUDGETS.jsWithIslands)} over the ${kb(BUDGETS.jsWithIslands)} budget`,
    );
  if (!weight.hasIslands && own > BUDGETS.jsWithoutIslands)
    problems.push(`${weight.page}: ${kb(own)} gzip of JavaScript on a page without islands (budget: none)`);
  for (const name of weight.onDemandOnArrival)
    problems.push(`${weight.page}: the ${name} loads with the page; it must load only when asked for`);
  if (weight.css > BUDGETS.css)
    problems.push(
      `${weight.page}: CSS ${kb(weight.css)} gzip, ${kb(weight.css - BUDGETS.css)} over the ${kb(BUDGETS.css)} budget`,
    );
  return problems;
}

/** Problems with the on-demand (or named island) chunks of a build: missing (renamed?) or over their cap. */
export function onDemandProblems(
  sizes: readonly { name: string; bytes: number | undefined }[],
  chunks = ON_DEMAND_CHUNKS,
  listName = 'ON_DEMAND_CHUNKS',
): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return sizes.flatMap(({ name, bytes }) => {
    const chunk = chunks.find((item) => item.name === name)!;
    if (bytes === undefined)
      return [
        `the ${name} is not in the build: if its file was renamed, update ${listName} in src/tooling/budgets/budgets.ts`,
      ];
    return bytes > chunk.max
      ? [`the ${name} is ${kb(bytes)} gzip, ${kb(bytes - chunk.max)} over its ${kb(chunk.max)}`]
      : [];
  });
}
