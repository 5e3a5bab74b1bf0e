// Many calls started by one sh: node forks once instead of once a host (Node 20's spawn forks the
// whole process and waits for the child's exec, a few ms each), and scripts/picker.sh starts the
// picker's listing from a script node wrote earlier, before node has even loaded. Each call's stdout
// and stderr go to files in a private dir ($1), its pid to $1/I.pid, its status to $1/I.rc (a call
// runs with SIGINT ignored, as every background command of a script does: whoever interrupts the
// fan-out must kill them, bin/nx by those files); the script reports on its
// stdout, a line each: `job I HOST TAG` for every call, `sum DIGEST` of the calls (jobsSum) and
// `ready` before any starts, then `start I PID` and `end I STATUS` as they happen; a tail, run once
// every call has ended, may add its own (the picker's: `rendered` or `unrendered`,
// src/picker/meta.ts). Every call runs with stdin from a quoted here-document and no terminal: a
// call still running when its reader has gone (a hung host) holds no pty open. The same jobs
// always make the same script.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { shJoin } from "./quote.js";
import type { Call, ExecResult } from "./spawn.js";

export interface FanJob {
  host: string;
  call: Call;
  /** The frame's tag of an ssh call ("-" for a local one), reported back for the reader. */
  tag: string;
}

/**
 * The fan-out script: sh text that takes the output dir as $1. Each call's status also goes to
 * $1/I.rc. tail: sh run once every call has ended (the picker's live rows, src/picker/meta.ts).
 * watchMs: with no reader to keep the deadlines (nx list's, src/fleet/listfan.ts), the script
 * keeps one itself: a call still running then is killed and marked $1/I.late. Its watch is a
 * process of its own ($1/w.pid), ended when every call has. pre: sh run before anything, which
 * may end the script (nothing reported, no call started). A call that starts once $1/stop or no
 * $1 is there (its interrupter came before its pid file) ends at once.
 */
export function fanScript(
  jobs: readonly FanJob[],
  tail = "",
  { watchMs, pre = "" }: { watchMs?: number; pre?: string } = {},
): string {
  const lines = [
    ...(pre === "" ? [] : [pre]),
    ...jobs.map((j, i) => `echo 'job ${i} ${j.host} ${j.tag}'`),
    `echo 'sum ${jobsSum(jobs)}'`,
    "echo ready",
  ];
  if (watchMs !== undefined) {
    const all = jobs.map((_, i) => i).join(" ");
    lines.push(
      // A sleep that takes whole seconds only (POSIX's least) fails at once: then the next whole second.
      `( trap 'kill "$s" 2>/dev/null; exit 0' TERM; sleep ${watchMs / 1000} & s=$!; wait "$s" || { sleep ${Math.ceil(watchMs / 1000)} & s=$!; wait "$s"; }`,
      `  for i in ${all}; do [ -e "$1/$i.rc" ] || { : >"$1/$i.late"; read -r p <"$1/$i.pid" && kill -9 "$p"; }; done ) 2>/dev/null &`,
      `echo "$!" >"$1/w.pid"; w=$!`,
    );
  }
  jobs.forEach((j, i) => {
    const stdin = j.call.stdin ?? "";
    // A delimiter no line of the input is: the here-document cannot end early.
    let eof = `NX_FAN_${i}`;
    for (let n = 1; stdin.split("\n").includes(eof); n++) eof = `NX_FAN_${i}_${n}`;
    const input =
      stdin === "" ? [" </dev/null"] : [` <<'${eof}'`, `${stdin}${stdin.endsWith("\n") ? "" : "\n"}${eof}`];
    lines.push(
      `( ${shJoin(j.call.argv)}${input[0]} >"$1/${i}.out" 2>"$1/${i}.err" &`,
      ...input.slice(1),
      `echo "$!" >"$1/${i}.pid"; [ ! -e "$1/stop" ] && [ -d "$1" ] || kill "$!"; echo "start ${i} $!"; wait "$!"; rc=$?; echo "$rc" >"$1/${i}.rc"; echo "end ${i} $rc" ) &`,
      `c${i}=$!`,
    );
  });
  if (watchMs !== undefined)
    lines.push(`wait ${jobs.map((_, i) => `"$c${i}"`).join(" ")}`, 'kill "$w" 2>/dev/null');
  else if (tail !== "") lines.push("wait");
  if (tail !== "") lines.push(tail);
  return `${lines.join("\n")}\n`;
}

/**
 * What the calls are, as a digest: a reader that did not write the script (nx list's, started by
 * bin/nx before node) takes its results only if its own calls, with the script's tags, sum the same.
 */
export function jobsSum(jobs: readonly FanJob[]): string {
  const what = jobs.map((j) => [j.host, j.tag, j.call.argv, j.call.stdin ?? null]);
  return createHash("sha1").update(JSON.stringify(what)).digest("hex").slice(0, 16);
}

interface Job {
  host: string;
  tag: string;
  pid?: number;
  code?: number;
  waiting?: (code: number) => void;
}

/** Reads a fan-out's report and hands each call's result over as it ends. */
export class FanReport {
  private readonly jobs = new Map<number, Job>();
  private rest = "";
  private listed?: () => void;
  private judged?: (rendered: boolean) => void;
  /** Resolves once the `job` lines are in (or the report ended or failed: then it has none). */
  readonly ready: Promise<void>;
  /** The tail's verdict (`rendered` or `unrendered`); false if the report ends without one. */
  readonly rendered: Promise<boolean>;
  /** That verdict once it has come (read synchronously: no turn of the event loop to wait). */
  verdict?: boolean;
  /** The script's `sum` of its calls (jobsSum), once `ready`. */
  sum?: string;
  /** $dir/t0's mtime (ns): null until looked for. */
  private t0: bigint | undefined | null = null;

  /** report: the script's stdout as it comes; or none, and its text given to feed() and close(). */
  constructor(
    readonly dir: string,
    report?: NodeJS.ReadableStream,
  ) {
    this.ready = new Promise((resolve) => {
      this.listed = resolve;
    });
    this.rendered = new Promise((resolve) => {
      this.judged = resolve;
    });
    report?.on("data", (b: Buffer) => this.feed(b.toString("utf8")));
    report?.on("end", () => this.close());
    report?.on("error", () => this.close());
  }

  /** No more lines will come: a call not listed yet never will be. */
  close(): void {
    this.listed?.();
    this.judged?.(false);
  }

  feed(text: string): void {
    const lines = (this.rest + text).split("\n");
    this.rest = lines.pop() ?? "";
    for (const line of lines) {
      const [what, i, a, b] = line.split(" ");
      const n = Number(i);
      if (what === "job" && a && b) this.jobs.set(n, { host: a, tag: b });
      if (what === "sum" && i) this.sum = i;
      if (what === "ready") this.listed?.();
      if (what === "rendered" || what === "unrendered") {
        this.verdict = what === "rendered";
        this.judged?.(this.verdict);
      }
      const job = this.jobs.get(n);
      if (!job) continue;
      if (what === "start") job.pid = Number(a);
      if (what === "end") {
        job.code = Number(a);
        job.waiting?.(job.code);
      }
    }
  }

  /** The call of a host in this fan-out: its index and its frame's tag; undefined if none. */
  has(host: string): { i: number; tag: string } | undefined {
    for (const [i, j] of this.jobs) if (j.host === host) return { i, tag: j.tag };
    return undefined;
  }

  /**
   * The process result of call i, as run() gives it: killed at the deadline (timedOut), by this
   * reader or by the script's own watch ($dir/I.late). ms: from the script's start ($dir/t0, if it
   * made one) to the call's end ($dir/I.rc).
   */
  result(i: number, deadlineMs: number): Promise<ExecResult> {
    const job = this.jobs.get(i);
    if (!job) return Promise.reject(new Error(`fan-out: no call ${i}`));
    return new Promise((resolve) => {
      const read = (ext: string) => {
        try {
          return readFileSync(join(this.dir, `${i}.${ext}`), "utf8");
        } catch {
          return "";
        }
      };
      const finish = (code: number, timedOut: boolean) => {
        clearTimeout(timer);
        job.waiting = undefined;
        resolve({ code, stdout: read("out"), stderr: read("err"), timedOut, ...this.took(i) });
      };
      const timer = setTimeout(() => {
        if (job.pid) kill(job.pid);
        finish(137, true);
      }, deadlineMs);
      const ended = (code: number) =>
        existsSync(join(this.dir, `${i}.late`)) ? finish(137, true) : finish(code, false);
      if (job.code !== undefined) ended(job.code);
      else job.waiting = ended;
    });
  }

  /** Whole ms, as `stat -c %.3Y` gives them to scripts/list.awk. */
  private took(i: number): { ms?: number } {
    const at = (name: string) =>
      statSync(join(this.dir, name), { bigint: true, throwIfNoEntry: false })?.mtimeNs;
    // Looked for once: the picker's fan-outs and node's own make no t0.
    if (this.t0 === null) this.t0 = at("t0");
    const end = this.t0 === undefined ? undefined : at(`${i}.rc`);
    return end === undefined || this.t0 === undefined
      ? {}
      : { ms: Number(end / 1_000_000n - this.t0 / 1_000_000n) };
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Runs jobs in a fan-out of this process's own: one sh, a private temp dir removed when done. */
export function fanOut(jobs: readonly FanJob[], tmp: string): { report: FanReport; done(): void } {
  const dir = mkdtempSync(join(tmp, "nx-fan-"));
  const sh = spawn("sh", ["-c", fanScript(jobs), "sh", dir], { stdio: ["ignore", "pipe", "ignore"] });
  const report = new FanReport(dir, sh.stdout);
  sh.on("error", () => report.close());
  return {
    report,
    done() {
      sh.stdout.destroy();
      sh.unref();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
