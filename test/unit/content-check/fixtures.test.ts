import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFixture, fixtureNames } from '../../support/fixture-tree.ts';

/**
 * One broken content tree per kind of mistake (test/fixtures/<name>/ laid over test/fixtures/base/).
 * Each test lists every message the check gives for it, exactly: file, line, field and advice, so
 * that a message can neither get worse nor grow noise from other rules.
 */
const trees: string[] = [];
const tested = new Set<string>();

function found(name: string): string[] {
  tested.add(name);
  const { issues, dir } = checkFixture(name);
  trees.push(dir);
  return issues
    .map(
      (issue) =>
        `${issue.severity} ${issue.file}${issue.line ? `:${issue.line}` : ''}${issue.field ? ` ${issue.field}` : ''}: ${issue.message}`,
    )
    .sort();
}

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

describe('the base fixture', () => {
  it('is valid: no errors and no warnings', () => {
    const { issues, dir } = checkFixture('base');
    trees.push(dir);
    expect(issues).toEqual([]);
  });
});

describe('each broken fixture gives exactly its messages', () => {
  // the probes of issue 15 in an advisory: import and export running node:fs, a { } reading a system file, a script, an event handler, an iframe
  it('advisory-code', () => {
    expect(found('advisory-code')).toEqual([
      'error content/advisories/en/router-update.mdx:17: Remove this import or export line. Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers. The documented components work without importing them.',
      'error content/advisories/en/router-update.mdx:19: Remove this import or export line. Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers. The documented components work without importing them.',
      "error content/advisories/en/router-update.mdx:21: Remove the { } around \"fs.readFileSync('/etc/hostname', 'utf8')\". Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers. For a comment write {/* your note */}; to show curly brackets write \\{ and \\}.",
      "error content/advisories/en/router-update.mdx:23: Remove <script>: content may not contain scripts or styles. The site's look and interactive parts come from its components.",
      "error content/advisories/en/router-update.mdx:25 <img> onerror: Remove onerror: it would run code in the reader's browser. Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.",
      'error content/advisories/en/router-update.mdx:25: <img> is not something advisories can use. Use plain Markdown or one of: Callout, Contact, Fact (see docs/advisories.md).',
      'error content/advisories/en/router-update.mdx:27: <iframe> is not something advisories can use. Use plain Markdown or one of: Callout, Contact, Fact (see docs/advisories.md).',
      'error content/advisories/en/router-update.mdx:31 <abbr> title: Between { } write only plain values: "texts in quotes", numbers, true or false, [lists] and { groups }. "process.env.HOME" is not one (check quotes, commas and brackets). Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.',
      'error content/advisories/en/router-update.mdx:31 <bdo> dir: Between { } write only plain values: "texts in quotes", numbers, true or false, [lists] and { groups }. "(() => "rtl")()" is not one (check quotes, commas and brackets). Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.',
    ]);
  });

  // nesting an attacker uses to overflow the stack: 25 nested block quotes in a lesson, district coordinates 30 lists deep;
  // the broken districts file gives one message, not one per device placed in it
  it('deep-nesting', () => {
    expect(found('deep-nesting')).toEqual([
      'error content/districts.geojson features.0.geometry.coordinates.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0: Lists and groups are nested more than 20 levels deep here: content never needs that. Write it flatter.',
      'error content/lessons/en/updates.mdx:23: Block quotes, lists or components are nested more than 20 levels deep here: the site cannot show that. Remove the extra > signs, indentation or components.',
    ]);
  });

  // an advisory with an unknown severity, and links to a lesson, device and district that do not exist
  it('advisory-front-matter', () => {
    expect(found('advisory-front-matter')).toEqual([
      'error content/advisories/en/router-update.mdx:10 affected.districts.0: "haven" does not exist. Use an id from content/districts.geojson, or remove it.',
      'error content/advisories/en/router-update.mdx:14 lessons.1: "passwords" does not exist. Use an id from content/lessons/<language>/ (the file name without .mdx), or remove it.',
      'error content/advisories/en/router-update.mdx:15 register.0: "traffic-camera-centrum-99" does not exist. Use an id from content/register/ (the file name without .yaml), or remove it.',
      'error content/advisories/nl/router-update.mdx:5 severity: Use one of: "information", "low", "medium", "high".',
    ]);
  });

  // a translated advisory that gives other facts, one without an original, and a publication date in the future
  it('advisory-translation', () => {
    expect(found('advisory-translation')).toEqual([
      'error content/advisories/en/old-routers.mdx:4 published: 2026-07-01 is in the future: write the day it was published (today is 2026-06-01).',
      "error content/advisories/nl/router-tips.mdx:2: There is no original content/advisories/en/router-tips.mdx: write that first, or rename this file to the original's slug.",
      'error content/advisories/nl/router-update.mdx:4 published: This is "2026-05-21" but "2026-05-20" in content/advisories/en/router-update.mdx. Make them the same.',
      'error content/advisories/nl/router-update.mdx:5 severity: This is "medium" but "high" in content/advisories/en/router-update.mdx. Make them the same.',
      // Advisories are in the translation report like every kind written per language.
      'warning content/advisories/nl/old-routers.mdx: Not translated yet: Dutch readers see the English advisory with a notice. Translate content/advisories/en/old-routers.mdx into this file.',
    ]);
  });

  // control characters (U+FFFE too, and in an MDX body), direction controls, an invisible name and names too long, in register entries and advisories
  it('hostile-characters', () => {
    expect(found('hostile-characters')).toEqual([
      'error content/advisories/en/router-update.mdx:11 steps.0: Remove the invisible control character U+0000 at character 33: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      'error content/advisories/en/router-update.mdx:2 title: Remove the direction control U+2066, U+2069 at characters 13 and 18: in a name it can make the text read as something else (gpj.exe shows as exe.jpg). Arabic names need none; the site sets the direction itself.',
      'error content/advisories/en/router-update.mdx:20: Remove the direction override U+202E at character 27: it shows the letters after it backwards (gpj.exe reads exe.jpg), on pages, in search, feeds and signs. No text needs one; the site sets the direction of every text itself.',
      'error content/advisories/en/router-update.mdx:21: Remove the invisible control character U+FFFE at character 65: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      'error content/advisories/en/router-update.mdx:24: Remove the invisible control character U+0007 at character 29: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      'error content/register/cyclist-counter-centrum-01.yaml:2 name.en: This name is only invisible characters: write a name readers can see.',
      'error content/register/cyclist-counter-centrum-01.yaml:3 name.nl: Keep the name to 120 characters (it has 137): it is shown in lists, headings and on street signs.',
      'error content/register/cyclist-counter-centrum-01.yaml:5 summary.en: Keep the summary to 600 characters (it has 719): one or two plain sentences.',
      'error content/register/traffic-camera-centrum-01.yaml:2 name.en: Remove the direction control U+202E at character 8: in a name it can make the text read as something else (gpj.exe shows as exe.jpg). Arabic names need none; the site sets the direction itself.',
      'error content/register/traffic-camera-centrum-01.yaml:5 summary.en: Remove the invisible control character U+0000 at character 34: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      'error content/register/traffic-camera-centrum-01.yaml:53 history.0.note.en: Remove the invisible control character U+0007 at character 12: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      'warning content/advisories/nl/router-update.mdx:3 summary: The direction control U+202B at character 10 reorders the text around it on pages and signs. Remove it unless the text needs it; the site sets the direction of every text itself.',
    ]);
  });

  // links copied from the preview's address bar: localhost, 127.0.0.1, [::1], 0.0.0.0, *.local, in texts and a source address
  it('preview-links', () => {
    expect(found('preview-links')).toEqual([
      "error content/advisories/en/router-update.mdx:21 link https://localhost:4321/en/register/traffic-camera-centrum-01/: This link points to your own computer (the preview), not to the published site: write the site's own path instead, e.g. /en/register/traffic-camera-centrum-01/.",
      "error content/lessons/en/home-network.mdx:14 sources.0.url: This link points to your own computer (the preview), not to the published site: write the published page's full https:// address, the site's address followed by /en/lessons/updates/.",
      "error content/lessons/en/home-network.mdx:24 link http://127.0.0.1:4321/en/register/: This link points to your own computer (the preview), not to the published site: write the site's own path instead, e.g. /en/register/.",
      "error content/lessons/en/home-network.mdx:24 link http://localhost:4321/en/lessons/updates/: This link points to your own computer (the preview), not to the published site: write the site's own path instead, e.g. /en/lessons/updates/.",
      "error content/pages/en/about.mdx:16 link http://0.0.0.0:4321/: This link points to your own computer (the preview), not to the published site: write the site's own path instead, e.g. /en/.",
      "error content/pages/en/about.mdx:16 link http://lindenhaven.local/en/glossary/#firmware: This link points to your own computer (the preview), not to the published site: write the site's own path instead, e.g. /en/glossary/#firmware.",
    ]);
  });

  // links with a login or to a private network, in YAML address fields and in a page's text
  it('private-links', () => {
    const credentials =
      'Link the public address of the page; this one contains a user name or password (the part before @), which would be published for everyone to read.';
    const privateHost =
      'Link the public address of the page; this one points to a private network or to a computer itself (such as 192.168.…, 10.…, localhost or a .local or .internal name), which residents cannot reach.';
    expect(found('private-links')).toEqual([
      `error content/pages/en/about.mdx:16 link https://169.254.169.254/latest/meta-data/: ${privateHost}`,
      `error content/pages/en/about.mdx:16 link https://wiki.lindenhaven.internal/cameras: ${privateHost}`,
      `error content/register/traffic-camera-centrum-01.yaml:22 privacyStatement: ${credentials}`,
      `error content/register/traffic-camera-centrum-01.yaml:46 security.disclosurePolicy: ${privateHost}`,
    ]);
  });

  // links to a missing lesson, a missing section, without the final slash, relative, javascript:, to another language, over http
  it('broken-links', () => {
    expect(found('broken-links')).toEqual([
      'error content/lessons/en/home-network.mdx:24 link #a-guest-net: There is no section "a-guest-net" on this page. A section\'s id is its heading in lowercase with hyphens; this page has: a-guest-network, objectives, sources, key-terms.',
      'error content/lessons/en/home-network.mdx:24 link /en/lessons/passwords/: There is no page at /en/lessons/passwords/ on this site. Open the page in the preview (npm start) and copy only the part of its address from /en/ on, without http://localhost:4321.',
      'error content/lessons/en/home-network.mdx:24 link /en/lessons/updates/#why-update: There is no section "why-update" on /en/lessons/updates/. A section\'s id is its heading in lowercase with hyphens; this page has: why-updates-matter, what-you-learned, objectives, sources, key-terms.',
      'error content/lessons/en/home-network.mdx:24 link /en/report: Add a / at the end (/en/report/): page addresses on this site end with a slash.',
      'error content/lessons/en/home-network.mdx:24 link javascript:alert(1): Links may only go to https:// websites, mailto: addresses or pages of this site.',
      'error content/lessons/en/home-network.mdx:24 link register/: Write links to this site from its root, starting with the language: /en/register/.',
      'warning content/lessons/en/home-network.mdx:24 link /nl/privacy/: This English text links to the Dutch page. Use /en/privacy/ so readers stay in their language.',
      'warning content/lessons/en/home-network.mdx:24 link http://www.lindenhaven.example/: Use the https:// address of this website: http:// is not encrypted.',
    ]);
  });

  // a glossary id and a device id that do not exist; a checklist id another lesson already saves answers under
  it('broken-references', () => {
    expect(found('broken-references')).toEqual([
      'error content/lessons/en/home-network.mdx:18 <KeyTerm> id: "wifi-router" is not in content/glossary/en.yaml. Add the term there first, or use an id that is in it.',
      'error content/lessons/en/home-network.mdx:24 <SensorLink> id: "traffic-camera-centrum-99" is not in the register: there is no content/register/traffic-camera-centrum-99.yaml. Check the device\'s id.',
      'error content/lessons/en/home-network.mdx:26 <Checklist> id: "updates-steps" is already used in content/lessons/en/updates.mdx (line 27). Give each checklist, scenario and knowledge check its own id: what a reader ticks or answers is saved under it.',
    ]);
  });

  // a diagram that does not exist, a callout type, a misspelt attribute, a scenario without a right answer, an empty key term, a variable instead of a list
  it('component-attributes', () => {
    expect(found('component-attributes')).toEqual([
      'error content/lessons/en/home-network.mdx:22 <Diagram> name: Use one of: "guest-network", "botnet", "sensor-view".',
      'error content/lessons/en/home-network.mdx:24 <Callout> type: Use one of: "note", "tip", "warning".',
      'error content/lessons/en/home-network.mdx:26 <Checklist> items: Required: fill in a list (in a CSV: ids separated by ";").',
      'error content/lessons/en/home-network.mdx:26 <Checklist> itmes: <Checklist> has no attribute "itmes"; it takes only id, items. Check the spelling in docs/lesson-components.md.',
      'error content/lessons/en/home-network.mdx:28 <Scenario> choices: mark at least one choice with correct: true',
      'error content/lessons/en/home-network.mdx:30 <KeyTerm>: Write the text between <KeyTerm> and </KeyTerm>.',
      'error content/lessons/en/home-network.mdx:32 <Checklist> items: Between { } write only plain values: "texts in quotes", numbers, true or false, [lists] and { groups }. "steps" is not one (check quotes, commas and brackets). Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.',
    ]);
  });

  // a glossary term listed twice (the other terms still count)
  it('glossary-duplicate', () => {
    expect(found('glossary-duplicate')).toEqual(['error content/glossary/en.yaml:7 2.id: "firmware" is listed twice.']);
  });

  // links and images an attacker writes to crash the check or to publish a file of the build machine: broken %-escapes, paths out of public/ and content/
  it('hostile-paths', () => {
    expect(found('hostile-paths')).toEqual([
      'error content/lessons/en/updates.mdx:23 image /images/%zz.png: This image address has a broken %-escape: a % must be followed by two of 0-9 and A-F (%20 is a space). Write the file name as it is.',
      'error content/lessons/en/updates.mdx:23 link #%E0%A4%25A: This link has a broken %-escape: a % must be followed by two of 0-9 and A-F (%20 is a space). Copy the address again from the page it leads to.',
      'error content/lessons/en/updates.mdx:23 link /en/%zz/: This link has a broken %-escape: a % must be followed by two of 0-9 and A-F (%20 is a space). Copy the address again from the page it leads to.',
      "error content/lessons/en/updates.mdx:25 image ../../../../../../../../etc/hostname: This image path leads out of the site's files: put the image in public/images/ and write /images/<file name>.",
      "error content/lessons/en/updates.mdx:25 image ../../../../../../../../usr/share/icons/default/index.theme: This image path leads out of the site's files: put the image in public/images/ and write /images/<file name>.",
      "error content/lessons/en/updates.mdx:25 link /../../../../etc/passwd: This link leads out of the site's files: link to a page of this site, starting with /en/.",
    ]);
  });

  // a register entry hidden by a leading dot in its file name: counted as checked, but never published
  it('hidden-register-entry', () => {
    expect(found('hidden-register-entry')).toEqual([
      'error content/register/.hidden-camera.yaml: This entry is not published: file names may not start with a dot. Rename it to hidden-camera.yaml (or delete it).',
    ]);
  });

  // an image without a description, one from another website, one whose file is missing
  it('image-alt', () => {
    expect(found('image-alt')).toEqual([
      'error content/pages/en/report.mdx:12 image /images/sign.svg: Describe the image between the square brackets: ![A camera on a lamp post](/images/camera.jpg). Screen readers read this text aloud.',
      'error content/pages/en/report.mdx:14 image https://images.example.org/sign.jpg: Put the image file in public/images/ and write /images/<file name>: the site loads nothing from other websites.',
      'error content/pages/en/report.mdx:16 image /images/lamp-post.jpg: The image file is missing: put it at public/images/lamp-post.jpg.',
    ]);
  });

  // days that do not exist (Feb 29 in 2026, month 13 ...) in every kind of file, activeUntil before activeFrom, dates in the future, a status the dates contradict
  it('impossible-dates', () => {
    expect(found('impossible-dates')).toEqual([
      'error content/advisories/en/router-update.mdx:4 published: 2026-02-29 is not a date: February 2026 has 28 days.',
      'error content/facts.yaml:4 0.source.read: 2026-06-31 is not a date: June 2026 has 30 days.',
      'error content/lessons/en/updates.mdx:12 reviewed: 2026-02-31 is not a date: February 2026 has 28 days.',
      'error content/lessons/en/updates.mdx:16 sources.0.read: 2025-04-31 is not a date: April 2025 has 30 days.',
      'error content/pages/en/about.mdx:4 updated: 2026-12-01 is in the future: write the date of the last change that matters to readers (today is 2026-06-01).',
      'error content/quizzes/en/updates.yaml:6 reviewed: 2026-13-01 is not a date: there is no month 13; write YYYY-MM-DD.',
      'error content/register/cyclist-counter-centrum-01.yaml:9 activeUntil: activeUntil (2021-12-31) is before activeFrom (2022-05-01).',
      'error content/register/traffic-camera-centrum-01.yaml:56 updated: 2027-01-05 is in the future: write the date it happened (today is 2026-06-01).',
      'warning content/register/cyclist-counter-centrum-02.yaml activeUntil: The device is removed: add activeUntil, its last day in use.',
      'warning content/register/cyclist-counter-centrum-03.yaml:7 status: activeFrom (2022-05-01) has passed: set status to active if the device is in use, or move activeFrom to the planned day.',
    ]);
  });

  // a lesson without summary, too long, an unknown level, a provision written as a number
  it('lesson-front-matter', () => {
    expect(found('lesson-front-matter')).toEqual([
      'error content/lessons/en/home-network.mdx summary: Required: fill in a text.',
      'error content/lessons/en/home-network.mdx:3 duration: Use a number no higher than 15.',
      'error content/lessons/en/home-network.mdx:4 level: Use one of: "beginner", "intermediate".',
      'error content/lessons/en/home-network.mdx:9 provisions.0: Write a text here.',
    ]);
  });

  // a lesson pointing at a quiz that does not exist
  it('lesson-related-quiz', () => {
    expect(found('lesson-related-quiz')).toEqual([
      'error content/lessons/en/home-network.mdx:11 relatedQuiz: There is no quiz "home-network" (content/quizzes/en/home-network.yaml). Use a quiz\'s file name without .yaml, or leave relatedQuiz out.',
    ]);
  });

  // an import, code in { }, a script and an event handler in a lesson
  it('mdx-code', () => {
    expect(found('mdx-code')).toEqual([
      'error content/lessons/en/home-network.mdx:18: Remove this import or export line. Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers. The documented components work without importing them.',
      'error content/lessons/en/home-network.mdx:20: Remove the { } around "new Date().getFullYear() - 5". Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers. For a comment write {/* your note */}; to show curly brackets write \\{ and \\}.',
      "error content/lessons/en/home-network.mdx:22: Remove <script>: content may not contain scripts or styles. The site's look and interactive parts come from its components.",
      "error content/lessons/en/home-network.mdx:24 <Reveal> onClick: Remove onClick: it would run code in the reader's browser. Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.",
      'error content/lessons/en/home-network.mdx:26 <abbr> title: Between { } write only plain values: "texts in quotes", numbers, true or false, [lists] and { groups }. "process.getBuiltinModule("fs").readFileS…" is not one (check quotes, commas and brackets). Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.',
    ]);
  });

  // a component that is never closed
  it('mdx-syntax', () => {
    expect(found('mdx-syntax')).toEqual([
      'error content/pages/en/accessibility.mdx:12: This text cannot be read: Expected a closing tag for `<Callout>` (12:1) before the end of `paragraph`. Check that every component is closed (<Callout>…</Callout> or <Checklist … />), that { } and quotes come in pairs, and write comments as {/* … */}.',
    ]);
  });

  // a page every footer links to is deleted
  it('missing-page', () => {
    expect(found('missing-page')).toEqual([
      'error content/pages/en/privacy.mdx: This page is missing: every page of the site links to it. Create it (copy another page in this folder, then change its front matter and text).',
      'warning content/pages/nl/privacy.mdx: This page is not published: there is no English page content/pages/en/privacy.mdx. Check that the file name is the same as the English one.',
    ]);
  });

  // a lesson not translated, and a translation whose file name has a typo
  it('missing-translation', () => {
    expect(found('missing-translation')).toEqual([
      'warning content/lessons/nl/home-network.mdx: Not translated yet: Dutch readers see the English lesson with a notice. Translate content/lessons/en/home-network.mdx into this file.',
      'warning content/lessons/nl/update.mdx: This lesson is not published: there is no English lesson content/lessons/en/update.mdx. Check that the file name is the same as the English one.',
    ]);
  });

  // a page without title, with a description too long for search engines, with a date that is not a date
  it('page-front-matter', () => {
    expect(found('page-front-matter')).toEqual([
      'error content/pages/en/privacy.mdx title: Required: fill in a text.',
      'error content/pages/en/privacy.mdx:2 description: Keep the description to 160 characters: search engines cut off the rest.',
      'error content/pages/en/privacy.mdx:3 updated: Write the date as YYYY-MM-DD, e.g. 2026-11-30.',
    ]);
  });

  // a camera processing personal data without legal basis or privacy statement
  it('personal-data-without-legal-basis', () => {
    expect(found('personal-data-without-legal-basis')).toEqual([
      'error content/register/traffic-camera-centrum-01.yaml legalBasis: This device processes personal data: name its legal basis (one of the six GDPR bases).',
      'error content/register/traffic-camera-centrum-01.yaml privacyStatement: This device processes personal data: link its privacy statement.',
    ]);
  });

  // a quiz naming a lesson that does not exist, and a section that does not exist in the lesson
  it('quiz-broken-links', () => {
    expect(found('quiz-broken-links')).toEqual([
      'error content/quizzes/en/updates.yaml:16 questions.0.learnMore: The lesson "updates" has no section "why-update-matters". Its sections are: why-updates-matter, what-you-learned, objectives, sources, key-terms. A section\'s id is its heading in lowercase, punctuation left out, spaces as hyphens.',
      'error content/quizzes/en/updates.yaml:35 questions.3.learnMore: "update" is not a lesson: there is no content/lessons/en/update.mdx. Use a lesson\'s file name without .mdx.',
      'error content/quizzes/en/updates.yaml:5 lessons.1: "passwords" is not a lesson: there is no content/lessons/en/passwords.mdx. Use a lesson\'s file name without .mdx.',
      'warning content/quizzes/nl/updates.yaml:5 lessons: The lessons differ from content/quizzes/en/updates.yaml (updates, passwords).',
    ]);
  });

  // facts: an unknown <Fact> id, a misspelt and a malformed {{fact:…}}, a fact without a value;
  // a lesson not reviewed for more than 12 months, and a source read after today
  it('facts', () => {
    expect(found('facts')).toEqual([
      'error content/facts.yaml:5 1.text: Give the fact either as text or as date (one of the two).',
      'error content/glossary/en.yaml [0].definition: There is no fact "firmware-law" in content/facts.yaml (it has: etsi-version). Add it there first, or use one of its ids.',
      'error content/lessons/en/updates.mdx:16 sources[0].read: 2026-06-02 is in the future: write the day the source was read (today is 2026-06-01).',
      'error content/lessons/en/updates.mdx:23 <Fact> id: There is no fact "cra-date" in content/facts.yaml (it has: etsi-version). Add it there first, or use one of its ids.',
      'error content/quizzes/en/updates.yaml:15 questions[0].explanation: "{{ etsi-version }}" is not a fact: write {{fact:<id>}} with an id from content/facts.yaml, e.g. {{fact:etsi-version}}.',
      'error content/quizzes/en/updates.yaml:15 questions[0].explanation: There is no fact "etsi-versoin" in content/facts.yaml (it has: etsi-version). Add it there first, or use one of its ids.',
      'warning content/lessons/en/updates.mdx:12 reviewed: Last reviewed on 2025-05-31, more than 12 months ago: check the text against its sources and the law, then set reviewed to the day you did.',
    ]);
  });

  // {{fact:id}} nested in itself, and written where facts are not filled in (an advisory step, a device summary)
  it('fact-braces', () => {
    expect(found('fact-braces')).toEqual([
      'error content/advisories/en/router-update.mdx:12 steps[1]: Facts in double braces are filled in only in quizzes and the glossary: here readers would see the braces. Write the text itself, or show the fact in the body with <Fact id="…" />.',
      'error content/quizzes/en/updates.yaml:15 questions[0].explanation: This text has double braces that are nested or do not close: write {{fact:<id>}} with nothing inside but the id.',
      'error content/register/cyclist-counter-centrum-01.yaml summary.en: Facts in double braces are filled in only in quizzes and the glossary: here readers would see the braces. Write the text itself.',
    ]);
  });

  // a single-answer question with two right answers, and an unknown question type
  it('quiz-schema', () => {
    expect(found('quiz-schema')).toEqual([
      'error content/quizzes/en/updates.yaml:11 questions.0.options: A single-answer question has one right option; use type: multiple for more.',
      'error content/quizzes/en/updates.yaml:24 questions.2.type: Set type to single, multiple, true-false, ordering or matching.',
    ]);
  });

  // a translated quiz with a renamed question id, another right answer and an extra step
  it('quiz-translation-mismatch', () => {
    expect(found('quiz-translation-mismatch')).toEqual([
      'error content/quizzes/nl/updates.yaml:11 questions.0.options: The right answer differs: in the original option 1, here option 2 (counting from 1). Keep the options in the same order as the original (compare with content/quizzes/en/updates.yaml).',
      'error content/quizzes/nl/updates.yaml:17 questions.1.id: There is no question "updates-automatisch" in content/quizzes/en/updates.yaml: use the same ids in every language (ids are not translated).',
      'error content/quizzes/nl/updates.yaml:25 questions.2.items: The original has 3 steps, this has 4: translate every step, in the same order (compare with content/quizzes/en/updates.yaml).',
      'error content/quizzes/nl/updates.yaml:7 questions: Question "updates-auto" is missing: every language has the same questions with the same ids (compare with content/quizzes/en/updates.yaml).',
    ]);
  });

  // a language folder that is not a site language, a file name with capitals and spaces, a .md file
  it('stray-files', () => {
    expect(found('stray-files')).toEqual([
      'error content/lessons/de: "de" is not one of the site\'s languages (en, nl): rename the folder, or add the language to city.config.ts first.',
      'error content/lessons/en/Router Tips.mdx: The file name becomes the page address: use lowercase letters, digits and hyphens, e.g. home-network.mdx.',
      'error content/lessons/en/notes.md: The site only reads .mdx files here: rename it to end in .mdx, or move it out.',
    ]);
  });

  // files the site would skip: in content/advisories/, for a language the site does not have, a folder of content/ nobody reads
  it('stray-content-files', () => {
    expect(found('stray-content-files')).toEqual([
      'error content/advisories/de: "de" is not one of the site\'s languages (en, nl): rename the folder, or add the language to city.config.ts first.',
      'error content/advisories/en/Router Update.mdx: The file name becomes the page address: use lowercase letters, digits and hyphens, e.g. home-network.mdx.',
      'error content/advisories/en/draft.md: The site only reads .mdx files here: rename it to end in .mdx, or move it out.',
      'error content/advisories/notes.txt: Move this file into a language folder, e.g. content/advisories/en/notes.txt.',
      'error content/events: The site does not read this: content/ holds only register, quizzes, glossary, taxonomy, districts.geojson, facts.yaml, pages, lessons, teacher-guides, advisories. Move it into one of them, or out of content/.',
      'error content/glossary/de.yaml: "de" is not one of the site\'s languages (en, nl): rename the file, or add the language to city.config.ts first.',
      'error content/taxonomy/colours.yaml: The site does not read this file: the vocabularies are kinds.yaml, technologies.yaml, purposes.yaml, data-types.yaml, processing.yaml, storage.yaml, access.yaml, legal-bases.yaml, organisation-types.yaml, mountings.yaml, organisations.yaml. Add terms to one of them, or move this file out.',
    ]);
  });

  // interface texts: a key not translated, a misspelt key, a key that is not a key
  it('ui-strings', () => {
    expect(found('ui-strings')).toEqual([
      'error ui/nl.json Nav.Quiz: Keys are dotted words starting in lowercase, e.g. "nav.home" or "page.readingTime_one".',
      'warning ui/nl.json: 1 interface text not translated yet (nav.lessons): readers see the English text. Copy the keys from en.json and translate them.',
      'warning ui/nl.json: 2 keys not in en.json, so never shown: nav.lesons, Nav.Quiz.',
    ]);
  });

  // a YouTube embed, a page-only component and raw HTML in a lesson; <bdi> is allowed
  // a guide for a lesson that does not exist, with ages upside down; another whose parts do not add up
  // to its duration, with a lesson component and a link to a guide that does not exist; no safeguarding page
  it('teacher-guides', () => {
    expect(found('teacher-guides')).toEqual([
      'error content/pages/en/safeguarding.mdx: Every teacher guide ends with this page (what to do when a pupil reports something worrying), but it is missing. Create it: copy another page in this folder, then write the steps your schools follow.',
      'error content/teacher-guides/en/home-network.mdx:11 plan: The parts take 45 minutes, but duration is 50: make them add up.',
      'error content/teacher-guides/en/home-network.mdx:22: <KeyTerm> can be used in lessons, not in teacher guides. Teacher guides can use: Callout.',
      'error content/teacher-guides/en/home-network.mdx:26 link /en/lessons/updates/teacher-guide/: There is no page at /en/lessons/updates/teacher-guide/ on this site. Open the page in the preview (npm start) and copy only the part of its address from /en/ on, without http://localhost:4321.',
      'error content/teacher-guides/en/passwords.mdx: There is no lesson "passwords" (content/lessons/en/passwords.mdx): a teacher guide has the file name of the lesson it is for. Rename this file, or write the lesson first.',
      'error content/teacher-guides/en/passwords.mdx:5 ages.to: Write the oldest age in "to", the youngest in "from".',
      'warning content/teacher-guides/nl/home-network.mdx: Not translated yet: Dutch readers see the English teacher guide with a notice. Translate content/teacher-guides/en/home-network.mdx into this file.',
      'warning content/teacher-guides/nl/passwords.mdx: Not translated yet: Dutch readers see the English teacher guide with a notice. Translate content/teacher-guides/en/passwords.mdx into this file.',
    ]);
  });

  it('unknown-component', () => {
    expect(found('unknown-component')).toEqual([
      'error content/lessons/en/home-network.mdx:22: <YouTube> is not something lessons can use. Use plain Markdown or one of: Callout, Checklist, DeviceCheck, Diagram, Fact, KeyTerm, KnowledgeCheck, Reveal, Scenario, SensorLink (see docs/lesson-components.md).',
      'error content/lessons/en/home-network.mdx:24: <Contact> can be used in site pages, not in lessons. Lessons can use: Callout, Checklist, DeviceCheck, Diagram, Fact, KeyTerm, KnowledgeCheck, Reveal, Scenario, SensorLink.',
      'error content/lessons/en/home-network.mdx:26: <div> is not something lessons can use. Use plain Markdown or one of: Callout, Checklist, DeviceCheck, Diagram, Fact, KeyTerm, KnowledgeCheck, Reveal, Scenario, SensorLink (see docs/lesson-components.md).',
    ]);
  });

  // misspelt and unknown fields in every kind of file: each on its own line, with the fields it may have meant
  it('unknown-keys', () => {
    expect(found('unknown-keys')).toEqual([
      'error content/advisories/en/router-update.mdx:10 affected.brand: "brand" is not a field here, so it would be ignored: did you mean brands?',
      'error content/glossary/en.yaml:7 1.language: "language" is not a field here, so it would be ignored. The fields here are: id, term, definition.',
      'error content/lessons/en/home-network.mdx:11 relatedQuizz: "relatedQuizz" is not a field here, so it would be ignored: did you mean relatedQuiz?',
      'error content/pages/en/about.mdx:5 colour: "colour" is not a field here, so it would be ignored. The fields here are: title, description, updated, reviewed.',
      'error content/quizzes/en/updates.yaml:16 questions.0.learnmore: "learnmore" is not a field here, so it would be ignored: did you mean learnMore?',
      'error content/quizzes/en/updates.yaml:21 questions.1.options: "options" is not a field here, so it would be ignored. The fields here are: id, question, explanation, learnMore, type, answer, feedbackTrue, feedbackFalse.',
      'error content/register/cyclist-counter-centrum-01.yaml:26 location.lon: "lon" is not a field here, so it would be ignored: did you mean lat or lng?',
    ]);
  });

  // a device kind, technology, organisation and district that are not in the vocabularies
  it('unknown-term-and-district', () => {
    expect(found('unknown-term-and-district')).toEqual([
      'error content/register/traffic-camera-centrum-01.yaml:10 technology.1: "lidar" is not in content/taxonomy/technologies.yaml. Use an id from that file, or add the term there first.',
      'error content/register/traffic-camera-centrum-01.yaml:29 organisation: "city-of-lindenhavn" is not in content/taxonomy/organisations.yaml. Use an id from that file, or add the term there first.',
      'error content/register/traffic-camera-centrum-01.yaml:32 location.districts.1: "haven" is not a district in content/districts.geojson (known: rietlanden, centrum).',
      'error content/register/traffic-camera-centrum-01.yaml:9 kind: "drone-camera" is not in content/taxonomy/kinds.yaml. Use an id from that file, or add the term there first.',
    ]);
  });

  // a YAML file with a badly indented line
  it('yaml-syntax', () => {
    expect(found('yaml-syntax')).toEqual([
      'error content/register/cyclist-counter-centrum-02.yaml:5: All mapping items must start at the same column (check indentation, colons and quotes on this line).',
    ]);
  });

  // an attacker's YAML: a "billion laughs" alias bomb in a quiz, a merge key and a code tag in front matter, a binary tag in a taxonomy
  it('yaml-aliases', () => {
    expect(found('yaml-aliases')).toEqual([
      'error content/pages/en/about.mdx:2: Remove "!!js/function": content files do not use YAML tags. Write the value as plain text (put it between quotes if it starts with ! or &).',
      'error content/pages/en/about.mdx:3: Remove the anchor/alias "&defaults": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/pages/en/about.mdx:5: Remove the merge key "<<": content files do not use YAML anchors, aliases and merge keys (write the fields out in full).',
      'error content/quizzes/en/updates.yaml:10: Remove the anchor/alias "&g": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:11: Remove the anchor/alias "&h": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:12: Remove the anchor/alias "&i": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:4: Remove the anchor/alias "&a": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:5: Remove the anchor/alias "&b": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:6: Remove the anchor/alias "&c": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:7: Remove the anchor/alias "&d": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:8: Remove the anchor/alias "&e": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/quizzes/en/updates.yaml:9: Remove the anchor/alias "&f": content files do not use YAML anchors and aliases (write the text out in full).',
      'error content/register/cyclist-counter-centrum-01.yaml:16 purposes.0: "mobility" is not in content/taxonomy/purposes.yaml. Use an id from that file, or add the term there first.',
      'error content/register/traffic-camera-centrum-01.yaml:16 purposes.0: "mobility" is not in content/taxonomy/purposes.yaml. Use an id from that file, or add the term there first.',
      'error content/taxonomy/purposes.yaml:9: Remove "!!binary": content files do not use YAML tags. Write the value as plain text (put it between quotes if it starts with ! or &).',
    ]);
  });

  // what word processors do to YAML: curly quotes, a tab for indentation, dashes for list hyphens and front matter lines
  it('yaml-typography', () => {
    expect(found('yaml-typography')).toEqual([
      'error content/advisories/en/router-update.mdx:12: A dash (—) starts this line where YAML needs a hyphen (-) to start a list item: write "- " instead.',
      'error content/lessons/en/home-network.mdx:7 objectives: Write a list here: start each item on its own line with a hyphen (-), not a dash (–). Word processors turn "- " into "– ".',
      'error content/pages/nl/about.mdx:3: A curly quote (”) closes a text that a straight quote (") opened: YAML needs a straight quote (") at both ends.',
      'error content/pages/nl/privacy.mdx:1: The front matter starts with dashes (—) where it needs three hyphens (---): type the first and last line of the front matter again as ---.',
      'error content/quizzes/en/updates.yaml:1: A curly quote (“) is used where YAML needs a straight quote ("): put the text between straight quotes ("…").',
      'error content/register/cyclist-counter-centrum-01.yaml:6: A tab is used for indentation: use spaces (YAML does not allow tabs there).',
    ]);
  });

  // a colon in an unquoted list text, which YAML reads as "name: value"
  it('yaml-colon', () => {
    expect(found('yaml-colon')).toEqual([
      'error content/advisories/en/router-update.mdx:11 steps.0: The colon after "Open the settings" made this a "name: value" pair instead of a text. Put the whole text in quotes: "Open the settings: install the latest update.".',
    ]);
  });

  it('covers every fixture folder', () => {
    expect(fixtureNames().filter((name) => !tested.has(name))).toEqual([]);
    expect(tested.size).toBeGreaterThanOrEqual(15);
  });
});
