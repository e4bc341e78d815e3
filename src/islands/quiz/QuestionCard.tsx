import { useRef, useState } from 'preact/hooks';
import { checkAnswer, isComplete, type Answer } from '../../lib/quiz/answers.ts';
import { fill } from '../../lib/fill.ts';
import type { PlayerQuestion } from '../../lib/quiz/quiz-view.ts';
import AnswerInput from './AnswerInput.tsx';
import type { QuestionStrings } from './strings.ts';

interface Props {
  question: PlayerQuestion;
  number: number;
  total: number;
  order: number[];
  answer: Answer;
  checked: boolean;
  revealed: boolean;
  strings: QuestionStrings;
  onAnswer: (answer: Answer) => void;
  onCheck: () => void;
  onRetry: () => void;
  onReveal: () => void;
}

/** One question: the answer inputs, Check, and after checking feedback, Try again and Show the answer. */
export default function QuestionCard(props: Props) {
  const { question, answer, checked, revealed, strings } = props;
  const [hint, setHint] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const result = checked ? checkAnswer(question, answer) : undefined;
  const headingId = `${question.id}-heading`;
  const form = useRef<HTMLFormElement>(null);
  // Buttons that disappear must not drop keyboard focus on the page body: the Check button stays
  // (marked unavailable once checked) and Try again / Show the answer move focus on purpose.
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(selector)?.focus());

  const check = (event: Event) => {
    event.preventDefault();
    if (checked) return;
    if (!isComplete(question, answer)) {
      setHint(question.type === 'matching' ? strings.matchFirst : strings.chooseFirst);
      return;
    }
    setHint('');
    props.onCheck();
  };

  return (
    <section class="quiz-question" aria-labelledby={headingId}>
      <h2 id={headingId} class="quiz-question__number" tabIndex={-1}>
        {fill(strings.progress, { current: props.number, total: props.total })}
      </h2>
      <form onSubmit={check} ref={form}>
        <fieldset>
          <legend class="quiz-question__text">{question.question}</legend>
          <AnswerInput
            question={question}
            order={props.order}
            answer={answer}
            parts={result?.parts}
            disabled={checked}
            strings={strings}
            onAnswer={(next) => {
              setHint('');
              props.onAnswer(next);
            }}
            onAnnounce={setAnnouncement}
          />
        </fieldset>
        <p class="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <div class="quiz-feedback" aria-live="polite">
          {hint && <p class="feedback feedback--hint">{hint}</p>}
          {result && (
            <>
              <p class={`feedback feedback--${revealed ? 'hint' : result.correct ? 'right' : 'wrong'}`}>
                {revealed
                  ? strings.solutionShown
                  : [result.correct ? strings.right : strings.wrong, ...result.feedback].join(' ')}
              </p>
              {(result.correct || revealed) && <p>{question.explanation}</p>}
              {question.lesson && (result.correct || revealed) && (
                <p>
                  <a href={question.lesson.href}>{fill(strings.learnMore, { title: question.lesson.title })}</a>
                </p>
              )}
            </>
          )}
        </div>
        <div class="interactive__actions">
          <button type="submit" class="button button--primary" aria-disabled={checked ? 'true' : undefined}>
            {strings.check}
          </button>
          {result && !result.correct && !revealed && (
            <>
              <button
                type="button"
                class="button"
                onClick={() => {
                  props.onRetry();
                  focusLater('input:not([disabled]), select:not([disabled]), .quiz-ordering button:not([disabled])');
                }}
              >
                {strings.tryAgain}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  props.onReveal();
                  focusLater('button[type="submit"]');
                }}
              >
                {strings.showSolution}
              </button>
            </>
          )}
        </div>
      </form>
    </section>
  );
}
