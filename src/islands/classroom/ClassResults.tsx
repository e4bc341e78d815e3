import { useMemo, useState } from 'preact/hooks';
import { readPastedCodes, summarizeClass, type RejectReason } from '../../lib/quiz/class-results.ts';
import { decodeResult, type ClassResult } from '../../lib/quiz/result-code.ts';
import { resultsCsv } from '../../lib/quiz/results-csv.ts';
import { saveTeacherClass, teacherClasses, type TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import { fill } from '../../lib/fill.ts';
import { plural } from '../../lib/plural.ts';
import { useClassSession } from './use-class-session.ts';
import QrScanner from './QrScanner.tsx';
import type { ResultsStrings } from './strings.ts';

interface Props {
  lang: string;
  strings: ResultsStrings;
}

const REASON_KEYS: Record<RejectReason, string> = {
  format: 'format',
  checksum: 'checksum',
  version: 'version',
  length: 'length',
  'other-class': 'otherClass',
  'other-quiz-length': 'otherQuizLength',
  duplicate: 'duplicate',
};

/**
 * The teacher's results page: paste (or scan) the students' result codes, see each student's score
 * and the questions most missed, download a CSV, delete it all. Kept in this browser only.
 */
export default function ClassResults({ lang, strings }: Props) {
  const [session, setItem] = useClassSession();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [rejected, setRejected] = useState<{ code: string; reason: RejectReason }[]>([]);

  const item = session.state === 'ready' ? session.item : undefined;
  const results = useMemo(
    () =>
      (item?.codes ?? []).flatMap((code) => {
        const decoded = decodeResult(code);
        return decoded.ok ? [decoded.result] : [];
      }),
    [item],
  );

  if (session.state === 'loading') return <p aria-live="polite">{strings.loading}</p>;
  if (session.state === 'not-found') return <p class="feedback feedback--hint">{strings.notFound}</p>;
  if (session.state === 'failed') return <p class="feedback feedback--wrong">{strings.loadFailed}</p>;

  const { questions } = session;
  const ids = questions.map((question) => question.id);
  const store = (next: TeacherClass) => {
    saveTeacherClass(next);
    setItem(next);
  };
  const add = (pasted: string) => {
    // Read the class again from storage: the scanner calls this from an older render.
    const current = teacherClasses().find((other) => other.classId === session.item.classId) ?? session.item;
    const read = readPastedCodes(pasted, current.classId, ids.length, current.codes);
    if (read.accepted.length > 0) store({ ...current, codes: [...current.codes, ...read.accepted.map((a) => a.code)] });
    setRejected(read.rejected);
    setStatus(plural(strings.added, lang, read.accepted.length));
    if (read.rejected.length === 0) setText('');
    else setText(read.rejected.map((r) => r.code).join('\n'));
  };
  const summary = summarizeClass(ids, results);
  const questionText = new Map(questions.map((question) => [question.id, question.question]));
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const score = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const csvHref = csvDataHref(ids, results, strings);

  return (
    <div class="class-results">
      <h2>{fill(strings.heading, { label: session.item.label || session.quiz.title })}</h2>
      <ClassPicker current={session.item} strings={strings} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add(text);
        }}
      >
        <label for="result-codes">{strings.paste}</label>
        <textarea
          id="result-codes"
          rows={4}
          dir="ltr"
          spellcheck={false}
          autocomplete="off"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p class="classroom__actions">
          <button type="submit" class="button button--primary">
            {strings.add}
          </button>
          <QrScanner strings={strings} onCode={(code) => add(code)} />
        </p>
      </form>
      <div aria-live="polite">
        {status && <p>{status}</p>}
        {rejected.length > 0 && (
          <div class="feedback feedback--wrong">
            <p>{strings.rejectedHeading}</p>
            <ul>
              {rejected.map((entry) => (
                <li key={entry.code}>
                  <code dir="ltr">{entry.code.slice(0, 40)}</code>: {strings.reasons[REASON_KEYS[entry.reason]]}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {results.length === 0 ? (
        <p>{strings.none}</p>
      ) : (
        <>
          <p>{fill(strings.average, { score: score.format(summary.averageScore), total: ids.length })}</p>
          <table class="table">
            <caption>{strings.questionsHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.question}</th>
                <th scope="col">{strings.rate}</th>
              </tr>
            </thead>
            <tbody>
              {summary.questions.map((rate) => (
                <tr key={rate.id}>
                  <th scope="row">{questionText.get(rate.id)}</th>
                  <td>
                    {fill(strings.rateValue, {
                      right: rate.right,
                      answered: rate.answered,
                      percent: percent.format(rate.rate),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="table">
            <caption>{strings.students}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.student}</th>
                <th scope="col">{strings.score}</th>
              </tr>
            </thead>
            <tbody>
              {summary.students.map((student, index) => (
                <tr key={index}>
                  <th scope="row">{student.nickname || strings.noNickname}</th>
                  <td>
                    {student.score} / {student.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="classroom__actions">
            <a class="button" href={csvHref} download={`class-${session.item.classId}.csv`}>
              {strings.export}
            </a>
            <button
              type="button"
              class="button"
              onClick={() => {
                store({ ...session.item, codes: [] });
                setStatus(strings.resultsDeleted);
              }}
            >
              {strings.deleteResults}
            </button>
          </p>
        </>
      )}
      <p class="meta">{strings.privacy}</p>
    </div>
  );
}

/** A data: address for the CSV, so the download needs no blob URL to clean up and no request. */
function csvDataHref(ids: string[], results: ClassResult[], strings: ResultsStrings): string {
  const csv = resultsCsv(
    { student: strings.student, score: strings.score, total: 'total' },
    ids,
    results.map((result) => ({ nickname: result.nickname, right: result.right })),
  );
  return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + csv)}`;
}

function ClassPicker({ current, strings }: { current: TeacherClass; strings: ResultsStrings }) {
  const classes = teacherClasses();
  if (classes.length < 2) return null;
  return (
    <p>
      <label for="results-class">{strings.chooseClass}</label>{' '}
      <select
        id="results-class"
        value={current.classId}
        onChange={(event) => {
          const next = classes.find((item) => item.classId === event.currentTarget.value);
          if (next) {
            window.location.hash = `class=${next.classId}`;
            window.location.reload();
          }
        }}
      >
        {classes.map((item) => (
          <option key={item.classId} value={item.classId}>
            {item.label || item.classId} · {item.created}
          </option>
        ))}
      </select>
    </p>
  );
}
