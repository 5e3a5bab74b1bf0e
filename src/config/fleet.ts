// fleet.yaml → a validated Fleet (DESIGN §2). Every error names the file, the line and the key, and
// nothing written wrong is ever replaced by a default.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LineCounter } from "yaml";
import type { Fleet, HostSpec } from "../model/host.js";
import { Exit, NexusError, usageError } from "../report.js";
import { parseDuration } from "./duration.js";
import { parseHost } from "./hosts.js";
import { type Field, fail, fields, items, lineOf, parseSrc, type Src, str, stringOrNumber } from "./nodes.js";
import { DEFAULT_TIMEOUTS, oneHostFleet } from "./onehost.js";
import {
  configFile,
  controlPath,
  controlPathBytes,
  controlPathFits,
  controlPathMax,
  expandHome,
  runtimeDir,
} from "./paths.js";
import { resolveSelf, type SelfInputs } from "./self.js";

export interface FleetContext extends SelfInputs {
  uid: number;
  /** For the ControlPath limit (sun_path differs); defaults to process.platform. */
  platform?: NodeJS.Platform;
}

export interface LoadFleetOptions extends FleetContext {
  /** From --config: named explicitly, so a missing file is an error. */
  path?: string;
}

export { DEFAULT_TIMEOUTS, oneHostFleet } from "./onehost.js";

const TOP_KEYS = ["self", "hosts", "timeouts", "ssh_config"] as const;
const TIMEOUT_KEYS = ["connect", "list"] as const;
const EXAMPLE = "hosts:\n  - name: laptop\n  - name: devbox\n    ssh: devbox";

/** Reads the fleet file; with no file at the default path, a fleet of this machine alone. */
export function loadFleet(opts: LoadFleetOptions): Fleet {
  const explicit = Boolean(opts.path || opts.env.NEXUS_CONFIG);
  const file = resolve(opts.path ? expandHome(opts.path, opts.env) : configFile(opts.env));
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !explicit) return oneHostFleet(opts);
    if (code === "ENOENT") {
      throw usageError(`no fleet file at ${file}`, `create it, for example:\n${EXAMPLE}`);
    }
    throw new NexusError(Exit.usage, `cannot read ${file}: ${code ?? String(err)}`, {
      hint: "check that it is a readable file",
      cause: err,
    });
  }
  return parseFleet(text, file, opts);
}

/** Pure: the text of a fleet file → Fleet, or a NexusError (exit 2) naming file:line: key. */
export function parseFleet(text: string, file: string, opts: FleetContext): Fleet {
  const src = parseSrc(text, file, new LineCounter());
  const contents = src.doc.contents;
  const example = `list the hosts, for example:\n${EXAMPLE}`;
  if (contents === null) fail(src, 1, "hosts", "missing: the file is empty", example);
  const top = fields(src, { key: "", line: lineOf(src, contents), node: contents }, TOP_KEYS);
  const hostsField = top.get("hosts");
  if (!hostsField) fail(src, 1, "hosts", "missing", example);
  const hosts = items(src, hostsField, example).map((f) => parseHost(src, f));
  const fleet: Fleet = { file, self: "", hosts, timeouts: timeouts(src, top.get("timeouts")) };
  const ssh = sshConfig(src, top.get("ssh_config"), opts.env);
  if (ssh !== undefined) fleet.sshConfig = ssh;
  checkUnique(src, hosts);
  fleet.self = checkSelf(src, hosts, top.get("self") ?? hostsField, opts);
  checkLocalServers(src, hosts, fleet.self);
  checkControlPaths(src, hosts, fleet.self, opts);
  return fleet;
}

/** `where` is the `self:` field when the file has one, else `hosts:` (the line to point at). */
function checkSelf(src: Src, hosts: HostSpec[], where: Field, opts: FleetContext): string {
  const fromFile = where.key === "self" ? str(src, where, "the name of one of the hosts") : undefined;
  const self = resolveSelf(fromFile, opts);
  if (hosts.some((h) => h.name === self.name)) return self.name;
  const names = hosts.map((h) => h.name).join(", ");
  return fail(
    src,
    where.line,
    "self",
    `${JSON.stringify(self.name)} (from ${self.source}) is not one of the hosts: ${names}`,
    `set self: <name> in ${src.file} or NEXUS_SELF=<name> to this machine's entry, or add a host named ${self.name}`,
  );
}

function timeouts(src: Src, f: Field | undefined): Fleet["timeouts"] {
  const t = { ...DEFAULT_TIMEOUTS };
  if (!f) return t;
  for (const [k, field] of fields(src, f, TIMEOUT_KEYS)) {
    const v = stringOrNumber(src, field);
    const r = v === undefined ? parseDuration("") : parseDuration(v);
    if (!r.ok) fail(src, field.line, field.key, r.reason, "write it as 2s, 1500ms, 1.5s or 1m (at most 10m)");
    t[k === "connect" ? "connectMs" : "listMs"] = r.ms;
  }
  return t;
}

// NEXUS_SSH_CONFIG wins over the file's ssh_config: the file may be shared by every host, while the
// environment belongs to this one. The file's value is still checked, so a typo never hides.
function sshConfig(src: Src, f: Field | undefined, env: NodeJS.ProcessEnv): string | undefined {
  let fromFile: string | undefined;
  if (f) {
    const v = str(src, f, "a path such as ~/.ssh/nexus_config");
    const bad =
      v === ""
        ? "empty path"
        : v.startsWith("~") && !(v.startsWith("~/") && env.HOME)
          ? "cannot expand ~"
          : "";
    if (bad) {
      fail(
        src,
        f.line,
        f.key,
        bad,
        "write an absolute path, one relative to the fleet file, or ~/… with HOME set",
      );
    }
    // Relative to the fleet file, not to whatever dir nx happens to run in.
    fromFile = resolve(dirname(src.file), expandHome(v, env));
  }
  return env.NEXUS_SSH_CONFIG ? expandHome(env.NEXUS_SSH_CONFIG, env) : fromFile;
}

function checkUnique(src: Src, hosts: HostSpec[]): void {
  const seen = new Map<string, HostSpec>();
  hosts.forEach((h, i) => {
    const first = seen.get(h.name);
    if (first) {
      fail(
        src,
        h.line ?? 1,
        `hosts[${i}].name`,
        `duplicate host ${h.name} (first at line ${first.line})`,
        "rename or remove one",
      );
    }
    seen.set(h.name, h);
  });
}

/** Local entries (self, and every entry with no ssh:) must each be a different tmux server here. */
function checkLocalServers(src: Src, hosts: HostSpec[], self: string): void {
  const seen = new Map<string, HostSpec>();
  hosts.forEach((h, i) => {
    if (h.ssh !== undefined && h.name !== self) return;
    const server = h.socket ?? "";
    const first = seen.get(server);
    if (first) {
      const which = server ? `tmux socket ${server}` : "the default tmux socket";
      fail(
        src,
        h.line ?? 1,
        `hosts[${i}]${server ? ".socket" : ""}`,
        `${h.name} and ${first.name} (line ${first.line}) are both ${which} on this machine (${self})`,
        "an entry without ssh: is another tmux socket on this machine: give it its own socket:, or an ssh: if it is another machine",
      );
    }
    seen.set(server, h);
  });
}

function checkControlPaths(src: Src, hosts: HostSpec[], self: string, opts: FleetContext): void {
  const dir = runtimeDir(opts.env, opts.uid);
  const i = hosts.findIndex((h) => h.ssh !== undefined && h.name !== self && h.enabled);
  if (i < 0 || controlPathFits(dir, opts.platform)) return;
  fail(
    src,
    hosts[i]?.line ?? 1,
    `hosts[${i}].ssh`,
    `the ssh ControlPath ${controlPath(dir)} is ${controlPathBytes(dir)} bytes once ssh makes %C 40 chars, over the ${controlPathMax(opts.platform)} that ssh can bind`,
    "set XDG_RUNTIME_DIR to a shorter dir",
  );
}
