import { useEffect, useState } from 'preact/hooks';
import { doneLessons, setLessonDone } from '../../lib/lessons/progress.ts';

interface Props {
  slug: string;
  strings: { markDone: string; markedDone: string; undo: string };
}

/** Marks the lesson as done in this browser; the overview shows it. */
export default function LessonDone({ slug, strings }: Props) {
  const [done, setDone] = useState(false);
  useEffect(() => setDone(doneLessons().includes(slug)), [slug]);
  const toggle = () => setDone(setLessonDone(slug, !done).includes(slug));
  return (
    <div class="lesson-done">
      <p aria-live="polite">{done ? strings.markedDone : ''}</p>
      <button type="button" class={`button${done ? '' : ' button--primary'}`} onClick={toggle}>
        {done ? strings.undo : strings.markDone}
      </button>
    </div>
  );
}
