// What a verb declares: its help and options, and how it runs.
import type { OptSpec, Parsed } from "../args.js";
import type { NexusOptions } from "../config/options.js";
import type { Ctx } from "../fleet/context.js";
import type { ExitCode } from "../report.js";

export interface Verb {
  name: string;
  aliases: string[];
  usage: string;
  summary: string;
  /** Extra help text: details, examples. */
  details?: string;
  options: Record<string, OptSpec>;
  /** Positionals before the free-form tail (Infinity: as many as given). */
  positionals: number;
  /** Free-form words after the positionals (text to send, a command); else none are taken. */
  tail?: boolean;
  /** false: runs without the fleet (plugin set-up). */
  needsFleet?: boolean;
  /** Read @nexus-config and @nexus-self from the current tmux server (picker, ring, plugin). */
  tmuxOptions?: boolean;
  /** Those options as the caller already read them (picker.sh): then tmux is not asked again. */
  givenOptions?(p: Parsed): NexusOptions | undefined;
  /** The process exits as soon as run() ends, dropping work still in flight (pick-agent). */
  exits?: boolean;
  run(p: Parsed, ctx: Ctx, io: Io, tmuxOpts: NexusOptions | undefined): Promise<ExitCode>;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** stdin and stdout are terminals: nx may ask. */
  interactive: boolean;
  /** stdout is a terminal: colours and columns. */
  color: boolean;
}

export const JSON_OPT: Record<string, OptSpec> = {
  json: { type: "boolean", desc: "print JSON (stable; see the README)" },
};

/** What a key binding tells a verb about the client that pressed it (tmux expands these at press). */
export const CLIENT_OPTS: Record<string, OptSpec> = {
  client: { type: "string", value: "NAME", desc: "the tmux client to move (#{client_name})" },
  "client-pid": { type: "string", value: "PID", desc: "its #{client_pid}" },
  "client-tty": { type: "string", value: "TTY", desc: "its #{client_tty}" },
  session: { type: "string", value: "ID", desc: "its #{session_id}" },
};

export function clientOf(opts: Parsed["opts"]) {
  const str = (k: string) =>
    typeof opts[k] === "string" && opts[k] !== "" ? (opts[k] as string) : undefined;
  const pid = str("client-pid");
  const tty = str("client-tty");
  return {
    name: str("client"),
    known: pid !== undefined && /^\d+$/.test(pid) && tty !== undefined ? { pid, tty } : undefined,
    session: str("session"),
  };
}
