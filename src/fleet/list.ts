// Lists sessions on every host in parallel, each under its own deadline; one list-sessions per host.
import { HostError, noTmux, tmuxFailure } from "../exec/errors.js";
import type { Host } from "../exec/host.js";
import type { Session } from "../model/session.js";
import { listSessions } from "../tmux/argv.js";
import { parseSessions } from "../tmux/fields.js";
import type { Ctx } from "./context.js";

export type HostListing =
  | { host: string; ok: true; sessions: Session[]; dropped: number; ms: number }
  | { host: string; ok: false; error: HostError; ms: number };

/** "No tmux server" is an explicit empty result, not an error. */
export async function listHost(host: Host, deadlineMs: number): Promise<HostListing> {
  const name = host.spec.name;
  const t0 = clock();
  const ms = () => Math.round(clock() - t0);
  try {
    const r = await host.exec(listSessions(host.spec), { deadlineMs });
    if (r.code === 0) return { host: name, ok: true, ...parseSessions(name, r.stdout), ms: ms() };
    const why = tmuxFailure(r.code, r.stderr);
    if (why === "no-server") return { host: name, ok: true, sessions: [], dropped: 0, ms: ms() };
    const error =
      why === "no-tmux"
        ? noTmux(name)
        : new HostError(name, "tmux", `tmux failed: ${r.stderr.trim() || r.code}`);
    return { host: name, ok: false, error, ms: ms() };
  } catch (e) {
    if (e instanceof HostError) return { host: name, ok: false, error: e, ms: ms() };
    throw e;
  }
}

/** ms, monotonic. Not performance.now(): that global loads perf_hooks (~0.5 ms) on first use. */
const clock = () => Number(process.hrtime.bigint()) / 1e6;

export const deadlineFor = (ctx: Ctx, host: Host) =>
  host.local ? ctx.fleet.timeouts.listMs : ctx.fleet.timeouts.connectMs + ctx.fleet.timeouts.listMs;

/** Every enabled host (or the named ones), in fleet order; writes each answer to the peer cache. */
export function listAll(ctx: Ctx, only?: readonly string[]): Promise<HostListing[]> {
  const hosts = ctx.hosts.filter((h) => only === undefined || only.includes(h.spec.name));
  // Peers first: each spawn holds node up for a few ms (Node 20 forks the whole process and waits for
  // the child's exec), and theirs are the answers that take longest. Each answer is cached as it
  // comes, while slower hosts are still listing, rather than all of them after the last.
  const asked = new Map<Host, Promise<HostListing>>();
  for (const h of [...hosts].sort((a, b) => Number(a.local) - Number(b.local)))
    asked.set(
      h,
      listHost(h, deadlineFor(ctx, h)).then((l) => {
        ctx.cache.store(l);
        return l;
      }),
    );
  return Promise.all(hosts.map((h) => asked.get(h) as Promise<HostListing>));
}
