// Session operations on one host, each one round trip, each acting by $id.
import tmuxConf from "../../share/tmux.conf";
import { HostError, noTmux, tmuxFailure } from "../exec/errors.js";
import type { ExecResult, Host } from "../exec/host.js";
import { KILL, NEW, ScriptExit, script } from "../exec/scripts.js";
import type { Session } from "../model/session.js";
import { Exit, NexusError } from "../report.js";
import { arg, capturePane, fmt, sendKeys, sendText } from "../tmux/argv.js";

const OP_DEADLINE_MS = 10_000;

/** A non-zero tmux exit as a NexusError: missing session → 3, no tmux → 5, else 1. */
function check(host: Host, r: ExecResult, what: string): ExecResult {
  if (r.code === 0) return r;
  const why = tmuxFailure(r.code, r.stderr);
  if (why === "no-tmux") throw noTmux(host.spec.name);
  if (why === "no-session" || why === "no-server")
    throw new NexusError(Exit.noSession, `${host.spec.name}: ${what}: the session is gone`);
  throw new NexusError(
    Exit.failure,
    `${host.spec.name}: ${what} failed: ${r.stderr.trim() || `exit ${r.code}`}`,
  );
}

export async function capture(host: Host, id: string, lines: number): Promise<string> {
  const r = await host.exec(capturePane(host.spec, id, lines), { deadlineMs: OP_DEADLINE_MS });
  return check(host, r, "capture-pane").stdout;
}

export async function send(host: Host, s: Session, text: string, enter: boolean): Promise<void> {
  check(
    host,
    await host.exec(sendText(host.spec, s.id, text, enter), { deadlineMs: OP_DEADLINE_MS }),
    "send-keys",
  );
}

export async function keys(host: Host, s: Session, names: readonly string[]): Promise<void> {
  check(host, await host.exec(sendKeys(host.spec, s.id, names), { deadlineMs: OP_DEADLINE_MS }), "send-keys");
}

export async function kill(host: Host, s: Session): Promise<void> {
  const argv = script(KILL, [host.spec.socket ?? "", s.id, `${s.created} ${s.name}`]);
  const r = await host.exec(argv, { deadlineMs: OP_DEADLINE_MS });
  if (r.code === ScriptExit.gone)
    throw new NexusError(Exit.noSession, `${s.host}: ${s.name} (${s.id}) is gone`);
  if (r.code === ScriptExit.changed)
    throw new NexusError(Exit.noSession, `${s.host}: ${s.id} is no longer ${s.name}; nothing killed`, {
      hint: "the tmux server was restarted and reused the id; list again and retry",
    });
  check(host, r, "kill-session");
}

export interface NewOpts {
  name: string;
  command: readonly string[];
  cwd?: string;
}

/** Creates a session and returns its id; a command that dies at once is an error, and is removed. */
export async function create(host: Host, o: NewOpts): Promise<string> {
  const h = host.spec;
  const argv = script(NEW, [
    h.socket ?? "",
    h.socket ? tmuxConf : "",
    o.cwd ?? "",
    fmt(o.cwd ?? ""),
    fmt(o.name),
    o.command.length > 0 ? "1" : "0",
    ...o.command.map(arg),
  ]);
  const r = await host.exec(argv, { deadlineMs: OP_DEADLINE_MS });
  const where = `${h.name}:${o.name}`;
  if (r.code === ScriptExit.noDir)
    throw new NexusError(Exit.failure, `${h.name}: no directory at ${o.cwd}`, {
      hint: "nothing was created",
    });
  // tmux 3.3 keeps no status for a pane whose pty it saw close before it reaped the command.
  const status = r.stdout.trim();
  if (r.code === ScriptExit.died)
    throw new NexusError(
      Exit.failure,
      `${where}: the command exited at once (${status ? `status ${status}` : "tmux did not keep its status"})`,
      {
        hint: r.stderr.trim()
          ? `its last output:\n${r.stderr.trim()}`
          : // tmux 3.3 may close the pty of a command it reaped before it read all it printed.
            "tmux kept no output of it; the session was removed",
      },
    );
  if (r.code !== 0 && /duplicate session/.test(r.stderr))
    throw new NexusError(Exit.failure, `${where} already exists`, { hint: `nx attach ${where} to go there` });
  const id = check(host, r, "new-session").stdout.trim();
  if (!/^\$\d+$/.test(id))
    throw new HostError(h.name, "tmux", `new-session printed no id: ${JSON.stringify(id)}`);
  return id;
}
