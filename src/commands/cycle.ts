// nx cycle prev|next: one step around the ring of every session of every host (prefix ( and )).
import type { Ctx } from "../fleet/context.js";
import { type HostListing, listAll, listHost } from "../fleet/list.js";
import { currentHost } from "../handoff/plan.js";
import { type RingHost, step } from "../handoff/ring.js";
import { metaKey, writePickerMeta } from "../picker/meta.js";
import { Exit, usageError } from "../report.js";
import { clientFormat, displayMessage, tmuxBase } from "../tmux/argv.js";
import { currentSocket } from "../tmux/options.js";
import { go, notAFleetServer } from "./go.js";
import { CLIENT_OPTS, clientOf, type Verb } from "./types.js";

/** Cached rows younger than this are used as they are; older ones are listed again. */
const FRESH_MS = 15_000;

export const cycleVerb: Verb = {
  name: "cycle",
  aliases: [],
  usage: "nx cycle prev|next [--client NAME]",
  summary: "go to the previous or next session of the ring (hosts in fleet order)",
  options: { ...CLIENT_OPTS },
  positionals: 1,
  tmuxOptions: true,
  async run(p, ctx, _io, opts) {
    const dir = p.args[0] === "next" ? 1 : p.args[0] === "prev" ? -1 : undefined;
    if (dir === undefined) throw usageError("nx cycle takes prev or next");
    const c = clientOf(p.opts);
    const client = c.name;
    const current = currentHost(ctx.fleet, currentSocket(ctx.env));
    if (current === undefined) throw notAFleetServer(ctx);
    const here = ctx.host(current);
    // scripts/ring.sh takes the next step inside this host without node, once this is written.
    if (opts) writePickerMeta(ctx, metaKey(opts));
    // No peers: exactly tmux's own ( and ).
    if (ctx.hosts.length === 1) {
      await here.exec([
        ...tmuxBase(here.spec),
        "switch-client",
        ...(client ? ["-c", client] : []),
        dir === 1 ? "-n" : "-p",
      ]);
      return Exit.ok;
    }
    const id = c.session ?? (await here.exec(clientFormat(here.spec, client, "#{session_id}"))).stdout.trim();
    // A step inside this host needs no peer: only this host's own list, which is local.
    const mine = await listHost(here, ctx.fleet.timeouts.listMs);
    const i = mine.ok ? mine.sessions.findIndex((x) => x.id === id) : -1;
    const inside = mine.ok && i >= 0 ? mine.sessions[i + dir] : undefined;
    if (inside) return go(ctx, here, inside.id, inside.name, client, c.known);
    const s = step(await ring(ctx, mine), { host: current, id }, dir);
    const say = (text: string) => here.exec(displayMessage(here.spec, client, `nexus: ${text}`));
    if (s.skipped.length) await say(`skipped ${s.skipped.join(", ")}`);
    if (!s.target) {
      await say("no sessions anywhere in the ring");
      return Exit.noSession;
    }
    return go(ctx, ctx.host(s.target.host), s.target.id, s.target.name, client, c.known);
  },
};

/**
 * The ring. Local hosts are listed; a peer's cached rows are used while fresh, else it is listed
 * under its deadline. A peer that cannot be reached from here but whose rows a hop loop pushed (a
 * laptop behind NAT) keeps those rows: that loop can reach it and takes the hand-off there.
 */
async function ring(ctx: Ctx, here: HostListing): Promise<RingHost[]> {
  const now = Date.now();
  const cached = new Map(
    ctx.hosts.map((h) => [h.spec.name, h.local ? undefined : ctx.cache.read(h.spec.name)]),
  );
  // This host was listed a moment ago by the caller: not again.
  const stale = ctx.hosts.filter((h) => {
    if (h.spec.name === here.host) return false;
    const c = cached.get(h.spec.name);
    return !c || now - c.at > FRESH_MS;
  });
  const listed = await listAll(
    ctx,
    stale.map((h) => h.spec.name),
  );
  const live = new Map([...listed, here].map((l) => [l.host, l]));
  return ctx.hosts.map((h) => {
    const l = live.get(h.spec.name);
    const c = cached.get(h.spec.name);
    if (!l) return { host: h.spec.name, sessions: c?.sessions };
    if (l.ok) return { host: l.host, sessions: l.sessions };
    if (c?.pushed) return { host: l.host, sessions: c.sessions };
    return { host: l.host, sessions: undefined, reason: l.error.short };
  });
}
