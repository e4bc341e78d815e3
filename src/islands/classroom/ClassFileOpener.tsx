import { useState } from 'preact/hooks';
import { readPastedCodes } from '../../lib/quiz/class-results.ts';
import { readClassFile, type ClassFileError } from '../../lib/quiz/class-file.ts';
import type { JoinQuiz } from '../../lib/quiz/join-code.ts';
import { teacherClasses, type TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import { fill } from '../../lib/fill.ts';
import type { SetupStrings } from './strings.ts';

const ERROR_KEYS: Record<ClassFileError, keyof SetupStrings['fileErrors']> = {
  'not-json': 'notJson',
  'not-a-class-file': 'notClassFile',
  'newer-version': 'newerVersion',
  'unknown-quiz': 'unknownQuiz',
  damaged: 'damaged',
};

/**
 * Opens a class saved with "Save the class to a file" (on another device, or before the browser
 * cleared its data). Results already on this device for the same class are kept and merged.
 */
export default function ClassFileOpener({
  quizzes,
  strings,
  onOpened,
}: {
  quizzes: JoinQuiz[];
  strings: SetupStrings;
  onOpened: (item: TeacherClass, message: string) => void;
}) {
  const [error, setError] = useState('');
  const open = async (file: File) => {
    const read = readClassFile(await file.text(), quizzes);
    if (!read.ok) return setError(fill(strings.fileErrors[ERROR_KEYS[read.error]], { file: file.name }));
    setError('');
    const known = teacherClasses().find((other) => other.classId === read.item.classId);
    const merged = known
      ? {
          ...read.item,
          codes: [
            ...known.codes,
            ...readPastedCodes(
              read.item.codes.join('\n'),
              known.classId,
              known.questions.length,
              known.codes,
            ).accepted.map((entry) => entry.code),
          ],
        }
      : read.item;
    onOpened(merged, fill(strings.fileOpened, { label: merged.label || merged.classId }));
  };
  return (
    <div class="classroom__file">
      <label for="class-file">{strings.openFile}</label>
      <input
        id="class-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void open(file);
          event.currentTarget.value = '';
        }}
      />
      <p aria-live="polite" class="feedback feedback--wrong" hidden={!error}>
        {error}
      </p>
    </div>
  );
}
