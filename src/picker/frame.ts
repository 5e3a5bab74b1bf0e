// The picker's two frames: the first from local hosts and the peer cache (never the network), the
// live one from every host under its deadline, with a row for each host that did not answer.
import type { FanReport } from "../exec/fanout.js";
import type { Ctx } from "../fleet/context.js";
import { listAll, listHost } from "../fleet/list.js";
import type { HostSpec } from "../model/host.js";
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
      return cachedRows(ctx, h.spec, now);
    }),
  );
  return rowsText(sources);
}

/**
 * fan: the report of the fan-out scripts/picker.sh started, if it did. The peer cache is written
 * on the next turn of the event loop: what the caller does with the text at once comes first.
 */
export async function liveFrame(ctx: Ctx, fan?: FanReport): Promise<string> {
  const listings = await listAll(ctx, undefined, fan, true);
  const now = Date.now();
  const sources = listings.map((l): RowSource => {
    const host = ctx.host(l.host).spec;
    if (l.ok) return { host, sessions: l.sessions };
    // Unreachable from here: why, then its cached rows.
    return { ...cachedRows(ctx, host, now), offline: l.error.short };
  });
  return rowsText(sources);
}

/** A host's last rows seen (or pushed by a hop loop), with their age; none if never seen. */
function cachedRows(ctx: Ctx, host: HostSpec, now: number): RowSource {
  const c = ctx.cache.read(host.name);
  return c ? { host, sessions: c.sessions, ageSec: (now - c.at) / 1000 } : { host, sessions: [] };
}
