import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { newContent, newContentKinds } from '../../../src/tooling/content-new/new-content.ts';
import { FIXTURE_TODAY, fixtureCheckOptions, fixtureTree } from '../../support/fixture-tree.ts';

const trees: string[] = [];
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const options = fixtureCheckOptions;

type Created = ReturnType<typeof newContent>;

/** Writes what `npm run new` made, as the script does; fails the test with its message if it refused. */
function writeNew(created: Created): asserts created is Exclude<Created, { error: string }> {
  if ('error' in created) throw new Error(created.error);
  mkdirSync(dirname(created.path), { recursive: true });
  writeFileSync(created.path, created.text);
}

describe('npm run new', () => {
  it.each(newContentKinds)('writes a %s that the check refuses until its template texts are replaced', (kind) => {
    const dir = fixtureTree('base');
    trees.push(dir);
    // A teacher guide is for an existing lesson, and ends with the safeguarding page.
    if (kind === 'teacher-guide') {
      const page = newContent('page', 'safeguarding', 'en', options(dir));
      writeNew(page);
      writeFileSync(page.path, page.text.replaceAll('Replace this: ', ''));
    }
    const created = newContent(kind, kind === 'teacher-guide' ? 'updates' : `new-${kind}`, 'en', options(dir));
    writeNew(created);
    const { issues } = checkContent(options(dir));
    expect(issues.filter((found) => found.severity === 'error' && found.file !== created.file)).toEqual([]);
    const own = issues.filter((found) => found.file === created.file);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((found) => found.severity === 'error')).toBe(true);
    expect(created.text).toMatch(/^(---\n)?# /);
  });

  it('writes a sensor that does not pass the check until the owner has answered every must-know fact', () => {
    const dir = fixtureTree('base');
    trees.push(dir);
    const created = newContent('sensor', 'new-camera', 'en', options(dir));
    if ('error' in created) throw new Error(created.error);
    mkdirSync(dirname(created.path), { recursive: true });
    // The editor replaces the texts but none of the facts: every fact is still an error, with its question.
    const textsReplaced = created.text.replace(/"Replace this: ([^"]*)"/g, '"$1"');
    writeFileSync(created.path, textsReplaced);
    const errors = checkContent(options(dir)).issues.filter((found) => found.file === created.file);
    expect(errors.map((found) => `${found.severity} ${found.field}: ${found.message}`)).toEqual([
      'error dataTypes: Still unknown: ask the owner. Which kinds of data does the device produce? List ids from content/taxonomy/data-types.yaml.',
      'error personalData: Still unknown: ask the owner. Can anything it records identify a person (images of people, licence plates, phone or device ids)? Write true or false.',
      'error purposes: Still unknown: ask the owner. What is the device for? List ids from content/taxonomy/purposes.yaml.',
      'error legalBasis: Still unknown: ask the owner. On which legal basis (GDPR article 6), under which law or decision, is personal data processed? Delete this line when the device processes no personal data.',
      'error processing: Still unknown: ask the owner. How is the data processed (aggregated, blurred, encrypted ...)? List ids from content/taxonomy/processing.yaml.',
      'error retention: Still unknown: ask the owner. How long is the data kept? Write P30D (30 days), PT72H (72 hours), P1Y (1 year) or none.',
      'error storage: Still unknown: ask the owner. Where is the data stored? List ids from content/taxonomy/storage.yaml.',
      'error access: Still unknown: ask the owner. Who can see the data? List ids from content/taxonomy/access.yaml.',
      'error location.lat: Still unknown: ask the owner. Where exactly is the device? Write its latitude in degrees (WGS 84).',
      'error location.lng: Still unknown: ask the owner. Where exactly is the device? Write its longitude in degrees (WGS 84).',
      "error signage: Still unknown: ask the owner. Is there a sign on site telling passers-by about the device? Write 'yes', 'no' or planned.",
      'error security.encryptedInTransit: Still unknown: ask the owner. Is data encrypted on its way from the device? Write "yes", "partly" or "no".',
      'error security.encryptedAtRest: Still unknown: ask the owner. Is stored data encrypted? Write "yes", "partly" or "no".',
      'error security.updates: Still unknown: ask the owner. How do security updates reach the device? Write automatic, remote, on-site or none.',
      'error security.signedUpdates: Still unknown: ask the owner. Does the device install only updates signed by its maker? Write true or false.',
      'error security.supportUntil: Still unknown: ask the owner. Until which day does the maker promise security updates? Write YYYY-MM-DD, or not-stated.',
      'error security.network: Still unknown: ask the owner. Which network is the device on? Write separated, shared or external.',
      'error security.disclosurePolicy: Still unknown: ask the owner. Where does the maker publish its vulnerability disclosure policy? Write the https:// address, or none.',
      'error security.conformity: Still unknown: ask the owner. Which security standards does the maker claim for this device? Write a list such as [etsi-en-303-645], or [] for none.',
      'error security.lastIndependentReview: Still unknown: ask the owner. When did the last independent security review finish? Write YYYY-MM-DD, or none.',
      'error factsChecked.date: Still unknown: ask the owner. On which day did the owner confirm the facts above? Write YYYY-MM-DD.',
    ]);

    // With the owner's answers filled in, the entry passes.
    const answers: Record<string, string> = {
      dataTypes: '[counts]',
      personalData: 'false',
      purposes: '[mobility]',
      processing: '[aggregated]',
      retention: 'P1Y',
      storage: '[city-data-centre]',
      access: '[accountable-organisation]',
      lat: '52.11',
      lng: '5.105',
      signage: "'no'",
      encryptedInTransit: '"no"',
      encryptedAtRest: '"no"',
      updates: 'remote',
      signedUpdates: 'true',
      supportUntil: 'not-stated',
      network: 'separated',
      disclosurePolicy: 'none',
      conformity: '[]',
      lastIndependentReview: 'none',
      date: `'${FIXTURE_TODAY}'`,
    };
    const answered = textsReplaced
      .split('\n')
      .filter((line) => !line.startsWith('legalBasis: unknown'))
      .map((line) =>
        line.replace(
          /^(\s*)(\w+): unknown .*$/,
          (_all, indent: string, key: string) => `${indent}${key}: ${answers[key]}`,
        ),
      )
      .join('\n');
    writeFileSync(created.path, answered);
    // Passes; the texts not yet in every language are a warning, as for any device.
    expect(checkContent(options(dir)).issues.filter((found) => found.file === created.file)).toEqual([
      {
        severity: 'warning',
        file: created.file,
        field: '',
        message:
          'Not translated yet into Dutch: name, summary, measures, location.description, history.0.note, factsChecked.team. Dutch readers see the English text with a notice: add "nl:" under each of these texts.',
      },
    ]);
  });

  it('writes an advisory that passes the check once its texts are written, and starts each translation from it', () => {
    const dir = fixtureTree('base');
    trees.push(dir);
    const created = newContent('advisory', 'router-botnet', 'en', options(dir));
    writeNew(created);
    expect(created.file).toBe('content/advisories/en/router-botnet.mdx');
    expect(created.text).toContain(
      `reviewed: ${FIXTURE_TODAY} # the day you last checked the advice against the facts`,
    );
    expect(created.text).toContain('lessons: [] # lessons that help: any of: home-network, updates');
    // The editor writes the texts where the template says "Replace this" and changes nothing else.
    writeFileSync(created.path, created.text.replaceAll('Replace this: ', ''));
    expect(checkContent(options(dir)).issues.filter((found) => found.file === created.file)).toEqual([]);

    const translation = newContent('advisory', 'router-botnet', 'nl', options(dir));
    writeNew(translation);
    expect(translation.file).toBe('content/advisories/nl/router-botnet.mdx');
    expect(translation.text).toBe(created.text.replaceAll('Replace this: ', ''));
    expect(checkContent(options(dir)).issues.filter((found) => found.file === translation.file)).toEqual([]);
  });

  it('never overwrites a file, and refuses names that cannot be an address', () => {
    const dir = fixtureTree('base');
    trees.push(dir);
    expect(newContent('lesson', 'updates', 'en', options(dir))).toEqual({
      error: 'content/lessons/en/updates.mdx already exists: choose another name, or edit that file.',
    });
    expect(newContent('sensor', 'Camera 1', 'en', options(dir))).toEqual({
      error:
        '"Camera 1" cannot be a name: use lowercase letters, digits and hyphens, e.g. air-quality-centrum-02. It becomes the address of the page.',
    });
    expect(newContent('sensor', 'stats', 'en', options(dir))).toEqual({
      error:
        '"stats" cannot be a device\'s id: /<lang>/register/stats/ is a page of the register itself. Choose another id, e.g. stats-device-01.',
    });
    expect(newContent('video', 'x', 'en', options(dir))).toEqual({
      error: 'Write what to create first: npm run new -- sensor|quiz|page|lesson|teacher-guide|advisory <name>',
    });
    expect(newContent('teacher-guide', 'passwords', 'en', options(dir))).toEqual({
      error:
        'There is no lesson "passwords": a teacher guide has the name of the lesson it is for, e.g. npm run new -- teacher-guide home-network.',
    });
    expect(newContent('page', 'contact', 'de', options(dir))).toEqual({
      error: '"de" is not one of the site\'s languages (en, nl).',
    });
  });

  it('starts a translation from the default-language file', () => {
    const dir = fixtureTree('missing-translation');
    trees.push(dir);
    const created = newContent('lesson', 'home-network', 'nl', options(dir));
    expect(created).toMatchObject({ file: 'content/lessons/nl/home-network.mdx' });
    expect('text' in created && created.text).toBe(
      readFileSync(join(dir, 'content', 'lessons', 'en', 'home-network.mdx'), 'utf8'),
    );
  });

  it('makes a quiz for the lesson of the same name, next in order', () => {
    const dir = fixtureTree('base');
    trees.push(dir);
    const created = newContent('quiz', 'home-network', 'en', options(dir));
    expect('text' in created && created.text).toContain('lessons: [home-network]');
    expect('text' in created && created.text).toContain('order: 2 ');
  });
});
