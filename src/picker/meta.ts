// The picker's meta file: what scripts/picker.sh needs to draw the first frame without node, written
// by the node of each picker on a tmux server, for the next one. One block per set of inputs that
// chose the fleet (the `key` line, which the script compares as a whole), newest first, a few kept:
// switching @nexus-config back and forth does not send every picker to node. The script trusts a
// block while the fleet file is not newer than the meta file and no cached host's JSON is newer
// than its TSV mirror; otherwise it runs the node picker, which writes a fresh block. Before each
// write, blocks whose fleet file changed since they were written are dropped.
//
// A block's lines, tab-separated: `nexus-picker 2`; `key <@nexus-config> <@nexus-self>
// <$NEXUS_CONFIG> <$NEXUS_SELF>`; `written <ms>`; `fleet <file>`; `self <name>`;
// `opts <our FZF_DEFAULT_OPTS>`; `fzf <arg>` per argument; `host <name> <sgr> <here|cache>` per
// host, in ring order; `fan <file>`: the fan-out script (exec/fanout.ts) that lists every host, which
// the script starts at once, so the live listing runs while node loads; when every host answers
// cleanly, it also draws the live rows (drawLive), and node only acts on Enter.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { NexusOptions } from "../config/options.js";
import { ensurePrivateDir, makeDirs, stateDir, writeAtomic } from "../config/paths.js";
import { type FanJob, fanScript } from "../exec/fanout.js";
import { shq } from "../exec/quote.js";
import type { Ctx } from "../fleet/context.js";
import { listJob } from "../fleet/list.js";
import { currentHost } from "../handoff/plan.js";
import { currentSocket } from "../tmux/options.js";
import { BASE_OPTS, fzfArgs } from "./fzf.js";
import { sgr } from "./rows.js";

/** 2: no header line, fzf's header is an argument (version 1's fzf args expect one in the rows). */
export const META_VERSION = "nexus-picker\t2";
const KEEP = 4;

/** The raw inputs the fleet was chosen from, as the script reads them at the key press. */
export interface MetaKey {
  configOption: string;
  selfOption: string;
}

export const metaKey = (o: NexusOptions): MetaKey => ({
  configOption: o["@nexus-config"],
  selfOption: o["@nexus-self"],
});

export const metaFile = (env: NodeJS.ProcessEnv, socket: string) =>
  join(stateDir(env), "picker", `${socket}.meta`);

/** Pure: this picker's block for the server on `socket`. */
export function pickerMeta(
  ctx: Ctx,
  key: MetaKey,
  socket: string | undefined,
  nowMs = Date.now(),
  fan?: string,
): string {
  const here = currentHost(ctx.fleet, socket);
  const lines = [
    META_VERSION,
    keyLine(ctx, key),
    `written\t${nowMs}`,
    `fleet\t${ctx.fleet.file}`,
    `self\t${ctx.fleet.self}`,
    `opts\t${BASE_OPTS}`,
    ...fzfArgs("fifo").map((a) => `fzf\t${a}`),
    ...ctx.hosts.map(
      (h) => `host\t${h.spec.name}\t${sgr(h.spec.color)}\t${h.spec.name === here ? "here" : "cache"}`,
    ),
    ...(fan === undefined ? [] : [`fan\t${fan}`]),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Writes the meta for this process's tmux server (a no-op outside tmux); heals the TSV mirrors.
 * Best effort: without it the next picker is node's, so a state dir that cannot be written must
 * not cost this picker or ring step.
 */
export function writePickerMeta(ctx: Ctx, key: MetaKey): void {
  const socket = currentSocket(ctx.env);
  if (socket === undefined) return;
  try {
    for (const h of ctx.hosts) ctx.cache.heal(h.spec.name);
    const file = metaFile(ctx.env, socket);
    makeDirs(join(file, ".."));
    makeRunDir(ctx);
    const fan = writeFan(ctx, file, keyLine(ctx, key));
    const block = pickerMeta(ctx, key, socket, Date.now(), fan);
    const kept = blocks(file)
      .filter((b) => b.key !== keyLine(ctx, key) && b.fresh)
      .slice(0, KEEP - 1);
    writeAtomic(file, [block, ...kept.map((b) => b.text)].join(""));
    dropFans(file, [fan, ...kept.map((b) => b.fan)]);
  } catch {
    // the next picker is drawn by node, as when there is no meta
  }
}

/**
 * scripts/picker.sh puts a press's short-lived files (fifos, each call's answer) in
 * $XDG_RUNTIME_DIR/nexus/picker when there is one (a tmpfs under logind), else beside the meta.
 */
function makeRunDir(ctx: Ctx): void {
  if (!ctx.env.XDG_RUNTIME_DIR?.startsWith("/")) return;
  try {
    makeDirs(join(ensurePrivateDir(ctx.runtimeDir), "picker"));
  } catch {
    // then beside the meta
  }
}

/** A block's key line: the inputs that chose the fleet, as the script compares them. */
const keyLine = (ctx: Ctx, key: MetaKey) =>
  ["key", key.configOption, key.selfOption, ctx.env.NEXUS_CONFIG ?? "", ctx.env.NEXUS_SELF ?? ""].join("\t");

/** The fan-out script of a block (named by its key), written before the block that names it. */
function writeFan(ctx: Ctx, file: string, key: string): string | undefined {
  const jobs = ctx.hosts.flatMap((h) => listJob(ctx, h) ?? []);
  if (jobs.length === 0) return undefined;
  const fan = `${file}.${createHash("sha1").update(key).digest("hex").slice(0, 12)}.fan`;
  writeAtomic(fan, fanScript(jobs, drawLive(jobs)));
  return fan;
}

/**
 * The tail of the picker's fan-out, once every call has ended: rows.awk draws the live rows from
 * the answers and writes them to fzf's fifo itself, so that the swap does not wait for node, and
 * reports `rendered`. If a host failed (node knows why) or anything is amiss: `unrendered`, and
 * node writes them. Arguments (scripts/picker.sh): $2 the fifo, $3 rows.awk (lib.awk beside it), $4 the meta file,
 * whose block is $NEXUS_KEY's. The fifo's open waits for fzf's reload to open it (what a fifo
 * holds with nobody reading is lost); when the popup ends first, picker.sh ends this script,
 * unless $1/done says it has ended.
 */
export function drawLive(jobs: readonly FanJob[]): string {
  const map = jobs.map((j, i) => `${j.host}:${i}:${j.tag}`).join(" ");
  return [
    `if LC_ALL=C awk -v fan="$1" -v jobs=${shq(map)} -f "\${3%/*}/lib.awk" -f "$3" "$4" /dev/null >"$1/rows" 2>/dev/null &&`,
    `  [ -p "$2" ] && { echo rows; cat "$1/rows"; } >"$2"; then echo rendered; else echo unrendered; fi`,
    ': >"$1/done"',
  ].join("\n");
}

/** Fan-out scripts of this meta file that no kept block names. */
function dropFans(file: string, kept: readonly (string | undefined)[]): void {
  const dir = join(file, "..");
  const prefix = `${file.slice(dir.length + 1)}.`;
  for (const name of readdirSync(dir))
    if (name.startsWith(prefix) && name.endsWith(".fan") && !kept.includes(join(dir, name)))
      rmSync(join(dir, name), { force: true });
}

/**
 * The blocks of a meta file; fresh: its fleet file has not changed since it was written. Blocks of
 * another version (an older nexus wrote them) are dropped.
 */
function blocks(file: string): { key: string; text: string; fresh: boolean; fan?: string }[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split(/^(?=nexus-picker\t)/m)
    .filter((b) => b.startsWith(`${META_VERSION}\n`))
    .map((b) => b.slice(META_VERSION.length + 1))
    .map((b) => {
      const field = (name: string) => new RegExp(`^${name}\t(.*)$`, "m").exec(b)?.[1];
      const fleet = field("fleet");
      const mtime = fleet ? statSync(fleet, { throwIfNoEntry: false })?.mtimeMs : undefined;
      const fresh = mtime === undefined ? fleet === "" : mtime <= Number(field("written"));
      const fan = field("fan");
      return { key: b.split("\n")[0] ?? "", text: `${META_VERSION}\n${b}`, fresh, ...(fan ? { fan } : {}) };
    });
}
