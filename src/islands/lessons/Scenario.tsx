import { useState } from 'preact/hooks';

interface Choice {
  label: string;
  feedback: string;
  correct?: boolean | undefined;
}

interface Props {
  id: string;
  question: string;
  choices: Choice[];
  strings: { label: string; right: string; wrong: string; tryAgain: string };
}

/** "What would you do?": pick a choice, read why it is or is not wise, try another. */
export default function Scenario({ id, question, choices, strings }: Props) {
  const [picked, setPicked] = useState<number>();
  const choice = picked === undefined ? undefined : choices[picked];
  return (
    <section class="interactive scenario" aria-labelledby={`${id}-label`}>
      <p class="interactive__label" id={`${id}-label`}>
        {strings.label}
      </p>
      <p class="scenario__question">{question}</p>
      <ul class="scenario__choices">
        {choices.map((option, index) => (
          <li key={index}>
            <button
              type="button"
              class="button scenario__choice"
              aria-pressed={picked === index}
              disabled={picked !== undefined && picked !== index}
              onClick={() => setPicked(index)}
            >
              {option.label}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {choice && (
          <p class={`feedback feedback--${choice.correct ? 'right' : 'wrong'}`}>
            <strong>{choice.correct ? strings.right : strings.wrong}</strong> {choice.feedback}
          </p>
        )}
      </div>
      {choice && (
        <button type="button" class="button" onClick={() => setPicked(undefined)}>
          {strings.tryAgain}
        </button>
      )}
    </section>
  );
}
