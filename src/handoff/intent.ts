// Intent files: how a picker (or the ring) tells the hop loop where to go next (DESIGN §4).
// Written as a temp file then renamed; claimed by rename; checked; deleted.
import { randomBytes } from "node:crypto";
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Fleet } from "../model/host.js";
import { ID_RE } from "../model/session.js";

export interface Intent {
  v: 1;
  hop: string;
  nonce: string;
  /** Unix seconds, by the clock of the host that holds the file. */
  createdAt: number;
  action: "attach";
  target: { host: string; id: string; name: string };
}

export const MAX_AGE_S = 30;
export const HOP_RE = /^[0-9a-f]{16}$/;
export const newHopId = () => randomBytes(8).toString("hex");
export const intentFile = (dir: string, hop: string) => join(dir, `intent-${hop}.json`);

export function makeIntent(hop: string, target: Intent["target"], nowSec = Date.now() / 1000): Intent {
  return {
    v: 1,
    hop,
    nonce: randomBytes(8).toString("hex"),
    createdAt: Math.floor(nowSec),
    action: "attach",
    target,
  };
}

/** The intent dir must already be private (ensurePrivateDir). */
export function writeIntent(dir: string, intent: Intent): void {
  const file = intentFile(dir, intent.hop);
  const tmp = `${file}.${intent.nonce}.tmp`;
  writeFileSync(tmp, JSON.stringify(intent), { mode: 0o600, flag: "wx" });
  renameSync(tmp, file);
}

export type Checked = { ok: true; intent: Intent } | { ok: false; reason: string };

/** Pure: the checks a claimed intent must pass before the loop acts on it. */
export function checkIntent(raw: string, hop: string, nowSec: number, fleet: Fleet): Checked {
  let x: Partial<Intent>;
  try {
    x = JSON.parse(raw) as Partial<Intent>;
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  if (typeof x !== "object" || x === null) return { ok: false, reason: "not an object" };
  if (x.v !== 1) return { ok: false, reason: `version ${JSON.stringify(x.v)}, expected 1` };
  if (x.hop !== hop) return { ok: false, reason: "for another hop loop" };
  if (x.action !== "attach") return { ok: false, reason: `unknown action ${JSON.stringify(x.action)}` };
  const age = nowSec - Number(x.createdAt);
  if (!Number.isFinite(age) || age < -5 || age > MAX_AGE_S)
    return { ok: false, reason: `stale (${Math.round(age)} s old)` };
  const t = x.target;
  if (!t || typeof t.host !== "string" || typeof t.id !== "string" || typeof t.name !== "string")
    return { ok: false, reason: "no target" };
  if (!fleet.hosts.some((h) => h.name === t.host && h.enabled))
    return { ok: false, reason: `host ${JSON.stringify(t.host)} is not in the fleet` };
  if (!ID_RE.test(t.id)) return { ok: false, reason: `bad session id ${JSON.stringify(t.id)}` };
  return { ok: true, intent: x as Intent };
}

/** Claims this loop's intent on this machine: rename, refuse anything but a regular file, read, delete. */
export function claimLocal(dir: string, hop: string): { raw?: string; reason?: string } {
  const file = intentFile(dir, hop);
  const claimed = `${file}.claimed-${process.pid}`;
  try {
    renameSync(file, claimed);
  } catch {
    return {}; // no intent: the user detached
  }
  try {
    if (!lstatSync(claimed).isFile()) return { reason: "not a regular file (a symlink?)" };
    return { raw: readFileSync(claimed, "utf8") };
  } finally {
    // recursive: a directory planted at the intent's name is removed, not thrown on.
    rmSync(claimed, { force: true, recursive: true });
  }
}
