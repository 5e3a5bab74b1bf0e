// nx list: every host in parallel, sessions grouped by host; offline hosts with their reason.
import type { Ctx } from "../fleet/context.js";
import { type HostListing, listAll } from "../fleet/list.js";
import { adoptFan, writeListFan } from "../fleet/listfan.js";
import type { Session } from "../model/session.js";
import { age, stripControl } from "../model/text.js";
import { Exit, type ExitCode } from "../report.js";
import { paint, table } from "./style.js";
import { type Io, JSON_OPT, type Verb } from "./types.js";

export const listVerb: Verb = {
  name: "list",
  aliases: ["ls"],
  usage: "nx list [host…] [--json]",
  summary: "list the sessions of every host (or the named ones)",
  options: {
    ...JSON_OPT,
    fan: { type: "string", value: "PID", desc: "bin/nx's: the listing it started", hidden: true },
  },
  positionals: Number.POSITIVE_INFINITY,
  async run(p, ctx, io) {
    for (const h of p.args) ctx.host(h);
    const pid = typeof p.opts.fan === "string" && /^\d+$/.test(p.opts.fan) ? p.opts.fan : undefined;
    // bin/nx's listing, when its tail could not print it (a host failed, the fleet changed…).
    const started = pid === undefined ? undefined : adoptFan(ctx, pid);
    let listings: HostListing[];
    try {
      listings = await listAll(ctx, p.args.length ? p.args : undefined, started?.fan);
    } finally {
      started?.done();
    }
    if (p.opts.json) io.out(`${JSON.stringify(listingsJson(ctx, listings), null, 2)}\n`);
    else io.out(listText(ctx, listings, io));
    // The next plain list is bin/nx's, without node, from this fleet's calls.
    if (p.args.length === 0) writeListFan(ctx);
    return exitFor(listings);
  },
};

/** 0 all answered; 6 some failed (the rest was printed); 5 none answered. */
export function exitFor(listings: readonly { ok: boolean }[]): ExitCode {
  const bad = listings.filter((l) => !l.ok).length;
  if (bad === 0) return Exit.ok;
  return bad === listings.length ? Exit.unreachable : Exit.partial;
}

export function listingsJson(ctx: Ctx, listings: readonly HostListing[]) {
  return {
    v: 1,
    self: ctx.fleet.self,
    hosts: listings.map((l) => ({
      name: l.host,
      local: ctx.host(l.host).local,
      ok: l.ok,
      ms: l.ms,
      error: l.ok ? null : { reason: l.error.reason, message: l.error.short, hint: l.error.hint ?? null },
      dropped: l.ok ? l.dropped : 0,
      sessions: l.ok ? l.sessions : [],
    })),
  };
}

export function listText(ctx: Ctx, listings: readonly HostListing[], io: Pick<Io, "color">): string {
  const now = Date.now() / 1000;
  const out: string[] = [];
  for (const l of listings) {
    const spec = ctx.host(l.host).spec;
    const title = paint(io, spec.color, l.host);
    if (!l.ok) {
      out.push(`${title}  offline: ${l.error.short}${l.error.hint ? ` (${l.error.hint})` : ""}`);
      continue;
    }
    const n = l.sessions.length;
    out.push(`${title}  ${n === 0 ? "no sessions" : `${n} session${n === 1 ? "" : "s"}`}`);
    if (l.dropped) out.push(`  (${l.dropped} unreadable row${l.dropped === 1 ? "" : "s"} from tmux skipped)`);
    out.push(...table(l.sessions.map((s) => cells(s, now))).map((r) => `  ${r}`));
  }
  return `${out.join("\n")}\n`;
}

const cells = (s: Session, now: number) =>
  [
    s.name,
    s.id,
    `${s.windows}w`,
    s.command,
    `idle ${age(now - s.activity)}`,
    s.attached ? "attached" : "",
    s.dead ? "dead" : "",
  ].map(stripControl);
