// The ring: hosts in fleet order, each host's sessions in tmux's order. Pure.
import type { Session } from "../model/session.js";

export interface RingHost {
  host: string;
  /** undefined: unreachable (skipped, with its reason). */
  sessions: Session[] | undefined;
  reason?: string;
}

export interface Step {
  target: Session | undefined;
  /** Hosts passed over on the way, with why. */
  skipped: string[];
}

/** From the session `at` (host, id), one step in `dir` (+1 next, -1 prev), wrapping around. */
export function step(ring: readonly RingHost[], at: { host: string; id: string }, dir: 1 | -1): Step {
  const why = (h: RingHost) => `${h.host} (${h.reason ?? "unreachable"})`;
  const flat = ring.flatMap((h) => h.sessions ?? []);
  if (flat.length === 0) return { target: undefined, skipped: ring.filter((h) => !h.sessions).map(why) };
  const i = flat.findIndex((s) => s.host === at.host && s.id === at.id);
  const j = i < 0 ? (dir === 1 ? 0 : flat.length - 1) : (i + dir + flat.length) % flat.length;
  const target = flat[j] as Session;
  // Which unreachable hosts lie between the two: those in ring order between their hosts.
  const order = ring.map((h) => h.host);
  const from = order.indexOf(at.host);
  const to = order.indexOf(target.host);
  // A step that stays in its host but went round the ring (that host's edge) passed every other host.
  const lap = i >= 0 && (dir === 1 ? j <= i : j >= i);
  const between = ring.filter(
    (h, k) =>
      h.sessions === undefined && (from === to ? lap && k !== from : inArc(from, to, k, dir, order.length)),
  );
  return { target, skipped: between.map(why) };
}

function inArc(from: number, to: number, k: number, dir: 1 | -1, n: number): boolean {
  if (from === to || from < 0) return false;
  const dist = (a: number, b: number) => ((((b - a) * dir) % n) + n) % n;
  return dist(from, k) > 0 && dist(from, k) < dist(from, to);
}
