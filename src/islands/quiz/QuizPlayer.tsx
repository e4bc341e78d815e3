import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkAnswer, solutionOf, fitsQuestion } from '../../lib/quiz/answers.ts';
import {
  classQuestions,
  parseClassFragment,
  teacherFragment,
  type ClassSettings,
} from '../../lib/quiz/class-session.ts';
import {
  attemptKey,
  recordScore,
  saveAttempt,
  storedAttempt,
  type Attempt,
  type BestScore,
} from '../../lib/quiz/quiz-storage.ts';
import { scoreQuiz } from '../../lib/quiz/score.ts';
import { displayOrder, startingAnswer } from '../../lib/quiz/display-order.ts';
import { readStored, writeStored } from '../../lib/lessons/device-storage.ts';
import { randomId } from '../../lib/quiz/base32.ts';
import { fitNickname, newAttemptId } from '../../lib/quiz/result-code.ts';
import { fill } from '../../lib/fill.ts';
import type { PlayerQuestion, PlayerQuiz } from '../../lib/quiz/quiz-view.ts';
import QuestionCard from './QuestionCard.tsx';
import QuizSummary from './QuizSummary.tsx';
import type { PlayerStrings } from './strings.ts';

interface Props {
  quiz: PlayerQuiz;
  /** Language of the page, for dates on the certificate. */
  lang: string;
  /** Who issues the certificate, e.g. "City of Lindenhaven". */
  issuer: string;
  strings: PlayerStrings;
}

type View = 'one' | 'all';
const VIEW_KEY = 'quiz:view';
const isView = (value: unknown): value is View => value === 'one' || value === 'all';

function newAttempt(seed: string): Attempt {
  return {
    seed,
    answers: {},
    checked: [],
    revealed: [],
    current: 0,
    finished: false,
    attemptId: newAttemptId(),
    firstTry: {},
  };
}

/** Records the first try at a question once; later tries ("Try again") are for learning only. */
function withFirstTry(attempt: Attempt, id: string, right: boolean): Attempt {
  const firstTry = attempt.firstTry ?? {};
  return id in firstTry ? attempt : { ...attempt, firstTry: { ...firstTry, [id]: right } };
}

/**
 * The quiz player: one question at a time or all on one page, check with feedback, retry, show
 * the answer, a score with what to revisit, and a certificate. With a class link (`#class=…`) it
 * becomes the student's side of classroom mode and ends with a result code. Everything stays on
 * this device; an attempt survives a reload.
 */
export default function QuizPlayer({ quiz, lang, issuer, strings }: Props) {
  // The first render (also on the server) is a fresh attempt seeded by the slug; the stored one loads after.
  const [attempt, setAttempt] = useState<Attempt>(() => newAttempt(quiz.slug));
  const [view, setView] = useState<View>('one');
  const [classSettings, setClassSettings] = useState<ClassSettings>();
  const [brokenLink, setBrokenLink] = useState(false);
  const [ready, setReady] = useState(false);
  const [justFinished, setJustFinished] = useState(false);
  const [nicknameFull, setNicknameFull] = useState(false);
  const [best, setBest] = useState<BestScore>();
  const focusTarget = useRef<string>();

  useEffect(() => {
    const hash = window.location.hash;
    const settings = hash.includes('class=')
      ? parseClassFragment(
          hash,
          quiz.slug,
          quiz.questions.map((question) => question.id),
        )
      : undefined;
    setBrokenLink(hash.includes('class=') && !settings);
    setClassSettings(settings);
    const stored = storedAttempt(attemptKey(quiz.slug, settings?.classId));
    setAttempt(
      stored
        ? { ...keepValidAnswers(stored, quiz.questions), attemptId: stored.attemptId ?? newAttemptId() }
        : newAttempt(settings?.classId ?? randomId()),
    );
    setView(readStored(VIEW_KEY, 'one', isView));
    setReady(true);
  }, [quiz]);

  const key = attemptKey(quiz.slug, classSettings?.classId);
  useEffect(() => {
    if (ready) saveAttempt(key, attempt);
  }, [ready, key, attempt]);

  useEffect(() => {
    if (!focusTarget.current) return;
    // A render in between (a stored answer, the view) can come before the target exists: keep
    // the target until it is there, or focus would stay on the button that is gone.
    const target = document.getElementById(focusTarget.current);
    if (!target) return;
    target.focus();
    focusTarget.current = undefined;
  });

  const questions = useMemo(
    () => (classSettings ? classQuestions(quiz.questions, classSettings) : quiz.questions),
    [quiz, classSettings],
  );
  const orders = useMemo(
    () => new Map(questions.map((question) => [question.id, displayOrder(question, attempt.seed)])),
    [questions, attempt.seed],
  );

  const update = (change: (current: Attempt) => Attempt) => setAttempt((current) => change(current));
  const answerOf = (question: PlayerQuestion) => attempt.answers[question.id] ?? startingAnswer(question, attempt.seed);
  const without = (list: string[], id: string) => list.filter((item) => item !== id);

  const scoredAnswers = () =>
    Object.fromEntries(
      questions
        .filter((question) => !attempt.revealed.includes(question.id))
        .map((question) => [question.id, answerOf(question)]),
    );
  const result = scoreQuiz(questions, scoredAnswers());

  const finish = () => {
    // A class device may be shared: its pupils' scores are not this device's best.
    if (!classSettings) {
      const today = new Date().toISOString().slice(0, 10);
      setBest(recordScore(quiz.slug, { score: result.score, total: result.total, date: today }));
    }
    setJustFinished(true);
    update((current) => ({ ...current, finished: true }));
  };
  /** A fresh attempt with no nickname: also "Next pupil" on a shared device. */
  const restart = () => {
    focusTarget.current = classSettings ? 'quiz-nickname' : 'quiz-start';
    setJustFinished(false);
    setAttempt(newAttempt(classSettings?.classId ?? randomId()));
  };
  const go = (index: number) => {
    focusTarget.current = `${questions[index]!.id}-heading`;
    update((current) => ({ ...current, current: index }));
  };
  const chooseView = (next: View) => {
    setView(next);
    writeStored(VIEW_KEY, next);
  };

  const card = (question: PlayerQuestion, index: number) => (
    <QuestionCard
      key={question.id}
      question={question}
      number={index + 1}
      total={questions.length}
      order={orders.get(question.id) ?? []}
      answer={answerOf(question)}
      checked={attempt.checked.includes(question.id)}
      revealed={attempt.revealed.includes(question.id)}
      strings={strings}
      onAnswer={(answer) =>
        update((current) => ({ ...current, answers: { ...current.answers, [question.id]: answer } }))
      }
      onCheck={() =>
        update((current) => ({
          ...withFirstTry(current, question.id, checkAnswer(question, answerOf(question)).correct),
          checked: [...without(current.checked, question.id), question.id],
        }))
      }
      onRetry={() => update((current) => ({ ...current, checked: without(current.checked, question.id) }))}
      onReveal={() =>
        update((current) => ({
          ...withFirstTry(current, question.id, false),
          answers: { ...current.answers, [question.id]: solutionOf(question) },
          revealed: [...without(current.revealed, question.id), question.id],
        }))
      }
    />
  );

  if (attempt.finished) {
    return (
      <QuizSummary
        quiz={quiz}
        questions={questions}
        result={result}
        best={classSettings ? undefined : best}
        classSettings={classSettings}
        nickname={attempt.nickname ?? ''}
        attemptId={attempt.attemptId ?? ''}
        firstTry={attempt.firstTry ?? {}}
        lang={lang}
        issuer={issuer}
        strings={strings}
        onRestart={restart}
        focusScore={justFinished}
      />
    );
  }

  const current = Math.min(attempt.current, questions.length - 1);
  return (
    <div class="quiz-player" data-ready={ready ? 'true' : undefined}>
      {brokenLink && <p class="feedback feedback--wrong">{strings.classBrokenLink}</p>}
      {classSettings && (
        <div class="quiz-class">
          <p>
            <strong>{fill(strings.classBanner, { label: classSettings.label || classSettings.classId })}</strong>
          </p>
          <label for="quiz-nickname">{strings.classNickname}</label>
          <input
            id="quiz-nickname"
            type="text"
            maxLength={20}
            autocomplete="off"
            value={attempt.nickname ?? ''}
            aria-describedby="quiz-nickname-full"
            onInput={(event) => {
              // The code holds 30 bytes of nickname: 15 Arabic letters fill it before maxLength does. Cut here,
              // where the pupil sees it, rather than later in the code.
              const typed = event.currentTarget.value;
              const fits = fitNickname(typed) === typed.trim();
              const nickname = fits ? typed : fitNickname(typed);
              if (!fits) event.currentTarget.value = nickname;
              setNicknameFull(!fits);
              update((currentAttempt) => ({ ...currentAttempt, nickname }));
            }}
          />
          <p id="quiz-nickname-full" class="meta" role="status">
            {nicknameFull ? strings.classNicknameFull : ''}
          </p>
          <details class="quiz-class__teacher">
            <summary>{strings.classTeacher}</summary>
            <p>{strings.classTeacherHelp}</p>
            <p class="classroom__actions">
              <a class="button button--small" href={`/${lang}/classroom/present/#${teacherFragment(classSettings)}`}>
                {strings.classPresent}
              </a>
              <a class="button button--small" href={`/${lang}/classroom/results/#${teacherFragment(classSettings)}`}>
                {strings.classCollect}
              </a>
            </p>
          </details>
        </div>
      )}
      <fieldset class="quiz-view" id="quiz-start" tabIndex={-1}>
        <legend>{strings.viewLabel}</legend>
        {(['one', 'all'] as const).map((option) => (
          <span class="quiz-view__option" key={option}>
            <input
              type="radio"
              name="quiz-view"
              id={`quiz-view-${option}`}
              checked={view === option}
              onChange={() => chooseView(option)}
            />
            <label for={`quiz-view-${option}`}>{option === 'one' ? strings.viewOne : strings.viewAll}</label>
          </span>
        ))}
      </fieldset>
      {view === 'all' ? (
        <>
          {questions.map(card)}
          <button type="button" class="button button--primary" onClick={finish}>
            {strings.finish}
          </button>
        </>
      ) : (
        <>
          {card(questions[current]!, current)}
          <nav class="quiz-nav" aria-label={strings.viewLabel}>
            {current > 0 && (
              <button type="button" class="button" onClick={() => go(current - 1)}>
                {strings.previous}
              </button>
            )}
            {current < questions.length - 1 ? (
              <button type="button" class="button button--primary" onClick={() => go(current + 1)}>
                {strings.next}
              </button>
            ) : (
              <button type="button" class="button button--primary" onClick={finish}>
                {strings.finish}
              </button>
            )}
          </nav>
        </>
      )}
      <p class="meta">{strings.savedNote}</p>
    </div>
  );
}

/** Drops stored answers that no longer fit the questions (the quiz was edited since). */
function keepValidAnswers(attempt: Attempt, questions: readonly PlayerQuestion[]): Attempt {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const answers = Object.fromEntries(
    Object.entries(attempt.answers).filter(([id, answer]) => {
      const question = byId.get(id);
      return question !== undefined && fitsQuestion(question, answer);
    }),
  );
  return { ...attempt, answers };
}
