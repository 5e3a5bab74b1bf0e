// The hop loop (`nx hop`): attach to the target here or over `ssh -t`; when that returns, take the
// next intent from the host it was on and go on; no intent means the user detached, so stop.
import { ensurePrivateDir } from "../config/paths.js";
import { HostError } from "../exec/errors.js";
import type { Host } from "../exec/host.js";
import { shJoin } from "../exec/quote.js";
import { ATTACH, ATTACH_FAILED, PUSH, script, TAKE } from "../exec/scripts.js";
import { runAttached } from "../exec/spawn.js";
import type { SshHost } from "../exec/ssh.js";
import type { Ctx } from "../fleet/context.js";
import { listAll } from "../fleet/list.js";
import { Exit, type ExitCode } from "../report.js";
import { socketName, tmuxBase } from "../tmux/argv.js";
import { parseSessions, SESSION_FORMAT } from "../tmux/fields.js";
import { checkIntent, claimLocal, newHopId } from "./intent.js";
import type { Target } from "./plan.js";

export interface LoopIo {
  say(s: string): void;
  /** The picker on this terminal, when the loop has nowhere to go; undefined: stop. */
  pick(): Promise<Target | undefined>;
  sleep(ms: number): Promise<void>;
}

const RETRIES = 3;
/**
 * How long after the attach starts the push begins. The push lists the local hosts (a node fork and
 * a tmux client) and opens a second channel on the ssh master the attach is using; on a 2-core
 * machine, started together with the attach, it delayed the session's first frame by ~10 ms. The
 * peer reads the pushed rows only when its picker or ring is used, which nobody does within 100 ms
 * of the screen appearing (~30 ms after the attach starts).
 */
export const PUSH_AFTER_MS = 100;
const RESET_TERMINAL = "\x1b[?1049l\x1b[?1000l\x1b[?1002l\x1b[?1006l\x1b[?25h\x1b[0m";

export async function hopLoop(ctx: Ctx, first: Target, io: LoopIo, hop = newHopId()): Promise<ExitCode> {
  ensurePrivateDir(ctx.runtimeDir);
  let target: Target | undefined = first;
  let failures = 0;
  while (target) {
    const host = ctx.host(target.host);
    // The rows go over the same master once the session is on screen (an unreachable host fails at
    // attach); an attach that ends sooner pushes on its way out.
    const pushing = host.local ? undefined : later(PUSH_AFTER_MS, () => push(ctx, host).catch(() => {}));
    const code = await attach(host, hop, target.id);
    await pushing?.now();
    if (code === 255 && !host.local) {
      // A tmux client cut off mid-session leaves the terminal in its alternate screen with mouse
      // reporting on: leave both, so the messages below stay on screen and clicks stay clicks.
      io.say(RESET_TERMINAL);
      failures++;
      if (failures <= RETRIES) {
        const wait = 500 * 2 ** (failures - 1);
        io.say(
          `nexus: the connection to ${host.spec.name} broke; retry ${failures}/${RETRIES} in ${wait} ms`,
        );
        await io.sleep(wait);
        continue;
      }
      io.say(`nexus: ${host.spec.name} cannot be reached; pick another session`);
      failures = 0;
      target = await io.pick();
      continue;
    }
    failures = 0;
    if (code === ATTACH_FAILED && (await gone(host, target.id))) {
      io.say(`nexus: ${target.host}:${target.id} is gone; pick another session`);
      target = await io.pick();
      continue;
    }
    target = await take(ctx, host, hop, io);
  }
  return Exit.ok;
}

function attach(host: Host, hop: string, id: string): Promise<number> {
  const args = [hop, socketName(host.spec), id];
  if (host.local) {
    // This terminal may be inside a multiplexer inside an ssh session: SSH_TTY can name another tty.
    const { SSH_TTY: _, ...env } = process.env;
    return runAttached(["sh", "-c", ATTACH, "sh", ...args], env);
  }
  // The remote login shell parses this line: constant text plus a hex hop id, a socket name of
  // [A-Za-z0-9._-] and a $N id, each single-quoted.
  return runAttached((host as SshHost).ttyArgv(shJoin(["sh", "-c", ATTACH, "sh", ...args])));
}

/** After a failed attach: is the session gone (else tmux failed for another reason)? */
async function gone(host: Host, id: string): Promise<boolean> {
  try {
    return (
      (await host.exec([...tmuxBase(host.spec), "has-session", "-t", id], { deadlineMs: 5000 })).code !== 0
    );
  } catch (e) {
    if (e instanceof HostError) return false; // unreachable: take() says so
    throw e;
  }
}

/** The next target from the host the client was on; undefined when the user detached. */
async function take(ctx: Ctx, host: Host, hop: string, io: LoopIo): Promise<Target | undefined> {
  let raw: string | undefined;
  let reason: string | undefined;
  let now = Date.now() / 1000;
  if (host.local) ({ raw, reason } = claimLocal(ctx.runtimeDir, hop));
  else {
    try {
      const r = await host.exec(script(TAKE, [hop, socketName(host.spec), SESSION_FORMAT]), {
        deadlineMs: 5000,
      });
      const [head = "", rows = ""] = r.stdout.split("\nROWS\n");
      now = Number(/^NOW (\d+)/m.exec(head)?.[1] ?? now);
      raw = /^INTENT (.*)$/m.exec(head)?.[1];
      reason = /^BAD (.*)$/m.exec(head)?.[1];
      ctx.cache.write({
        v: 1,
        host: host.spec.name,
        at: Date.now(),
        sessions: parseSessions(host.spec.name, rows).sessions,
      });
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      io.say(`nexus: ${e.message}; pick where to go`);
      return io.pick();
    }
  }
  // A bad intent is logged and ignored: as after a detach, the chain ends in the shell that started it.
  if (reason) {
    io.say(`nexus: ignored an intent on ${host.spec.name}: ${reason}`);
    return undefined;
  }
  if (raw === undefined) return undefined;
  const c = checkIntent(raw, hop, now, ctx.fleet);
  if (c.ok) return { host: c.intent.target.host, id: c.intent.target.id };
  io.say(`nexus: ignored an intent on ${host.spec.name}: ${c.reason}`);
  return undefined;
}

/** Before entering a host: what this loop knows of the others, into that host's peer cache. */
async function push(ctx: Ctx, host: Host): Promise<void> {
  // This machine's own rows are fresh for the asking; a peer behind NAT can only see them this way.
  await listAll(
    ctx,
    ctx.hosts.filter((h) => h.local).map((h) => h.spec.name),
  );
  const lines = ctx.hosts
    .map((h) => ctx.cache.read(h.spec.name))
    .filter((c) => c !== undefined && c.host !== host.spec.name)
    .map((c) => `${c?.host} ${c?.at} ${JSON.stringify({ ...c, pushed: true })}`);
  if (lines.length === 0) return;
  await host.exec(script(PUSH, [""]), { stdin: `${lines.join("\n")}\n`, deadlineMs: 3000 });
}

/** Runs f after ms, or at once when now() is called first; now() resolves when f has finished. */
export function later(ms: number, f: () => Promise<void>): { now(): Promise<void> } {
  let started: Promise<void> | undefined;
  const start = () => {
    started ??= f();
    return started;
  };
  const timer = setTimeout(start, ms);
  return {
    now() {
      clearTimeout(timer);
      return start();
    },
  };
}
