import type { QuizData, QuizQuestion } from '../../schemas/quiz.ts';

/** A question as the player island gets it: the "learn more" link resolved to an address and a title. */
export type PlayerQuestion = QuizQuestion & { lesson?: { href: string; title: string } | undefined };

/** The part of a quiz the islands and the JSON file need. */
export interface PlayerQuiz {
  slug: string;
  /** Language of the quiz text (the default language's when not translated). */
  lang: string;
  title: string;
  questions: PlayerQuestion[];
}

/**
 * The quiz for the player, with each `learnMore` ("updates#why-updates-matter") as a link into the
 * lesson in the page's language. `lessonTitle` gives a lesson's title in that language.
 */
export function playerQuiz(
  slug: string,
  quiz: QuizData,
  contentLocale: string,
  pageLocale: string,
  lessonTitle: (slug: string) => string | undefined,
): PlayerQuiz {
  return {
    slug,
    lang: contentLocale,
    title: quiz.title,
    questions: quiz.questions.map((question) => {
      if (!question.learnMore) return question;
      const [lessonSlug = '', section] = question.learnMore.split('#');
      const title = lessonTitle(lessonSlug);
      if (!title) return question;
      // Anchors are heading ids in the quiz's language; a lesson shown in another language has others.
      const anchor = section && contentLocale === pageLocale ? `#${section}` : '';
      return { ...question, lesson: { href: `/${pageLocale}/lessons/${lessonSlug}/${anchor}`, title } };
    }),
  };
}
