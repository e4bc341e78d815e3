import { useState } from 'preact/hooks';
import { classLink, teacherFragment } from '../../lib/quiz/class-session.ts';
import type { JoinQuiz } from '../../lib/quiz/join-code.ts';
import type { TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import { fill } from '../../lib/fill.ts';
import JoinPanel from './JoinPanel.tsx';
import type { SetupStrings } from './strings.ts';

/** A class just made: the join code and class QR to project, the link to share, and the teacher's next steps. */
export default function ClassLink({
  item,
  lang,
  quiz,
  quizTitle,
  strings,
}: {
  item: TeacherClass;
  lang: string;
  quiz: JoinQuiz;
  quizTitle: string;
  strings: SetupStrings;
}) {
  const [copied, setCopied] = useState('');
  const link = classLink(window.location.origin, lang, item);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(strings.copied);
    } catch {
      // No clipboard permission: the link is selected in its field, ready for Ctrl+C.
      (document.getElementById('class-link') as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section class="classroom__link" aria-labelledby="class-link-heading">
      <h2 id="class-link-heading" tabIndex={-1}>
        {fill(strings.linkHeading, { label: item.label || quizTitle })}
      </h2>
      <JoinPanel settings={item} quiz={quiz} lang={lang} strings={strings} size={264} />
      <label for="class-link">{strings.linkField}</label>
      <input
        id="class-link"
        type="url"
        readOnly
        value={link}
        dir="ltr"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p>{strings.linkHelp}</p>
      <p class="classroom__actions">
        <button type="button" class="button" onClick={copy}>
          {strings.copy}
        </button>
        <a class="button" href={`/${lang}/classroom/present/#${teacherFragment(item)}`}>
          {strings.present}
        </a>
        <a class="button button--primary" href={`/${lang}/classroom/results/#${teacherFragment(item)}`}>
          {strings.collect}
        </a>
      </p>
      <p aria-live="polite">{copied}</p>
    </section>
  );
}
