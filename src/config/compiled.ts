// The validated fleet, kept as JSON beside the runtime dir and keyed by the file's identity and
// every input that shapes it, so the hot paths (picker, rows, preview, ring, hop) do not load and
// run the YAML parser on each key press (10-15 ms of a node start). Any change means a reparse.
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Fleet } from "../model/host.js";
import { configFile, expandHome } from "./paths.js";

export interface FleetInputs {
  path?: string;
  env: NodeJS.ProcessEnv;
  hostname: string;
  tmuxSelf?: string;
  uid: number;
}

const ENV_KEYS = [
  "NEXUS_CONFIG",
  "NEXUS_SELF",
  "NEXUS_SSH_CONFIG",
  "XDG_CONFIG_HOME",
  "XDG_RUNTIME_DIR",
  "HOME",
];

/** The cache key, or undefined when the file cannot be stat'ed (missing: nothing to cache). */
export function fleetKey(o: FleetInputs): string | undefined {
  const file = resolve(o.path ? expandHome(o.path, o.env) : configFile(o.env));
  try {
    const st = statSync(file);
    const env = ENV_KEYS.map((k) => o.env[k] ?? null);
    return JSON.stringify([1, file, st.mtimeMs, st.size, st.ino, env, o.hostname, o.tmuxSelf ?? null, o.uid]);
  } catch {
    return undefined;
  }
}

export function readCompiled(cacheFile: string, key: string): Fleet | undefined {
  try {
    const c = JSON.parse(readFileSync(cacheFile, "utf8")) as { key: string; fleet: Fleet };
    return c.key === key ? c.fleet : undefined;
  } catch {
    return undefined;
  }
}

export function writeCompiled(cacheFile: string, key: string, fleet: Fleet): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ key, fleet }), { mode: 0o600 });
    renameSync(tmp, cacheFile);
  } catch {
    // a cache only: a read-only or missing dir costs the next run a reparse, nothing more
  }
}
