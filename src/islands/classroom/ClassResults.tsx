import { useMemo, useState } from 'preact/hooks';
import { readPastedCodes, summarizeClass, type RejectReason } from '../../lib/quiz/class-results.ts';
import { classFile, classFileName } from '../../lib/quiz/class-file.ts';
import { decodeResult, type ClassResult } from '../../lib/quiz/result-code.ts';
import { resultsCsv } from '../../lib/quiz/results-csv.ts';
import { saveTeacherClass, teacherClasses, type TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import { fill } from '../../lib/fill.ts';
import { plural } from '../../lib/plural.ts';
import { useClassSession } from './use-class-session.ts';
import ClassPicker from './ClassPicker.tsx';
import ConfirmButton from './ConfirmButton.tsx';
import QrScanner, { type ScanOutcome } from './QrScanner.tsx';
import type { ResultsStrings } from './strings.ts';

interface Props {
  lang: string;
  strings: ResultsStrings;
}

const REASON_KEYS: Record<RejectReason, string> = {
  format: 'format',
  checksum: 'checksum',
  version: 'version',
  'old-version': 'oldVersion',
  length: 'length',
  'other-class': 'otherClass',
  'other-quiz-length': 'otherQuizLength',
  duplicate: 'duplicate',
};

/**
 * The teacher's results page: paste (or scan) the pupils' result codes, see each pupil's
 * first-try score and the questions most missed at the first try, download a CSV, save the class
 * to a file, delete it all. Kept in this browser only.
 */
export default function ClassResults({ lang, strings }: Props) {
  const [session, setItem] = useClassSession(lang);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [rejected, setRejected] = useState<{ code: string; reason: RejectReason }[]>([]);

  const item = session.state === 'ready' ? session.item : undefined;
  // Each result with the code it came from, so that one pupil's result can be removed.
  const collected = useMemo(
    () =>
      (item?.codes ?? []).flatMap((code) => {
        const decoded = decodeResult(code);
        return decoded.ok ? [{ code, result: decoded.result }] : [];
      }),
    [item],
  );
  const results = useMemo(() => collected.map((entry) => entry.result), [collected]);

  if (session.state === 'loading') return <p aria-live="polite">{strings.loading}</p>;
  if (session.state === 'not-found') return <p class="feedback feedback--hint">{strings.notFound}</p>;
  if (session.state === 'failed') return <p class="feedback feedback--wrong">{strings.loadFailed}</p>;

  const { questions } = session;
  const ids = questions.map((question) => question.id);
  const store = (next: TeacherClass) => {
    saveTeacherClass(next);
    setItem(next);
  };
  const read = (pasted: string) => {
    // Read the class again from storage: the scanner calls this from an older render.
    const current = teacherClasses().find((other) => other.classId === session.item.classId) ?? session.item;
    const found = readPastedCodes(pasted, current.classId, ids.length, current.codes);
    if (found.accepted.length > 0)
      store({ ...current, codes: [...current.codes, ...found.accepted.map((entry) => entry.code)] });
    return found;
  };
  const add = (pasted: string) => {
    const found = read(pasted);
    setRejected(found.rejected);
    setStatus(plural(strings.added, lang, found.accepted.length));
    setText(found.rejected.map((entry) => entry.code).join('\n'));
  };
  const scanned = (code: string): ScanOutcome => {
    const found = read(code);
    const refused = found.rejected[0];
    if (!refused) {
      const nickname = found.accepted[0]?.result.nickname || strings.noNickname;
      return { added: true, message: fill(strings.scanned, { nickname }) };
    }
    return {
      added: false,
      message: fill(strings.scanRefused, { reason: strings.reasons[REASON_KEYS[refused.reason]]! }),
    };
  };
  const removeResult = (code: string, name: string) => {
    store({ ...session.item, codes: session.item.codes.filter((other) => other !== code) });
    setRejected([]);
    setStatus(fill(strings.removed, { name }));
    // The row is gone: keep keyboard focus near it, on the table.
    requestAnimationFrame(() => document.getElementById('results-students')?.focus());
  };
  const label = session.item.label || session.item.classId;
  const summary = summarizeClass(ids, results);
  const questionText = new Map(questions.map((question) => [question.id, question.question]));
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const score = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

  return (
    <div class="class-results">
      <h2>{fill(strings.heading, { label })}</h2>
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
        </p>
      </form>
      <QrScanner strings={strings} onCode={scanned} />
      <div aria-live="polite">
        {status && <p>{status}</p>}
        {rejected.length > 0 && (
          <div class="feedback feedback--wrong">
            <p>{strings.rejectedHeading}</p>
            <ul>
              {rejected.map((entry, index) => (
                <li key={index}>
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
          <p>
            {fill(strings.average, { score: score.format(summary.averageScore), total: ids.length })}{' '}
            {plural(strings.pupilsCounted, lang, results.length)}
          </p>
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
          <table class="table" id="results-students" tabIndex={-1}>
            <caption>{strings.students}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.student}</th>
                <th scope="col">{strings.score}</th>
                <th scope="col">
                  <span class="visually-hidden">{strings.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.students.map((student, index) => {
                const code = collected[index]!.code;
                const name = student.nickname || fill(strings.pupilNumber, { number: index + 1 });
                return (
                  <tr key={code}>
                    <th scope="row">{student.nickname || strings.noNickname}</th>
                    <td>
                      {student.score} / {student.total}
                    </td>
                    <td>
                      <ConfirmButton
                        label={strings.remove}
                        accessibleName={fill(strings.removeResult, { name })}
                        question={fill(strings.confirmRemove, { name, score: student.score, total: student.total })}
                        confirm={strings.remove}
                        keep={strings.keep}
                        onConfirm={() => removeResult(code, name)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <p class="classroom__actions">
        {results.length > 0 && (
          <a class="button" href={csvDataHref(ids, results, strings)} download={`class-${session.item.classId}.csv`}>
            {strings.export}
          </a>
        )}
        <a class="button" href={fileHref(session.item)} download={classFileName(session.item)}>
          {strings.saveFile}
        </a>
        {results.length > 0 && (
          <ConfirmButton
            label={strings.deleteResults}
            buttonClass="button"
            question={fill(strings.confirmDeleteResults, {
              label,
              results: plural(strings.resultCount, lang, session.item.codes.length),
            })}
            confirm={strings.delete}
            keep={strings.keep}
            onConfirm={() => {
              store({ ...session.item, codes: [] });
              setStatus(strings.resultsDeleted);
            }}
          />
        )}
      </p>
      <p class="meta">{strings.saveFileHelp}</p>
      <p class="meta">{strings.privacy}</p>
    </div>
  );
}

/** data: addresses for the downloads, so they need no blob URL to clean up and no request. */
function csvDataHref(ids: string[], results: ClassResult[], strings: ResultsStrings): string {
  const csv = resultsCsv(
    { student: strings.student, score: strings.score, total: strings.questionCount },
    ids,
    results.map((result) => ({ nickname: result.nickname, right: result.firstTry })),
  );
  return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + csv)}`;
}

function fileHref(item: TeacherClass): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(classFile(item))}`;
}
