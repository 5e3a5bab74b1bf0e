// nx peek, send, kill: one session, chosen by a selector, acted on by its $id.
import { intOpt } from "../args.js";
import { shWord } from "../exec/quote.js";
import { capture, keys, kill, send } from "../fleet/ops.js";
import { describe, looseness, resolve } from "../fleet/resolve.js";
import { lastLines } from "../model/text.js";
import { Exit, NexusError, usageError } from "../report.js";
import { chooser, confirm } from "./ask.js";
import type { Verb } from "./types.js";

const need = (args: string[], n: number, usage: string) => {
  if (args.length < n) throw usageError("missing argument", `usage: ${usage}`);
};

export const peekVerb: Verb = {
  name: "peek",
  aliases: ["p"],
  usage: "nx peek <selector> [-n LINES] [--follow]",
  summary: "print the last lines of a session's active pane",
  options: {
    lines: { type: "string", short: "n", value: "N", desc: "how many lines (default 30)" },
    follow: { type: "boolean", short: "f", desc: "keep printing new lines until interrupted" },
  },
  positionals: 1,
  async run(p, ctx, io) {
    need(p.args, 1, this.usage);
    const n = intOpt(p.opts.lines, "lines", 30, 100_000);
    const { host, session } = await resolve(ctx, p.args[0] as string, chooser(io));
    let shown = lastLines(await capture(host, session.id, n), n);
    if (shown.length) io.out(`${shown.join("\n")}\n`);
    while (p.opts.follow) {
      await new Promise((r) => setTimeout(r, 500));
      const now = lastLines(await capture(host, session.id, Math.max(n, 200)), Math.max(n, 200));
      for (const line of newLines(shown, now)) io.out(`${line}\n`);
      shown = now;
    }
    return Exit.ok;
  },
};

/** Lines of `now` after the longest overlap of `before`'s tail with `now`'s head. */
export function newLines(before: readonly string[], now: readonly string[]): string[] {
  for (let k = Math.min(before.length, now.length); k > 0; k--) {
    const tail = before.slice(before.length - k);
    if (tail.every((l, i) => l === now[i])) return now.slice(k);
  }
  return before.length === 0 ? [...now] : now.filter((l, i) => l !== before[before.length - now.length + i]);
}

export const sendVerb: Verb = {
  name: "send",
  aliases: ["s"],
  usage: "nx send <selector> [--no-enter | --keys] <text…>",
  summary: "type text into a session (literally), then Enter",
  details: "Words are joined with spaces. To send text that starts like an option, put -- before it.",
  options: {
    "no-enter": { type: "boolean", desc: "do not press Enter after the text" },
    keys: { type: "boolean", desc: "the words are tmux key names (C-c, Up, Enter…), sent as keys" },
  },
  positionals: 1,
  tail: true,
  async run(p, ctx, io) {
    need(p.args, 2, this.usage);
    const [sel, ...words] = p.args as [string, ...string[]];
    const { host, session } = await resolve(ctx, sel, chooser(io));
    // tmux takes keys for a dead pane (remain-on-exit) and drops them: say so, rather than "sent".
    if (session.dead)
      throw new NexusError(
        Exit.failure,
        `${describe(session)}: its pane is dead (its command exited); nothing was sent`,
        {
          hint: `nx peek ${shWord(`${session.host}:=${session.name}`)} shows its last screen`,
        },
      );
    if (p.opts.keys) await keys(host, session, words);
    else await send(host, session, words.join(" "), !p.opts["no-enter"]);
    return Exit.ok;
  },
};

export const killVerb: Verb = {
  name: "kill",
  aliases: ["k"],
  usage: "nx kill <selector> [--yes]",
  summary: "kill a session (asks first on a terminal)",
  options: { yes: { type: "boolean", short: "y", desc: "do not ask" } },
  positionals: 1,
  async run(p, ctx, io) {
    need(p.args, 1, this.usage);
    const { host, session, tier } = await resolve(ctx, p.args[0] as string, chooser(io));
    // Unasked, a kill takes only what was named: an id, the exact name or a unique prefix.
    const loose = looseness(tier);
    if (p.opts.yes === true && loose)
      throw new NexusError(
        Exit.ambiguous,
        `${JSON.stringify(p.args[0])} names ${describe(session)} only by ${loose}; nothing was killed`,
        {
          hint: `name it to kill it with --yes: nx kill --yes ${shWord(`${session.host}:=${session.name}`)}`,
        },
      );
    await confirm(io, `kill ${describe(session)}?`, p.opts.yes === true);
    await kill(host, session);
    io.err(`killed ${describe(session)}\n`);
    return Exit.ok;
  },
};
