import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClassSettings } from '../../lib/quiz/class-session.ts';
import { encodeResult } from '../../lib/quiz/result-code.ts';
import { firstTries, type QuizScore } from '../../lib/quiz/score.ts';
import type { BestScore } from '../../lib/quiz/quiz-storage.ts';
import type { PlayerQuestion, PlayerQuiz } from '../../lib/quiz/quiz-view.ts';
import { fill } from '../../lib/fill.ts';
import QrCode from './QrCode.tsx';
import type { PlayerStrings } from './strings.ts';

interface Props {
  quiz: PlayerQuiz;
  questions: PlayerQuestion[];
  result: QuizScore;
  best: BestScore | undefined;
  classSettings: ClassSettings | undefined;
  nickname: string;
  attemptId: string;
  /** First tries recorded while answering; questions never checked count with their final answer. */
  firstTry: Record<string, boolean>;
  lang: string;
  issuer: string;
  strings: PlayerStrings;
  onRestart: () => void;
  /** Move focus to the score (after finishing; not when a finished attempt is reloaded). */
  focusScore: boolean;
}

/** The end of a quiz: the score, what to revisit, and a certificate (alone) or a result code (in a class). */
export default function QuizSummary(props: Props) {
  const { quiz, questions, result, best, classSettings, strings } = props;
  const revisit = questions.filter((question) => result.toRevisit.includes(question.id));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusScore) heading.current?.focus();
  }, []);
  return (
    <div class="quiz-summary">
      <h2 id="quiz-summary-heading" tabIndex={-1} ref={heading}>
        {fill(strings.score, { score: result.score, total: result.total })}
      </h2>
      {best && <p>{fill(strings.best, { score: best.score, total: best.total })}</p>}
      {revisit.length === 0 ? (
        <p>{strings.allRight}</p>
      ) : (
        <section aria-labelledby="quiz-revisit">
          <h3 id="quiz-revisit">{strings.revisit}</h3>
          <ul>
            {revisit.map((question) => (
              <li key={question.id}>
                {question.question}
                {question.lesson && (
                  <>
                    {' '}
                    <a href={question.lesson.href}>{fill(strings.learnMore, { title: question.lesson.title })}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {classSettings ? (
        <ClassCode
          classSettings={classSettings}
          questions={questions}
          result={result}
          nickname={props.nickname}
          attemptId={props.attemptId}
          firstTry={props.firstTry}
          strings={strings}
        />
      ) : (
        <Certificate quiz={quiz} result={result} lang={props.lang} issuer={props.issuer} strings={strings} />
      )}
      {classSettings ? (
        <section class="quiz-next-pupil" aria-labelledby="quiz-next-pupil-heading">
          <h3 id="quiz-next-pupil-heading">{strings.nextPupilHeading}</h3>
          <p>{strings.nextPupilHelp}</p>
          <button type="button" class="button" onClick={props.onRestart}>
            {strings.nextPupil}
          </button>
        </section>
      ) : (
        <button type="button" class="button" onClick={props.onRestart}>
          {strings.restart}
        </button>
      )}
    </div>
  );
}

function ClassCode({
  classSettings,
  questions,
  result,
  nickname,
  attemptId,
  firstTry,
  strings,
}: Pick<Props, 'questions' | 'result' | 'nickname' | 'attemptId' | 'firstTry' | 'strings'> & {
  classSettings: ClassSettings;
}) {
  const rightFirst = firstTries(questions, firstTry, result);
  const code = encodeResult({ classId: classSettings.classId, attemptId, firstTry: rightFirst, nickname });
  const firstTryScore = rightFirst.filter(Boolean).length;
  return (
    <section class="quiz-code" aria-labelledby="quiz-code-heading">
      <h3 id="quiz-code-heading">{strings.classCodeHeading}</h3>
      <p>{fill(strings.classFirstTry, { score: firstTryScore, total: questions.length })}</p>
      <p class="quiz-code__text" dir="ltr" data-result-code>
        {code}
      </p>
      <QrCode text={code} label={strings.classQrLabel} />
      <p>{strings.classCodeHelp}</p>
    </section>
  );
}

function Certificate({
  quiz,
  result,
  lang,
  issuer,
  strings,
}: Pick<Props, 'quiz' | 'result' | 'lang' | 'issuer' | 'strings'>) {
  // The name lives in this component's state only: never stored, never sent.
  const [name, setName] = useState('');
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
  const print = () => {
    document.documentElement.classList.add('print-certificate');
    window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-certificate'), {
      once: true,
    });
    window.print();
  };
  return (
    <section class="quiz-certificate" aria-labelledby="certificate-heading">
      <h3 id="certificate-heading">{strings.certificateHeading}</h3>
      <label for="certificate-name">{strings.certificateName}</label>
      <input
        id="certificate-name"
        type="text"
        maxLength={60}
        autocomplete="off"
        value={name}
        onInput={(event) => setName(event.currentTarget.value)}
      />
      <div class="certificate">
        <p class="certificate__title">{strings.certificateHeading}</p>
        <p class="certificate__text">
          {fill(strings.certificateText, {
            name: name.trim() || '…',
            quiz: quiz.title,
            score: result.score,
            total: result.total,
          })}
        </p>
        <p class="certificate__issuer">{fill(strings.certificateIssuer, { issuer, date })}</p>
      </div>
      <button type="button" class="button button--primary" onClick={print} disabled={!name.trim()}>
        {strings.certificatePrint}
      </button>
    </section>
  );
}
