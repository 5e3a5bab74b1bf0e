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
  /** Positionals before the free-form tail (Infinity: no tail). */
  positionals: number;
  /** false: runs without the fleet (plugin set-up). */
  needsFleet?: boolean;
  /** Read @nexus-config and @nexus-self from the current tmux server (picker, ring, plugin). */
  tmuxOptions?: boolean;
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
