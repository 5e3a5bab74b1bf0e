// nx pick (the popup on prefix \), and the plumbing fzf calls back: rows, preview, pick-kill.

import { join } from "node:path";
import { resolveOptions } from "../config/options.js";
import { FanReport } from "../exec/fanout.js";
import type { Host } from "../exec/host.js";
import { runOnTty } from "../exec/spawn.js";
import type { Ctx } from "../fleet/context.js";
import { listHost } from "../fleet/list.js";
import { capture, create, kill } from "../fleet/ops.js";
import { currentHost, type Target } from "../handoff/plan.js";
import { parseSelector } from "../model/selector.js";
import { lastLines, stripControl } from "../model/text.js";
import { readFifo, writeFifo } from "../picker/fifo.js";
import { firstFrame, liveFrame } from "../picker/frame.js";
import { type FzfOutcome, fzfOutcome, fzfPlan } from "../picker/fzf.js";
import { metaKey, writePickerMeta } from "../picker/meta.js";
import { parseKey } from "../picker/rows.js";
import { Exit, type ExitCode, NexusError, usageError } from "../report.js";
import { currentSocket } from "../tmux/options.js";
import { confirm } from "./ask.js";
import { go } from "./go.js";
import { checkName } from "./new.js";
import { CLIENT_OPTS, clientOf, type Verb } from "./types.js";

const KEY_USAGE = "a picker row key, host:$id";

/** A picker row's key: its host, and its session unless it is an offline host's row (`host:`). */
function rowOf(ctx: Ctx, text: string | undefined) {
  const k = text === undefined ? undefined : parseKey(text);
  if (!k) throw usageError(`expected ${KEY_USAGE}, got ${JSON.stringify(text ?? "")}`);
  return { host: ctx.host(k.host), id: k.id };
}

/** A session's row; an offline host's row is refused, saying what it is. */
function keyOf(ctx: Ctx, text: string | undefined) {
  const { host, id } = rowOf(ctx, text);
  if (id === undefined)
    throw new NexusError(
      Exit.unreachable,
      `${host.spec.name} did not answer: its row is the host, not a session`,
      {
        hint: "the row's preview says why; prefix \\ asks every host again",
      },
    );
  return { host, id };
}

export const pickVerb: Verb = {
  name: "pick",
  aliases: [],
  usage: "nx pick [--client NAME]",
  summary: "the picker: fzf over every session of every host (what prefix \\ opens)",
  options: { ...CLIENT_OPTS },
  positionals: 0,
  tmuxOptions: true,
  async run(p, ctx, _io, opts) {
    const c = clientOf(p.opts);
    if (opts) writePickerMeta(ctx, metaKey(opts)); // so that the next picker starts without node
    const t = await choose(ctx, opts?.["@nexus-fzf-opts"] ?? "");
    return t ? go(ctx, ctx.host(t.host), t.id, t.id, c.name, c.known) : Exit.ok;
  },
};

/**
 * The picker's node half, started by scripts/picker.sh in the same pipeline as fzf: it lists every
 * host and writes the live rows to the fifo that fzf's load binding reads, and acts on fzf's
 * answer (its output, then `exit <status>`) on stdin. It exits as soon as it has acted: a live
 * listing still waiting on a hung host must not keep the popup open.
 */
export const pickAgentVerb: Verb = {
  name: "pick-agent",
  aliases: [],
  usage: "nx pick-agent --live FIFO [--fan DIR] [--config-option=V --self-option=V] [--client NAME]",
  summary: "the picker's node half (scripts/picker.sh): live rows into FIFO, then fzf's answer from stdin",
  options: {
    ...CLIENT_OPTS,
    live: { type: "string", value: "FIFO", desc: "where fzf's load binding reads the live rows" },
    fan: { type: "string", value: "DIR", desc: "the fan-out listing every host: DIR/report, DIR/N.out" },
    "config-option": { type: "string", value: "V", desc: "@nexus-config as read at the key press" },
    "self-option": { type: "string", value: "V", desc: "@nexus-self as read at the key press" },
  },
  positionals: 0,
  tmuxOptions: true,
  // picker.sh has just read them: asking tmux again cost ~3 ms idle, ~10 under load, before the swap.
  givenOptions(p) {
    const config = p.opts["config-option"];
    const self = p.opts["self-option"];
    if (typeof config !== "string" || typeof self !== "string") return undefined;
    return resolveOptions(
      new Map([
        ["@nexus-config", config],
        ["@nexus-self", self],
      ]),
    );
  },
  exits: true,
  async run(p, ctx, _io, opts) {
    const answer = readAll(process.stdin);
    const fifo = p.opts.live;
    const dir = p.opts.fan;
    const fan = typeof dir === "string" ? new FanReport(dir, readFifo(join(dir, "report"))) : undefined;
    // The meta is for the next picker: written after the live rows, which this one is waiting for.
    // (Once: also after acting, should fzf's answer come before the live rows.)
    let written = false;
    const meta = () => {
      if (opts && !written) writePickerMeta(ctx, metaKey(opts));
      written = true;
    };
    if (typeof fifo === "string")
      // Nobody reads the fifo once fzf has ended: then the write just never completes.
      liveFrame(ctx, fan)
        .then(async (text) => {
          // The fan-out drew them itself (every host answered): they are on screen, or will be once
          // fzf's reload opens the fifo (it may come late: a busy or suspended machine). Only an
          // `unrendered` lets node write, so that the rows never come twice.
          if (fan && (fan.verdict ?? (await fan.rendered))) return meta();
          const sent = writeFifo(fifo, `rows\n${text}`);
          meta();
          return sent;
        })
        .catch(() => {});
    else meta();
    const text = await answer;
    const end = text.lastIndexOf("\nexit ");
    const code = end < 0 ? 2 : Number(text.slice(end + 6).trim());
    const t = await answerTarget(ctx, fzfOutcome(code, end < 0 ? "" : text.slice(0, end)));
    const c = clientOf(p.opts);
    const done: ExitCode = t ? await go(ctx, ctx.host(t.host), t.id, t.id, c.name, c.known) : Exit.ok;
    meta();
    return done;
  },
};

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (b: Buffer) => chunks.push(b));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

/** fzf on this terminal over every session; creates on ctrl-n. undefined: nothing chosen. */
export async function choose(ctx: Ctx, nexusOpts: string): Promise<Target | undefined> {
  const plan = fzfPlan({
    self: [process.execPath, process.argv[1] as string],
    userDefaults: process.env.FZF_DEFAULT_OPTS ?? "",
    nexusOpts,
    ...hereOf(ctx),
    // fzf's children (rows, preview, pick-kill) see the same fleet as this process.
    env: {
      ...process.env,
      NEXUS_CONFIG: ctx.fleet.file || process.env.NEXUS_CONFIG,
      NEXUS_SELF: ctx.fleet.self,
    },
  });
  const r = await runOnTty(plan.argv, await firstFrame(ctx), plan.env);
  return answerTarget(ctx, fzfOutcome(r.code, r.stdout));
}

function hereOf(ctx: Ctx): { here?: string } {
  const here = currentHost(ctx.fleet, currentSocket(ctx.env));
  return here === undefined ? {} : { here };
}

/** Where fzf's answer goes: a row's session, or one created on ctrl-n; undefined: nowhere. */
async function answerTarget(ctx: Ctx, o: FzfOutcome): Promise<Target | undefined> {
  if (o.kind === "none") return undefined;
  if (o.kind === "error")
    throw new NexusError(Exit.failure, o.message, { hint: "nx doctor checks what nexus needs" });
  if (o.kind === "go") {
    const { host, id } = keyOf(ctx, o.key);
    return { host: host.spec.name, id };
  }
  const sel = parseSelector(
    o.query.trim(),
    ctx.fleet.hosts.map((h) => h.name),
  );
  const host = ctx.host(sel.host ?? currentHost(ctx.fleet, currentSocket(ctx.env)) ?? ctx.fleet.self);
  checkName(sel.text);
  return { host: host.spec.name, id: await create(host, { name: sel.text, command: [] }) };
}

export const rowsVerb: Verb = {
  name: "rows",
  aliases: [],
  usage: "nx rows [--live]",
  summary: "picker rows: local and cached (first frame), or --live from every host",
  options: { live: { type: "boolean", desc: "ask every host (each under its deadline)" } },
  positionals: 0,
  async run(p, ctx, io) {
    io.out(p.opts.live ? await liveFrame(ctx) : await firstFrame(ctx));
    return Exit.ok;
  },
};

export const previewVerb: Verb = {
  name: "preview",
  aliases: [],
  usage: "nx preview <host:$id>",
  summary: "the bottom of a session's active pane, escape bytes removed (the picker's preview)",
  options: {},
  positionals: 1,
  async run(p, ctx, io) {
    if (!p.args[0]) return Exit.ok; // no row
    const { host, id } = rowOf(ctx, p.args[0]);
    if (id === undefined) {
      io.out(await hostState(ctx, host));
      return Exit.ok;
    }
    const lines = Number(process.env.FZF_PREVIEW_LINES) || 40;
    try {
      const text = await capture(host, id, lines);
      io.out(`${lastLines(text, lines).join("\n")}\n`);
    } catch (e) {
      io.out(`${e instanceof Error ? e.message : String(e)}\n`);
    }
    return Exit.ok;
  },
};

/** An offline host's row, previewed: asked again, it says why it does not answer, and the fix. */
async function hostState(ctx: Ctx, host: Host): Promise<string> {
  const l = await listHost(host, ctx.fleet.timeouts.connectMs + ctx.fleet.timeouts.listMs);
  if (l.ok) return `${host.spec.name} answers now (${l.sessions.length} sessions): prefix \\ shows them.\n`;
  return stripControl(`${l.error.message}\n${l.error.hint ? `\n${l.error.hint}\n` : ""}`);
}

export const pickKillVerb: Verb = {
  name: "pick-kill",
  aliases: [],
  usage: "nx pick-kill <host:$id>",
  summary: "ask, then kill the session of a picker row",
  options: {},
  positionals: 1,
  async run(p, ctx) {
    if (!p.args[0]) return Exit.ok;
    const { host, id } = keyOf(ctx, p.args[0]);
    const l = await listHost(host, ctx.fleet.timeouts.connectMs + ctx.fleet.timeouts.listMs);
    if (!l.ok) throw l.error;
    const s = l.sessions.find((x) => x.id === id);
    if (!s) throw new NexusError(Exit.noSession, `${host.spec.name}: ${id} is gone`);
    // fzf's execute() gives this process the terminal, so it can ask there.
    await confirm({ interactive: true } as never, `kill ${s.host}:${s.name}?`, false);
    await kill(host, s);
    return Exit.ok;
  },
};
