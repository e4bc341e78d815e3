import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..', '..');

/**
 * Ways a file can point outside the repository: the folder beside it that the team's design
 * notes came from, its reference folder, and the design file itself. Written in pieces so that
 * this test does not find itself.
 */
const outside = new RegExp(
  ['\\.\\./' + 'shared\\b', '\\bshared/' + 'reference\\b', '\\bDESIGN' + '\\.md\\b'].join('|'),
);

/** Every tracked text file and the lines of it that point outside. */
function pointersOutside(): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: project, encoding: 'utf8' }).split('\0').filter(Boolean);
  expect(files.length).toBeGreaterThan(100);
  return files
    .filter((file) => !/\.(png|jpe?g|gif|webp|ico|woff2?|pdf|zip)$/.test(file))
    .flatMap((file) =>
      readFileSync(join(project, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (outside.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
}

describe('the repository stands alone', () => {
  it('no tracked file refers to files outside it', () => {
    expect(pointersOutside()).toEqual([]);
  });
});
