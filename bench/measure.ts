// Small measuring tools: wall time of a process, a process's peak memory, quiet between trials,
// and the statistics the report shows.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Wall time from spawn to exit of argv (output discarded); throws on a non-zero exit. */
export function timed(argv: readonly string[], env: NodeJS.ProcessEnv, okCodes = [0]): Promise<number> {
  const [cmd, ...args] = argv as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = performance.now() - t0;
      if (okCodes.includes(code ?? -1)) resolve(ms);
      else reject(new Error(`bench: ${argv.join(" ")} exited ${code}: ${err.trim()}`));
    });
  });
}

/** Peak resident memory (VmHWM) of a running process, in MB. */
export function peakMb(pid: number): number {
  const m = /^VmHWM:\s+(\d+) kB$/m.exec(procText(pid, "status"));
  if (!m) throw new Error(`bench: no VmHWM for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** A process's file under /proc as text ("" once it is gone or not ours to read). */
export function procText(pid: number, file: "cmdline" | "environ" | "status"): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}

/** Processes whose command line (NUL-separated argv) passes test. */
export function pidsWhere(test: (argv: string, pid: number) => boolean): number[] {
  return readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => test(procText(pid, "cmdline"), pid));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until no process passes busy (the picker's background `nx rows --live` or preview from the
 * last trial), then a little more for the CPU to calm down; gives up quietly after ms. So each
 * trial starts on an idle machine.
 */
export async function settle(busy: (argv: string, pid: number) => boolean, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (pidsWhere(busy).length > 0 && performance.now() < end) await sleep(10);
  await sleep(30);
}

/** Nearest-rank percentile (q in 0..1) of unsorted samples. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

export const median = (s: readonly number[]) => percentile(s, 0.5);
export const p90 = (s: readonly number[]) => percentile(s, 0.9);
