// The client side of the rig: the ssh_config and known_hosts the code under test uses through -F, and
// the environment it runs in. Absolute paths only: ssh expands ~ from the passwd entry, not $HOME, so
// one ~ would reach the real user's ~/.ssh.
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";

export interface SshEntry {
  alias: string;
  port: number;
}

/**
 * One Host block per alias. Nothing here that nexus sets on the command line (BatchMode, Control*,
 * ConnectTimeout, ServerAlive*): for ssh the first value obtained wins and -o comes first, but a test
 * should see nexus's own values, not the rig's.
 */
export function sshConfigText(
  entries: SshEntry[],
  identity: string,
  knownHosts: string,
  user: string,
): string {
  const blocks = entries.map(({ alias, port }) =>
    [
      `Host ${alias}`,
      "  HostName 127.0.0.1",
      `  Port ${port}`,
      `  User ${user}`,
      `  IdentityFile ${identity}`,
      "  IdentitiesOnly yes",
      `  UserKnownHostsFile ${knownHosts}`,
      "  GlobalKnownHostsFile /dev/null",
      "  StrictHostKeyChecking yes",
      "  LogLevel ERROR",
    ].join("\n"),
  );
  return `# nexus test rig: simulated hosts on 127.0.0.1\n\n${blocks.join("\n\n")}\n`;
}

/** known_hosts lines for non-standard ports are written as [host]:port. */
export function knownHostsLine(port: number, hostKey: string): string {
  const [type, key] = hostKey.split(" ");
  return `[127.0.0.1]:${port} ${type} ${key}`;
}

/** Variables that would lead a child to the real user's tmux server, agent or config. */
const LEAKY = /^(TMUX|TMUX_PANE|TMUX_TMPDIR|SSH_AUTH_SOCK|SSH_AGENT_PID|XDG_.*|NEXUS_.*)$/;

/**
 * The leaky variables of env, each set to undefined rather than left out: node's spawn skips undefined
 * values, so spreading this over an env keeps them unset even when execa merges process.env back in
 * (its default extendEnv: true).
 */
export function leaksUnset(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const unset: NodeJS.ProcessEnv = { TMUX: undefined, TMUX_PANE: undefined };
  for (const key of Object.keys(env)) if (LEAKY.test(key)) unset[key] = undefined;
  return unset;
}

/**
 * The environment of the machine the test plays: its own HOME, XDG dirs and tmux default server.
 * tmpfs: where XDG_RUNTIME_DIR (dir/run, a symlink then) really is, as on a systemd machine; every
 * path the code under test sees stays under dir, where the teardown looks for what it started.
 */
export function makeClientEnv(dir: string, sshConfig: string, tmpfs?: string): NodeJS.ProcessEnv {
  const client = `${dir}/client`;
  const env: NodeJS.ProcessEnv = {
    HOME: `${client}/home`,
    XDG_CONFIG_HOME: `${client}/config`,
    XDG_STATE_HOME: `${client}/state`,
    XDG_CACHE_HOME: `${client}/cache`,
    XDG_DATA_HOME: `${client}/data`,
    XDG_RUNTIME_DIR: `${dir}/run`,
    TMUX_TMPDIR: `${client}/tmux`,
  };
  if (tmpfs) symlinkSync(tmpfs, `${dir}/run`);
  for (const path of Object.values(env)) mkdirSync(path!, { recursive: true });
  // XDG basedir spec: the runtime dir must be owned by the user with mode 0700.
  chmodSync(`${dir}/run`, 0o700);
  return { ...process.env, ...leaksUnset(process.env), ...env, NEXUS_SSH_CONFIG: sshConfig };
}
