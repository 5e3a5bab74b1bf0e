// The two terminals a run sits at, each an outer tmux (test/helpers/term.ts) read through a Screen.
// nexus's runs a hop loop, as a person who typed `nx attach home:=h1` would have; the floor's runs
// the plain-ssh equivalent: attach home, and when that client detaches, `ssh -tt peer tmux attach`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { shJoin } from "../src/exec/quote.js";
import { Terminal } from "../test/helpers/term.js";
import { procText, sleep } from "./measure.js";
import { Screen } from "./screen.js";
import { shows, type World } from "./world.js";

export interface Seat {
  term: Terminal;
  screen: Screen;
  /** #{client_name} of its client on the home server (the outer pane's tty). */
  client: string;
  /** The shell the terminal runs: the seat's loop, whose children are its hop loops or ssh. */
  shell: number;
}

async function sit(w: World, command: string, host: string, session: string): Promise<Seat> {
  const term = new Terminal(w.env);
  await term.start(command);
  const screen = new Screen(term, w.env);
  await screen.until(shows(host, session), `${host}:${session} on a new seat`, 15_000);
  const shell = Number(await term.outer(["display-message", "-p", "-t", "term", "#{pane_pid}"]));
  return { term, screen, client: await term.tty(), shell };
}

/** nexus's seat: a hop loop on home:h1, started again whenever it ends (prefix d on a peer). */
export function loopSeat(w: World): Promise<Seat> {
  const attach = shJoin(["node", w.bundle, "attach", "home:=h1"]);
  return sit(w, `while :; do ${attach} || sleep 1; done`, "home", "h1");
}

/** The hop loop (`nx attach`) nexus's seat runs now. */
export function hopLoopPid(w: World, seat: Seat): number {
  const children = readFileSync(`/proc/${seat.shell}/task/${seat.shell}/children`, "utf8");
  const loop = children
    .split(" ")
    .map(Number)
    .find((pid) => pid > 0 && procText(pid, "cmdline").includes(`${w.bundle}\0attach\0`));
  if (loop === undefined) throw new Error("bench: no hop loop under nexus's seat");
  return loop;
}

/** The peer the floor's seat goes to when its home client detaches. */
export const floorNext = (w: World) => join(w.rig.dir, "floor-next");

export function setFloorNext(w: World, peer: string): void {
  writeFileSync(floorNext(w), `${peer}\n`);
}

/** The floor's seat: home:fl; on detach, ssh -tt to the peer named in floorNext, then home again. */
export function floorSeat(w: World): Promise<Seat> {
  setFloorNext(w, w.peers[0]!);
  const home = shJoin(["tmux", "-L", "default", "attach", "-t", "=fl"]);
  const ssh = shJoin([...w.floorSsh, "-tt"]);
  // $h-s1 is peerSession($h, "s1"), the session nexus's hop goes to.
  const loop = `while :; do ${home}; h=$(cat ${shJoin([floorNext(w)])}); ${ssh} "$h" "tmux attach -t =$h-s1"; done`;
  return sit(w, loop, "home", "fl");
}

export async function leave(seat: Seat | undefined): Promise<void> {
  seat?.screen.close();
  await seat?.term.stop();
}

/**
 * Presses keys (untimed) until the seat shows host:session. Keys sent within a few ms of a tmux
 * 3.3a client's first frame can reach the pane as plain input (seen as ^Bd in `cat`), so wait a
 * little first and press again if nothing happened.
 */
export async function pressUntil(seat: Seat, keys: string[], host: string, session: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await sleep(100);
    await seat.screen.keys(...keys);
    try {
      await seat.screen.until(shows(host, session), `${host}:${session}`, 4000);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      process.stderr.write(`bench: ${keys.join(" ")} did nothing; pressing it again\n`);
    }
  }
}
