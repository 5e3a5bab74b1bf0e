// The fan-out: one sh starts every call, their outputs land in files, the report says when each ends.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FanJob, FanReport, fanOut, fanScript, jobsSum } from "../../src/exec/fanout.js";
import type { Call } from "../../src/exec/spawn.js";
import { commandLines } from "../rig/procs.js";

const dir = mkdtempSync(join(tmpdir(), "nx-fan-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = (host: string, argv: string[], stdin?: string): FanJob => {
  const call: Call = { argv, ...(stdin === undefined ? {} : { stdin }), settle: (r) => r };
  return { host, call, tag: "-" };
};

describe("fanOut", () => {
  it("runs every call at once, with argv and stdin passed through untouched", async () => {
    const canary = join(dir, "canary");
    const hostile = [`$(touch ${canary})`, "`touch x`", "it's", 'a"b', "a;b", "line\nbreak", "-n", "#c"];
    const stdin = `first\n$(touch ${canary})\nNX_FAN_1_\nEOF\n'\n`;
    const jobs = [
      job("alpha", ["printf", "%s|", ...hostile]),
      job("beta", ["cat"], stdin),
      job("gamma", ["sh", "-c", "echo oops >&2; exit 3"]),
    ];
    const fan = fanOut(jobs, dir);
    await fan.report.ready;
    expect(["alpha", "beta", "gamma", "delta"].map((h) => fan.report.has(h)?.i)).toEqual([
      0,
      1,
      2,
      undefined,
    ]);
    const [a, b, c] = await Promise.all([0, 1, 2].map((i) => fan.report.result(i, 5000)));
    fan.done();
    expect(a).toEqual({ code: 0, stdout: `${hostile.join("|")}|`, stderr: "", timedOut: false });
    expect(b?.stdout).toBe(stdin);
    expect(c).toEqual({ code: 3, stdout: "", stderr: "oops\n", timedOut: false });
    expect(existsSync(canary)).toBe(false);
    expect(existsSync(fan.report.dir)).toBe(false);
  });

  it("kills a call at its deadline while the others answer", async () => {
    const fan = fanOut([job("hung", ["sleep", "30"]), job("quick", ["echo", "hi"])], dir);
    await fan.report.ready;
    const t0 = performance.now();
    const [hung, quick] = await Promise.all([fan.report.result(0, 300), fan.report.result(1, 5000)]);
    fan.done();
    expect(quick).toMatchObject({ code: 0, stdout: "hi\n", timedOut: false });
    expect(hung).toMatchObject({ code: 137, timedOut: true });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it("writes a script that starts nothing before it has listed every call", () => {
    const text = fanScript([job("alpha", ["true"]), job("beta", ["true"])]);
    const lines = text.split("\n");
    const ready = lines.indexOf("echo ready");
    expect(lines.slice(0, ready - 1)).toEqual(["echo 'job 0 alpha -'", "echo 'job 1 beta -'"]);
    expect(lines[ready - 1]).toMatch(/^echo 'sum [0-9a-f]{16}'$/);
    expect(lines.findIndex((l) => l.startsWith("("))).toBeGreaterThan(ready);
  });
});

describe("fanScript's tail", () => {
  it("runs once every call has ended, with each call's status in $1/I.rc, and reports what it says", async () => {
    const { execFileSync } = await import("node:child_process");
    const out = mkdtempSync(join(dir, "tail-"));
    const script = fanScript(
      [job("slow", ["sh", "-c", "sleep 0.3; exit 4"]), job("quick", ["true"])],
      'echo "tail $(cat "$1/0.rc") $(cat "$1/1.rc")"',
    );
    const report = execFileSync("sh", ["-c", script, "sh", out], { encoding: "utf8" }).trim().split("\n");
    // After both calls' ends: the slow one's status is there, not a guess.
    expect(report.at(-1)).toBe("tail 4 0");
    // Both ends came before it (a quick call's end may come before the slow one's start).
    expect(report.filter((l) => l.startsWith("end ")).sort()).toEqual(["end 0 4", "end 1 0"]);
  });
});

describe("a fan-out that its reader did not start (bin/nx's, for nx list)", () => {
  const jobs = () => [job("alpha", ["echo", "a"]), job("beta", ["cat"], "NX_FAN_1\nrest\n")];

  it("is the same script for the same calls, and says what they are as a sum", () => {
    const text = fanScript(jobs());
    expect(fanScript(jobs())).toBe(text);
    expect(text.split("\n")).toContain(`echo 'sum ${jobsSum(jobs())}'`);
    // A call's input that holds the plain delimiter gets another one.
    expect(text).toContain("<<'NX_FAN_1_1'");
    const other = [job("alpha", ["echo", "a"]), job("beta", ["cat"], "NX_FAN_1\nother\n")];
    expect(jobsSum(other)).not.toBe(jobsSum(jobs()));
    expect(jobsSum([{ ...job("alpha", ["echo", "a"]), tag: "t2" }])).not.toBe(
      jobsSum([job("alpha", ["echo", "a"])]),
    );
  });

  it("reports that sum to its reader before any call starts", async () => {
    const { spawn } = await import("node:child_process");
    const out = mkdtempSync(join(dir, "sum-"));
    const calls = [job("alpha", ["true"]), job("beta", ["cat"], "x\n")];
    const sh = spawn("sh", ["-c", fanScript(calls), "sh", out], { stdio: ["ignore", "pipe", "ignore"] });
    const report = new FanReport(out, sh.stdout);
    await report.ready;
    expect(report.sum).toBe(jobsSum(calls));
    await Promise.all([report.result(0, 5000), report.result(1, 5000)]);
  });
});

describe("a fan-out that keeps its own deadline (watchMs: nx list's, with no reader to keep it)", () => {
  it("kills a call still running then, marks it late, and its reader takes it as timed out", async () => {
    const { execFile } = await import("node:child_process");
    const out = mkdtempSync(join(dir, "watch-"));
    const calls = [job("hung", ["sleep", "30"]), job("quick", ["echo", "hi"])];
    const t0 = performance.now();
    const report = await new Promise<string>((resolve) =>
      execFile("sh", ["-c", fanScript(calls, "echo tail", { watchMs: 300 }), "sh", out], (_e, stdout) =>
        resolve(stdout),
      ),
    );
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(report.trim().split("\n").at(-1)).toBe("tail");
    expect(existsSync(join(out, "0.late"))).toBe(true);
    expect(existsSync(join(out, "1.late"))).toBe(false);
    const reader = new FanReport(out);
    reader.feed(report);
    reader.close();
    expect(await reader.result(0, 60_000)).toMatchObject({ code: 137, timedOut: true });
    expect(await reader.result(1, 60_000)).toMatchObject({ code: 0, stdout: "hi\n", timedOut: false });
  });

  it("ends its watch when every call has ended before the deadline: nothing is left running", async () => {
    const { execFileSync: run } = await import("node:child_process");
    const out = mkdtempSync(join(dir, "watch-"));
    run("sh", ["-c", fanScript([job("quick", ["true"])], "echo tail", { watchMs: 7777 }), "sh", out]);
    const watch = readFileSync(join(out, "w.pid"), "utf8").trim();
    await new Promise((r) => setTimeout(r, 100));
    const sleeps = commandLines().filter((l) => l === "sleep 7.777");
    expect(sleeps).toEqual([]);
    // Gone, or a zombie that this machine's init does not reap.
    const stat = existsSync(`/proc/${watch}/stat`) ? readFileSync(`/proc/${watch}/stat`, "utf8") : "";
    expect(stat === "" || stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")).toBe(true);
  });
});
