import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { fixtureCheckOptions, fixtureTree } from '../../support/fixture-tree.ts';

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' });

describe('content check: history only grows', () => {
  it('refuses a hand edit that removes or alters a committed history event, naming the device and the event', () => {
    const dir = fixtureTree('base');
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'published');
    const file = join(dir, 'content', 'register', 'traffic-camera-centrum-01.yaml');
    const original = readFileSync(file, 'utf8');
    const firstEvent = /\n {2}- date: [^\n]+\n {4}type: (\w+)\n/.exec(original)!;
    writeFileSync(file, original.replace(`type: ${firstEvent[1]}\n`, 'type: moved\n'));
    const options = fixtureCheckOptions(dir);
    const issues = checkContent(options).issues.filter((issue) => issue.field === 'history');
    expect(issues.map((issue) => `${issue.severity} ${issue.file}: ${issue.message}`)).toEqual([
      expect.stringMatching(
        /^error content\/register\/traffic-camera-centrum-01\.yaml: traffic-camera-centrum-01: the "\w+" event of \d{4}-\d{2}-\d{2} \(event 1\) was altered\. Published events cannot change: restore it and add a new event that says what changed\. \(compared with HEAD in git\)$/,
      ),
    ]);

    // A changed fact without an event or a new updated day is refused as well.
    writeFileSync(file, original.replace(/^retention: .*$/m, 'retention: P2Y'));
    expect(
      checkContent(options)
        .issues.filter((issue) => issue.field === 'history' || issue.field === 'updated')
        .map((issue) => issue.message),
    ).toEqual([
      'traffic-camera-centrum-01: How long data is kept changed but no history event says so: add one (type changed) that tells residents what changed. (compared with HEAD in git)',
      expect.stringMatching(
        /^traffic-camera-centrum-01: How long data is kept changed but updated is still \d{4}-\d{2}-\d{2}: write the day of the change\. \(compared with HEAD in git\)$/,
      ),
    ]);

    // Adding an event is what history is for.
    writeFileSync(
      file,
      original.replace(
        /\ncreated:/,
        "\n  - date: '2026-05-01'\n    type: changed\n    note:\n      en: Moved to the other side of the road.\ncreated:",
      ),
    );
    expect(checkContent(options).issues.filter((issue) => issue.field === 'history')).toEqual([]);
  });
});
