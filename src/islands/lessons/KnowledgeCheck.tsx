import { useState } from 'preact/hooks';
import { checkChoice, type ChoiceResult } from '../../lib/quiz/check-choice.ts';
import type { ChoiceQuestion } from '../../schemas/question.ts';
import { fill } from '../../lib/fill.ts';

interface Props {
  question: ChoiceQuestion;
  strings: {
    label: string;
    check: string;
    chooseFirst: string;
    right: string;
    wrong: string;
    tryAgain: string;
    showSolution: string;
    solution: string;
  };
}

/** One quick question with feedback per option, an explanation, retry and show-solution. */
export default function KnowledgeCheck({ question, strings }: Props) {
  const [picked, setPicked] = useState<number[]>([]);
  const [result, setResult] = useState<ChoiceResult>();
  const [message, setMessage] = useState('');
  const [solution, setSolution] = useState(false);
  const multiple = question.type === 'multiple';
  const name = `${question.id}-option`;

  const choose = (index: number, on: boolean) => {
    setResult(undefined);
    setMessage('');
    setPicked(multiple ? (on ? [...picked, index] : picked.filter((i) => i !== index)) : [index]);
  };
  const check = (event: Event) => {
    event.preventDefault();
    if (picked.length === 0) return setMessage(strings.chooseFirst);
    const outcome = checkChoice(question, picked);
    setResult(outcome);
    setMessage([outcome.correct ? strings.right : strings.wrong, ...outcome.feedback].join(' '));
  };
  const answer = question.options
    .filter((option) => option.correct)
    .map((option) => option.label)
    .join('; ');

  return (
    <form class="interactive knowledge-check" onSubmit={check} aria-labelledby={`${question.id}-label`}>
      <p class="interactive__label" id={`${question.id}-label`}>
        {strings.label}
      </p>
      <fieldset>
        <legend>{question.question}</legend>
        {question.options.map((option, index) => (
          <div class="knowledge-check__option" key={index}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={`${name}-${index}`}
              name={name}
              checked={picked.includes(index)}
              onChange={(event) => choose(index, event.currentTarget.checked)}
            />
            <label for={`${name}-${index}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <div aria-live="polite">
        {message && (
          <p class={`feedback feedback--${result?.correct ? 'right' : result ? 'wrong' : 'hint'}`}>{message}</p>
        )}
        {result && question.explanation && <p>{question.explanation}</p>}
        {solution && <p>{fill(strings.solution, { answer })}</p>}
      </div>
      <div class="interactive__actions">
        <button type="submit" class="button button--primary">
          {strings.check}
        </button>
        {result && !result.correct && (
          <>
            <button
              type="button"
              class="button"
              onClick={() => {
                setPicked([]);
                setResult(undefined);
                setMessage('');
              }}
            >
              {strings.tryAgain}
            </button>
            <button type="button" class="button" onClick={() => setSolution(true)}>
              {strings.showSolution}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
