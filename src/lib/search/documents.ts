import { sortAdvisories } from '../advisories/advisory-order.ts';
import { pick } from '../localized.ts';
import { labeller } from '../register/terms.ts';
import type { Register } from '../register/load-register.ts';
import { resolveEntry, slugsOf } from '../translated-entry.ts';
import { mdxText } from './mdx-text.ts';
import type { AdvisoryData } from '../../schemas/advisory.ts';

import type { SearchType } from './index-format.ts';

/** A sensor's facts shown beside its result, in the index's language. */
export interface SensorFacts {
  /** The kind's label: "Traffic camera". */
  kind: string;
  /** District names. */
  districts: string[];
  personalData: boolean;
}

/** One thing search can find, in one language, with its text in indexed fields. */
export interface SearchDocument {
  type: SearchType;
  /** The result's address: a path such as `/nl/lessons/updates/`; for sensors, the sensor id. */
  target: string;
  /** Name or heading: matches here count most. */
  title: string;
  /** Names the thing is also found by: a sensor's kind, districts and organisation. */
  tags: string;
  /** One or two sentences, also shown as the result's snippet. */
  summary: string;
  /** Longer text: lesson and page bodies, quiz questions. */
  body: string;
  /** The language of the text when it is not the index's language (an untranslated lesson). */
  lang?: string;
  sensor?: SensorFacts;
  /** Other results' facts beside their type, in the index's language: "Severity: High · Status: Open". */
  facts?: string;
}

/** A collection entry as Astro's content layer gives it: id `<lang>/<slug>`, data and raw body. */
export interface ContentEntry<D> {
  id: string;
  data: D;
  body?: string | undefined;
}

/** Every sensor in a language, ordered by kind, district and name so similar results sit together. */
export function sensorDocuments(register: Register, locale: string, defaultLocale: string): SearchDocument[] {
  const label = labeller(register, locale, defaultLocale);
  const documents = register.entries.map((entry): SearchDocument => {
    const name = pick(entry.name, locale, defaultLocale);
    const districts = entry.districts.map((id) => label.district(id));
    const kind = label.label('kinds', entry.kind);
    return {
      type: 'sensor',
      target: entry.id,
      title: name.value,
      tags: [kind, ...districts, label.organisation(entry.organisation)].join(' · '),
      summary: label.text(entry.summary),
      body: '',
      ...(name.isFallback ? { lang: name.locale } : {}),
      sensor: { kind, districts, personalData: entry.personalData },
    };
  });
  const collator = new Intl.Collator(locale);
  return documents.sort(
    (a, b) =>
      collator.compare(a.sensor!.kind, b.sensor!.kind) ||
      collator.compare(a.sensor!.districts.join(), b.sensor!.districts.join()) ||
      collator.compare(a.title, b.title),
  );
}

/** Entries of a collection in a language: its own text, or the default language's. */
function resolvedEntries<D>(entries: readonly ContentEntry<D>[], locale: string, defaultLocale: string) {
  return slugsOf(entries, defaultLocale).map((slug) => {
    const resolved = resolveEntry(entries, slug, locale, defaultLocale)!;
    return { slug, entry: resolved.entry, lang: resolved.isFallback ? { lang: resolved.locale } : {} };
  });
}

/** Lessons: title, summary, objectives and the lesson text. */
export function lessonDocuments(
  entries: readonly ContentEntry<{ title: string; summary: string; objectives: string[] }>[],
  locale: string,
  defaultLocale: string,
): SearchDocument[] {
  return resolvedEntries(entries, locale, defaultLocale).map(({ slug, entry, lang }) => ({
    type: 'lesson',
    target: `/${locale}/lessons/${slug}/`,
    title: entry.data.title,
    tags: '',
    summary: entry.data.summary,
    body: [...entry.data.objectives, mdxText(entry.body ?? '')].join(' '),
    ...lang,
  }));
}

/** What search needs of a quiz question: its text and, for some types, options or steps. */
interface QuizQuestionText {
  question: string;
}

/** Quizzes: title, summary and the question texts. */
export function quizDocuments(
  entries: readonly ContentEntry<{ title: string; summary: string; questions: QuizQuestionText[] }>[],
  locale: string,
  defaultLocale: string,
): SearchDocument[] {
  return resolvedEntries(entries, locale, defaultLocale).map(({ slug, entry, lang }) => ({
    type: 'quiz',
    target: `/${locale}/quizzes/${slug}/`,
    title: entry.data.title,
    tags: '',
    summary: entry.data.summary,
    body: entry.data.questions.map((question) => question.question).join(' '),
    ...lang,
  }));
}

/**
 * Site pages (about, privacy ...). A page with a route of its own is found at that route (the
 * classroom guide at `classroom/guide`), or not at all when `ownRoutes` gives it none (home, 404).
 */
export function pageDocuments(
  entries: readonly ContentEntry<{ title: string; description: string }>[],
  locale: string,
  defaultLocale: string,
  ownRoutes: Readonly<Record<string, string | null>>,
): SearchDocument[] {
  return resolvedEntries(entries, locale, defaultLocale).flatMap(({ slug, entry, lang }) => {
    const route = slug in ownRoutes ? ownRoutes[slug] : slug;
    if (!route) return [];
    return [
      {
        type: 'page',
        target: `/${locale}/${route}/`,
        title: entry.data.title,
        tags: '',
        summary: entry.data.description,
        body: mdxText(entry.body ?? ''),
        ...lang,
      },
    ];
  });
}

/**
 * Advisories: title, summary, the affected devices and brands as tags (residents search for the
 * camera they own), the steps, the text and the updates. In the advisories page's order: open
 * ones first, then newest first.
 */
export function advisoryDocuments(
  entries: readonly ContentEntry<AdvisoryData>[],
  locale: string,
  defaultLocale: string,
  /** Severity and status in words, as the advisory's page shows them. */
  facts: (data: AdvisoryData) => string,
): SearchDocument[] {
  return sortAdvisories(resolvedEntries(entries, locale, defaultLocale), ({ entry }) => entry.data).map(
    ({ slug, entry, lang }) => ({
      type: 'advisory',
      target: `/${locale}/advisories/${slug}/`,
      title: entry.data.title,
      tags: [...entry.data.affected.devices, ...entry.data.affected.brands].join(' · '),
      summary: entry.data.summary,
      facts: facts(entry.data),
      body: [...entry.data.steps, mdxText(entry.body ?? ''), ...entry.data.updates.map((update) => update.text)].join(
        ' ',
      ),
      ...lang,
    }),
  );
}

/** Teacher guides, found among lessons (a teacher looking for a class on a topic): title, summary, goals and the plan. */
export function teacherGuideDocuments(
  entries: readonly ContentEntry<{ title: string; summary: string; goals: string[] }>[],
  locale: string,
  defaultLocale: string,
): SearchDocument[] {
  return resolvedEntries(entries, locale, defaultLocale).map(({ slug, entry, lang }) => ({
    type: 'lesson',
    target: `/${locale}/lessons/${slug}/teacher-guide/`,
    title: entry.data.title,
    tags: '',
    summary: entry.data.summary,
    body: [...entry.data.goals, mdxText(entry.body ?? '')].join(' '),
    ...lang,
  }));
}

/** Glossary terms, each found at its anchor on the glossary page. */
export function glossaryDocuments(
  glossaries: Record<string, readonly { id: string; term: string; definition: string }[]>,
  locale: string,
  defaultLocale: string,
): SearchDocument[] {
  return (glossaries[defaultLocale] ?? []).map((fallback) => {
    const own = glossaries[locale]?.find((term) => term.id === fallback.id);
    const term = own ?? fallback;
    return {
      type: 'glossary',
      target: `/${locale}/glossary/#${term.id}`,
      title: term.term,
      tags: '',
      summary: term.definition,
      body: '',
      ...(own || locale === defaultLocale ? {} : { lang: defaultLocale }),
    };
  });
}
