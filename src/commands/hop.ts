// nx hop (the loop a detached client turns into) and nx attach.
import { hostname } from "node:os";
import { run } from "../exec/spawn.js";
import type { Ctx } from "../fleet/context.js";
import { resolve } from "../fleet/resolve.js";
import { checkIntent, claimLocal, HOP_RE } from "../handoff/intent.js";
import { hopLoop, type LoopIo } from "../handoff/loop.js";
import { currentHost } from "../handoff/plan.js";
import { Exit, type ExitCode, NexusError, usageError } from "../report.js";
import { tmuxBase } from "../tmux/argv.js";
import { currentSocket } from "../tmux/options.js";
import { chooser } from "./ask.js";
import { go } from "./go.js";
import { choose } from "./pick.js";
import type { Io, Verb } from "./types.js";

export function loopIo(ctx: Ctx, io: Io): LoopIo {
  return {
    say: (s) => io.err(`${s}\n`),
    pick: () => choose(ctx, ""),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}

export const hopVerb: Verb = {
  name: "hop",
  aliases: [],
  usage: "nx hop --intent HOPID",
  summary: "the hop loop, started by a detaching client with the intent it left",
  options: { intent: { type: "string", value: "HOPID", desc: "the hop id of the intent to start from" } },
  positionals: 0,
  async run(p, ctx, io) {
    const hop = p.opts.intent;
    if (typeof hop !== "string" || !HOP_RE.test(hop))
      throw usageError("--intent takes a hop id (16 hex digits)");
    const { raw, reason } = claimLocal(ctx.runtimeDir, hop);
    const c = raw === undefined ? undefined : checkIntent(raw, hop, Date.now() / 1000, ctx.fleet);
    const lio = loopIo(ctx, io);
    if (c?.ok) return hopLoop(ctx, c.intent.target, lio, hop);
    io.err(
      `nexus: no usable intent (${reason ?? (c && !c.ok ? c.reason : "none found")}); pick where to go\n`,
    );
    const t = await lio.pick();
    return t ? hopLoop(ctx, t, lio, hop) : Exit.ok;
  },
};

export const attachVerb: Verb = {
  name: "attach",
  aliases: ["a"],
  usage: "nx attach [selector]",
  summary: "go to a session: outside tmux through the hop loop, inside tmux by switch or hand-off",
  details: "With no selector, the picker chooses.",
  options: {},
  positionals: 1,
  async run(p, ctx, io) {
    const sel = p.args[0];
    if (sel === undefined && !io.interactive)
      throw usageError("not on a terminal, so there is no picker", "name the session: nx attach host:name");
    const goThere = await prepareAttach(ctx, io);
    const t =
      sel === undefined
        ? await loopIo(ctx, io).pick()
        : await resolve(ctx, sel, chooser(io)).then((r) => ({
            host: r.host.spec.name,
            id: r.session.id,
            name: r.session.name,
          }));
    return t ? goThere(t) : Exit.cancelled;
  },
};

/**
 * Going to a session, checked before anything is done (nx new --attach must not make a session
 * it then cannot reach): outside tmux, this terminal becomes a hop loop, so there must be one;
 * inside, this server must be a fleet host, and its client is the one that moves.
 */
export async function prepareAttach(
  ctx: Ctx,
  io: Io,
): Promise<(t: { host: string; id: string; name?: string }) => Promise<ExitCode>> {
  if (!process.env.TMUX) {
    if (!io.interactive)
      throw usageError("not on a terminal: tmux attach needs one", "run it in a terminal, or inside tmux");
    return (t) => hopLoop(ctx, t, loopIo(ctx, io));
  }
  const here = currentHost(ctx.fleet, currentSocket(ctx.env));
  if (!here)
    throw new NexusError(Exit.failure, "this tmux server is not a host of the fleet", {
      hint: `hostname: ${hostname()}; set self: in the fleet file`,
    });
  const me = await run([...tmuxBase(ctx.host(here).spec), "display-message", "-p", "#{client_name}"]);
  const client = me.stdout.trim() || undefined;
  return (t) => go(ctx, ctx.host(t.host), t.id, t.name ?? t.id, client);
}
