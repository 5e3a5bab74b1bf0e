// nx list without node. Given a plain `nx list` or `nx list --json`, bin/nx runs the fan-out script
// that the last full list in the same env wrote ($XDG_STATE_HOME/nexus/list.N.fan): every host's
// list-sessions, ssh and all, under a deadline the script keeps itself; then its tail, when every
// host answered and the fleet is still the one it was written for, prints the listing with
// scripts/list.awk exactly as node would and moves the new rows into the peer cache. Otherwise (a
// host failed or timed out, the fleet file changed, anything amiss) it prints nothing and bin/nx
// runs node, which takes the calls' results if its own calls, with the script's tags, sum the same
// (fanout.ts jobsSum), or lists again; either way it says what failed and why. The script's first
// line is a comment naming the env that chose the fleet, which bin/nx compares to its own.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { configFile, stateDir, writeAtomic } from "../config/paths.js";
import { FanReport, fanScript, jobsSum } from "../exec/fanout.js";
import { shq } from "../exec/quote.js";
import { sgr } from "../picker/rows.js";
import type { Ctx } from "./context.js";
import { deadlineFor, listJob } from "./list.js";

/** The script's first line, as bin/nx compares it (test/integration/listfan.test.ts runs both). */
export const listFanHead = (env: NodeJS.ProcessEnv) =>
  [
    "# nexus-list 2",
    env.NEXUS_CONFIG,
    env.NEXUS_SELF,
    env.XDG_CONFIG_HOME,
    env.HOME,
    env.NEXUS_SSH_CONFIG,
    env.XDG_RUNTIME_DIR,
  ]
    .map((v) => v ?? "")
    .join("\t");

/** Scripts kept, one per env (a second fleet via $NEXUS_CONFIG does not push the first one out). */
const SLOTS = 4;
export const listFanFiles = (env: NodeJS.ProcessEnv) =>
  Array.from({ length: SLOTS }, (_, i) => join(stateDir(env), `list.${i}.fan`));

/** The private dir of the fan-out that bin/nx (pid) started: `list.<pid>` beside the script. */
export const listFanDir = (env: NodeJS.ProcessEnv, pid: string) => join(stateDir(env), `list.${pid}`);

/**
 * The fan-out bin/nx (pid) ran, finished, its report in listFanDir/report, if its calls are this
 * fleet's; otherwise none. done() removes its dir.
 */
export function adoptFan(ctx: Ctx, pid: string): { fan?: FanReport; done(): void } {
  const dir = listFanDir(ctx.env, pid);
  const done = () => rmSync(dir, { recursive: true, force: true });
  const fan = new FanReport(dir);
  try {
    fan.feed(readFileSync(join(dir, "report"), "utf8"));
  } catch {
    return { done };
  }
  fan.close();
  const jobs = ctx.hosts.flatMap((h) => {
    const tag = fan.has(h.spec.name)?.tag;
    return listJob(ctx, h, tag === "-" ? undefined : tag) ?? [];
  });
  return fan.sum !== undefined && fan.sum === jobsSum(jobs) ? { fan, done } : { done };
}

/**
 * The script for the next plain `nx list` in this env, in the slot that has this env's head, else in
 * a free one, else in the one written longest ago.
 */
export function writeListFan(ctx: Ctx): void {
  try {
    const text = listScript(ctx);
    if (text === undefined) return;
    const head = listFanHead(ctx.env);
    const files = listFanFiles(ctx.env);
    const slots = files.map((f) => ({ f, ...slot(f) }));
    const file =
      slots.find((s) => s.head === head) ??
      slots.find((s) => s.mtime === undefined) ??
      slots.sort((a, b) => (a.mtime ?? 0) - (b.mtime ?? 0))[0];
    const state = stateDir(ctx.env);
    mkdirSync(state, { recursive: true, mode: 0o700 });
    writeAtomic(file?.f as string, `${head}\n${text}`);
    sweep(state);
  } catch {
    // best effort: the next list is node's, as without bin/nx
  }
}

/**
 * Every host's call, under the longest of their deadlines, and the tail that prints the listing.
 * Arguments (bin/nx): $1 the dir (with t0 and c/ made), $2 json, text or color, $3 the scripts dir;
 * the listing goes to fd 4. Exit 0: printed; else nothing printed, and node lists.
 */
export function listScript(ctx: Ctx): string | undefined {
  const hosts = ctx.hosts.flatMap((h) => {
    const job = listJob(ctx, h);
    return job ? [{ h, job }] : [];
  });
  if (hosts.length === 0 || hosts.length !== ctx.hosts.length) return undefined;
  const jobs = hosts.map((x) => x.job);
  const map = hosts
    .map(({ h, job }, i) => `${h.spec.name}:${i}:${job.tag}:${h.local ? 1 : 0}:${sgr(h.spec.color)}`)
    .join(" ");
  // The fleet file as it is now (its mtime to the ms, as `stat -c %.3Y` prints it, size, inode).
  const file = ctx.fleet.file;
  const st = file === "" ? undefined : statSync(file, { bigint: true });
  const stamp =
    st === undefined
      ? ""
      : `${st.mtimeNs / 1_000_000_000n}.${String((st.mtimeNs % 1_000_000_000n) / 1_000_000n).padStart(3, "0")} ${st.size} ${st.ino}`;
  // In the environment: awk -v would undo backslashes.
  const vars = [
    ["NXL_JOBS", map],
    ["NXL_SELF", ctx.fleet.self],
    ["NXL_FLEET", file],
    ["NXL_STAMP", stamp],
    ["NXL_HOSTNAME", hostname()],
  ].map(([k, v]) => `${k}=${shq(v as string)}`);
  const tail = [
    `stat -c '%.3Y %s %i %n' "$1/t0" "$1"/*.rc${file === "" ? "" : ` ${shq(file)}`} >"$1/times" 2>/dev/null || exit 3`,
    ...(file === "" ? [`[ ! -e ${shq(configFile(ctx.env))} ] || exit 3`] : []),
    `NXL_FAN="$1" NXL_MODE="$2" ${vars.join(" ")} LC_ALL=C awk -f "$3/lib.awk" -f "$3/list.awk" "$1/times" >&4 2>/dev/null || exit 3`,
    `mv -f "$1"/c/* ${shq(ctx.cache.dir)}/ 2>/dev/null`,
    "exit 0",
  ].join("\n");
  const watchMs = Math.max(...hosts.map(({ h }) => deadlineFor(ctx, h)));
  return fanScript(jobs, tail, watchMs);
}

/** Private dirs of listings that a killed nx left behind (bin/nx removes its own). */
function sweep(state: string): void {
  const old = Date.now() - 10 * 60_000;
  for (const name of readdirSync(state))
    if (
      /^list\.\d+$/.test(name) &&
      (statSync(join(state, name), { throwIfNoEntry: false })?.mtimeMs ?? old) < old
    )
      rmSync(join(state, name), { recursive: true, force: true });
}

function slot(file: string): { head?: string; mtime?: number } {
  try {
    return { head: readFileSync(file, "utf8").split("\n", 1)[0], mtime: statSync(file).mtimeMs };
  } catch {
    return {};
  }
}
