// A tmux session as nexus sees it: one row of `list-sessions -F` on one host.

export interface Session {
  host: string;
  /** tmux's session id, `$N`: the only handle nexus acts on (names prefix- and glob-match). */
  id: string;
  name: string;
  windows: number;
  /** Number of clients attached. */
  attached: number;
  /** Unix seconds. */
  created: number;
  /** Unix seconds of the last activity. */
  activity: number;
  /** The active pane's current command. */
  command: string;
  path: string;
  /** The active pane's process has exited (remain-on-exit kept it). */
  dead: boolean;
}

export const ID_RE = /^\$\d+$/;
