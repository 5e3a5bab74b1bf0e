// A fleet host as the fleet file describes it, after validation.

export interface HostSpec {
  /** Shown in lists and used in selectors: [a-z0-9][a-z0-9._-]* */
  name: string;
  /** ssh destination as ssh knows it; absent: a tmux socket on this machine. */
  ssh?: string;
  /** tmux -L socket name on that host; absent: the default server. */
  socket?: string;
  /** A tmux colour name (or colourN / #rrggbb) for this host's rows. */
  color?: string;
  /** false: listed in the file but skipped everywhere. */
  enabled: boolean;
  /** 1-based line of the entry in the fleet file, for error messages. */
  line?: number;
}

export interface Fleet {
  /** Absolute path of the fleet file it came from ("" when built in code). */
  file: string;
  /** Name of the host this process runs on; always one of hosts. */
  self: string;
  /** In ring order. */
  hosts: HostSpec[];
  timeouts: { connectMs: number; listMs: number };
  /** ssh -F file for every ssh call (fleet `ssh_config:` or NEXUS_SSH_CONFIG). */
  sshConfig?: string;
}

/** How this process reaches a host: run locally, or over ssh. */
export const isLocal = (fleet: Fleet, h: HostSpec): boolean => h.name === fleet.self || h.ssh === undefined;
