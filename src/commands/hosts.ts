// nx hosts: per host, reachable or not, latency, tmux version, sessions, nexus there or not.
import { HostError, tmuxFailure } from "../exec/errors.js";
import type { Host } from "../exec/host.js";
import { PROBE, script } from "../exec/scripts.js";
import type { Ctx } from "../fleet/context.js";
import { deadlineFor } from "../fleet/list.js";
import { exitFor } from "./list.js";
import { paint, table } from "./style.js";
import { JSON_OPT, type Verb } from "./types.js";

export interface Probe {
  name: string;
  local: boolean;
  ok: boolean;
  ms: number;
  tmux: string | null;
  sessions: number | null;
  nexus: boolean | null;
  error: { reason: string; message: string; hint: string | null } | null;
}

export async function probe(ctx: Ctx, host: Host): Promise<Probe> {
  const t0 = performance.now();
  const base = { name: host.spec.name, local: host.local, tmux: null, sessions: null, nexus: null };
  const fail = (e: HostError): Probe => ({
    ...base,
    ok: false,
    ms: Math.round(performance.now() - t0),
    error: { reason: e.reason, message: e.short, hint: e.hint ?? null },
  });
  try {
    const r = await host.exec(script(PROBE, [host.spec.socket ?? ""]), {
      deadlineMs: deadlineFor(ctx, host),
    });
    const ms = Math.round(performance.now() - t0);
    if (r.code !== 0) {
      const why = tmuxFailure(r.code, r.stderr);
      return fail(new HostError(host.spec.name, why === "no-tmux" ? "no-tmux" : "tmux", r.stderr.trim()));
    }
    const kv = new Map(
      r.stdout.split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    return {
      ...base,
      ok: true,
      ms,
      tmux: kv.get("tmux")?.replace(/^tmux /, "") ?? null,
      sessions: Number(kv.get("sessions") ?? 0),
      nexus: kv.get("nexus") === "yes",
      error: null,
    };
  } catch (e) {
    if (e instanceof HostError) return fail(e);
    throw e;
  }
}

export const hostsVerb: Verb = {
  name: "hosts",
  aliases: [],
  usage: "nx hosts [--json]",
  summary: "per host: reachable, latency, tmux version, sessions, nexus installed",
  options: { ...JSON_OPT },
  positionals: 0,
  async run(_p, ctx, io) {
    const probes = await Promise.all(ctx.hosts.map((h) => probe(ctx, h)));
    if (_p.opts.json) io.out(`${JSON.stringify({ v: 1, self: ctx.fleet.self, hosts: probes }, null, 2)}\n`);
    else {
      const rows = probes.map((p) => [
        paint(io, ctx.host(p.name).spec.color, p.name),
        p.local ? "local" : "ssh",
        p.ok ? "up" : `down: ${p.error?.message}`,
        `${p.ms} ms`,
        p.tmux ? `tmux ${p.tmux}` : "",
        p.sessions === null ? "" : `${p.sessions} sessions`,
        p.nexus === null ? "" : p.nexus ? "nexus" : "no nexus",
      ]);
      io.out(`${table(rows).join("\n")}\n`);
    }
    return exitFor(probes);
  },
};
