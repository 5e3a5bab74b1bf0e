// Carries out a hand-off plan: switch the client, or say why not.
import type { Host } from "../exec/host.js";
import type { Ctx } from "../fleet/context.js";
import { currentHost, plan } from "../handoff/plan.js";
import { Exit, type ExitCode, NexusError } from "../report.js";
import { displayMessage, switchClient } from "../tmux/argv.js";
import { currentSocket } from "../tmux/options.js";
import type { Io } from "./types.js";

export async function go(
  ctx: Ctx,
  _io: Io,
  host: Host,
  id: string,
  client: string | undefined,
): Promise<ExitCode> {
  const where = { fleet: ctx.fleet, current: currentHost(ctx.fleet, currentSocket(ctx.env)), client };
  const p = plan(where, { host: host.spec.name, id });
  if (p.kind === "switch") {
    const r = await host.exec(switchClient(host.spec, client, id), { deadlineMs: 5000 });
    if (r.code !== 0)
      throw new NexusError(Exit.noSession, `${host.spec.name}: cannot switch to ${id}: ${r.stderr.trim()}`);
    return Exit.ok;
  }
  const here = where.current ? ctx.host(where.current) : undefined;
  if (here) await here.exec(displayMessage(here.spec, client, `nexus: ${p.reason}`), { deadlineMs: 2000 });
  throw new NexusError(Exit.failure, p.reason);
}
