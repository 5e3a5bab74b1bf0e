// Carries out a hand-off (DESIGN §4): switch the client on this server; or, for a session on
// another host, write an intent for the client's hop loop and detach the client; or, with no
// loop, detach into a new one.

import { ensurePrivateDir } from "../config/paths.js";
import type { Host } from "../exec/host.js";
import { shJoin } from "../exec/quote.js";
import type { Ctx } from "../fleet/context.js";
import { makeIntent, newHopId, writeIntent } from "../handoff/intent.js";
import { readMarker } from "../handoff/marker.js";
import { currentHost, plan } from "../handoff/plan.js";
import { Exit, type ExitCode, NexusError } from "../report.js";
import { clientFormat, switchClient, tmuxBase } from "../tmux/argv.js";
import { currentSocket } from "../tmux/options.js";

export async function go(
  ctx: Ctx,
  host: Host,
  id: string,
  name: string,
  client: string | undefined,
  /** #{client_pid} and #{client_tty}, when the key binding passed them (saves asking tmux). */
  known?: { pid: string; tty: string },
): Promise<ExitCode> {
  const current = currentHost(ctx.fleet, currentSocket(ctx.env));
  const p = plan({ fleet: ctx.fleet, current, client }, { host: host.spec.name, id });
  if (p.kind === "switch") {
    const r = await host.exec(switchClient(host.spec, client, id), { deadlineMs: 5000 });
    if (r.code !== 0)
      throw new NexusError(Exit.noSession, `${host.spec.name}: cannot switch to ${id}: ${r.stderr.trim()}`);
    return Exit.ok;
  }
  const here = current === undefined ? undefined : ctx.host(current);
  if (!here) throw notAFleetServer(ctx);
  if (!client) throw new NexusError(Exit.usage, `no client to move: use nx attach ${host.spec.name}:${id}`);
  // #{client_pid} is the pid the hop snippet wrote: a marker from a dead loop does not match it.
  const asked = known
    ? undefined
    : await here.exec(clientFormat(here.spec, client, "#{client_pid} #{client_tty}"));
  const [pid = "", tty = ""] = known ? [known.pid, known.tty] : (asked?.stdout.trim().split(" ") ?? []);
  ensurePrivateDir(ctx.runtimeDir);
  const loop = readMarker(ctx.runtimeDir, tty, Number(pid));
  const hop = loop ?? newHopId();
  writeIntent(ctx.runtimeDir, makeIntent(hop, { host: host.spec.name, id, name }));
  const detach = [...tmuxBase(here.spec), "detach-client", "-t", client];
  // No loop under this client: it becomes one. The command is constant but for a hex hop id.
  const into = loop ? [] : ["-E", shJoin(hopCommand(ctx, hop))];
  const r = await here.exec([...detach, ...into], { deadlineMs: 5000 });
  if (r.code !== 0) throw new NexusError(Exit.failure, `cannot detach ${client}: ${r.stderr.trim()}`);
  return Exit.ok;
}

/**
 * What a client with no loop becomes: `nx hop` with this process's fleet (the file and self it
 * resolved, which may have come from @nexus-config and @nexus-self, which the terminal cannot see).
 */
function hopCommand(ctx: Ctx, hop: string): string[] {
  const config = ctx.fleet.file ? ["--config", ctx.fleet.file] : [];
  return [
    "env",
    `NEXUS_SELF=${ctx.fleet.self}`,
    process.execPath,
    process.argv[1] as string,
    "hop",
    "--intent",
    hop,
    ...config,
  ];
}

/** The server this runs on is not one of the fleet's local hosts: say which, and how to fix it. */
export function notAFleetServer(ctx: Ctx): NexusError {
  if (!ctx.env.TMUX) return new NexusError(Exit.usage, "not inside tmux: use nx attach outside tmux");
  const sock = currentSocket(ctx.env);
  return new NexusError(
    Exit.usage,
    `this tmux server (-L ${sock}) is not a local host of ${ctx.fleet.file || "the fleet"}`,
    {
      hint: `give self (${ctx.fleet.self}) socket: ${sock} in the fleet file, or set -g @nexus-self to the entry of this server`,
    },
  );
}
