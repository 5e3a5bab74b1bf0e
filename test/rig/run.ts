// Running ssh with a hard deadline. Not execa: a mux client hands its stdin/stdout/stderr to the
// ControlMaster (SCM_RIGHTS, OpenSSH 9.2), so after the client is killed the master still holds the
// pipes open and waiting for their end, as execa does, hangs for as long as the master does.
import { spawn } from "node:child_process";
import { constants } from "node:os";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  input: string;
  timeoutMs: number;
}

/** How long to wait for the pipes to close once the process has exited by itself. */
const DRAIN_MS = 1000;

export function run(file: string, args: string[], opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { env: opts.env, stdio: "pipe" });
    const out = { stdout: "", stderr: "", timedOut: false, closed: false, done: false };
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out.stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (out.stderr += chunk));
    child.stdin.on("error", () => {}); // EPIPE when ssh exits before reading its input
    child.stdin.end(opts.input);
    const timer = setTimeout(() => {
      out.timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs);
    const finish = (code: number) => {
      if (out.done) return;
      out.done = true;
      clearTimeout(timer);
      child.stdout.destroy();
      child.stderr.destroy();
      const strip = (text: string) => text.replace(/\r?\n$/, "");
      resolve({ code, stdout: strip(out.stdout), stderr: strip(out.stderr), timedOut: out.timedOut });
    };
    child.once("error", (error) => {
      out.stderr += error.message;
      finish(127);
    });
    child.once("close", () => (out.closed = true));
    child.once("exit", (code, signal) => {
      const status = code ?? 128 + constants.signals[signal!];
      if (out.timedOut || out.closed) return finish(status);
      const drain = setTimeout(() => finish(status), DRAIN_MS);
      child.once("close", () => {
        clearTimeout(drain);
        finish(status);
      });
    });
  });
}
