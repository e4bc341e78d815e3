import { readGlossaries } from '../../../src/lib/glossary.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { buildSearchIndex, defaultBuildOptions, type BuildOptions } from '../../../src/lib/search/build-index.ts';
import {
  glossaryDocuments,
  lessonDocuments,
  quizDocuments,
  sensorDocuments,
  type SearchDocument,
} from '../../../src/lib/search/documents.ts';
import { openSearch, type SearchEngine } from '../../../src/lib/search/engine.ts';
import { wordRules } from '../../../src/lib/search/language.ts';

const { register } = readRegister('content');
const { glossaries } = readGlossaries('content', ['en', 'nl', 'ar']);

/** Lessons and a quiz written for the tests (the real ones are Astro collection entries). */
const lessons = [
  {
    id: 'en/passwords',
    data: {
      title: 'Default passwords',
      summary: 'Why the factory password of a device is an open door.',
      objectives: ['Change the default password of a Wi-Fi camera.'],
    },
    body: '## The weakest link\n\n<Checklist items={["Open the settings of the router", "Choose a long passphrase"]} />',
  },
  {
    id: 'nl/passwords',
    data: {
      title: 'Standaardwachtwoorden',
      summary: 'Waarom het fabriekswachtwoord van een apparaat een open deur is.',
      objectives: ['Verander de wachtwoorden van je apparaten.'],
    },
    body: 'Lantaarnpalen en camera’s hebben ook wachtwoorden.',
  },
  {
    id: 'en/updates',
    data: { title: 'Updates', summary: 'Why updates matter for every device.', objectives: ['Turn on updates.'] },
    body: 'Install updates.',
  },
  {
    id: 'ar/updates',
    data: {
      title: 'التحديثات',
      summary: 'لماذا تهمّ التحديثات لكل جهاز في المنزل.',
      objectives: ['شغّل التحديثات التلقائية.'],
    },
    body: 'ثبّت التحديثات.',
  },
];
const quizzes = [
  {
    id: 'en/home-network',
    data: {
      title: 'Your home network',
      summary: 'Ten questions on routers, guest networks and updates.',
      questions: [{ question: 'Which network should a smart doorbell use?' }],
    },
  },
];

/** Every document of one language: test lessons and quiz, the real glossary and register. */
export function testDocuments(locale: string): SearchDocument[] {
  return [
    ...lessonDocuments(lessons, locale, 'en'),
    ...quizDocuments(quizzes, locale, 'en'),
    ...glossaryDocuments(glossaries, locale, 'en'),
    ...sensorDocuments(register, locale, 'en'),
  ];
}

/** An engine over a freshly built index, with a log of the files it fetched. */
export async function testEngine(
  locale: string,
  options: Partial<BuildOptions> = {},
  documents = testDocuments(locale),
): Promise<{ engine: SearchEngine; fetched: string[]; shardCount: number }> {
  const built = buildSearchIndex(documents, locale, await wordRules(locale), { ...defaultBuildOptions, ...options });
  const files = new Map(built.files.map((file) => [`/data/search/${file.name}.json`, file.body]));
  const fetched: string[] = [];
  const engine = await openSearch(locale, `/data/search/${locale}.json`, async (url) => {
    fetched.push(url);
    const body = files.get(url);
    if (body === undefined) throw new Error(`No such file: ${url}`);
    return JSON.parse(body);
  });
  return { engine, fetched, shardCount: built.meta.shards.length };
}

export { register };
