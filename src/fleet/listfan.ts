// nx list's head start. Given a plain `nx list` or `nx list --json`, bin/nx starts the fan-out
// script that the last full list in the same env wrote ($XDG_STATE_HOME/nexus/list.N.fan) before
// node has even loaded: every host's list-sessions, ssh and all, runs during node's start-up
// instead of after it. The script's first line is a comment naming the inputs bin/nx can see (the
// env that chooses the fleet); bin/nx runs a script only under the same. node then takes the calls'
// results only if its own calls, with the script's tags, sum the same (fanout.ts jobsSum). When
// they do not (the fleet file changed, or anything else that changes a call), they are killed,
// node lists by itself and writes a fresh script for next time.
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { Socket } from "node:net";
import { join } from "node:path";
import { stateDir, writeAtomic } from "../config/paths.js";
import { FanReport, fanScript, jobsSum } from "../exec/fanout.js";
import type { Ctx } from "./context.js";
import { listJob } from "./list.js";

/** The script's first line, as bin/nx compares it (test/integration/listfan.test.ts runs both). */
export const listFanHead = (env: NodeJS.ProcessEnv) =>
  ["# nexus-list 1", env.NEXUS_CONFIG, env.NEXUS_SELF, env.XDG_CONFIG_HOME, env.HOME]
    .map((v) => v ?? "")
    .join("\t");

/** Scripts kept, one per env (a second fleet via $NEXUS_CONFIG does not push the first one out). */
const SLOTS = 4;
export const listFanFiles = (env: NodeJS.ProcessEnv) =>
  Array.from({ length: SLOTS }, (_, i) => join(stateDir(env), `list.${i}.fan`));

/** The private dir of the fan-out that bin/nx (pid) started: `list.<pid>` beside the script. */
export const listFanDir = (env: NodeJS.ProcessEnv, pid: string) => join(stateDir(env), `list.${pid}`);

/**
 * The fan-out bin/nx (pid) started, its report on fd 3 and its outputs in listFanDir, if its calls
 * are this fleet's; otherwise its calls are killed and there is none. done() lets go of it and
 * removes the dir.
 */
export async function adoptFan(ctx: Ctx, pid: string): Promise<{ fan?: FanReport; done(): void }> {
  const dir = listFanDir(ctx.env, pid);
  const rmDir = () => rmSync(dir, { recursive: true, force: true });
  let report: Socket;
  try {
    report = new Socket({ fd: 3, readable: true, writable: false });
  } catch {
    return { done: rmDir };
  }
  const fan = new FanReport(dir, report);
  const done = () => {
    report.destroy();
    rmDir();
  };
  await fan.ready;
  const jobs = ctx.hosts.flatMap((h) => {
    const tag = fan.has(h.spec.name)?.tag;
    return listJob(ctx, h, tag === "-" ? undefined : tag) ?? [];
  });
  if (fan.sum !== undefined && fan.sum === jobsSum(jobs)) return { fan, done };
  fan.drop();
  return { done };
}

/**
 * The script for the next plain `nx list` in this env: every host's call, under its head, in the
 * slot that has this head, else in a free one, else in the one written longest ago.
 */
export function writeListFan(ctx: Ctx): void {
  const jobs = ctx.hosts.flatMap((h) => listJob(ctx, h) ?? []);
  if (jobs.length === 0) return;
  try {
    const head = listFanHead(ctx.env);
    const files = listFanFiles(ctx.env);
    const slots = files.map((f) => ({ f, ...slot(f) }));
    const file =
      slots.find((s) => s.head === head) ??
      slots.find((s) => s.mtime === undefined) ??
      slots.sort((a, b) => (a.mtime ?? 0) - (b.mtime ?? 0))[0];
    mkdirSync(join(files[0] as string, ".."), { recursive: true, mode: 0o700 });
    writeAtomic(file?.f as string, `${head}\n${fanScript(jobs)}`);
  } catch {
    // best effort: the next list starts its calls after node has loaded, as without bin/nx
  }
}

function slot(file: string): { head?: string; mtime?: number } {
  try {
    return { head: readFileSync(file, "utf8").split("\n", 1)[0], mtime: statSync(file).mtimeMs };
  } catch {
    return {};
  }
}
