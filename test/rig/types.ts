// The rig's public types: what a test gets from startRig().

export interface RigHost {
  name: string;
  /** The Host alias in the rig's ssh_config (the name itself). */
  alias: string;
  port: number;
  /** Everything of this host lives here: sshd_config, keys, sshd.log, home, tmux. */
  dir: string;
  /** HOME of its ssh sessions; its .bashrc runs for every ssh command (bash sees SSH_CLIENT). */
  home: string;
  /** TMUX_TMPDIR of its ssh sessions: its tmux default server is tmuxTmpdir/tmux-UID/default. */
  tmuxTmpdir: string;
  /** The environment its ssh sessions get (HOME, TMUX_TMPDIR, PATH, LANG), to reach its tmux without ssh. */
  env: NodeJS.ProcessEnv;
}

export interface SshOptions {
  /** Kill ssh (SIGKILL) after this long; default 15 s. */
  timeoutMs?: number;
  /** ssh options placed before the rig's own -o BatchMode=yes, so they take precedence. */
  extraArgs?: string[];
  /** ssh's stdin; default empty, so ssh never waits on the test's stdin. */
  input?: string;
}

export interface SshResult {
  /** ssh's exit code (255: ssh itself failed); 128 + signal number when killed, e.g. 137 on timeout. */
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface Rig {
  /** The rig's temp dir, /tmp/nxr-XXXXXX; removed by stop(). */
  dir: string;
  /** The client ssh config: `ssh -F sshConfig <alias>` (also clientEnv.NEXUS_SSH_CONFIG). */
  sshConfig: string;
  knownHosts: string;
  /** Normal hosts + frozen + notmux + badkey (those with a real sshd), by name. */
  hosts: Record<string, RigHost>;
  aliases: { refused: string; hung: string; frozen: string; notmux: string; badkey: string };
  /**
   * The environment to run the code under test in: its own HOME, XDG dirs, XDG_RUNTIME_DIR (0700; on
   * tmpfs where /dev/shm is, as a login session's), TMUX_TMPDIR (the "local" host's default server)
   * and NEXUS_SSH_CONFIG; TMUX, TMUX_PANE, SSH_AUTH_SOCK and the caller's XDG_* / NEXUS_* are present
   * as undefined, so they stay unset even when execa merges process.env back in.
   */
  clientEnv: NodeJS.ProcessEnv;
  /** Run tmux against a simulated host's default server directly (no ssh); returns stdout, throws on non-zero. */
  tmux(host: string, args: string[]): Promise<string>;
  /** Run tmux against the client's own ("local") default server. */
  localTmux(args: string[]): Promise<string>;
  /** `ssh -F sshConfig [extraArgs] -o BatchMode=yes alias [remoteCommand]`; "" sends no command (-O check). */
  ssh(alias: string, remoteCommand: string, opts?: SshOptions): Promise<SshResult>;
  /** SIGSTOP that host's sshd and all its children: a live master still passes -O check, new sessions hang. */
  freeze(host: string): void;
  thaw(host: string): void;
  /** Stop everything the rig and the code under test started and remove dir. Idempotent. */
  stop(): Promise<void>;
}
