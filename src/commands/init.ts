// nx init: binds the plugin's keys in the current tmux server (run by nexus.tmux at load). Only
// the keys themselves are read now; everything else is read by tmux formats when a key is
// pressed, so `set -g @nexus-popup-width 90%` takes effect at once, without reloading.
import { OPTIONS } from "../config/options.js";
import { shJoin } from "../exec/quote.js";
import { run } from "../exec/spawn.js";
import { Exit } from "../report.js";
import { arg } from "../tmux/argv.js";
import type { Verb } from "./types.js";

const dflt = (name: string) => OPTIONS.find((o) => o.name === name)?.default ?? "";

/** `#{?@opt,#{@opt},default}`: the option when set, read by tmux when the key is pressed. */
const opt = (name: string) => `#{?${name},#{${name}},${dflt(name)}}`;

/** tmux expands formats in the whole run-shell string: a `#` in a path must not start one. */
const literal = (s: string) => shJoin([s]).replaceAll("#", "##");

/** The run-shell command for the picker key: a popup on the client that pressed it. */
export function pickerCommand(bundle: string): string {
  // The popup's command is run by sh -c inside the popup; q: quotes the node path for that sh.
  const node = `#{?@nexus-node,#{q:@nexus-node},${dflt("@nexus-node")}}`;
  const inner = `${node} ${literal(bundle)} pick --client #{q:client_name}`;
  return [
    "tmux display-popup -c #{q:client_name}",
    `-w '${opt("@nexus-popup-width")}' -h '${opt("@nexus-popup-height")}'`,
    `-E ${shJoin([inner])}`,
  ].join(" ");
}

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
    const key = opts["@nexus-key"];
    const tmux = (...a: string[]) => run(["tmux", ...a], { deadlineMs: 5000 });
    // Loading twice binds once: drop the key bound last time if the option changed since.
    const prev = await tmux("show-options", "-gqv", "@nexus-bound-key");
    const old = prev.stdout.trim();
    if (old && old !== key) await tmux("unbind-key", "--", arg(old));
    const r = await tmux(
      "bind-key",
      "-N",
      "nexus: pick a session on any host",
      "--",
      arg(key),
      "run-shell",
      "-b",
      arg(pickerCommand(bundle)),
    );
    if (r.code !== 0) {
      await tmux(
        "display-message",
        "--",
        arg(`nexus: cannot bind ${key}: ${r.stderr.trim()}`.replaceAll("#", "##")),
      );
      return Exit.failure;
    }
    await tmux("set-option", "-g", "@nexus-bound-key", arg(key));
    return Exit.ok;
  },
};
