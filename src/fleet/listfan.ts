// nx list without node. Given a plain `nx list` or `nx list --json`, bin/nx runs the fan-out script
// that the last full list in the same env wrote ($XDG_STATE_HOME/nexus/list.N.fan). Its first line
// names that env, the script's version and the awk files' sum; bin/nx runs only its own. Its second
// names the runtime dir, where bin/nx makes the listing's private dir (listFanDirs). Before
// any call the script checks that the machine, the fleet file and the runtime dir are as node
// saw them; then every host's list-sessions, ssh and all, runs under a deadline the script keeps
// itself; then its tail, when every host answered, draws the listing with scripts/list.awk exactly
// as node would, moves the new rows into the peer cache and prints the listing whole. Otherwise it
// prints nothing and bin/nx runs node, which takes the calls' results if its own calls, with the
// script's tags, sum the same (fanout.ts jobsSum), or lists again; either way it says what failed.
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import {
  checkPrivateDir,
  configFile,
  ensurePrivateDir,
  makeDirs,
  stateDir,
  writeAtomic,
} from "../config/paths.js";
import { FanReport, fanScript, jobsSum } from "../exec/fanout.js";
import { shq } from "../exec/quote.js";
import { sgr } from "../picker/rows.js";
import type { Ctx } from "./context.js";
import { deadlineFor, listJob } from "./list.js";

declare const NEXUS_LIST_SUM: string;
/**
 * The version of what bin/nx, the script, list.awk and lib.awk expect of each other: 4. Bump it when that
 * changes; the awk files' own sum (build.mjs, dist/list.sum) changes with them by itself.
 */
const VERSION = `4 ${typeof NEXUS_LIST_SUM === "string" ? NEXUS_LIST_SUM : "dev"}`;

/** The script's first line, as bin/nx compares it (test/integration/listfan.test.ts runs both). */
export const listFanHead = (env: NodeJS.ProcessEnv) =>
  [
    `# nexus-list ${VERSION}`,
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

/**
 * The private dirs of the listing that bin/nx (pid) started: `list.<pid>` in the runtime dir (a
 * tmpfs on a systemd machine: the calls' dozens of small files cost no disk), and `.list.<pid>` in
 * the peer cache's dir for the new cache files, which must be on the cache's file system to be
 * renamed into place.
 */
export const listFanDirs = (ctx: Ctx, pid: string) => ({
  dir: join(ctx.runtimeDir, `list.${pid}`),
  cache: join(ctx.cache.dir, `.list.${pid}`),
});

/**
 * The fan-out bin/nx (pid) ran, finished, its report in its dir's report file, if its calls are
 * this fleet's; otherwise none. done() removes its dirs.
 */
export function adoptFan(ctx: Ctx, pid: string): { fan?: FanReport; done(): void } {
  const { dir, cache } = listFanDirs(ctx, pid);
  const done = () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
  const fan = new FanReport(dir);
  try {
    // Read only from a dir bin/nx made: no one else can put files in one of ours with mode 0700.
    checkPrivateDir(dir);
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
    const head = listFanHead(ctx.env);
    const files = listFanFiles(ctx.env);
    const slots = files.map((f) => ({ f, ...slot(f) }));
    // No script for this fleet (no host to list): none of an older one either.
    if (text === undefined) {
      for (const s of slots) if (s.head === head) rmSync(s.f, { force: true });
      return;
    }
    const file =
      slots.find((s) => s.head === head) ??
      slots.find((s) => s.mtime === undefined) ??
      slots.sort((a, b) => (a.mtime ?? 0) - (b.mtime ?? 0))[0];
    const state = stateDir(ctx.env);
    makeDirs(state);
    // bin/nx makes the listing's dirs in both. A runtime dir that is not private has no script.
    try {
      ensurePrivateDir(ctx.runtimeDir);
    } catch (e) {
      if (file?.head === head) rmSync(file.f, { force: true });
      throw e;
    }
    makeDirs(ctx.cache.dir);
    writeAtomic(file?.f as string, `${head}\n# dir\t${ctx.runtimeDir}\n${text}`);
    sweep([ctx.runtimeDir, ctx.cache.dir, state]);
  } catch {
    // best effort: the next list is node's, as without bin/nx
  }
}

/**
 * Every host's call, under the longest of their deadlines, and the tail that prints the listing.
 * Arguments (bin/nx): $1 the dir (with t0 made), $2 json, text or color, $3 the scripts dir, $4 the
 * dir for the new cache files (listFanDirs); the listing goes to fd 4. Before any call: the script
 * ends (3, nothing started) unless this machine's name, the fleet file (or its absence) and the
 * runtime dir are as node saw them (ensurePrivateDir: ours, 0700, no symlink). After: exit 3,
 * nothing printed, unless every host answered (scripts/list.awk); else the listing is printed
 * whole, and the script's status is 0 (or 1 when writing it failed, and then node must not print
 * it again).
 */
export function listScript(ctx: Ctx): string | undefined {
  const hosts = ctx.hosts.flatMap((h) => {
    const job = listJob(ctx, h);
    return job ? [{ h, job }] : [];
  });
  // A fleet file known only as it is now, not as it was read, could vouch for another fleet.
  const file = ctx.fleet.file;
  const fleetStamp = ctx.fleetStamp;
  if (hosts.length === 0 || hosts.length !== ctx.hosts.length) return undefined;
  if (file !== "" && fleetStamp === undefined) return undefined;
  const jobs = hosts.map((x) => x.job);
  const map = hosts
    .map(({ h, job }, i) => `${h.spec.name}:${i}:${job.tag}:${h.local ? 1 : 0}:${sgr(h.spec.color)}`)
    .join(" ");
  const uid = process.getuid?.() ?? -1;
  // One stat for both: `uid mode mtime size inode` of the fleet file (fields 1-5), then of the
  // runtime dir (the next five): the listing's private dir and the ssh masters are in it.
  const run = ctx.runtimeDir;
  const stats = [...(fleetStamp === undefined ? [] : [file]), run];
  const dirAt = fleetStamp === undefined ? 0 : 5;
  const want = [
    ...(fleetStamp === undefined ? [] : [`"$3 $4 $5" = ${shq(fleetStamp)}`]),
    `"$${dirAt + 1} $${dirAt + 2}" = '${uid} 700'`,
  ];
  const pre = [
    `read -r nx_host </proc/sys/kernel/hostname && [ "$nx_host" = ${shq(hostname())} ] || exit 3`,
    ...(fleetStamp === undefined ? [`[ ! -e ${shq(configFile(ctx.env))} ] || exit 3`] : []),
    // Ours as much as the one who runs it (sudo -E keeps another's XDG_RUNTIME_DIR): -O.
    `[ ! -L ${shq(run)} ] && [ -O ${shq(run)} ] || exit 3`,
    `nx_same() { [ ${want.join(" ] && [ ")} ]; }`,
    `nx_same $(stat -L -c '%u %a %.3Y %s %i' -- ${stats.map(shq).join(" ")} 2>/dev/null) || exit 3`,
  ].join("\n");
  // In the environment: awk -v would undo backslashes.
  const vars = [
    ["NXL_JOBS", map],
    ["NXL_SELF", ctx.fleet.self],
  ].map(([k, v]) => `${k}=${shq(v as string)}`);
  const tail = [
    `stat -c '%.3Y %n' "$1/t0" "$1"/*.rc >"$1/times" 2>/dev/null || exit 3`,
    `NXL_FAN="$1" NXL_CACHE="$4" NXL_MODE="$2" ${vars.join(" ")} LC_ALL=C awk -f "$3/lib.awk" -f "$3/list.awk" "$1/times" >"$1/print" 2>/dev/null || exit 3`,
    `mv -f "$4"/* ${shq(ctx.cache.dir)}/ 2>/dev/null`,
    // Printed: whatever happens now, node does not print it again. A reader gone (| head) is no error.
    `: >"$1/printed"`,
    `cat "$1/print" >&4`,
    `rc=$?; [ "$rc" -eq 0 ] || [ "$rc" -eq 141 ] || exit 1`,
    "exit 0",
  ].join("\n");
  const watchMs = Math.max(...hosts.map(({ h }) => deadlineFor(ctx, h)));
  return fanScript(jobs, tail, { watchMs, pre });
}

/**
 * Private dirs of listings that a killed nx left behind (bin/nx removes its own): list.PID in the
 * runtime dir, .list.PID in the cache's, and list.PID in the state dir, where earlier builds kept
 * them; and node's own fan-outs (nx-fan-*, exec/fanout.ts) that an interrupted node left.
 */
function sweep(dirs: string[]): void {
  const old = Date.now() - 10 * 60_000;
  for (const dir of dirs)
    for (const name of readdirSync(dir))
      if (
        /^(\.?list\.\d+|nx-fan-.+)$/.test(name) &&
        (statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? old) < old
      )
        rmSync(join(dir, name), { recursive: true, force: true });
}

function slot(file: string): { head?: string; mtime?: number } {
  try {
    return { head: readFileSync(file, "utf8").split("\n", 1)[0], mtime: statSync(file).mtimeMs };
  } catch {
    return {};
  }
}
