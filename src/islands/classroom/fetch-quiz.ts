import type { PlayerQuiz } from '../../lib/quiz/quiz-view.ts';

/** A quiz of this site in one language (`/data/quizzes/<lang>-<slug>.json`, precached for offline use). */
export const fetchQuiz = (lang: string, slug: string) =>
  fetch(`/data/quizzes/${lang}-${slug}.json`).then((response) =>
    response.ok ? (response.json() as Promise<PlayerQuiz>) : Promise.reject(new Error(`${response.status}`)),
  );
