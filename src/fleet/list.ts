// Lists sessions on every host in parallel, each under its own deadline; one list-sessions per host.
// Two hosts or more are listed by one fan-out (exec/fanout.ts): one sh starts every call.
import { tmpdir } from "node:os";
import { ensurePrivateDir } from "../config/paths.js";
import { HostError, noTmux, tmuxFailure } from "../exec/errors.js";
import { type FanJob, type FanReport, fanOut } from "../exec/fanout.js";
import type { ExecResult, Host } from "../exec/host.js";
import type { Session } from "../model/session.js";
import { listSessions } from "../tmux/argv.js";
import { parseSessions } from "../tmux/fields.js";
import type { Ctx } from "./context.js";

export type HostListing =
  | { host: string; ok: true; sessions: Session[]; dropped: number; ms: number }
  | { host: string; ok: false; error: HostError; ms: number };

/** How a host's list-sessions runs: its own process by default, or a call of a fan-out. */
type Runner = (host: Host, deadlineMs: number) => Promise<ExecResult>;

const own: Runner = (host, deadlineMs) => host.exec(listSessions(host.spec), { deadlineMs });

/** "No tmux server" is an explicit empty result, not an error. */
export async function listHost(host: Host, deadlineMs: number, runner = own): Promise<HostListing> {
  const name = host.spec.name;
  const t0 = clock();
  const ms = () => Math.round(clock() - t0);
  try {
    const r = await runner(host, deadlineMs);
    const took = r.ms ?? ms();
    if (r.code === 0) return { host: name, ok: true, ...parseSessions(name, r.stdout), ms: took };
    const why = tmuxFailure(r.code, r.stderr);
    if (why === "no-server") return { host: name, ok: true, sessions: [], dropped: 0, ms: took };
    const error =
      why === "no-tmux"
        ? noTmux(name)
        : new HostError(name, "tmux", `tmux failed: ${r.stderr.trim() || r.code}`);
    return { host: name, ok: false, error, ms: took };
  } catch (e) {
    if (e instanceof HostError) return { host: name, ok: false, error: e, ms: e.ms ?? ms() };
    throw e;
  }
}

/** ms, monotonic. Not performance.now(): that global loads perf_hooks (~0.5 ms) on first use. */
const clock = () => Number(process.hrtime.bigint()) / 1e6;

export const deadlineFor = (ctx: Ctx, host: Host) =>
  host.local ? ctx.fleet.timeouts.listMs : ctx.fleet.timeouts.connectMs + ctx.fleet.timeouts.listMs;

/** A host's list-sessions call, as a fan-out runs it; undefined for a host that has none. */
export function listJob(ctx: Ctx, host: Host, tag?: string): FanJob | undefined {
  const opts = { deadlineMs: deadlineFor(ctx, host), ...(tag === undefined ? {} : { tag }) };
  const call = host.call?.(listSessions(host.spec), opts);
  return call && { host: host.spec.name, call, tag: call.tag ?? "-" };
}

/** Runs each host's call in the fan-out whose report this is, if it has that host's. */
export function fanRunner(ctx: Ctx, report: FanReport): Runner {
  return async (host, deadlineMs) => {
    await report.ready;
    const job = report.has(host.spec.name);
    const call = job && listJob(ctx, host, job.tag === "-" ? undefined : job.tag)?.call;
    if (!job || !call) return own(host, deadlineMs);
    const raw = await report.result(job.i, deadlineMs);
    // How long the call took, as the script that ran it saw it (kept through settle).
    try {
      const r = call.settle(raw);
      return raw.ms === undefined ? r : { ...r, ms: raw.ms };
    } catch (e) {
      if (e instanceof HostError) e.ms = raw.ms;
      throw e;
    }
  };
}

/**
 * A fan-out, its files in the runtime dir (a tmpfs under logind) or else the temp dir; or none
 * where neither can be written: then each host runs its own.
 */
function tryFanOut(ctx: Ctx, jobs: readonly FanJob[]): ReturnType<typeof fanOut> | undefined {
  for (const dir of [() => ensurePrivateDir(ctx.runtimeDir), tmpdir])
    try {
      return fanOut(jobs, dir());
    } catch {
      // the next, or none
    }
  return undefined;
}

/**
 * Every enabled host (or the named ones), in fleet order; writes each answer to the peer cache.
 * fan: the report of a fan-out already under way (the picker's); else two hosts or more get one.
 * cacheLater: the cache is written on the next turn of the event loop, after what the caller does
 * at once with the listings (the picker's live rows, which a user is waiting for).
 */
export async function listAll(
  ctx: Ctx,
  only?: readonly string[],
  fan?: FanReport,
  cacheLater = false,
): Promise<HostListing[]> {
  const hosts = ctx.hosts.filter((h) => only === undefined || only.includes(h.spec.name));
  const jobs = fan ? [] : hosts.flatMap((h) => listJob(ctx, h) ?? []);
  const mine = jobs.length > 1 ? tryFanOut(ctx, jobs) : undefined;
  const report = fan ?? mine?.report;
  const runner = report ? fanRunner(ctx, report) : own;
  try {
    // Each answer is cached as it comes, while slower hosts are still listing.
    const store = (l: HostListing) =>
      cacheLater ? setImmediate(() => ctx.cache.store(l)) : ctx.cache.store(l);
    return await Promise.all(
      hosts.map((h) =>
        listHost(h, deadlineFor(ctx, h), runner).then((l) => {
          store(l);
          return l;
        }),
      ),
    );
  } finally {
    mine?.done();
  }
}
