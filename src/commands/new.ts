// nx new: create a session on a host; a command that dies at once is reported, not "created".
import { create } from "../fleet/ops.js";
import { Exit, usageError } from "../report.js";
import type { Verb } from "./types.js";

/** tmux rewrites `.` and `:` in new names and escapes control characters; refuse rather than surprise. */
export function checkName(name: string): void {
  const bad = (why: string) =>
    usageError(
      `invalid session name ${JSON.stringify(name)}: ${why}`,
      "nothing was created; choose another name",
    );
  if (name === "") throw bad("it is empty");
  if (/[.:]/.test(name)) throw bad("tmux does not allow . or : in session names");
  if (/[\x00-\x1f\x7f]/.test(name)) throw bad("it contains a control character (tab, newline…)");
  if ([...name].length > 120) throw bad("longer than 120 characters");
}

export const newVerb: Verb = {
  name: "new",
  aliases: ["n"],
  usage: "nx new <host> <name> [--cwd DIR] [--attach] [command…]",
  summary: "create a session on a host, running a command or the default shell",
  details: "Prints host:name ($id). Options go before the command; `--` ends them.",
  options: {
    cwd: { type: "string", short: "c", value: "DIR", desc: "start directory on that host (must exist)" },
    attach: { type: "boolean", short: "a", desc: "then go there, as nx attach does" },
  },
  positionals: 2,
  tail: true,
  async run(p, ctx, io) {
    const [hostName, name, ...command] = p.args;
    if (hostName === undefined || name === undefined)
      throw usageError("missing argument", `usage: ${this.usage}`);
    checkName(name);
    const host = ctx.host(hostName);
    const cwd = typeof p.opts.cwd === "string" ? p.opts.cwd : undefined;
    if (cwd === "") throw usageError("--cwd is empty");
    // Checked before anything is made: a session created and then not reached would be half-done.
    const hop = p.opts.attach === true ? await import("./hop.js") : undefined;
    const goThere = await hop?.prepareAttach(ctx, io);
    const id = await create(host, { name, command, ...(cwd === undefined ? {} : { cwd }) });
    io.out(`${hostName}:${name} (${id})\n`);
    return goThere ? goThere({ host: hostName, id, name }) : Exit.ok;
  },
};
