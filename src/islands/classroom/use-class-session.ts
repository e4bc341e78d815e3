import { useEffect, useState } from 'preact/hooks';
import { classQuestions, parseClassFragment, quizOfFragment } from '../../lib/quiz/class-session.ts';
import { saveTeacherClass, teacherClasses, type TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import type { PlayerQuestion, PlayerQuiz } from '../../lib/quiz/quiz-view.ts';

export type ClassSession =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'failed' }
  | { state: 'ready'; item: TeacherClass; quiz: PlayerQuiz; questions: PlayerQuestion[] };

const fetchQuiz = (lang: string, slug: string) =>
  fetch(`/data/quizzes/${lang}-${slug}.json`).then((response) =>
    response.ok ? (response.json() as Promise<PlayerQuiz>) : Promise.reject(new Error(`${response.status}`)),
  );

/**
 * The class named in the page's fragment, with its quiz fetched from this site
 * (`/data/quizzes/<lang>-<slug>.json`) and its questions in class order. A class this browser
 * remembers is used as remembered (with its results); a teacher's link that carries the whole class
 * (`#quiz=…&class=…&q=…&order=…`) gives the class to a browser that has never seen it, which then
 * remembers it too. Without a fragment: the class started last.
 */
export function useClassSession(lang: string): [ClassSession, (item: TeacherClass) => void] {
  const [session, setSession] = useState<ClassSession>({ state: 'loading' });
  const load = (item: TeacherClass | undefined) => {
    if (!item) return setSession({ state: 'not-found' });
    setSession({ state: 'loading' });
    fetchQuiz(item.lang, item.quiz)
      .then((quiz) => setSession({ state: 'ready', item, quiz, questions: classQuestions(quiz.questions, item) }))
      .catch(() => setSession({ state: 'failed' }));
  };
  const adopt = (fragment: string, slug: string) => {
    fetchQuiz(lang, slug)
      .then((quiz) => {
        const settings = parseClassFragment(
          fragment,
          slug,
          quiz.questions.map((question) => question.id),
        );
        if (!settings) return setSession({ state: 'not-found' });
        const item: TeacherClass = { ...settings, lang, created: new Date().toISOString().slice(0, 10), codes: [] };
        saveTeacherClass(item);
        setSession({ state: 'ready', item, quiz, questions: classQuestions(quiz.questions, item) });
      })
      .catch(() => setSession({ state: 'not-found' }));
  };
  useEffect(() => {
    const fragment = window.location.hash;
    const id = new URLSearchParams(fragment.slice(1)).get('class');
    const classes = teacherClasses();
    const known = id ? classes.find((item) => item.classId === id) : classes[0];
    const slug = quizOfFragment(fragment);
    if (!known && id && slug) adopt(fragment, slug);
    else load(known);
  }, []);
  return [session, (item) => (session.state === 'ready' ? setSession({ ...session, item }) : load(item))];
}
