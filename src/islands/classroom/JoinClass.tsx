import { useEffect, useRef, useState } from 'preact/hooks';
import { classFragment, teacherFragment, type ClassSettings } from '../../lib/quiz/class-session.ts';
import { decodeJoinCode, type JoinCodeError, type JoinQuiz } from '../../lib/quiz/join-code.ts';
import { fill } from '../../lib/fill.ts';
import { plural } from '../../lib/plural.ts';

export interface JoinClassStrings {
  label: string;
  join: string;
  found: string;
  questions: Record<string, string>;
  start: string;
  teacher: string;
  present: string;
  collect: string;
  errors: Record<JoinCodeError, string>;
}

interface Props {
  lang: string;
  quizzes: (JoinQuiz & { title: string })[];
  strings: JoinClassStrings;
}

/** Join codes are 12 characters; what is typed is cut at a length that leaves room for hyphens and spaces. */
const MAX_TYPED = 20;

/**
 * Where pupils who cannot scan type the join code from the board (the class QR code opens this
 * page with the code after "#"). The code is read in the browser; the quiz opens with the class.
 */
export default function JoinClass({ lang, quizzes, strings }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [settings, setSettings] = useState<ClassSettings>();
  const start = useRef<HTMLAnchorElement>(null);

  const join = (typed: string) => {
    const read = decodeJoinCode(typed, quizzes);
    if (!read.ok) {
      setSettings(undefined);
      return setError(strings.errors[read.error]);
    }
    setError('');
    setSettings(read.settings);
    requestAnimationFrame(() => start.current?.focus());
  };
  useEffect(() => {
    let fromLink = window.location.hash.slice(1, 1 + MAX_TYPED * 3);
    try {
      fromLink = decodeURIComponent(fromLink);
    } catch {
      // A damaged escape: read as typed, which gives the format message.
    }
    fromLink = fromLink.slice(0, MAX_TYPED);
    if (!fromLink) return;
    setCode(fromLink);
    join(fromLink);
  }, []);

  const quiz = settings && quizzes.find((item) => item.slug === settings.quiz);
  return (
    <div class="join-class">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          join(code);
        }}
      >
        <label for="join-code">{strings.label}</label>
        <input
          id="join-code"
          type="text"
          dir="ltr"
          inputMode="text"
          autocapitalize="characters"
          autocomplete="off"
          spellcheck={false}
          maxLength={MAX_TYPED}
          value={code}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'join-error' : undefined}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
        <button type="submit" class="button button--primary">
          {strings.join}
        </button>
      </form>
      <p id="join-error" class="feedback feedback--wrong" aria-live="polite" hidden={!error}>
        {error}
      </p>
      {settings && quiz && (
        <section class="classroom__link" aria-labelledby="join-found">
          <h2 id="join-found">{fill(strings.found, { quiz: quiz.title })}</h2>
          <p>{plural(strings.questions, lang, settings.questions.length)}</p>
          <p>
            <a
              ref={start}
              class="button button--primary"
              href={`/${lang}/quizzes/${quiz.slug}/#${classFragment(settings)}`}
            >
              {strings.start}
            </a>
          </p>
          <p class="meta">{strings.teacher}</p>
          <p class="classroom__actions">
            <a class="button button--small" href={`/${lang}/classroom/present/#${teacherFragment(settings)}`}>
              {strings.present}
            </a>
            <a class="button button--small" href={`/${lang}/classroom/results/#${teacherFragment(settings)}`}>
              {strings.collect}
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
