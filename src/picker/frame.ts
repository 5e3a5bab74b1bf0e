// The picker's two frames: the first from local hosts and the peer cache (never the network), the
// live one from every host under its deadline, with a header that names offline hosts.
import type { FanReport } from "../exec/fanout.js";
import type { Ctx } from "../fleet/context.js";
import { type HostListing, listAll, listHost } from "../fleet/list.js";
import { type RowSource, rowsText } from "./rows.js";

/** Local hosts are asked (a local tmux answers in milliseconds); peers come from the cache. */
export async function firstFrame(ctx: Ctx): Promise<string> {
  const now = Date.now();
  const sources = await Promise.all(
    ctx.hosts.map(async (h): Promise<RowSource> => {
      if (h.local) {
        const l = await listHost(h, ctx.fleet.timeouts.listMs);
        return { host: h.spec, sessions: l.ok ? l.sessions : [] };
      }
      const c = ctx.cache.read(h.spec.name);
      return c
        ? { host: h.spec, sessions: c.sessions, ageSec: (now - c.at) / 1000 }
        : { host: h.spec, sessions: [] };
    }),
  );
  return rowsText(sources, firstHeader(ctx));
}

/** The first frame's header: the live swap is on its way, or there is nothing to wait for. */
export function firstHeader(ctx: Ctx): string {
  const peers = ctx.hosts.filter((h) => !h.local).length;
  return peers ? `asking ${peers} peer${peers === 1 ? "" : "s"}…` : header([]);
}

/** fan: the report of the fan-out scripts/picker.sh started, if it did. */
export async function liveFrame(ctx: Ctx, fan?: FanReport): Promise<string> {
  const listings = await listAll(ctx, undefined, fan);
  const now = Date.now();
  const sources = listings.map((l): RowSource => {
    const host = ctx.host(l.host).spec;
    if (l.ok) return { host, sessions: l.sessions };
    // Unreachable from here: the last rows seen (or pushed by a hop loop), with their age.
    const c = ctx.cache.read(l.host);
    return c ? { host, sessions: c.sessions, ageSec: (now - c.at) / 1000 } : { host, sessions: [] };
  });
  return rowsText(sources, header(listings));
}

function header(listings: readonly HostListing[]): string {
  const off = listings.flatMap((l) => (l.ok ? [] : [`${l.host}: ${l.error.short}`]));
  const keys = "enter go · ctrl-n new (host:name) · ctrl-x kill";
  // One line: fzf runs with --header-lines=1, so a second line would become a selectable row.
  return off.length ? `offline: ${off.join(" · ")} · ${keys}` : keys;
}
