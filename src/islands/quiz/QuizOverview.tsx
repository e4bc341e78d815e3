import { useEffect, useState } from 'preact/hooks';
import { bestScore, type BestScore } from '../../lib/quiz/quiz-storage.ts';
import { fill } from '../../lib/fill.ts';

export interface QuizCard {
  slug: string;
  href: string;
  title: string;
  summary: string;
  meta: string;
  worksheetHref: string;
}

interface Props {
  quizzes: QuizCard[];
  strings: { best: string; notTried: string; worksheet: string };
}

/** The quiz list (rendered on the server) with, in the browser, the best score kept on this device. */
export default function QuizOverview({ quizzes, strings }: Props) {
  const [best, setBest] = useState<Record<string, BestScore | undefined>>({});
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setBest(Object.fromEntries(quizzes.map((quiz) => [quiz.slug, bestScore(quiz.slug)])));
    setReady(true);
  }, [quizzes]);
  return (
    <ol class="lesson-list">
      {quizzes.map((quiz) => {
        const score = best[quiz.slug];
        return (
          <li key={quiz.slug} class="lesson-list__item">
            <a href={quiz.href} class="lesson-list__title">
              {quiz.title}
            </a>
            {ready && (
              <span class={`badge ${score ? 'badge--positive' : ''}`}>
                {score ? fill(strings.best, { score: score.score, total: score.total }) : strings.notTried}
              </span>
            )}
            <p class="meta">{quiz.meta}</p>
            <p>{quiz.summary}</p>
            <p class="meta">
              <a href={quiz.worksheetHref}>{strings.worksheet}</a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
