// argv → verb; one top-level catch → one reporter → exit code.
import { writeSync } from "node:fs";
import { leadingConfig, parseArgv } from "./args.js";
import { ALIASES, GLOBAL, HIDDEN, VERBS } from "./commands/registry.js";
import type { Io, Verb } from "./commands/types.js";
import { Exit, NexusError, report, usageError } from "./report.js";

declare const NEXUS_VERSION: string;
const VERSION = typeof NEXUS_VERSION === "string" ? NEXUS_VERSION : "dev";

/**
 * stdout by write(2) while that works: the first touch of process.stdout builds its stream (tty or
 * net modules, ~2.5 ms of a 30 ms `nx --version` on node 20). A non-blocking stdout that is full
 * (EAGAIN) hands over to the stream, for this write and every later one, so that order is kept.
 */
let streamed = false;
function out(s: string): void {
  let b = Buffer.from(s);
  while (!streamed && b.length > 0) {
    try {
      b = b.subarray(writeSync(1, b));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return; // the reader is gone (`nx list | head`): nothing more to say
      if (code !== "EAGAIN") throw e;
      streamed = true;
    }
  }
  if (b.length > 0) process.stdout.write(b);
}

const io: Io = {
  out,
  err: (s) => process.stderr.write(s),
  // Getters, for the same reason: the first touch of process.stdin builds its stream (~4 ms), and
  // only a verb that asks a question, or prints in colour, wants to know.
  get interactive() {
    return Boolean(process.stdin.isTTY && process.stdout.isTTY);
  },
  get color() {
    return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  },
};

/** `--config FILE` before the verb (nx --config f.yaml list) goes after it, where the verb reads it. */
function hoistConfig(argv: string[]): string[] {
  const i = leadingConfig(argv);
  if (i > argv.length) throw usageError("option --config needs a value (FILE)");
  if (i === 0 || i === argv.length) return argv.slice(i);
  return [argv[i] as string, ...argv.slice(0, i), ...argv.slice(i + 1)];
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = hoistConfig(argv);
  if (first === "--version" || first === "-V") {
    if (rest.length) throw usageError(`unexpected argument: ${rest[0]}`, "nx --version takes nothing more");
    io.out(`nx ${VERSION}\n`);
    return Exit.ok;
  }
  if (first === undefined || first === "help" || first === "--help" || first === "-h") {
    io.out(await overview());
    return first === undefined ? Exit.usage : Exit.ok;
  }
  const name = ALIASES[first] ?? first;
  const load = VERBS[name];
  if (!load) throw usageError(`unknown command: ${first}`, "nx --help lists the commands");
  const verb = await load();
  exitWhenDone = verb.exits === true;
  const p = parseArgv(rest, { ...GLOBAL, ...verb.options }, verb.positionals, {
    tail: verb.tail,
    usage: verb.usage,
  });
  if (p.opts.help) {
    io.out(help(verb));
    return Exit.ok;
  }
  if (p.opts.config === "") throw usageError("--config is empty", "name a fleet file");
  const client = typeof p.opts.client === "string" ? p.opts.client : undefined;
  try {
    const tmuxOpts =
      verb.givenOptions?.(p) ??
      (verb.tmuxOptions ? await (await import("./tmux/options.js")).readTmuxOptions() : undefined);
    if (verb.needsFleet === false) return await verb.run(p, undefined as never, io, tmuxOpts);
    const config = typeof p.opts.config === "string" ? p.opts.config : tmuxOpts?.["@nexus-config"];
    const tmuxSelf = tmuxOpts?.["@nexus-self"];
    const { loadCtx } = await import("./fleet/context.js");
    const ctx = await loadCtx({
      ...(config ? { config } : {}),
      ...(tmuxSelf ? { tmuxSelf } : {}),
    });
    return await verb.run(p, ctx, io, tmuxOpts);
  } catch (e) {
    // A popup or run-shell -b has nowhere to print: show the error on the client's status line.
    if (client) await tellClient(client, e);
    throw e;
  }
}

async function tellClient(client: string, e: unknown): Promise<void> {
  const { run } = await import("./exec/spawn.js");
  const { fmt } = await import("./tmux/argv.js");
  const hint = e instanceof NexusError && e.hint ? ` (${e.hint.split("\n")[0]})` : "";
  const text = (e instanceof Error ? e.message : String(e)) + hint;
  await run(["tmux", "display-message", "-c", client, "--", fmt(`nexus: ${text}`)], { deadlineMs: 2000 });
}

function help(v: Verb): string {
  const shown = Object.entries({ ...v.options, ...GLOBAL }).filter(([, o]) => !o.hidden);
  const opts = shown.map(([k, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ""}--${k}${o.value ? ` ${o.value}` : ""}`;
    return `  ${flag.padEnd(24)} ${o.desc}`;
  });
  const aka = v.aliases.length ? ` (alias: ${v.aliases.join(", ")})` : "";
  return `usage: ${v.usage}${aka}\n\n${v.summary}.\n${v.details ? `${v.details}\n` : ""}\noptions:\n${opts.join("\n")}\n`;
}

async function overview(): Promise<string> {
  const names = Object.keys(VERBS).filter((v) => !HIDDEN.has(v));
  const verbs = await Promise.all(names.map((n) => (VERBS[n] as () => Promise<Verb>)()));
  const lines = verbs.map((v) => `  ${v.usage}\n      ${v.summary}`);
  return `nx ${VERSION}: one tmux, many hosts\n\n${lines.join("\n")}\n
Selectors: [host:]name, host:$id, [host:]=name (exact). nx <command> --help for details.
Exit codes: 0 ok, 1 failure, 2 usage or config, 3 no such session, 4 ambiguous selector,
5 host unreachable, 6 partial (some hosts failed), 130 cancelled.\n`;
}

/** Set for a verb that must not linger on work still in flight once it has answered. */
let exitWhenDone = false;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (exitWhenDone) process.exit();
  },
  (err: unknown) => {
    process.exitCode = report(err);
    if (exitWhenDone) process.exit();
  },
);
