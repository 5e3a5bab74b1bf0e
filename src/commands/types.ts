// What a verb declares: its help and options, and how it runs.
import type { OptSpec, Parsed } from "../args.js";
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
  /** Whether it needs the fleet (most do; `--version`-like verbs do not). */
  needsFleet?: boolean;
  run(p: Parsed, ctx: Ctx, io: Io): Promise<ExitCode>;
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
