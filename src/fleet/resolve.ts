// Turns a selector into exactly one session: lists the host it names (or every host), matches,
// and asks with fzf on a terminal when several match.
import type { Host } from "../exec/host.js";
import { match, parseSelector } from "../model/selector.js";
import type { Session } from "../model/session.js";
import { Exit, NexusError, usageError } from "../report.js";
import type { Ctx } from "./context.js";
import { type HostListing, listAll } from "./list.js";

export interface Resolved {
  host: Host;
  session: Session;
}

export const describe = (s: Session) => `${s.host}:${s.name} (${s.id})`;

export async function resolve(
  ctx: Ctx,
  text: string,
  choose?: (sessions: Session[]) => Promise<Session | undefined>,
): Promise<Resolved> {
  if (text === "")
    throw usageError("empty selector", "name a session: [host:]name, host:$id or [host:]=name");
  const sel = parseSelector(
    text,
    ctx.fleet.hosts.map((h) => h.name),
  );
  if (sel.host !== undefined) ctx.host(sel.host); // unknown or disabled host: usage error
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
  let session = m.kind === "one" ? m.session : undefined;
  if (m.kind === "many") {
    if (!choose)
      throw new NexusError(Exit.ambiguous, `${JSON.stringify(text)} matches ${m.sessions.length} sessions`, {
        hint: `${m.sessions.map(describe).join("\n")}\nname one exactly: host:=name or host:$id`,
      });
    session = await choose(m.sessions);
    if (!session) throw new NexusError(Exit.cancelled, "cancelled");
  }
  const s = session as Session;
  return { host: ctx.host(s.host), session: s };
}
