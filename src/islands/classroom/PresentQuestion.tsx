import { solutionOf } from '../../lib/quiz/answers.ts';
import { displayOrder } from '../../lib/quiz/display-order.ts';
import { LETTERS } from '../../lib/quiz/worksheet.ts';
import type { PlayerQuestion } from '../../lib/quiz/quiz-view.ts';
import { fill } from '../../lib/fill.ts';
import type { PresentStrings } from './strings.ts';

interface Props {
  question: PlayerQuestion;
  /** Language of the quiz text where it differs from the page's (a quiz not yet translated). */
  contentLang: string | undefined;
  classId: string;
  revealed: boolean;
  /** Hands per option, indexed like answers. */
  counts: (number | null)[];
  onCount: (counts: number[]) => void;
  lang: string;
  strings: PresentStrings;
}

/**
 * One question on the projector: options lettered once (A, B, C: the letters pupils see in the
 * same order on their devices), the answer when revealed, and the count of a show of hands.
 */
export default function PresentQuestion(props: Props) {
  const { question, classId, revealed, counts, onCount, lang, strings, contentLang } = props;
  const order = displayOrder(question, classId);
  const labels = choiceLabels(question, strings);
  const right = new Set(solutionOf(question));
  const hands = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });

  return (
    <>
      <div lang={contentLang} dir={contentLang ? 'auto' : undefined}>
        <h2 id="present-question" class="present__question" tabIndex={-1}>
          {question.question}
        </h2>
        {labels && (
          <ul class="present__options">
            {order.map((option, position) => (
              <li
                key={option}
                class={revealed && right.has(option) ? 'present__option present__option--right' : 'present__option'}
              >
                <span class="present__letter">{LETTERS[position]}</span> {labels[option]}
                {revealed && right.has(option) && <span class="quiz-mark quiz-mark--right">✓</span>}
              </li>
            ))}
          </ul>
        )}
        {question.type === 'ordering' && (
          <>
            <p class="meta" lang={contentLang && lang}>
              {strings.orderHint}
            </p>
            <ol class="present__steps">
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
            <p class="meta" lang={contentLang && lang}>
              {strings.matchingHint}
            </p>
            <div class="present__matching">
              <ol class="present__steps">
                {question.pairs.map((pair, i) => (
                  <li key={i} class="present__option">
                    {pair.prompt}
                    {revealed && <strong> → {LETTERS[order.indexOf(i)]}</strong>}
                  </li>
                ))}
              </ol>
              <ul class="present__options">
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
      </div>
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
                    const next = labels.map((_, index) => counts[index] ?? 0);
                    next[option] = Math.max(0, Math.min(999, Math.trunc(Number(event.currentTarget.value)) || 0));
                    onCount(next);
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
    </>
  );
}

/** Option texts for choice and true/false questions (indexed like answers), or undefined for the others. */
function choiceLabels(question: PlayerQuestion, strings: PresentStrings): string[] | undefined {
  if (question.type === 'single' || question.type === 'multiple') return question.options.map((option) => option.label);
  if (question.type === 'true-false') return [strings.false, strings.true];
  return undefined;
}
