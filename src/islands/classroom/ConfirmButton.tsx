import { useId, useRef, useState } from 'preact/hooks';

interface Props {
  /** The button's text, and its accessible name when it needs more than the text (a row's "Remove"). */
  label: string;
  accessibleName?: string;
  buttonClass?: string;
  /** The question asked before acting: it names what goes and says it cannot be undone. */
  question: string;
  confirm: string;
  keep: string;
  onConfirm: () => void;
}

/**
 * A button for an action that cannot be undone: the first press asks, in place, with the choice
 * of going ahead or keeping. Focus moves to "Keep" (the safe choice), so a second press of Enter
 * or Space does nothing harmful; the question labels the group for screen readers; Escape keeps.
 */
export default function ConfirmButton({
  label,
  accessibleName,
  buttonClass = 'button button--small',
  question,
  confirm,
  keep,
  onConfirm,
}: Props) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);

  const ask = () => {
    setAsking(true);
    requestAnimationFrame(() => keepButton.current?.focus());
  };
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => trigger.current?.focus());
  };

  if (!asking)
    return (
      <button type="button" class={buttonClass} aria-label={accessibleName} ref={trigger} onClick={ask}>
        {label}
      </button>
    );
  return (
    <span
      class="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <span id={id} class="confirm__question">
        {question}
      </span>{' '}
      <button
        type="button"
        class="button button--small button--primary"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>{' '}
      <button type="button" class="button button--small" ref={keepButton} onClick={cancel}>
        {keep}
      </button>
    </span>
  );
}
