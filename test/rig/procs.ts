// What the rig knows about processes, read from /proc: process trees, which processes mention the rig
// directory, and signalling them. Synchronous on purpose, so the process 'exit' fallback can use it.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** The pid and parent pid of every process, from /proc/<pid>/stat. */
function parentTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const pid of allPids()) {
    const stat = readProc(pid, "stat");
    // "pid (comm) state ppid …": comm may hold spaces and ')', so split after the last ')'.
    const ppid = Number(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (Number.isInteger(ppid)) parents.set(pid, ppid);
  }
  return parents;
}

function allPids(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "latin1");
  } catch {
    return undefined; // gone already, or not ours to read
  }
}

/** The roots and all their descendants, parents first. */
export function treeOf(roots: Iterable<number>): number[] {
  const parents = parentTable();
  const tree = [...new Set(roots)].filter((pid) => parents.has(pid));
  const seen = new Set(tree);
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) {
      if (parent === tree[i] && !seen.has(child)) {
        seen.add(child);
        tree.push(child);
      }
    }
  }
  return tree;
}

/**
 * Processes that mention `dir/` in their command line, initial environment or open files: tmux servers
 * and shells of the simulated hosts (HOME under dir), sshd listeners (-f dir/…), ssh masters
 * ("ssh: dir/cm [mux]"), anything the code under test started with the client env, and sshd's
 * per-connection children, whose stderr is the host's sshd.log. Those children overwrite argv and
 * environ with setproctitle(), and once their listener is gone they are no longer in its tree.
 */
export function pidsMentioning(dir: string, exclude: ReadonlySet<number> = new Set()): number[] {
  const needle = `${dir}/`;
  return allPids().filter((pid) => {
    if (pid === process.pid || exclude.has(pid)) return false;
    const texts = [readProc(pid, "cmdline"), readProc(pid, "environ"), ...openFiles(pid)];
    return texts.some((text) => text?.includes(needle));
  });
}

function openFiles(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/fd`).map((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return "";
      }
    });
  } catch {
    return [];
  }
}

/**
 * Every running process's argv (or those of pids), joined by spaces, as `ps -eo args` shows it
 * (without needing ps).
 */
export function commandLines(pids: readonly number[] = allPids()): string[] {
  return pids
    .filter((pid) => !isGone(pid))
    .map((pid) => (readProc(pid, "cmdline") ?? "").replace(/\0$/, "").replaceAll("\0", " "))
    .filter((l) => l !== "");
}

/** True when the process no longer runs: gone, or a zombie nobody reaps (PID 1 may not). */
export function isGone(pid: number): boolean {
  const stat = readProc(pid, "stat");
  return stat === undefined || stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
}

export function signal(pids: Iterable<number>, sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // ESRCH: it went away on its own.
    }
  }
}

/** Processes mentioning dir and their descendants: what a rig leaves running if stop() misses something. */
export function rigProcesses(dir: string): number[] {
  return treeOf(pidsMentioning(dir)).filter((pid) => pid !== process.pid && !isGone(pid));
}
