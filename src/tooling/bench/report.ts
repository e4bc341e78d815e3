import type { PageWeight } from './page-weights.ts';

/** Figures of one build of the site with a generated register. */
export interface BuildFigures {
  /** Synthetic sensors asked for (the 84 real ones come on top). */
  size: number;
  /** Sensors in the register: synthetic plus real. */
  sensors: number;
  /** HTML pages in dist/. */
  pages: number;
  /** All files in dist/. */
  files: number;
  /** Wall time of `astro build`, content check and integrations included. */
  wallMs: number;
  /** Peak resident memory of the build's whole process tree. */
  peakRssBytes: number;
  distBytes: number;
}

/** Lighthouse's mobile scores for one page, 0–100 (null when a category could not be scored). */
export interface LighthouseFigures {
  type: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Audits that cost points, as "category: audit id", to say what to fix. */
  failing: string[];
}

/** The side-by-side search figures of one tool (as `bench:search` measures them). */
export interface SearchToolFigures {
  tool: 'lunr' | 'pagefind';
  bytesToFirstResults: number;
  firstResultsThrottledMs: number;
  warmP95Ms: number;
}

export interface SizeReport {
  build: BuildFigures;
  pages: PageWeight[];
  lighthouse?: LighthouseFigures[];
  search?: { figures: SearchToolFigures[] };
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en');

/** The targets of issue #8 (and the search issue) that a report can be held against. */
export function checkTargets(report: SizeReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { build } = report;
  if (build.size === 10_000) {
    checks.push(
      { target: 'build of 10,000 sensors ≤ 180 s', measured: seconds(build.wallMs), met: build.wallMs <= 180_000 },
      {
        target: 'peak memory of that build ≤ 4 GB',
        measured: gb(build.peakRssBytes),
        met: build.peakRssBytes <= 4 * 1024 ** 3,
      },
    );
  }
  for (const page of report.lighthouse ?? []) {
    const scores = `${page.performance ?? '–'} / ${page.accessibility ?? '–'} / ${page.bestPractices ?? '–'}`;
    checks.push({
      target: `Lighthouse ${page.type}: performance ≥ 95, accessibility and best practices 100`,
      measured: scores,
      met: (page.performance ?? 0) >= 95 && page.accessibility === 100 && page.bestPractices === 100,
    });
  }
  const lunr = report.search?.figures.find((f) => f.tool === 'lunr');
  const pagefind = report.search?.figures.find((f) => f.tool === 'pagefind');
  if (lunr && pagefind) {
    checks.push(
      {
        target: 'search: fewer bytes before first results than Pagefind',
        measured: `${kb(lunr.bytesToFirstResults)} against ${kb(pagefind.bytesToFirstResults)}`,
        met: lunr.bytesToFirstResults < pagefind.bytesToFirstResults,
      },
      {
        target: 'search: first results (throttled) no slower than Pagefind',
        measured: `${Math.round(lunr.firstResultsThrottledMs)} ms against ${Math.round(pagefind.firstResultsThrottledMs)} ms`,
        met: lunr.firstResultsThrottledMs <= pagefind.firstResultsThrottledMs,
      },
    );
  }
  if (lunr)
    checks.push({
      target: 'search: warm query p95 (throttled) ≤ 50 ms',
      measured: `${Math.round(lunr.warmP95Ms)} ms`,
      met: lunr.warmP95Ms <= 50,
    });
  return checks;
}

/**
 * How build time grows between two sizes: the exponent k in time ∝ sensors^k (1 is linear,
 * 2 quadratic), and the build time per 1,000 sensors at each size.
 */
export function buildGrowth(
  small: BuildFigures,
  large: BuildFigures,
): { exponent: number; perThousand: [number, number] } {
  return {
    exponent: Math.log(large.wallMs / small.wallMs) / Math.log(large.sensors / small.sensors),
    perThousand: [(small.wallMs / small.sensors) * 1000, (large.wallMs / large.sensors) * 1000],
  };
}

/** Markdown tables for one size: build, page weights, Lighthouse, targets. */
export function formatSizeReport(report: SizeReport): string {
  const { build } = report;
  const lines = [
    `### ${count(build.size)} generated sensors (${count(build.sensors)} in the register)`,
    '',
    '| build wall time | pages | pages per second | peak memory (process tree) | dist size | files |',
    '|---|---|---|---|---|---|',
    `| ${seconds(build.wallMs)} | ${count(build.pages)} | ${Math.round(build.pages / (build.wallMs / 1000))} | ${gb(build.peakRssBytes)} | ${(build.distBytes / 1024 ** 2).toFixed(0)} MB | ${count(build.files)} |`,
    '',
    '| page type | path | requests on load | HTML raw / gzip | JS raw / gzip | CSS raw / gzip | other raw / gzip |',
    '|---|---|---|---|---|---|---|',
    ...report.pages.map(
      (page) =>
        `| ${page.type} | \`${page.path}\` | ${page.requests} | ${(['html', 'js', 'css', 'other'] as const)
          .map((kind) => `${kb(page.bytes[kind].raw)} / ${kb(page.bytes[kind].gzip)}`)
          .join(' | ')} |`,
    ),
  ];
  if (report.lighthouse?.length) {
    lines.push(
      '',
      '| page type | Lighthouse performance | accessibility | best practices | SEO | points lost on |',
      '|---|---|---|---|---|---|',
      ...report.lighthouse.map(
        (page) =>
          `| ${page.type} | ${page.performance ?? '–'} | ${page.accessibility ?? '–'} | ${page.bestPractices ?? '–'} | ${page.seo ?? '–'} | ${page.failing.join(', ') || '–'} |`,
      ),
    );
  }
  const checks = checkTargets(report);
  if (checks.length) {
    lines.push(
      '',
      '| target | measured | met |',
      '|---|---|---|',
      ...checks.map((check) => `| ${check.target} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`),
    );
  }
  return lines.join('\n');
}
