// nx broadcast: the same text (or keys) to every matching session, one round trip per host.
import { HostError } from "../exec/errors.js";
import { BROADCAST, script } from "../exec/scripts.js";
import { listAll } from "../fleet/list.js";
import { checkHostPrefix } from "../fleet/resolve.js";
import { matches, parseFilter } from "../model/filter.js";
import type { Session } from "../model/session.js";
import { Exit, NexusError, usageError } from "../report.js";
import { arg, socketName } from "../tmux/argv.js";
import { confirm } from "./ask.js";
import type { Verb } from "./types.js";

export const broadcastVerb: Verb = {
  name: "broadcast",
  aliases: ["b"],
  usage: "nx broadcast <filter> [--cmd CMD] [--yes] [--dry-run] [--no-enter | --keys] <text…>",
  summary: "type the same text into every matching session on every host",
  details:
    "filter: [host:]text, a case-insensitive part of the name (`*` or `host:` for all). Shows the targets and asks;\nwithout a terminal, --yes is required.",
  options: {
    cmd: { type: "string", value: "CMD", desc: "only sessions whose active pane runs CMD (e.g. claude)" },
    yes: { type: "boolean", short: "y", desc: "do not ask" },
    "dry-run": { type: "boolean", short: "n", desc: "show the targets, send nothing" },
    "no-enter": { type: "boolean", desc: "do not press Enter after the text" },
    keys: { type: "boolean", desc: "the words are tmux key names (C-c, Enter…)" },
  },
  positionals: 1,
  tail: true,
  async run(p, ctx, io) {
    const [filterText, ...words] = p.args;
    if (filterText === undefined || words.length === 0)
      throw usageError("missing argument", `usage: ${this.usage}`);
    // An empty filter (an unset variable, say) must not mean every session: `*` does.
    if (filterText === "")
      throw usageError("empty filter", "to send to every session, say * (or host: for one host's)");
    const cmd = typeof p.opts.cmd === "string" ? p.opts.cmd : undefined;
    if (cmd === "") throw usageError("--cmd is empty", "name a command, e.g. --cmd claude");
    checkHostPrefix(ctx, filterText); // unknown or disabled host: usage error
    const f = parseFilter(
      filterText,
      ctx.fleet.hosts.map((h) => h.name),
      cmd,
    );
    const listings = await listAll(ctx, f.host === undefined ? undefined : [f.host]);
    const byHost = new Map<string, Session[]>();
    for (const l of listings)
      if (l.ok)
        byHost.set(
          l.host,
          l.sessions.filter((s) => matches(f, s)),
        );
    const down = listings.flatMap((l) => (l.ok ? [] : [l.error]));
    const total = [...byHost.values()].reduce((n, s) => n + s.length, 0);
    for (const [host, sessions] of byHost)
      if (sessions.length) io.err(`${host}: ${sessions.map((s) => `${s.name} (${s.id})`).join(", ")}\n`);
    for (const e of down) io.err(`${e.host}: not reached: ${e.short}\n`);
    if (total === 0)
      throw new NexusError(
        down.length ? Exit.unreachable : Exit.noSession,
        `no session matches ${JSON.stringify(filterText)}`,
      );
    if (p.opts["dry-run"]) return down.length ? Exit.partial : Exit.ok;
    await confirm(io, `send to these ${total} session${total === 1 ? "" : "s"}?`, p.opts.yes === true);
    const mode = p.opts.keys ? "keys" : p.opts["no-enter"] ? "text" : "line";
    const payload = mode === "keys" ? words : [words.join(" ")];
    // A dead pane (remain-on-exit) drops what it is sent: it fails here, and is not sent to.
    const dead = (s: Session) => ({ s, ok: false, why: "its pane is dead (its command exited)" });
    const results = await Promise.all(
      [...byHost]
        .filter(([, s]) => s.length)
        .map(async ([host, all]) => {
          const sessions = all.filter((s) => !s.dead);
          const lost = all.filter((s) => s.dead).map(dead);
          if (sessions.length === 0) return lost;
          const h = ctx.host(host);
          const argv = script(BROADCAST, [
            socketName(h.spec),
            mode,
            String(payload.length),
            ...payload.map(arg),
            ...sessions.map((s) => s.id),
          ]);
          try {
            const r = await h.exec(argv, { deadlineMs: ctx.fleet.timeouts.connectMs + 10_000 });
            const sent = sessions.map((s) => {
              const line = r.stdout.split("\n").find((l) => l.split(" ")[1] === s.id);
              return {
                s,
                ok: line?.startsWith("ok ") === true,
                why: line?.slice(line.indexOf(s.id) + s.id.length + 1) || r.stderr.trim(),
              };
            });
            return [...sent, ...lost];
          } catch (e) {
            if (!(e instanceof HostError)) throw e;
            return [...sessions.map((s) => ({ s, ok: false, why: e.short })), ...lost];
          }
        }),
    );
    let failed = down.length;
    for (const r of results.flat()) {
      io.out(`${r.ok ? "sent" : "FAILED"} ${r.s.host}:${r.s.name} (${r.s.id})${r.ok ? "" : `: ${r.why}`}\n`);
      if (!r.ok) failed++;
    }
    return failed ? Exit.partial : Exit.ok;
  },
};
