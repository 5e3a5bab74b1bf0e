// nx init: binds the plugin's keys in the current tmux server (run by nexus.tmux at load). Only
// the keys themselves are read now; everything else is read by tmux formats when a key is
// pressed, so `set -g @nexus-popup-width 90%` takes effect at once, without reloading.
import { dirname, join } from "node:path";
import { OPTIONS } from "../config/options.js";
import { shJoin } from "../exec/quote.js";
import { run } from "../exec/spawn.js";
import { Exit, type ExitCode } from "../report.js";
import { arg, fmt } from "../tmux/argv.js";
import type { Verb } from "./types.js";

const dflt = (name: string) => OPTIONS.find((o) => o.name === name)?.default ?? "";

/** `#{?@opt,#{@opt},default}`: the option when set, read by tmux when the key is pressed. */
const opt = (name: string) => `#{?${name},#{${name}},${dflt(name)}}`;

/** tmux expands formats in the whole run-shell string: a `#` in a path must not start one. */
const literal = (s: string) => shJoin([s]).replaceAll("#", "##");

/** A word inside "…" for tmux's command parser (cmd-parse.y), which undoes \\ \" and \$ there. */
const tmuxWord = (s: string) => `"${s.replace(/[\\"$]/g, "\\$&")}"`;

/**
 * The picker key's command, for `run-shell -C`: tmux expands its formats at the key press, then
 * runs it as a tmux command, in the server, so no shell and no tmux client start before the popup
 * (tmux 3.3's display-popup expands formats in neither -w/-h nor its command by itself). The
 * popup runs scripts/picker.sh, which draws the first frame without node. The client's name, tty,
 * pid and session id are tty paths, digits and `$N`, which need no quoting in sh's '…', and `$`
 * before a digit is no variable to tmux's parser. tmux 3.3 runs a popup's command with /bin/sh -c,
 * later versions with the user's default-shell (which may be fish): so the command is one `exec
 * /bin/sh` of single-quoted words, which sh, bash, zsh and fish all read alike (a test runs it in
 * each).
 */
export function pickerCommand(bundle: string): string {
  const script = join(dirname(bundle), "..", "scripts", "picker.sh");
  const args = ["#{client_name}", "#{client_pid}", "#{client_tty}", "#{session_id}"].map((a) => `'${a}'`);
  const sh = `exec /bin/sh ${shJoin([script]).replaceAll("#", "##")} ${args.join(" ")}`;
  return [
    "display-popup -c #{client_name}",
    `-w ${tmuxWord(opt("@nexus-popup-width"))} -h ${tmuxWord(opt("@nexus-popup-height"))}`,
    `-E ${tmuxWord(sh)}`,
  ].join(" ");
}

/**
 * The run-shell -b command for the ring keys: scripts/ring.sh, sourced, takes a step between two
 * sessions of this server without node, and leaves every other step to `nx cycle`.
 */
export const cycleCommand = (bundle: string, dir: "prev" | "next") => {
  const lib = literal(join(dirname(bundle), "..", "scripts"));
  const args = `${dir} #{q:client_name} #{client_pid} #{q:client_tty} #{q:session_id}`;
  return `lib=${lib}; set -- ${args}; . "$lib/ring.sh" >/dev/null 2>&1 || true`;
};

interface Binding {
  option: "@nexus-key" | "@nexus-prev-key" | "@nexus-next-key";
  note: string;
  /** run-shell's flag: -C runs a tmux command, -b a shell command in the background. */
  how: "-C" | "-b";
  command(bundle: string): string;
}

const BINDINGS: Binding[] = [
  { option: "@nexus-key", note: "nexus: pick a session on any host", how: "-C", command: pickerCommand },
  {
    option: "@nexus-prev-key",
    note: "nexus: previous session of the ring",
    how: "-b",
    command: (b) => cycleCommand(b, "prev"),
  },
  {
    option: "@nexus-next-key",
    note: "nexus: next session of the ring",
    how: "-b",
    command: (b) => cycleCommand(b, "next"),
  },
];

export const initVerb: Verb = {
  name: "init",
  aliases: [],
  usage: "nx init",
  summary: "bind nexus's keys in the current tmux server (nexus.tmux runs this)",
  options: {},
  positionals: 0,
  needsFleet: false,
  tmuxOptions: true,
  async run(_p, _ctx, io, opts) {
    if (!process.env.TMUX || !opts) {
      io.err("nx init: not inside tmux (nexus.tmux runs this from tmux)\n");
      return Exit.usage;
    }
    const bundle = process.argv[1] as string;
    const tmux = (...a: string[]) => run(["tmux", ...a], { deadlineMs: 5000 });
    let code: ExitCode = Exit.ok;
    for (const b of BINDINGS) {
      const key = opts[b.option];
      const memo = b.option.replace("@nexus-", "@nexus-bound-");
      // Loading twice binds once: drop the key bound last time if the option changed since.
      const old = (await tmux("show-options", "-gqv", memo)).stdout.trim();
      if (old && old !== key) await tmux("unbind-key", "--", arg(old));
      // run-shell -b: a blocking run-shell would freeze the client while nexus works.
      const r = await tmux(
        "bind-key",
        "-N",
        b.note,
        "--",
        arg(key),
        "run-shell",
        b.how,
        arg(b.command(bundle)),
      );
      if (r.code === 0) await tmux("set-option", "-g", memo, arg(key));
      else {
        await tmux("display-message", "--", fmt(`nexus: cannot bind ${key}: ${r.stderr.trim()}`));
        code = Exit.failure;
      }
    }
    return code;
  },
};
