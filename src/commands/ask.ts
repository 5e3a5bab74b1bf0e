// Asking the person at the terminal: yes/no, and fzf over several matching sessions.
import { runOnTty } from "../exec/spawn.js";
import type { Session } from "../model/session.js";
import { Exit, NexusError, usageError } from "../report.js";
import type { Io } from "./types.js";

/** Asks on a terminal; refuses (exit 2) without a terminal unless --yes was given. */
export async function confirm(io: Io, question: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!io.interactive) throw usageError("not on a terminal, so nothing was done", "pass --yes to go ahead");
  const { createInterface } = await import("node:readline"); // only when asking: keeps it off start-up
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  // Ctrl-C or Ctrl-D (the input closed) is a no, as n is.
  const answer = await new Promise<string>((res) => {
    rl.once("SIGINT", () => res(""));
    rl.once("close", () => res(""));
    rl.question(`${question} [y/N] `, res);
  });
  rl.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new NexusError(Exit.cancelled, "cancelled; nothing was done");
}

/** fzf over the matches, key first (hidden), label shown. */
export function chooser(io: Io): ((s: Session[]) => Promise<Session | undefined>) | undefined {
  if (!io.interactive) return undefined;
  return async (sessions) => {
    const rows = sessions.map((s, i) => `${i}\t${s.host}:${s.name}  (${s.id}, ${s.command})`).join("\n");
    const env = { ...process.env, FZF_DEFAULT_OPTS: "" };
    const r = await runOnTty(
      ["fzf", "--delimiter=\t", "--with-nth=2..", "--height=40%", "--reverse", "--prompt=which session? "],
      `${rows}\n`,
      env,
    );
    if (r.code === 127)
      throw new NexusError(Exit.ambiguous, "several sessions match and fzf is not installed");
    if (r.code !== 0) return undefined;
    return sessions[Number(r.stdout.split("\t")[0])];
  };
}
