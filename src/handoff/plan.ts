// Deciding how to go to a target is a pure function of where the client is and the target (DESIGN
// §4). The executor (commands/go.ts) only carries the plan out.
import type { Fleet } from "../model/host.js";

export interface Where {
  fleet: Fleet;
  /** The fleet host whose tmux server the client is attached to (undefined: not under tmux). */
  current: string | undefined;
  /** #{client_name} of the client that pressed the key. */
  client: string | undefined;
}

export interface Target {
  host: string;
  id: string;
}

export type Plan =
  | { kind: "switch"; host: string; client: string | undefined; id: string }
  /** Another host: an intent for the client's hop loop (or a new loop), then detach. */
  | { kind: "handoff"; host: string; id: string; client: string | undefined };

export function plan(w: Where, t: Target): Plan {
  if (w.current !== undefined && t.host === w.current)
    return { kind: "switch", host: t.host, client: w.client, id: t.id };
  return { kind: "handoff", host: t.host, id: t.id, client: w.client };
}

/** The fleet host whose server is the -L socket in $TMUX: self or another local socket. */
export function currentHost(fleet: Fleet, socket: string | undefined): string | undefined {
  if (socket === undefined) return undefined;
  const local = fleet.hosts.filter((h) => h.name === fleet.self || h.ssh === undefined);
  return local.find((h) => (h.socket ?? "default") === socket)?.name;
}
