// Stopping everything a rig started and removing its dir: politely first (tmux kill-server, SIGTERM),
// then SIGKILL. The synchronous variant is the process 'exit' fallback for a run that never got to stop().
import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import type { HungListener } from "./ports.js";
import { isGone, pidsMentioning, signal, treeOf } from "./procs.js";
import type { Sshd } from "./sshd.js";

/** What a rig owns; filled in as startup proceeds, so a half-started rig can be torn down too. */
export interface Owned {
  dir: string;
  /** The client's runtime dir on tmpfs (dir/run links to it), if there is one. */
  tmpfs?: string;
  sshds: Sshd[];
  hung?: HungListener;
  reaper?: ChildProcess;
  /** One env per tmux default server to kill-server: every simulated host's and the client's. */
  tmuxEnvs: NodeJS.ProcessEnv[];
}

const GRACE_MS = 1500;

export async function teardown(owned: Owned): Promise<void> {
  // "no server running" exits 1: fine, reject: false.
  await Promise.all(
    owned.tmuxEnvs.map((env) =>
      execa("tmux", ["kill-server"], { env, extendEnv: false, reject: false, timeout: 2000 }),
    ),
  );
  const first = ourPids(owned);
  signal(first, "SIGTERM");
  signal(first, "SIGCONT"); // a stopped process only acts on SIGTERM once continued
  await waitGone(first, GRACE_MS);
  const rest = [...new Set([...first, ...ourPids(owned)])].filter((pid) => !isGone(pid));
  signal(rest, "SIGKILL");
  await waitGone(rest, GRACE_MS);
  await owned.hung?.close();
  await stopReaper(owned.reaper);
  removeDirs(owned);
}

export function teardownSync(owned: Owned): void {
  const pids = ourPids(owned);
  signal(pids, "SIGKILL");
  if (owned.reaper?.pid) signal([owned.reaper.pid], "SIGKILL");
  removeDirs(owned);
}

function removeDirs(owned: Owned): void {
  for (const d of [owned.dir, owned.tmpfs]) if (d) rmSync(d, { recursive: true, force: true });
}

/**
 * Every process the rig or the code under test started: the sshd listeners, everything mentioning the
 * rig dir (tmux servers, shells, ssh masters and clients), and their descendants, which covers sshd's
 * per-connection children (setproctitle leaves nothing of the rig dir in their argv or environ).
 */
function ourPids(owned: Owned): number[] {
  const reaper = owned.reaper?.pid;
  const exclude = new Set(reaper ? [reaper] : []);
  const listeners = owned.sshds.filter((sshd) => !sshd.exited).map((sshd) => sshd.pid);
  return treeOf([...listeners, ...pidsMentioning(owned.dir, exclude)]).filter(
    (pid) => pid !== process.pid && !exclude.has(pid),
  );
}

async function waitGone(pids: number[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (pids.some((pid) => !isGone(pid)) && Date.now() < deadline) await sleep(10);
}

async function stopReaper(reaper: ChildProcess | undefined): Promise<void> {
  if (!reaper || reaper.exitCode !== null || reaper.signalCode !== null) return;
  const exited = new Promise((resolve) => reaper.once("exit", resolve));
  reaper.kill("SIGKILL");
  await exited;
}
