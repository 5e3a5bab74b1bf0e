// Where nexus keeps its files (XDG base dirs), its ssh ControlPaths, and the private-dir check.
// Everything but ensurePrivateDir is a pure function of the env passed in, so tests never read
// the real environment.

import { lstatSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Exit, NexusError, usageError } from "../report.js";

type Env = NodeJS.ProcessEnv;

/** The XDG spec says to ignore a relative XDG_* value, as if unset; empty is unset too. */
function xdg(env: Env, name: string): string | undefined {
  const v = env[name];
  return v?.startsWith("/") ? v : undefined;
}

function home(env: Env, what: string): string {
  const h = env.HOME;
  if (!h) throw usageError(`HOME is not set, so there is no default ${what}`, "set HOME (or the XDG_* dir)");
  return h;
}

/** `~/x` → `$HOME/x`, the way a shell would have done it for a value typed in a file or option. */
export function expandHome(p: string, env: Env): string {
  if (p === "~") return home(env, "home dir");
  return p.startsWith("~/") ? join(home(env, "home dir"), p.slice(2)) : p;
}

/** The fleet file: $NEXUS_CONFIG, else $XDG_CONFIG_HOME/nexus/fleet.yaml, else ~/.config/nexus/fleet.yaml. */
export function configFile(env: Env): string {
  if (env.NEXUS_CONFIG) return expandHome(env.NEXUS_CONFIG, env);
  const base = xdg(env, "XDG_CONFIG_HOME") ?? join(home(env, "config dir"), ".config");
  return join(base, "nexus", "fleet.yaml");
}

/** Peer cache and logs: $XDG_STATE_HOME/nexus, else ~/.local/state/nexus. */
export function stateDir(env: Env): string {
  return join(xdg(env, "XDG_STATE_HOME") ?? join(home(env, "state dir"), ".local", "state"), "nexus");
}

/** Intents, hop markers and ssh masters: $XDG_RUNTIME_DIR/nexus, else /tmp/nexus-<uid> (as tmux does). */
export function runtimeDir(env: Env, uid: number): string {
  const base = xdg(env, "XDG_RUNTIME_DIR");
  return base ? join(base, "nexus") : `/tmp/nexus-${uid}`;
}

/**
 * One ssh master per destination as ssh resolves it: ssh expands %C to a 40-char hash of the local
 * host, the remote host, port and user. A host whose `ssh:` (or HostName) changes gets a master of
 * its own at once, not the old machine's until that master's ControlPersist ends.
 */
export const controlPath = (runtime: string): string => join(runtime, "cm-%C");

/** The bytes of controlPath once ssh has expanded %C. */
export const controlPathBytes = (runtime: string): number => Buffer.byteLength(join(runtime, "cm-")) + 40;

// OpenSSH (mux.c, muxserver_listen) binds the master at `<ControlPath>.<16 random chars>` and then
// renames it into place, so the socket path it binds is 17 bytes longer than ours. bind() needs it to
// fit sun_path with its NUL terminator: 108 bytes on Linux, 104 on macOS and the BSDs.
const MUX_TEMP_SUFFIX = 17;
const sunPathSize = (platform: NodeJS.Platform): number => (platform === "linux" ? 108 : 104);

/** Longest ControlPath in bytes that OpenSSH can still bind: 108 - 1 - 17 = 90 on Linux (86 on macOS). */
export function controlPathMax(platform: NodeJS.Platform = process.platform): number {
  return sunPathSize(platform) - 1 - MUX_TEMP_SUFFIX;
}

/** The Linux figure, for messages and docs. */
export const CONTROL_PATH_MAX = controlPathMax("linux");

/** The ControlPath under `runtime`, %C expanded, is one that OpenSSH can bind. */
export function controlPathFits(runtime: string, platform: NodeJS.Platform = process.platform): boolean {
  return controlPathBytes(runtime) <= controlPathMax(platform);
}

/**
 * mkdir -p, mode 0700 for each dir it makes. Not node's own recursive mkdirSync: where mkdir says
 * ENOENT under a parent that exists (/proc, /sys: XDG_RUNTIME_DIR=/proc/x), that one retries forever.
 */
export function makeDirs(dir: string): void {
  const make = () => {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  };
  try {
    make();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT" || dirname(dir) === dir) throw err;
    makeDirs(dirname(dir));
    make();
  }
}

/**
 * Creates `dir` (mode 0700, parents too) if missing, then checks it the way tmux checks its socket
 * dir: a real directory (not a symlink), owned by `uid`, with no group or other permission bits.
 * Another user who could write here could plant intents or ssh sockets.
 */
export function ensurePrivateDir(dir: string, uid: number = process.getuid?.() ?? -1): string {
  try {
    makeDirs(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new NexusError(Exit.failure, `cannot create ${dir}: ${code}`, {
      hint: `remove whatever is in the way (rm ${dir}) or set XDG_RUNTIME_DIR to a dir of your own`,
      cause: err,
    });
  }
  return checkPrivateDir(dir, uid);
}

/** ensurePrivateDir's check alone, of a dir that must be there already (it throws where not). */
export function checkPrivateDir(dir: string, uid: number = process.getuid?.() ?? -1): string {
  const st = lstatSync(dir);
  const bad = (what: string, fix: string) =>
    new NexusError(Exit.failure, `${dir} ${what}; nexus keeps private files there`, { hint: fix });
  if (st.isSymbolicLink()) throw bad("is a symlink", `remove it (rm ${dir}); nexus creates it itself`);
  if (!st.isDirectory()) throw bad("is not a directory", `remove it (rm ${dir}); nexus creates it itself`);
  if (st.uid !== uid) {
    throw bad(
      `is owned by uid ${st.uid}, not you (uid ${uid})`,
      `remove it (sudo rm -r ${dir}) or set XDG_RUNTIME_DIR`,
    );
  }
  const mode = st.mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw bad(`has mode ${mode.toString(8).padStart(4, "0")}, open to other users`, `chmod 700 ${dir}`);
  }
  return dir;
}

/** Writes a private file whole: a temp file beside it, then a rename, so no reader sees half of it. */
export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, file);
}
