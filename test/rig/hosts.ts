// Where each simulated host lives under the rig dir, and the environment its ssh sessions get: its own
// HOME and tmux default server (TMUX_TMPDIR), and for "notmux" a PATH without tmux.
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { leaksUnset } from "./client.js";

/** The fault hosts, by their ssh alias. */
export const FAULTS = ["refused", "hung", "frozen", "notmux", "badkey"] as const;

/** What sshd puts in PATH before SetEnv (OpenSSH's _PATH_STDPATH for root on Debian). */
const STD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/**
 * What notmux's PATH offers: sh and the usual tools, never tmux. Debian 12 is merged-/usr (/bin/tmux
 * exists), so this PATH must hold neither /bin nor /usr/bin: it is a directory of symlinks.
 */
const NOTMUX_TOOLS = (
  "sh cat printf echo mkdir mv rm cp ln id date sleep env uname ls head tail tr sed grep awk cut wc sort " +
  "uniq base64 od stat touch chmod mktemp dirname basename readlink true false test tty kill ps hostname " +
  "whoami xargs find timeout nohup"
).split(" ");

export interface HostLayout {
  name: string;
  dir: string;
  home: string;
  tmuxTmpdir: string;
  /** The session environment sshd sets with SetEnv. */
  setEnv: Record<string, string>;
}

export function checkHostNames(names: string[]): void {
  for (const name of names) {
    // Short names keep the tmux socket path (dir/h/NAME/tmux/tmux-0/default) far below ~90 bytes.
    if (!/^[a-z0-9][a-z0-9._-]{0,15}$/.test(name))
      throw new Error(`rig: bad host name ${JSON.stringify(name)}`);
    if ((FAULTS as readonly string[]).includes(name)) throw new Error(`rig: ${name} is a fault host already`);
  }
  if (new Set(names).size !== names.length) throw new Error(`rig: duplicate host in ${names.join(", ")}`);
}

export function hostLayout(rigDir: string, name: string): HostLayout {
  const dir = `${rigDir}/h/${name}`;
  const home = `${dir}/home`;
  const tmuxTmpdir = `${dir}/tmux`;
  mkdirSync(home, { recursive: true });
  mkdirSync(tmuxTmpdir, { recursive: true });
  mkdirSync(`${dir}/run`, { recursive: true, mode: 0o700 });
  const path = name === "notmux" ? notmuxBin(`${dir}/bin`) : STD_PATH;
  return {
    name,
    dir,
    home,
    tmuxTmpdir,
    // Its own XDG dirs, so nexus on a simulated host never uses /tmp/nexus-UID or another host's files.
    setEnv: {
      HOME: home,
      TMUX_TMPDIR: tmuxTmpdir,
      PATH: path,
      LANG: "C.UTF-8",
      XDG_RUNTIME_DIR: `${dir}/run`,
      XDG_STATE_HOME: `${home}/.local/state`,
      XDG_CONFIG_HOME: `${home}/.config`,
    },
  };
}

/** The environment that reaches the host's tmux server without ssh, as its ssh sessions see it. */
export function hostEnv(layout: HostLayout): NodeJS.ProcessEnv {
  return { ...leaksUnset(process.env), ...layout.setEnv };
}

function notmuxBin(bin: string): string {
  mkdirSync(bin, { recursive: true });
  for (const tool of NOTMUX_TOOLS) {
    const target = STD_PATH.split(":")
      .map((dir) => `${dir}/${tool}`)
      .find((path) => existsSync(path));
    if (target) symlinkSync(target, `${bin}/${tool}`);
  }
  return bin;
}
