import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/lib/search/query.ts';
import { wordRules } from '../../../src/lib/search/language.ts';
import { register, testEngine } from './search-fixture.ts';

const ids = (hits: { document: number }[]) => hits.map((hit) => hit.document).sort((a, b) => a - b);

describe('search engine', async () => {
  const en = await testEngine('en');
  const nl = await testEngine('nl');
  const ar = await testEngine('ar');

  it('requires every word to match (AND)', async () => {
    const camera = ids((await en.engine.search('camera ')).hits);
    const centre = ids((await en.engine.search('centre ')).hits);
    const both = await en.engine.search('camera centre ');
    expect(both.hits.length).toBeGreaterThan(0);
    expect(ids(both.hits)).toEqual(camera.filter((document) => centre.includes(document)));
    expect(both.hits.length).toBeLessThan(camera.length);
  });

  it('finds Wi-Fi however it is written', async () => {
    const forms = await Promise.all(['wifi', 'Wi-Fi', 'wi fi', 'WIFI '].map((form) => en.engine.search(form)));
    expect(forms[0]!.hits.length).toBeGreaterThan(0);
    for (const outcome of forms) expect(ids(outcome.hits)).toEqual(ids(forms[0]!.hits));
  });

  it('finds words being typed by their first letters', async () => {
    const typing = await en.engine.search('licen');
    const shown = await en.engine.show(typing.hits.slice(0, 3));
    expect(shown[0]!.sensor?.kind).toBe('Licence plate camera');
    // Two letters are a prefix only while they are being typed.
    expect((await en.engine.search('li')).hits.length).toBeGreaterThan(0);
    expect((await en.engine.search('li ')).hits).toHaveLength(0);
  });

  it('tolerates a typo in a longer word, not in a short one', async () => {
    const typo = await en.engine.search('camra ');
    const exact = await en.engine.search('camera ');
    expect(typo.hits.length).toBeGreaterThan(0);
    expect(ids(typo.hits)).toEqual(expect.arrayContaining(ids(exact.hits)));
    expect((await en.engine.search('camr ')).hits).toHaveLength(0);
  });

  it('finds sensors by district, kind and organisation names in Dutch', async () => {
    const kind = await nl.engine.show((await nl.engine.search('kentekencamera')).hits);
    expect(kind.length).toBe(register.entries.filter((entry) => entry.kind === 'anpr-camera').length);
    for (const result of kind) expect(result.sensor!.kind).toBe('Kentekencamera');
    const district = await nl.engine.show((await nl.engine.search('Havenkwartier')).hits);
    expect(district.length).toBe(register.entries.filter((entry) => entry.districts.includes('havenkwartier')).length);
    const organisation = await nl.engine.search('waterschap lindenlanden');
    expect(organisation.counts.sensor).toBe(
      register.entries.filter((entry) => entry.organisation === 'waterschap-lindenlanden').length,
    );
  });

  it('stems Dutch words: plural and singular find the same texts', async () => {
    const plural = await nl.engine.search('lantaarnpalen ');
    const singular = await nl.engine.search('lantaarnpaal ');
    expect(plural.counts.lesson).toBe(1);
    expect(ids(singular.hits)).toEqual(ids(plural.hits));
    const [lesson] = await nl.engine.show(plural.hits.filter((hit) => hit.type === 'lesson'));
    expect(lesson!.href).toBe('/nl/lessons/passwords/');
  });

  it('finds an Arabic lesson, and shows untranslated ones in their own language', async () => {
    const outcome = await ar.engine.search('التحديثات');
    const [lesson] = await ar.engine.show(outcome.hits.filter((hit) => hit.type === 'lesson'));
    expect(lesson).toMatchObject({ href: '/ar/lessons/updates/', title: 'التحديثات' });
    const fallback = await ar.engine.show((await ar.engine.search('passphrase')).hits);
    expect(fallback[0]).toMatchObject({ href: '/ar/lessons/passwords/', lang: 'en' });
  });

  it('indexes quizzes with their questions', async () => {
    const outcome = await en.engine.search('doorbell');
    const shown = await en.engine.show(outcome.hits);
    expect(shown).toContainEqual(expect.objectContaining({ type: 'quiz', href: '/en/quizzes/home-network/' }));
  });

  it('shows for a sensor its kind, district and whether it processes personal data', async () => {
    const entry = register.entries.find((candidate) => candidate.id === 'anpr-centrum-01')!;
    const outcome = await en.engine.search(entry.name['en']!);
    const [first] = await en.engine.show(outcome.hits.slice(0, 1));
    expect(first).toEqual({
      type: 'sensor',
      href: '/en/register/anpr-centrum-01/',
      title: entry.name['en'],
      snippet: expect.any(String),
      sensor: { kind: 'Licence plate camera', districts: 'Centre', personalData: true },
    });
  });

  it('never throws on hostile or odd input', async () => {
    const inputs = [
      '',
      '   ',
      '+camera -centre',
      'title:camera^10 ~2 *',
      'camera~1',
      '*',
      ':',
      '"unclosed',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'x'.repeat(500),
      'camera '.repeat(100),
      '\u0000\uffff\ud800',
    ];
    for (const input of inputs) {
      const outcome = await en.engine.search(input);
      expect(outcome.hits.length).toBeGreaterThanOrEqual(0);
    }
    expect((await en.engine.search('<script>alert(1)</script>')).hits).toHaveLength(0);
    expect((await en.engine.search('+camera -centre')).hits.length).toBeGreaterThan(0);
  });

  it('drops stop words and caps long queries', async () => {
    const rules = await wordRules('en');
    expect(planQuery('the and of', rules)).toEqual([]);
    expect(planQuery('a camera', rules)[0]!.map((word) => word.raw)).toEqual(['camera']);
    expect(planQuery('word '.repeat(100), rules)[0]).toHaveLength(8);
  });
});

describe('index partitioning', async () => {
  it('gives the same results in one shard as in many, and fetches only the shards a query needs', async () => {
    const whole = await testEngine('nl', { shardSize: 10_000_000 });
    const split = await testEngine('nl', { shardSize: 800, chunkSize: 8 });
    expect(whole.shardCount).toBe(1);
    expect(split.shardCount).toBeGreaterThan(20);
    for (const query of ['camera centrum', 'wifi', 'gemeente', 'luchtkwaliteit', 'fietsers', 'wachtwoord']) {
      const [a, b] = [await whole.engine.search(query), await split.engine.search(query)];
      expect(ids(b.hits), query).toEqual(ids(a.hits));
    }
    split.fetched.length = 0;
    const outcome = await split.engine.search('kentekencamera');
    await split.engine.show(outcome.hits.slice(0, 5));
    const shards = split.fetched.filter((url) => url.includes('-t'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(3);
    expect(split.fetched.filter((url) => url.includes('-d')).length).toBeLessThanOrEqual(2);
  });
});
