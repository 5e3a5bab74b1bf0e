// nx dash: a read-only tiled dashboard of every matching session, local or over ssh.
//
// How it is built, and why:
// - Its own tmux server, `tmux -L nexus-dash-<pid> -f /dev/null` (src/dash/server.ts), never the
//   user's: one window per page, one pane per session, each pane a read-only client of the watched
//   session (`attach-session -r -f ignore-size`), run locally or through `ssh -t` (SshHost.ttyArgv,
//   over the shared ControlMaster), always with TMUX unset.
// - Sizes: tmux 3.3 ignores an ignore-size client only while another attached client lacks that
//   flag, so each tile first attaches a control-mode guard that sizes nothing (server.ts, WATCH);
//   a tile that cannot be guarded is not started, so a watched window is never resized.
// - Titles `host:name` in the host's colour; a tile whose client ends (host dropped, session gone)
//   stays (remain-on-exit), titled `lost: host:name`; `r` retries it.
// - Paging: as many tiles a page as keep each at least 60×12 in tmux's tiled grid (layout.ts); the
//   status line says "page 1/3 · 6 of 14 (8 on other pages)" and which hosts were offline.
// - Keys, no prefix: the tiles are read-only, so every key is the dashboard's, and `Any` swallows
//   the rest so that nothing reaches a tile. Enter (or a double click) goes there; arrows, hjkl and
//   Tab move; n/p page; z zoom; r retry; q quit.
// - Go: Enter stores the tile's `host:$id` in @nexus-go and detaches. This process, still on the
//   terminal, removes the dashboard and goes there for real: outside tmux it becomes the hop loop
//   (as `nx attach` does; no intent file is needed, it is already the process on the terminal);
//   inside tmux it hands the user's client off with go.ts (switch-client, or an intent and a detach
//   into `nx hop`).
// - Inside tmux: a `display-popup -E -E` on the user's client running `nx dash --here`, whose own
//   attach runs with TMUX unset; the user's server is never nested. The popup's command is constant
//   shell text (tmux 3.3 runs it with default-shell -c, which may be fish): the filter, --cmd and
//   the client travel in -e variables. A failure stays readable in the popup (second -E).
// - Quitting (q, Enter, a closed terminal or popup): kill-server of the dash socket ends its panes
//   and so every read-only client, guard and ssh client it started; then its socket file is
//   removed. The ssh ControlMasters are nexus's shared multiplexing (ControlPersist) and stay.
import { lstatSync, rmSync } from "node:fs";
import { type DashPlan, planDash } from "../dash/plan.js";
import {
  batches,
  chain,
  type DashHost,
  LIST_PANES,
  lostCommands,
  type PaneTile,
  type Tile,
  tileKey,
  WATCH,
} from "../dash/server.js";
import { shJoin, shq } from "../exec/quote.js";
import { run, runAttached } from "../exec/spawn.js";
import type { SshHost } from "../exec/ssh.js";
import type { Ctx } from "../fleet/context.js";
import { type HostListing, listAll } from "../fleet/list.js";
import { checkHostPrefix } from "../fleet/resolve.js";
import { matches, parseFilter } from "../model/filter.js";
import { stripControl } from "../model/text.js";
import { Exit, type ExitCode, NexusError, usageError } from "../report.js";
import { arg, socketName } from "../tmux/argv.js";
import type { Io, Verb } from "./types.js";

type Opts = { filter: string; cmd: string | undefined; client: string | undefined };

export const dashVerb: Verb = {
  name: "dash",
  aliases: ["d"],
  usage: "nx dash [filter] [--cmd CMD]",
  summary: "a read-only tiled view of every matching session, on a throwaway tmux server",
  details: `filter: [host:]text, a case-insensitive part of the name (\`host:\` or \`*\`: all of them).
Keys: Enter go there · arrows, hjkl, Tab move · n/p page · z zoom · r retry a lost tile · q quit.
Watched sessions keep their size. Inside tmux the dashboard opens in a popup.`,
  options: {
    cmd: { type: "string", value: "CMD", desc: "only sessions whose active pane runs CMD (e.g. claude)" },
    client: { type: "string", value: "NAME", desc: "inside tmux: the client that Enter moves" },
    here: { type: "boolean", desc: "open in this terminal even inside tmux (what the popup runs)" },
    "dry-run": { type: "boolean", desc: "print the pages and each tile's command; open nothing" },
  },
  positionals: 1,
  async run(p, ctx, io) {
    const str = (k: string) =>
      typeof p.opts[k] === "string" && p.opts[k] !== "" ? String(p.opts[k]) : undefined;
    const o: Opts = { filter: p.args[0] ?? "", cmd: str("cmd"), client: str("client") };
    const found = await findTiles(ctx, o.filter, o.cmd);
    const dry = Boolean(p.opts["dry-run"]);
    if (ctx.env.TMUX && !p.opts.here && !dry) return popup(ctx, o);
    const size = { cols: process.stdout.columns || 160, rows: (process.stdout.rows || 45) - 1 };
    const note = found.offline.length ? `offline: ${found.offline.join(", ")}` : "";
    const plan = planDash(found.tiles, dashHosts(ctx, found.tiles), size, process.pid, note);
    if (dry) {
      io.out(dryRun(plan));
      return Exit.ok;
    }
    if (!process.stdin.isTTY || !process.stdout.isTTY)
      throw usageError("nx dash needs a terminal", "nx list shows the same sessions as text");
    const chosen = await openDash(ctx, plan);
    return chosen ? goThere(ctx, io, chosen, o.client) : Exit.ok;
  },
};

/** Lists the hosts the filter names (or all), keeps the matching sessions; none is exit 3. */
async function findTiles(ctx: Ctx, text: string, cmd: string | undefined) {
  const names = ctx.fleet.hosts.map((h) => h.name);
  checkHostPrefix(ctx, text); // unknown or disabled: a usage error
  const f = parseFilter(text, names, cmd);
  const listings = await listAll(ctx, f.host === undefined ? undefined : [f.host]);
  const failed = listings.filter((l): l is Extract<HostListing, { ok: false }> => !l.ok);
  if (f.host !== undefined && failed[0]) throw failed[0].error;
  const tiles: Tile[] = listings
    .flatMap((l) => (l.ok ? l.sessions.filter((s) => matches(f, s)) : []))
    .map((s) => ({ host: s.host, id: s.id, name: stripControl(s.name) }));
  if (tiles.length === 0) {
    const hints = [
      names.includes(text) ? `all of host ${text}: nx dash ${text}:` : "nx list shows every session",
      ...failed.map((l) => `not asked (offline): ${l.error.message}`),
    ];
    const what = [text && JSON.stringify(text), cmd && `--cmd ${cmd}`].filter(Boolean).join(" ");
    throw new NexusError(
      failed.length ? Exit.unreachable : Exit.noSession,
      `no session matches ${what || "(no filter)"}`,
      {
        hint: hints.join("\n"),
      },
    );
  }
  return { tiles, offline: failed.map((l) => l.host) };
}

function dashHosts(ctx: Ctx, tiles: readonly { host: string }[]): Map<string, DashHost> {
  const m = new Map<string, DashHost>();
  for (const name of new Set(tiles.map((t) => t.host))) {
    const h = ctx.host(name);
    m.set(name, {
      name,
      socket: socketName(h.spec),
      ...(h.spec.color === undefined ? {} : { color: h.spec.color }),
      ...(h.local ? {} : { tty: (remote: string) => (h as SshHost).ttyArgv(remote) }),
    });
  }
  return m;
}

/** The pages and what each tile runs, the watch script (the same in every tile) written once. */
function dryRun(plan: DashPlan): string {
  const out = [`${plan.socket}: ${plan.pages.length} page(s), up to ${plan.perPage} tiles each`];
  const short = (w: string) => w.replace(shq(WATCH), "<watch>").replace(WATCH, "<watch>");
  plan.pages.forEach((tiles, i) => {
    out.push(`page ${i + 1}:`);
    for (const t of tiles) out.push(`  ${t.host}:${t.name} (${t.id})  ${shJoin(t.argv.map(short))}`);
  });
  return `${out.join("\n")}\n<watch> = ${WATCH}\n`;
}

/** The dashboard on this terminal until q or Enter; resolves with the chosen tile, if any. */
async function openDash(ctx: Ctx, plan: DashPlan): Promise<PaneTile | undefined> {
  const env = { ...ctx.env, TMUX: undefined, TMUX_PANE: undefined };
  const tmux = (argv: string[]) =>
    run(["tmux", "-L", plan.socket, "-f", "/dev/null", ...argv], { env, deadlineMs: 15_000 });
  let socketPath = "";
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= teardown(plan.socket, socketPath, env);
    return stopping;
  };
  // A closed terminal or popup: the dashboard goes with it.
  const onSignal = (sig: NodeJS.Signals) =>
    void stop().finally(() =>
      process.exit(sig === "SIGINT" ? Exit.cancelled : sig === "SIGTERM" ? 143 : 129),
    );
  const signals: NodeJS.Signals[] = ["SIGHUP", "SIGTERM", "SIGINT"];
  for (const s of signals) process.on(s, onSignal);
  try {
    let out = "";
    for (const argv of batches(plan.commands)) {
      const r = await tmux(argv);
      if (r.code !== 0) throw new NexusError(Exit.failure, `the dashboard's tmux failed: ${r.stderr.trim()}`);
      out = r.stdout;
    }
    socketPath = out.trim().split("\n").pop() ?? "";
    const watch = setInterval(async () => {
      const lost = lostCommands((await tmux(LIST_PANES)).stdout);
      if (lost.length) await tmux(chain(lost));
    }, 1000);
    await runAttached(["tmux", "-L", plan.socket, "attach-session", "-t", "=dash"], env).finally(() =>
      clearInterval(watch),
    );
    // q is kill-server: then there is nothing to read, and nothing was chosen.
    const key = (await tmux(["show-options", "-gqv", "@nexus-go"])).stdout.trim();
    return plan.pages.flat().find((t) => tileKey(t) === key);
  } finally {
    await stop();
    for (const s of signals) process.off(s, onSignal);
  }
}

/**
 * kill-server closes every pane, and so ends every client and ssh the dashboard started. tmux 3.3
 * does not unlink its socket on exit: remove it once nothing answers there.
 */
async function teardown(socket: string, path: string, env: NodeJS.ProcessEnv): Promise<void> {
  const t = (args: string[]) => run(["tmux", "-L", socket, ...args], { env, deadlineMs: 3000 });
  await t(["kill-server"]);
  const end = Date.now() + 3000;
  while (Date.now() < end && (await t(["list-sessions"])).code === 0)
    await new Promise((r) => setTimeout(r, 20));
  try {
    if (path && lstatSync(path).isSocket()) rmSync(path);
  } catch {
    // already gone
  }
}

/** The server in $TMUX, by its socket path (deliberately the user's server: the popup goes there). */
const userServer = (ctx: Ctx) => ["tmux", "-S", (ctx.env.TMUX ?? "").split(",")[0] as string];

async function clientName(ctx: Ctx, given: string | undefined): Promise<string | undefined> {
  if (given) return given;
  const r = await run([...userServer(ctx), "display-message", "-p", "#{client_name}"], { deadlineMs: 3000 });
  return r.stdout.trim() || undefined;
}

/** Inside tmux: the same dashboard in a popup on the user's client, which is not nested. */
async function popup(ctx: Ctx, o: Opts): Promise<ExitCode> {
  const client = await clientName(ctx, o.client);
  if (!client)
    throw new NexusError(Exit.failure, "cannot tell which tmux client to open the dashboard on", {
      hint: "pass --client '#{client_name}'",
    });
  const vars: [string, string | undefined][] = [
    ["NEXUS_DASH_FILTER", o.filter],
    ["NEXUS_DASH_CMD", o.cmd ?? ""],
    ["NEXUS_DASH_CLIENT", client],
    ["NEXUS_CONFIG", ctx.fleet.file || ctx.env.NEXUS_CONFIG],
    ["NEXUS_SELF", ctx.fleet.self],
    ["NEXUS_SSH_CONFIG", ctx.env.NEXUS_SSH_CONFIG],
  ];
  const e = vars.flatMap(([k, v]) => (v === undefined ? [] : ["-e", arg(`${k}=${v}`)]));
  // Constant but for node's and the bundle's paths (quoted as go.ts quotes its detach -E).
  const self = shJoin([process.execPath, process.argv[1] as string]);
  const line = `exec ${self} dash --here --client "$NEXUS_DASH_CLIENT" --cmd "$NEXUS_DASH_CMD" -- "$NEXUS_DASH_FILTER"`;
  const look = ["-w", "95%", "-h", "95%", "-T", " nexus dash "];
  const argv = [...userServer(ctx), "display-popup", "-E", "-E", "-c", arg(client), ...look, ...e, line];
  const r = await run(argv, { env: ctx.env });
  if (r.code !== 0 && r.stderr.trim())
    throw new NexusError(Exit.failure, `cannot open the dashboard popup: ${r.stderr.trim()}`, {
      hint: "nx doctor checks what nexus needs (tmux 3.2 or newer)",
    });
  return r.code === 0 ? Exit.ok : (r.code as ExitCode);
}

/** After the dashboard is gone: to the chosen session for real. */
async function goThere(ctx: Ctx, io: Io, t: PaneTile, client: string | undefined): Promise<ExitCode> {
  if (ctx.env.TMUX) {
    const { go } = await import("./go.js");
    return go(ctx, ctx.host(t.host), t.id, t.name, await clientName(ctx, client));
  }
  const { hopLoop } = await import("../handoff/loop.js");
  const { loopIo } = await import("./hop.js");
  return hopLoop(ctx, t, loopIo(ctx, io));
}
