// Turns ssh's exit 255 and stderr, and tmux's stderr, into typed reasons with a fix.
import { Exit, NexusError } from "../report.js";

export type Unreachable =
  | "refused"
  | "timeout"
  | "unknown-host"
  | "host-key"
  | "auth"
  | "no-tmux"
  | "tmux"
  | "ssh";

export class HostError extends NexusError {
  readonly host: string;
  readonly reason: Unreachable;
  /** How long the call took, when its runner knows (ExecResult.ms). */
  ms?: number;

  constructor(host: string, reason: Unreachable, message: string, hint?: string) {
    super(Exit.unreachable, `${host}: ${message}`, hint === undefined ? {} : { hint });
    this.host = host;
    this.reason = reason;
  }

  /** The short reason shown next to an offline host: "connection refused". */
  get short(): string {
    return this.message.slice(this.host.length + 2);
  }
}

const lastLine = (s: string) =>
  s
    .trim()
    .split("\n")
    .filter((l) => l.trim() !== "")
    .pop() ?? "";

/** Classifies a failed ssh call (exit 255 without our frame, or killed at its deadline). */
export function sshFailure(host: string, dest: string, stderr: string, deadlineMs?: number): HostError {
  const test = `ssh ${dest} true`;
  if (deadlineMs !== undefined)
    return new HostError(
      host,
      "timeout",
      `no answer within ${deadlineMs} ms`,
      `the host or its sshd is hung; check with: ${test}`,
    );
  const rules: [RegExp, Unreachable, string, string][] = [
    [/connection refused/i, "refused", "connection refused", `is sshd running there? try: ${test}`],
    [/timed out|timeout/i, "timeout", "connection timed out", `is the host up and reachable? try: ${test}`],
    [
      /could not resolve hostname|name or service not known/i,
      "unknown-host",
      "unknown host name",
      "check the ssh: destination in the fleet file, or add a Host alias to your ssh config",
    ],
    [
      /host key verification failed|remote host identification has changed|no .*host key is known/i,
      "host-key",
      "host key not known or changed",
      `nexus never turns host-key checking off; connect once by hand to check and accept the key: ssh ${dest}`,
    ],
    [
      /permission denied/i,
      "auth",
      "permission denied (key not accepted)",
      "nexus runs ssh with BatchMode=yes: load your key into ssh-agent (ssh-add) or set IdentityFile for this host",
    ],
  ];
  for (const [re, reason, msg, hint] of rules)
    if (re.test(stderr)) return new HostError(host, reason, msg, hint);
  return new HostError(host, "ssh", `ssh failed: ${lastLine(stderr) || "exit 255"}`, `try: ${test}`);
}

export type TmuxFailure = "no-server" | "no-session" | "no-tmux" | "other";

/** Reads tmux's stderr (and sh's exit 127) after a non-zero exit. */
export function tmuxFailure(code: number, stderr: string): TmuxFailure {
  if (code === 127 || /tmux: (command )?not found|tmux: No such file/i.test(stderr)) return "no-tmux";
  if (
    /no server running|error connecting to .*(No such file|Connection refused)|server exited unexpectedly/i.test(
      stderr,
    )
  )
    return "no-server";
  if (/can't find session|session not found|can't find pane|can't find window/i.test(stderr))
    return "no-session";
  return "other";
}

export const noTmux = (host: string) =>
  new HostError(
    host,
    "no-tmux",
    "tmux not found",
    "install tmux 3.2 or newer on that host (apt-get install tmux)",
  );
