import { useEffect, useState } from 'preact/hooks';
import { classQuestions } from '../../lib/quiz/class-session.ts';
import { teacherClasses, type TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import type { PlayerQuestion, PlayerQuiz } from '../../lib/quiz/quiz-view.ts';

export type ClassSession =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'failed' }
  | { state: 'ready'; item: TeacherClass; quiz: PlayerQuiz; questions: PlayerQuestion[] };

/**
 * The class named in the page's fragment (`#class=ID`), as this teacher's browser remembers it,
 * with its quiz fetched from this site (`/data/quizzes/<lang>-<slug>.json`) and its questions in
 * class order.
 */
export function useClassSession(): [ClassSession, (item: TeacherClass) => void] {
  const [session, setSession] = useState<ClassSession>({ state: 'loading' });
  const load = (item: TeacherClass | undefined) => {
    if (!item) return setSession({ state: 'not-found' });
    setSession({ state: 'loading' });
    fetch(`/data/quizzes/${item.lang}-${item.quiz}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<PlayerQuiz>) : Promise.reject(response.status)))
      .then((quiz) => setSession({ state: 'ready', item, quiz, questions: classQuestions(quiz.questions, item) }))
      .catch(() => setSession({ state: 'failed' }));
  };
  useEffect(() => {
    const id = new URLSearchParams(window.location.hash.slice(1)).get('class');
    const classes = teacherClasses();
    load(id ? classes.find((item) => item.classId === id) : classes[0]);
  }, []);
  return [session, (item) => (session.state === 'ready' ? setSession({ ...session, item }) : load(item))];
}
