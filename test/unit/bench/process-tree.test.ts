import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processTree, residentBytes, watchPeakMemory } from '../../../src/tooling/bench/process-tree.ts';

const MB = 1024 * 1024;

describe('memory of a process tree', () => {
  it('counts a grandchild that holds 200 MB, and the peak after it has let go', async () => {
    // A parent that starts a child; the child fills 200 MB, says so, holds it, then frees it.
    const child = `const b = Buffer.alloc(200 * ${MB}, 1); console.log('full'); setTimeout(() => process.exit(0), 1500);`;
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const watch = watchPeakMemory(parent.pid!, 50);
    await once(parent.stdout!, 'data');
    const tree = processTree(parent.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(2);
    expect(tree[0]).toBe(parent.pid);
    const child200 = tree.slice(1).map(residentBytes);
    expect(Math.max(...child200)).toBeGreaterThan(200 * MB);
    await once(parent, 'exit');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    const peak = watch.stop();
    expect(peak).toBeGreaterThan(200 * MB);
    expect(peak).toBeLessThan(2000 * MB);
  });

  it('gives 0 for a process that does not exist', () => {
    expect(residentBytes(2 ** 22 + 12345)).toBe(0);
  });
});
