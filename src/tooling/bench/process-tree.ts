import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a process and everything it started, read from Linux's /proc (the benchmark
 * machines are Linux). A build is one Node process today, but bundlers and tools may spawn
 * workers, and what a machine must hold is the sum.
 */

/** Parent of each running process, from /proc/<pid>/stat (the field after the state letter). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name in parentheses may hold spaces and parentheses: read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parentOf;
}

/** A process and all its descendants that are running now. */
export function processTree(root: number): number[] {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf)
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree];
}

/** Resident memory of one process in bytes (VmRSS), 0 if it has ended. */
export function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process tree now, in bytes. */
export function treeResidentBytes(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
}

/**
 * Samples a process tree's resident memory every `intervalMs` until stopped; `stop()` gives
 * the peak. Sampling misses spikes shorter than the interval, which is fine for a build that
 * runs for minutes.
 */
export function watchPeakMemory(root: number, intervalMs = 250): { stop: () => number } {
  let peak = treeResidentBytes(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(root));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeResidentBytes(root));
    },
  };
}
