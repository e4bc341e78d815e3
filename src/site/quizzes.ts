import { getCollection, type CollectionEntry } from 'astro:content';
import { city } from './city.ts';
import { resolveFacts } from '../lib/facts.ts';
import { siteFacts } from './facts.ts';
import { lessonsIn } from '../lib/lessons/lesson-order.ts';
import { playerQuiz, type PlayerQuiz } from '../lib/quiz/quiz-view.ts';
import { pagePaths } from '../lib/site-pages.ts';

const locales = city.locales.map((locale) => locale.code);

/** The quizzes of every language, with {{fact:id}} filled in in the quiz's own language. */
export async function quizEntries(): Promise<CollectionEntry<'quizzes'>[]> {
  const facts = siteFacts();
  return (await getCollection('quizzes')).map((entry) => ({
    ...entry,
    data: resolveFacts(entry.data, facts, entry.id.split('/')[0]!, city.defaultLocale),
  }));
}

/** Every (language, quiz slug) page with the entry to show (own language or the default's). */
export async function quizPagePaths() {
  return pagePaths(await quizEntries(), locales, city.defaultLocale, []);
}

/** The quizzes in a language, by their order. */
export async function siteQuizzes(lang: string) {
  return lessonsIn(await quizEntries(), lang, city.defaultLocale);
}

/** Lesson titles in a language, by slug. */
export async function lessonTitles(lang: string): Promise<Map<string, string>> {
  return new Map(lessonsIn(await getCollection('lessons'), lang, city.defaultLocale).map((l) => [l.slug, l.title]));
}

/** A quiz as the player island and the classroom's JSON files get it, on a page in `lang`. */
export async function sitePlayerQuiz(lang: string, slug: string): Promise<PlayerQuiz | undefined> {
  const quiz = (await siteQuizzes(lang)).find((item) => item.slug === slug);
  if (!quiz) return undefined;
  const titles = await lessonTitles(lang);
  return playerQuiz(slug, quiz.entry.data, quiz.contentLocale, lang, (lesson) => titles.get(lesson));
}
