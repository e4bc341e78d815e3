import { useEffect, useState } from 'preact/hooks';
import { clearLessonProgress, doneLessons } from '../../lib/lessons/progress.ts';
import { fill } from '../../lib/fill.ts';

export interface LessonCard {
  slug: string;
  href: string;
  title: string;
  summary: string;
  meta: string;
}

interface Props {
  lessons: LessonCard[];
  strings: { done: string; progress: string; clear: string; cleared: string; note: string };
}

/**
 * The curriculum with the reader's progress. The list is rendered on the server (it works without
 * JavaScript); in the browser the "done" marks and the clear button are added.
 */
export default function LessonOverview({ lessons, strings }: Props) {
  const [done, setDone] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setDone(doneLessons());
    setReady(true);
  }, []);
  const clear = () => {
    clearLessonProgress();
    setDone([]);
    setStatus(strings.cleared);
  };
  const count = lessons.filter((lesson) => done.includes(lesson.slug)).length;
  return (
    <div class="lesson-overview">
      {ready && (
        <div class="lesson-overview__progress">
          <p>
            <strong>{fill(strings.progress, { done: count, total: lessons.length })}</strong>
          </p>
          <progress max={lessons.length} value={count} aria-hidden="true" />
          <p class="meta">{strings.note}</p>
          <button type="button" class="button" onClick={clear}>
            {strings.clear}
          </button>
          <p aria-live="polite">{status}</p>
        </div>
      )}
      <ol class="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug} class="lesson-list__item">
            <a href={lesson.href} class="lesson-list__title">
              {lesson.title}
            </a>
            {done.includes(lesson.slug) && <span class="badge badge--positive"> {strings.done}</span>}
            <p class="meta">{lesson.meta}</p>
            <p>{lesson.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
