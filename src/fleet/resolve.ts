// Turns a selector into exactly one session: lists the host it names (or every host), matches,
// and asks with fzf on a terminal when several match.
import type { Host } from "../exec/host.js";
import { shWord } from "../exec/quote.js";
import { match, parseSelector, type Tier } from "../model/selector.js";
import type { Session } from "../model/session.js";
import { Exit, NexusError, usageError } from "../report.js";
import type { Ctx } from "./context.js";
import { type HostListing, listAll } from "./list.js";

export interface Resolved {
  host: Host;
  session: Session;
  /** How the selector matched it; "chosen": picked from several on the terminal. */
  tier: Tier | "chosen";
}

export const describe = (s: Session) => `${s.host}:${s.name} (${s.id})`;

const LOOSE: Partial<Record<Tier, string>> = { part: "a part of its name", fuzzy: "fuzzy matching" };

/** A loose match (a part of the name, or fuzzy) as words; undefined for an id, a name or a prefix. */
export const looseness = (tier: Resolved["tier"]): string | undefined =>
  tier === "chosen" ? undefined : LOOSE[tier];

/**
 * `x:` before a selector or filter is a host (tmux never puts `:` in a session name): one that is
 * not in the fleet is a usage error that lists the fleet's hosts, not a session that is missing.
 */
export function checkHostPrefix(ctx: Ctx, text: string): void {
  const colon = text.indexOf(":");
  if (colon > 0 && !text.startsWith("=")) ctx.host(text.slice(0, colon));
}

/**
 * With hosts unheard, a selector without a host goes ahead only as an exact name. A prefix or part
 * of a name here must not stand in for a session there that it names better (a kill would take
 * the wrong one). An exact name is taken: refusing every name while a laptop sleeps would leave
 * the CLI useless, and a twin there is rare where a prefix's better match is not.
 */
function looseWhileUnheard(text: string, s: Session, failed: { host: string }[], offline: string) {
  return new NexusError(
    Exit.unreachable,
    `${JSON.stringify(text)} is not ${s.host}:${s.name}'s exact name, and ${failed.map((f) => f.host).join(", ")} did not answer`,
    { hint: `name the host to go ahead: ${shWord(`${s.host}:=${s.name}`)}${offline}` },
  );
}

export async function resolve(
  ctx: Ctx,
  text: string,
  choose?: (sessions: Session[]) => Promise<Session | undefined>,
): Promise<Resolved> {
  checkHostPrefix(ctx, text); // unknown or disabled host: usage error
  const sel = parseSelector(
    text,
    ctx.fleet.hosts.map((h) => h.name),
  );
  // `host:` alone (`gpu:$NAME` with NAME unset) would be a prefix of every name there.
  if (sel.text === "")
    throw usageError("empty selector", "name a session: [host:]name, host:$id or [host:]=name");
  const listings = await listAll(ctx, sel.host === undefined ? undefined : [sel.host]);
  const failed = listings.filter((l): l is Extract<HostListing, { ok: false }> => !l.ok);
  if (sel.host !== undefined && failed[0]) throw failed[0].error;
  const sessions = listings.flatMap((l) => (l.ok ? l.sessions : []));
  const m = match(sessions, sel);
  const offline = failed.length
    ? `; not asked (offline): ${failed.map((f) => f.error.message).join("; ")}`
    : "";
  // Nothing matched but some hosts did not answer: the session may be there (DESIGN §6: 5, not 3).
  if (m.kind === "none")
    throw new NexusError(
      failed.length ? Exit.unreachable : Exit.noSession,
      `no session matches ${JSON.stringify(text)}`,
      {
        hint: `nx list shows every session${offline}`,
      },
    );
  if (m.kind === "one" && m.tier !== "name" && failed.length)
    throw looseWhileUnheard(text, m.session, failed, offline);
  if (m.kind === "one") return { host: ctx.host(m.session.host), session: m.session, tier: m.tier };
  if (!choose)
    throw new NexusError(Exit.ambiguous, `${JSON.stringify(text)} matches ${m.sessions.length} sessions`, {
      hint: `${m.sessions.map(describe).join("\n")}\nname one exactly: host:=name or host:$id`,
    });
  const session = await choose(m.sessions);
  if (!session) throw new NexusError(Exit.cancelled, "cancelled");
  return { host: ctx.host(session.host), session, tier: "chosen" };
}
