import { useState } from 'preact/hooks';
import { solutionOf } from '../../lib/quiz/answers.ts';
import { displayOrder } from '../../lib/quiz/display-order.ts';
import { LETTERS } from '../../lib/quiz/worksheet.ts';
import type { PlayerQuestion } from '../../lib/quiz/quiz-view.ts';
import { fill } from '../../lib/fill.ts';
import { useClassSession } from './use-class-session.ts';
import type { PresentStrings } from './strings.ts';

interface Props {
  lang: string;
  strings: PresentStrings;
}

/**
 * The projector view of a class: one question at a time in big type, options lettered in the
 * same order the students see, the answer revealed on demand, and a tally of a show of hands.
 */
export default function PresentMode({ lang, strings }: Props) {
  const [session] = useClassSession();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [tally, setTally] = useState<Record<string, number[]>>({});

  if (session.state === 'loading') return <p aria-live="polite">{strings.loading}</p>;
  if (session.state === 'not-found') return <p class="feedback feedback--hint">{strings.notFound}</p>;
  if (session.state === 'failed') return <p class="feedback feedback--wrong">{strings.loadFailed}</p>;

  const { questions, item } = session;
  const question = questions[index]!;
  const order = displayOrder(question, item.classId);
  const go = (next: number) => {
    setIndex(next);
    setRevealed(false);
    requestAnimationFrame(() => document.getElementById('present-question')?.focus());
  };
  const labels = choiceLabels(question, strings);
  const right = new Set(solutionOf(question));
  const counts = tally[question.id] ?? [];
  const hands = counts.reduce((sum, count) => sum + (count || 0), 0);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });

  return (
    <div class="present">
      <p class="present__progress">{fill(strings.progress, { current: index + 1, total: questions.length })}</p>
      <h2 id="present-question" class="present__question" tabIndex={-1}>
        {question.question}
      </h2>
      {labels && (
        <ol class="present__options">
          {order.map((option, position) => (
            <li
              key={option}
              class={revealed && right.has(option) ? 'present__option present__option--right' : 'present__option'}
            >
              <span class="present__letter">{LETTERS[position]}</span> {labels[option]}
              {revealed && right.has(option) && <span class="quiz-mark quiz-mark--right">✓</span>}
            </li>
          ))}
        </ol>
      )}
      {question.type === 'ordering' && (
        <>
          <p class="meta">{strings.orderHint}</p>
          <ol class="present__options">
            {(revealed ? question.items.map((_, i) => i) : order).map((step) => (
              <li key={step} class="present__option">
                {question.items[step]}
              </li>
            ))}
          </ol>
        </>
      )}
      {question.type === 'matching' && (
        <>
          <p class="meta">{strings.matchingHint}</p>
          <div class="present__matching">
            <ol class="present__options">
              {question.pairs.map((pair, i) => (
                <li key={i} class="present__option">
                  {pair.prompt}
                  {revealed && <strong> → {LETTERS[order.indexOf(i)]}</strong>}
                </li>
              ))}
            </ol>
            <ul class="present__options present__options--letters">
              {order.map((match, position) => (
                <li key={match} class="present__option">
                  <span class="present__letter">{LETTERS[position]}</span> {question.pairs[match]!.match}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      <div aria-live="polite">{revealed && <p class="present__explanation">{question.explanation}</p>}</div>
      {labels && (
        <fieldset class="present__tally">
          <legend>{strings.tally}</legend>
          {order.map((option, position) => {
            const count = counts[option] ?? 0;
            return (
              <div class="present__tally-row" key={option}>
                <label for={`tally-${question.id}-${option}`}>
                  {fill(strings.hands, { option: LETTERS[position]! })}
                </label>
                <input
                  id={`tally-${question.id}-${option}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={999}
                  value={count || ''}
                  onInput={(event) => {
                    const next = [...counts];
                    next[option] = Math.max(0, Math.min(999, Number(event.currentTarget.value) || 0));
                    setTally({ ...tally, [question.id]: next });
                  }}
                />
                <span class="meta">
                  {hands > 0 && fill(strings.handsTotal, { percent: percent.format(count / hands) })}
                </span>
              </div>
            );
          })}
        </fieldset>
      )}
      <div class="present__controls">
        <button type="button" class="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {strings.previous}
        </button>
        <button
          type="button"
          class="button button--primary"
          aria-pressed={revealed}
          onClick={() => setRevealed(!revealed)}
        >
          {strings.reveal}
        </button>
        <button type="button" class="button" disabled={index === questions.length - 1} onClick={() => go(index + 1)}>
          {strings.next}
        </button>
      </div>
    </div>
  );
}

/** Option texts for choice and true/false questions (indexed like answers), or undefined for the others. */
function choiceLabels(question: PlayerQuestion, strings: PresentStrings): string[] | undefined {
  if (question.type === 'single' || question.type === 'multiple') return question.options.map((option) => option.label);
  if (question.type === 'true-false') return [strings.false, strings.true];
  return undefined;
}
