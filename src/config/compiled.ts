// The validated fleet, kept as JSON beside the runtime dir and keyed by the file's identity and
// every input that shapes it, so the hot paths (picker, rows, preview, ring, hop) do not load and
// run the YAML parser on each key press (10-15 ms of a node start). Any change means a reparse.
import { type BigIntStats, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Fleet } from "../model/host.js";
import { configFile, expandHome, writeAtomic } from "./paths.js";

export interface FleetInputs {
  path?: string;
  env: NodeJS.ProcessEnv;
  hostname: string;
  tmuxSelf?: string;
  uid: number;
}

/**
 * The cache key: the file's identity and the inputs that shape the result, as resolved (a picker
 * given @nexus-config and its fzf children given NEXUS_CONFIG for the same file share one entry).
 * undefined when the file cannot be stat'ed: a missing file is not cached.
 */
export function fleetKey(o: FleetInputs, fs = fleetStat(o)): string | undefined {
  if (fs === undefined) return undefined;
  const { file, st } = fs;
  const env = [o.env.NEXUS_SSH_CONFIG, o.env.XDG_RUNTIME_DIR, o.env.HOME].map((v) => v ?? null);
  return JSON.stringify([
    4,
    file,
    String(st.mtimeNs),
    String(st.size),
    String(st.ino),
    env,
    o.hostname,
    o.uid,
  ]);
}

/** The fleet file, resolved, and its stat (a symlink followed); undefined when it cannot be stat'ed. */
export function fleetStat(o: FleetInputs): { file: string; st: BigIntStats } | undefined {
  const file = resolve(o.path ? expandHome(o.path, o.env) : configFile(o.env));
  try {
    return { file, st: statSync(file, { bigint: true }) };
  } catch {
    return undefined;
  }
}

/** A file's mtime to the ms, size and inode, as `stat -L -c '%.3Y %s %i'` prints them. */
export function stamp(st: BigIntStats): string {
  const ms = String((st.mtimeNs % 1_000_000_000n) / 1_000_000n).padStart(3, "0");
  return `${st.mtimeNs / 1_000_000_000n}.${ms} ${st.size} ${st.ino}`;
}

/** NEXUS_SELF, else @nexus-self: the self a caller asks for (the file's `self:` wins over both). */
export const selfAsked = (o: FleetInputs): string | null => o.env.NEXUS_SELF || o.tmuxSelf || null;

/**
 * A hit when the file is the same and the self asked for is the one asked last time, or the one
 * that resolved to then (a picker's fzf children are told the self their parent resolved).
 */
export function readCompiled(cacheFile: string, key: string, self: string | null): Fleet | undefined {
  try {
    const c = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      key: string;
      self: string | null;
      fleet: Fleet;
    };
    return c.key === key && (self === c.self || self === c.fleet.self) ? c.fleet : undefined;
  } catch {
    return undefined;
  }
}

export function writeCompiled(cacheFile: string, key: string, self: string | null, fleet: Fleet): void {
  try {
    writeAtomic(cacheFile, JSON.stringify({ key, self, fleet }));
  } catch {
    // a cache only: a read-only or missing dir costs the next run a reparse, nothing more
  }
}
