import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { isSafeUrl, safeLinksPlugin } from '../../../src/lib/content/safe-links.ts';
import { validEntry } from '../../support/content-tree.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('addresses in content', () => {
  it('allow web, mail, phone and site addresses', () => {
    for (const url of [
      'https://example.org/',
      'http://x.test',
      'mailto:a@b.test',
      'tel:+3112',
      '/en/about/',
      '#top',
      'page/',
    ])
      expect(isSafeUrl(url), url).toBe(true);
  });

  it('refuse script and data addresses, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
    ])
      expect(isSafeUrl(url), url).toBe(false);
  });

  it('lose their unsafe address in rendered Markdown, behind the content check', () => {
    const { html } = markdownToHtml('[run](javascript:alert(1)) and [read](https://example.org/)', {
      hastPlugins: [safeLinksPlugin],
    });
    expect(html.trim()).toBe('<p><a>run</a> and <a href="https://example.org/">read</a></p>');
  });
});

const payloads = ['<script>alert("xss")</script>', '"><img src=x onerror=alert(1)>', '<svg onload=alert(2)>'];

/**
 * A copy of the demo content with hostile text in a device, a quiz, a page, a lesson's and an
 * advisory's front matter and a glossary definition. (Script in lesson
 * MDX never gets this far: the content check refuses it, see test/fixtures/.)
 */
function hostileContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'register', 'cyclist-counter-hostile-01.yaml'),
    stringify(
      validEntry({
        name: { en: `Counter ${payloads[0]}`, nl: 'Teller', ar: 'عداد' },
        summary: {
          en: `Counts ${payloads[1]} ${'very long text '.repeat(30)}`,
          nl: 'Telt fietsen en maakt geen beelden.',
        },
        measures: { en: payloads[2] },
      }),
    ),
  );
  const quizFile = join(dir, 'quizzes', 'en', 'updates.yaml');
  const quiz = parse(readFileSync(quizFile, 'utf8'));
  quiz.questions[0].question = `${payloads[0]} ${quiz.questions[0].question}`;
  quiz.questions[0].options[0].label = payloads[1];
  quiz.questions[0].explanation = `${payloads[2]} ${quiz.questions[0].explanation}`;
  writeFileSync(quizFile, stringify(quiz));
  const glossary = join(dir, 'glossary', 'en.yaml');
  const terms = parse(readFileSync(glossary, 'utf8'));
  terms[0].definition = `${payloads[1]} ${terms[0].definition}`;
  writeFileSync(glossary, stringify(terms));
  const frontMatter = (file: string, field: string, value: string) =>
    writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: '${value}'`));
  frontMatter(join(dir, 'lessons', 'en', 'updates.mdx'), 'title', `Updates ${payloads[2]}`);
  frontMatter(join(dir, 'advisories', 'en', 'check-support-period.mdx'), 'title', `Check ${payloads[0]}`);
  frontMatter(
    join(dir, 'advisories', 'en', 'check-support-period.mdx'),
    'summary',
    `${payloads[1]!.replaceAll('"', '')} Many connected devices stop getting security updates after a few years.`,
  );
  const page = join(dir, 'pages', 'en', 'about.mdx');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, `title: 'About <script>alert("t")</script>'`));
  return dir;
}

function htmlIn(dir: string): string[] {
  htmlCache ??= readHtml(dir);
  return htmlCache;
}

let htmlCache: string[] | undefined;

function readHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

describe('a build from hostile content', () => {
  it('renders every payload as inert text', { timeout: 240_000 }, () => {
    const content = hostileContent();
    const out = join(mkdtempSync(join(tmpdir(), 'hostile-dist-')), 'dist');
    const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    // Markup that a browser would run: payload tags outside attribute values and script bodies.
    const live = htmlIn(out).flatMap((html) =>
      [
        ...html
          .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>')
          .replace(/="[^"]*"/g, '=""')
          .matchAll(/<(img|svg|script)\b[^>]*(onerror|onload)|<script>alert/g),
      ].map((match) => match[0]),
    );
    expect(live).toEqual([]);
    // And no script body can be closed early by content (JSON-LD, island data).
    for (const html of htmlIn(out)) {
      for (const body of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
        expect(body[1]).not.toContain('<script');
    }
    const device = readFileSync(join(out, 'en', 'register', 'cyclist-counter-hostile-01', 'index.html'), 'utf8');
    expect(device).toContain('Counter &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
  });
});
