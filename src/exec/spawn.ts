// Runs one process with captured output and a hard deadline (the only importer of child_process,
// with hop's interactive attach). execa is not used here: importing it costs ~50 ms of node
// start-up on every keypress (DESIGN §8), and this needs ~40 lines.
import { spawn } from "node:child_process";

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  /** true when the deadline passed and the process was killed. */
  timedOut: boolean;
  /** How long it took, when the one who ran it knows better than the reader's clock (fanout.ts). */
  ms?: number;
}

export interface SpawnOpts {
  stdin?: string;
  deadlineMs?: number;
  env?: NodeJS.ProcessEnv;
  /**
   * The output says it is whole (a frame's end line): resolve then, with code 0, and let the process
   * finish on its own. An ssh mux client exits a few ms after the remote command's last line, and
   * its pipes close only when the master lets go of them, 2-15 ms later on a busy machine.
   */
  complete?(stdout: string): boolean;
}

/** One command on a host, as the process that runs it and how to read that process's result. */
export interface Call {
  /** argv itself (local), or `ssh … sh -s` with the framed script on stdin. */
  argv: readonly string[];
  stdin?: string;
  /** ssh calls: the tag of the frame their script is wrapped in (exec/frame.ts). */
  tag?: string;
  /** The output says it is whole (spawn.ts SpawnOpts.complete). */
  complete?(stdout: string): boolean;
  /** The process's result → the command's; throws HostError (unreachable, deadline). */
  settle(r: ExecResult): ExecResult;
}

/** Runs a call as its own process (a fan-out runs many under one sh: exec/fanout.ts). */
export async function runCall(c: Call, deadlineMs?: number): Promise<ExecResult> {
  return c.settle(
    await run(c.argv, {
      ...(c.stdin === undefined ? {} : { stdin: c.stdin }),
      ...(c.complete === undefined ? {} : { complete: c.complete }),
      ...(deadlineMs === undefined ? {} : { deadlineMs }),
    }),
  );
}

export function run(argv: readonly string[], opts: SpawnOpts = {}): Promise<ExecResult> {
  const [cmd, ...args] = argv;
  if (cmd === undefined) throw new Error("run: empty argv");
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    // A mux client passes its stdio to the ssh master, which keeps our pipes open after the
    // client is gone (until ServerAlive gives up on a frozen peer): never wait on the pipes alone.
    const letGo = () => {
      child.stdout.destroy();
      child.stderr.destroy();
    };
    const timer =
      opts.deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
            letGo();
            finish(137);
          }, opts.deadlineMs);
    child.stdout.on("data", (b: Buffer) => {
      out.push(b);
      if (opts.complete && b[b.length - 1] === 0x0a && opts.complete(Buffer.concat(out).toString("utf8"))) {
        finish(0);
        letGo();
        child.stdin.destroy();
        child.unref();
      }
    });
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.stdin.on("error", () => {}); // EPIPE when the process exits without reading stdin
    child.stdin.end(opts.stdin ?? "");
    let done = false;
    const finish = (code: number, extraErr = "") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8") + extraErr,
        timedOut,
      });
    };
    child.on("error", (e: NodeJS.ErrnoException) =>
      finish(e.code === "ENOENT" ? 127 : 126, `${cmd}: ${e.message}\n`),
    );
    let grace: NodeJS.Timeout | undefined;
    child.on("exit", (code, signal) => {
      if (done) return;
      grace = setTimeout(() => {
        letGo();
        finish(code ?? (signal ? 137 : 1));
      }, 200);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 137 : 1)));
  });
}

/** A program that talks to the terminal itself (fzf opens /dev/tty): rows on stdin, answer on stdout. */
export function runOnTty(
  argv: readonly string[],
  input: string,
  env?: NodeJS.ProcessEnv,
): Promise<ExecResult> {
  const [cmd, ...args] = argv;
  if (cmd === undefined) throw new Error("runOnTty: empty argv");
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: env ?? process.env, stdio: ["pipe", "pipe", "inherit"] });
    const out: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stdin.on("error", () => {});
    child.stdin.end(input);
    const done = (code: number) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: "", timedOut: false });
    child.on("error", () => done(127));
    child.on("close", (code) => done(code ?? 130));
  });
}

/** Runs a program on this terminal (tmux attach, ssh -t) and resolves with its exit code. */
export function runAttached(argv: readonly string[], env?: NodeJS.ProcessEnv): Promise<number> {
  const [cmd, ...args] = argv;
  if (cmd === undefined) throw new Error("runAttached: empty argv");
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: env ?? process.env, stdio: "inherit" });
    child.on("error", () => resolve(127));
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGHUP" ? 129 : 128 + 9)));
  });
}
