import { useEffect, useState } from 'preact/hooks';
import { fetchQuiz } from './fetch-quiz.ts';

export type QuestionTexts =
  { state: 'none' | 'loading' | 'failed' } | { state: 'ready'; questions: Record<string, string> };

/** The question texts of the chosen quiz, by question id, fetched when the teacher chooses it. */
export function useQuestionTexts(lang: string, slug: string): QuestionTexts {
  const [texts, setTexts] = useState<QuestionTexts>({ state: 'none' });
  useEffect(() => {
    if (!slug) return setTexts({ state: 'none' });
    let current = true;
    setTexts({ state: 'loading' });
    fetchQuiz(lang, slug)
      .then((quiz) => {
        if (current)
          setTexts({
            state: 'ready',
            questions: Object.fromEntries(quiz.questions.map((question) => [question.id, question.question])),
          });
      })
      .catch(() => current && setTexts({ state: 'failed' }));
    return () => {
      current = false;
    };
  }, [lang, slug]);
  return texts;
}
