import { useEffect, useRef, useState } from 'preact/hooks';
import { presentState, savePresentState, type PresentState } from '../../lib/quiz/quiz-storage.ts';
import { presentAction } from '../../lib/quiz/present-keys.ts';
import { fill } from '../../lib/fill.ts';
import { useClassSession } from './use-class-session.ts';
import JoinPanel from './JoinPanel.tsx';
import PresentQuestion from './PresentQuestion.tsx';
import type { PresentStrings } from './strings.ts';

interface Props {
  lang: string;
  strings: PresentStrings;
}

/** Typing a count of hands must not turn the page. */
const isTypingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.matches('input, textarea, select, [contenteditable]');

/** Space and Enter on a focused button or link press it, as everywhere else. */
const pressesControl = (event: KeyboardEvent) =>
  (event.key === ' ' || event.key === 'Enter') &&
  event.target instanceof HTMLElement &&
  event.target.matches('button, a');

/**
 * The projector view of a class: first the join code and class QR in large type, then one
 * question at a time, options lettered in the order pupils see them, the answer revealed on
 * demand, a tally of a show of hands. Driven by keyboard or presenter clicker; where it is and
 * the tally survive a reload.
 */
export default function PresentMode({ lang, strings }: Props) {
  const [session] = useClassSession(lang);
  const [state, setState] = useState<PresentState>({ index: -1, tally: {} });
  const [revealed, setRevealed] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const classId = session.state === 'ready' ? session.item.classId : undefined;
  const count = session.state === 'ready' ? session.questions.length : 0;
  const keys = useRef<(event: KeyboardEvent) => void>();

  useEffect(() => {
    if (classId) setState(presentState(classId));
  }, [classId]);
  useEffect(() => {
    const onChange = () => setFullScreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    const onKey = (event: KeyboardEvent) => keys.current?.(event);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const update = (next: PresentState) => {
    setState(next);
    if (classId) savePresentState(classId, next);
  };
  const go = (index: number) => {
    if (index < -1 || index >= count || index === state.index) return;
    update({ ...state, index });
    setRevealed(false);
    requestAnimationFrame(() => document.getElementById(index < 0 ? 'present-join' : 'present-question')?.focus());
  };
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  keys.current = (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingIn(event.target) || pressesControl(event)) return;
    const action = presentAction(event);
    if (action === 'next') go(state.index + 1);
    else if (action === 'back') go(state.index - 1);
    else if (action === 'reveal' && state.index >= 0) setRevealed((current) => !current);
    else if (action === 'full-screen') toggleFullScreen();
    else return;
    // Arrows, Page Down and Space would also scroll the page.
    event.preventDefault();
  };

  if (session.state === 'loading') return <p aria-live="polite">{strings.loading}</p>;
  if (session.state === 'not-found') return <p class="feedback feedback--hint">{strings.notFound}</p>;
  if (session.state === 'failed') return <p class="feedback feedback--wrong">{strings.loadFailed}</p>;

  const { questions, item, quiz } = session;
  const index = Math.min(state.index, questions.length - 1);
  const question = index >= 0 ? questions[index] : undefined;

  return (
    <div class="present">
      <div class="present__bar">
        <p class="present__progress">
          {question
            ? fill(strings.progress, { current: index + 1, total: questions.length })
            : item.label || quiz.title}
        </p>
        <span class="present__tools">
          <button
            type="button"
            class="button"
            aria-pressed={fullScreen}
            aria-keyshortcuts="F"
            onClick={toggleFullScreen}
          >
            {fullScreen ? strings.leaveFullScreen : strings.fullScreen}
          </button>
          <a class="button" href={`/${lang}/classroom/`}>
            {strings.classroom}
          </a>
        </span>
      </div>
      {question ? (
        <PresentQuestion
          contentLang={quiz.lang === lang ? undefined : quiz.lang}
          question={question}
          classId={item.classId}
          revealed={revealed}
          counts={state.tally[question.id] ?? []}
          onCount={(counts) => update({ ...state, tally: { ...state.tally, [question.id]: counts } })}
          lang={lang}
          strings={strings}
        />
      ) : (
        <section class="present__join" aria-labelledby="present-join">
          <h2 id="present-join" tabIndex={-1}>
            {fill(strings.joinHeading, { quiz: quiz.title })}
          </h2>
          <JoinPanel
            settings={item}
            quiz={{ slug: quiz.slug, questions: quiz.questions.map((entry) => entry.id) }}
            lang={lang}
            strings={strings}
            size={480}
          />
        </section>
      )}
      <div class="present__controls">
        <button
          type="button"
          class="button"
          disabled={index < 0}
          aria-keyshortcuts="ArrowLeft PageUp"
          onClick={() => go(index - 1)}
        >
          {index === 0 ? strings.backToJoin : strings.previous}
        </button>
        {question && (
          <button
            type="button"
            class="button button--primary"
            aria-pressed={revealed}
            aria-keyshortcuts="R"
            onClick={() => setRevealed(!revealed)}
          >
            {strings.reveal}
          </button>
        )}
        <button
          type="button"
          class={question ? 'button' : 'button button--primary'}
          disabled={index === questions.length - 1}
          aria-keyshortcuts="ArrowRight PageDown Space"
          onClick={() => go(index + 1)}
        >
          {question ? strings.next : strings.start}
        </button>
      </div>
      <p class="meta present__keys">{strings.keys}</p>
    </div>
  );
}
