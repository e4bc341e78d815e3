import { useEffect, useState } from 'preact/hooks';
import { MAX_LABEL_LENGTH, teacherFragment, type ClassSettings } from '../../lib/quiz/class-session.ts';
import { joinableClassId } from '../../lib/quiz/join-code.ts';
import {
  deleteTeacherClass,
  saveTeacherClass,
  teacherClasses,
  type TeacherClass,
} from '../../lib/quiz/quiz-storage.ts';
import { fill } from '../../lib/fill.ts';
import { plural } from '../../lib/plural.ts';
import ClassLink from './ClassLink.tsx';
import ClassFileOpener from './ClassFileOpener.tsx';
import ConfirmButton from './ConfirmButton.tsx';
import { useQuestionTexts } from './use-question-texts.ts';
import type { SetupStrings } from './strings.ts';

/**
 * A quiz the teacher can choose: its question ids only. The questions' texts are fetched when the
 * quiz is chosen: with every quiz's texts in the page, the Arabic classroom page was over the 14 KB
 * HTML budget.
 */
export interface SetupQuiz {
  slug: string;
  title: string;
  questions: string[];
}

interface Props {
  lang: string;
  quizzes: SetupQuiz[];
  strings: SetupStrings;
}

/**
 * The teacher's side: pick a quiz, questions, order and a class name; get a join code, QR code
 * and link to project, and links to present the questions and collect the results. Classes are
 * remembered in this browser, and can be saved to a file and opened on another device.
 */
export default function ClassSetup({ lang, quizzes, strings }: Props) {
  const [slug, setSlug] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [order, setOrder] = useState<ClassSettings['order']>('quiz');
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');
  const [created, setCreated] = useState<TeacherClass>();
  const [classes, setClasses] = useState<TeacherClass[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => setClasses(teacherClasses()), []);

  const quiz = quizzes.find((item) => item.slug === slug);
  const texts = useQuestionTexts(lang, slug);
  const createdQuiz = created && quizzes.find((item) => item.slug === created.quiz);
  const quizTitle = (id: string) => quizzes.find((item) => item.slug === id)?.title ?? id;

  const chooseQuiz = (next: string) => {
    setSlug(next);
    setPicked(quizzes.find((item) => item.slug === next)?.questions ?? []);
    setError('');
  };
  const create = (event: Event) => {
    event.preventDefault();
    if (!quiz) return setError(strings.pickQuiz);
    if (picked.length === 0) return setError(strings.pickQuestions);
    setError('');
    const item: TeacherClass = {
      classId: joinableClassId(quiz.slug),
      quiz: quiz.slug,
      // Keep quiz order in the link; "shuffled" is applied the same way on every device.
      questions: quiz.questions.filter((id) => picked.includes(id)),
      order,
      label: label.trim().slice(0, MAX_LABEL_LENGTH),
      lang,
      created: new Date().toISOString().slice(0, 10),
      codes: [],
    };
    setClasses(saveTeacherClass(item));
    setCreated(item);
    requestAnimationFrame(() => document.getElementById('class-link-heading')?.focus());
  };
  const remove = (item: TeacherClass) => {
    setClasses(deleteTeacherClass(item.classId));
    if (created?.classId === item.classId) setCreated(undefined);
    setStatus(strings.deleted);
    // The button pressed is gone: keep keyboard focus in the list, not at the top of the page.
    requestAnimationFrame(() => document.getElementById('classes-heading')?.focus());
  };

  return (
    <div class="classroom">
      <form class="classroom__setup" onSubmit={create}>
        <h2>{strings.setupHeading}</h2>
        <label for="class-quiz">{strings.quiz}</label>
        <select id="class-quiz" value={slug} onChange={(event) => chooseQuiz(event.currentTarget.value)}>
          <option value="">{strings.chooseQuiz}</option>
          {quizzes.map((item) => (
            <option value={item.slug} key={item.slug}>
              {item.title}
            </option>
          ))}
        </select>
        {quiz && texts.state === 'loading' && <p role="status">{strings.loading}</p>}
        {quiz && texts.state === 'failed' && <p role="alert">{strings.loadFailed}</p>}
        {quiz && texts.state === 'ready' && (
          <fieldset>
            <legend>{strings.questions}</legend>
            {quiz.questions.map((id) => (
              <div class="quiz-option" key={id}>
                <input
                  type="checkbox"
                  id={`class-q-${id}`}
                  checked={picked.includes(id)}
                  onChange={(event) =>
                    setPicked(event.currentTarget.checked ? [...picked, id] : picked.filter((other) => other !== id))
                  }
                />
                <label for={`class-q-${id}`}>{texts.questions[id] ?? id}</label>
              </div>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{strings.order}</legend>
          {(['quiz', 'shuffled'] as const).map((option) => (
            <div class="quiz-option" key={option}>
              <input
                type="radio"
                name="class-order"
                id={`class-order-${option}`}
                checked={order === option}
                onChange={() => setOrder(option)}
              />
              <label for={`class-order-${option}`}>
                {option === 'quiz' ? strings.orderQuiz : strings.orderShuffled}
              </label>
            </div>
          ))}
        </fieldset>
        <label for="class-label">{strings.label}</label>
        <input
          id="class-label"
          type="text"
          maxLength={MAX_LABEL_LENGTH}
          autocomplete="off"
          value={label}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
        <p aria-live="polite" class="feedback feedback--hint" hidden={!error}>
          {error}
        </p>
        <button type="submit" class="button button--primary">
          {strings.create}
        </button>
      </form>
      {created && createdQuiz && (
        <ClassLink
          item={created}
          lang={lang}
          quiz={{ slug: createdQuiz.slug, questions: createdQuiz.questions }}
          quizTitle={createdQuiz.title}
          strings={strings}
        />
      )}
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading" tabIndex={-1}>
          {strings.classesHeading}
        </h2>
        {classes.length === 0 ? (
          <p>{strings.noClasses}</p>
        ) : (
          <ul class="classroom__classes">
            {classes.map((item) => (
              <li key={item.classId}>
                <strong>{item.label || item.classId}</strong>{' '}
                <span class="meta">
                  {fill(strings.classCreated, { quiz: quizTitle(item.quiz), date: item.created })} ·{' '}
                  {plural(strings.results, lang, item.codes.length)}
                </span>
                <span class="classroom__actions">
                  <a class="button button--small" href={`/${lang}/classroom/present/#${teacherFragment(item)}`}>
                    {strings.present}
                  </a>
                  <a class="button button--small" href={`/${lang}/classroom/results/#${teacherFragment(item)}`}>
                    {strings.collect}
                  </a>
                  <ConfirmButton
                    label={strings.delete}
                    accessibleName={fill(strings.deleteClass, { label: item.label || item.classId })}
                    question={fill(strings.confirmDelete, {
                      label: item.label || item.classId,
                      results: plural(strings.results, lang, item.codes.length),
                    })}
                    confirm={strings.delete}
                    keep={strings.keep}
                    onConfirm={() => remove(item)}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
        <p aria-live="polite">{status}</p>
        <ClassFileOpener
          quizzes={quizzes}
          strings={strings}
          onOpened={(item, message) => {
            setClasses(saveTeacherClass(item));
            setStatus(message);
          }}
        />
      </section>
    </div>
  );
}
