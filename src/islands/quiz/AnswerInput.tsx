import { useRef } from 'preact/hooks';
import type { Answer } from '../../lib/quiz/answers.ts';
import { fill } from '../../lib/fill.ts';
import type { PlayerQuestion } from '../../lib/quiz/quiz-view.ts';
import type { QuestionStrings } from './strings.ts';
import { LETTERS } from '../../lib/quiz/worksheet.ts';

interface Props {
  question: PlayerQuestion;
  /** Display order of options (choice) or of the matches (matching), as indexes into the question. */
  order: number[];
  answer: Answer;
  /** Per part, once checked: right or wrong (see checkAnswer). */
  parts: boolean[] | undefined;
  disabled: boolean;
  strings: QuestionStrings;
  onAnswer: (answer: Answer) => void;
  onAnnounce: (message: string) => void;
}

/** The inputs of one question, by type. Every control is a native one: keyboard and screen readers work as usual. */
export default function AnswerInput(props: Props) {
  const { question } = props;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        <ChoiceList
          {...props}
          multiple={question.type === 'multiple'}
          labels={question.options.map((option) => option.label)}
        />
      );
    case 'true-false':
      return <ChoiceList {...props} multiple={false} labels={[props.strings.false, props.strings.true]} />;
    case 'ordering':
      return <OrderingList {...props} items={question.items} />;
    case 'matching':
      return <MatchingList {...props} pairs={question.pairs} />;
  }
}

function Mark({ right, strings }: { right: boolean | undefined; strings: QuestionStrings }) {
  if (right === undefined) return null;
  return (
    <span class={`quiz-mark quiz-mark--${right ? 'right' : 'wrong'}`}>
      {right ? strings.partRight : strings.partWrong}
    </span>
  );
}

function ChoiceList({
  question,
  order,
  answer,
  parts,
  disabled,
  strings,
  onAnswer,
  multiple,
  labels,
}: Props & { multiple: boolean; labels: string[] }) {
  const name = `${question.id}-answer`;
  const choose = (index: number, on: boolean) =>
    onAnswer(multiple ? (on ? [...answer, index].sort((a, b) => a - b) : answer.filter((i) => i !== index)) : [index]);
  return (
    <div class="quiz-options">
      {order.map((index, position) => (
        <div class="quiz-option" key={index}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            id={`${name}-${index}`}
            name={name}
            checked={answer.includes(index)}
            disabled={disabled}
            onChange={(event) => choose(index, event.currentTarget.checked)}
          />
          {/* The projector letters options in this same order, so the class can say "B". Outside
              the label and hidden from screen readers, which already say "2 of 4". */}
          <span class="quiz-option__letter" aria-hidden="true">
            {LETTERS[position]}
          </span>
          <label for={`${name}-${index}`}>{labels[index]}</label>
          {/* After checking, mark each picked option; missed right ones show with the solution. */}
          {parts && answer.includes(index) && (
            <Mark right={question.type === 'true-false' ? parts[0] : parts[index]} strings={strings} />
          )}
        </div>
      ))}
    </div>
  );
}

function OrderingList({
  question,
  answer,
  parts,
  disabled,
  strings,
  onAnswer,
  onAnnounce,
  items,
}: Props & { items: string[] }) {
  const list = useRef<HTMLOListElement>(null);
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    const next = [...answer];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onAnswer(next);
    onAnnounce(fill(strings.moved, { item: items[next[to]!]!, position: to + 1, total: next.length }));
    // Keep focus on the same button of the moved step, or on the other one at the ends of the list.
    requestAnimationFrame(() => {
      const buttons = list.current?.children[to]?.querySelectorAll('button');
      const same = direction === 'up' ? buttons?.[0] : buttons?.[1];
      (same && !same.disabled ? same : direction === 'up' ? buttons?.[1] : buttons?.[0])?.focus();
    });
  };
  return (
    <>
      <p class="meta" id={`${question.id}-hint`}>
        {strings.orderHint}
      </p>
      <ol class="quiz-ordering" ref={list} aria-describedby={`${question.id}-hint`}>
        {answer.map((item, position) => (
          <li key={item} class="quiz-ordering__item">
            <span class="quiz-ordering__text">{items[item]}</span>
            <Mark right={parts?.[position]} strings={strings} />
            <span class="quiz-ordering__buttons">
              <button
                type="button"
                class="button button--small"
                disabled={disabled || position === 0}
                aria-label={fill(strings.moveUp, { item: items[item]! })}
                onClick={() => move(position, position - 1, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                class="button button--small"
                disabled={disabled || position === answer.length - 1}
                aria-label={fill(strings.moveDown, { item: items[item]! })}
                onClick={() => move(position, position + 1, 'down')}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function MatchingList({
  question,
  order,
  answer,
  parts,
  disabled,
  strings,
  onAnswer,
  pairs,
}: Props & { pairs: { prompt: string; match: string }[] }) {
  const choose = (prompt: number, match: number) => {
    const next = pairs.map((_, index) => answer[index] ?? -1);
    next[prompt] = match;
    onAnswer(next);
  };
  return (
    <div class="quiz-matching">
      {pairs.map((pair, index) => (
        <div class="quiz-matching__row" key={index}>
          <label for={`${question.id}-match-${index}`}>{pair.prompt}</label>
          <select
            id={`${question.id}-match-${index}`}
            disabled={disabled}
            value={String(answer[index] ?? -1)}
            onChange={(event) => choose(index, Number(event.currentTarget.value))}
          >
            <option value="-1">{strings.matchChoose}</option>
            {order.map((match) => (
              <option value={String(match)} key={match}>
                {pairs[match]!.match}
              </option>
            ))}
          </select>
          <Mark right={parts?.[index]} strings={strings} />
        </div>
      ))}
    </div>
  );
}
