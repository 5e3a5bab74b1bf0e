// Everything a command needs about the fleet: the validated fleet file, a Host per enabled entry,
// the peer cache and the private dirs. Built once per process from global options and env.
import { hostname, userInfo } from "node:os";
import { join } from "node:path";
import { fleetKey, fleetStat, readCompiled, selfAsked, stamp, writeCompiled } from "../config/compiled.js";
import { controlPath, ensurePrivateDir, makeDirs, runtimeDir, stateDir } from "../config/paths.js";
import { type Host, hostFor } from "../exec/host.js";
import type { Fleet } from "../model/host.js";
import { usageError } from "../report.js";
import { PeerCache } from "./cache.js";

export interface Ctx {
  fleet: Fleet;
  /** Enabled hosts, in ring order. */
  hosts: Host[];
  cache: PeerCache;
  env: NodeJS.ProcessEnv;
  runtimeDir: string;
  /** The fleet file as it was when it was read (compiled.ts stamp); undefined with no file. */
  fleetStamp?: string;
  host(name: string): Host;
}

export interface CtxOpts {
  config?: string;
  tmuxSelf?: string;
  env?: NodeJS.ProcessEnv;
}

export async function loadCtx(opts: CtxOpts = {}): Promise<Ctx> {
  const env = opts.env ?? process.env;
  // The effective uid, as userInfo().uid, without its passwd lookup (NSS: LDAP or sssd can be slow).
  const uid = process.geteuid?.() ?? userInfo().uid;
  const inputs = {
    env,
    hostname: hostname(),
    uid,
    ...(opts.config === undefined ? {} : { path: opts.config }),
    ...(opts.tmuxSelf === undefined ? {} : { tmuxSelf: opts.tmuxSelf }),
  };
  const fs = fleetStat(inputs);
  const key = fleetKey(inputs, fs);
  const cacheFile = join(stateDir(env), "fleet.compiled.json");
  let fleet = key === undefined ? undefined : readCompiled(cacheFile, key, selfAsked(inputs));
  // No file where none was asked for: this machine alone, without loading the YAML parser.
  if (!fleet && key === undefined && !opts.config && !env.NEXUS_CONFIG) {
    const { oneHostFleet } = await import("../config/onehost.js");
    fleet = oneHostFleet(inputs);
  }
  if (!fleet) {
    const { loadFleet } = await import("../config/fleet.js"); // the only way yaml gets loaded
    fleet = loadFleet(inputs);
    if (key !== undefined) {
      makeDirs(stateDir(env));
      writeCompiled(cacheFile, key, selfAsked(inputs), fleet);
    }
  }
  return makeCtx(fleet, env, uid, fs && fleet.file !== "" ? stamp(fs.st) : undefined);
}

export function makeCtx(fleet: Fleet, env: NodeJS.ProcessEnv, uid: number, fleetStamp?: string): Ctx {
  const rdir = runtimeDir(env, uid);
  const ssh = {
    connectMs: fleet.timeouts.connectMs,
    ...(fleet.sshConfig === undefined ? {} : { configFile: fleet.sshConfig }),
    controlPath: controlPath(rdir),
    prepare: once(() => ensurePrivateDir(rdir)),
  };
  const hosts = fleet.hosts.filter((h) => h.enabled).map((h) => hostFor(fleet, h, ssh));
  return {
    fleet,
    hosts,
    cache: new PeerCache(stateDir(env)),
    env,
    runtimeDir: rdir,
    ...(fleetStamp === undefined ? {} : { fleetStamp }),
    host(name) {
      const h = hosts.find((x) => x.spec.name === name);
      if (h) return h;
      const all = fleet.hosts.map((x) => x.name).join(", ");
      const off = fleet.hosts.some((x) => x.name === name);
      throw usageError(
        off ? `host ${name} is disabled in the fleet file` : `unknown host: ${name}`,
        off ? `set enabled: true for it in ${fleet.file}` : `hosts in the fleet: ${all}`,
      );
    },
  };
}

function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (!done) f();
    done = true;
  };
}
