import { teacherFragment } from '../../lib/quiz/class-session.ts';
import { teacherClasses, type TeacherClass } from '../../lib/quiz/quiz-storage.ts';
import type { ResultsStrings } from './strings.ts';

/** Switches the results page between the classes this browser remembers. */
export default function ClassPicker({ current, strings }: { current: TeacherClass; strings: ResultsStrings }) {
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
            window.location.hash = teacherFragment(next);
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
