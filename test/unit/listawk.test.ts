// scripts/list.awk: nx list without node prints exactly what node prints (src/commands/list.ts) from
// the same answers, and writes the same peer cache, or prints nothing and exits 3 for node to list.
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listingsJson, listText } from "../../src/commands/list.js";
import { FanReport } from "../../src/exec/fanout.js";
import { frame } from "../../src/exec/frame.js";
import { makeCtx } from "../../src/fleet/context.js";
import { listAll } from "../../src/fleet/list.js";
import type { Fleet } from "../../src/model/host.js";
import type { Session } from "../../src/model/session.js";
import { sgr } from "../../src/picker/rows.js";
import { sessionLine } from "../../src/tmux/fields.js";
import { hostileNames, session } from "../helpers/fixtures.js";

const root = join(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "nx-listawk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = 1_700_000_000;

const fleet: Fleet = {
  file: "",
  self: "home",
  hosts: [
    { name: "home", enabled: true, color: "green" },
    { name: "alpha", enabled: true, ssh: "alpha", color: "colour208" },
    { name: "beta", enabled: true, ssh: "beta", color: "#ff8800" },
    { name: "gamma", enabled: true, socket: "gamma" },
  ],
  timeouts: { connectMs: 2000, listMs: 1500 },
};

const S = (host: string, id: string, name: string, more: Partial<Session> = {}) =>
  session(host, id, name, { created: NOW - 3600, activity: NOW - 5, command: "bash", path: "/srv", ...more });
const local = [
  ...hostileNames("/tmp/CANARY").map((name, i) => S("home", `$${i}`, name)),
  S("home", "$20", "ünïcödé 名前", { attached: 2, path: "/home/ü/プロジェクト" }),
  S("home", "$21", "dead one", {
    dead: true,
    activity: NOW - 7200,
    command: "\x1b[31mred\x1b[0m\x07\u0085x",
  }),
  S("home", "$22", 'q"uote\\back', { activity: NOW + 30, command: "\x1b]0;title\x07vim", windows: 3 }),
  S("home", "$23", "ctl\x01\x1f\x7f", { path: "/tab\\t/\r/x" }),
  // Escapes that a left-to-right pass and a pass per kind strip differently.
  S("home", "$24", "esc\x1b\x1b[A]y", { command: "\x1b\x1b[A]x\x07" }),
  S("home", "$25", "osc\x1b]0;t\x1b\\b", { command: "fe\x1bXz\x1b" }),
  S("home", "$26", "c1\u009b2J\u0085", { command: "\x1b[", windows: 12 }),
];
const remote = [S("alpha", "$3", "agent"), S("alpha", "$4", "$(touch /tmp/CANARY)", { attached: 1 })];

type Answer = { out: string | Buffer; rc: string; err?: string; tag: string };

/** A peer's answer as the fan-out stores it: a login shell's noise, then the framed output. */
function framed(lines: string, rc = 0, err = ""): Answer {
  const f = frame(["sh", "-c", `cat; printf %s '${err}' >&2; exit ${rc}`], lines);
  return {
    tag: f.tag,
    rc: "0",
    out: `Last login: today\n${execFileSync("sh", ["-c", f.script]).toString("utf8")}`,
  };
}

const healthy = (): Answer[] => [
  // Leading zeros and a line of the wrong shape, as tmux would never print them: both sides agree.
  {
    tag: "-",
    rc: "0",
    out: `${[...local.map(sessionLine), "$99\tnot enough fields", "$98\t007\t0\t1\t1\tsh\t/\t0\tz"].join("\n")}\n`,
  },
  framed(`${remote.map(sessionLine).join("\n")}\n`),
  framed(""),
  { tag: "-", rc: "1", out: "", err: "no server running on /tmp/tmux-0/gamma\n" },
];

let env: NodeJS.ProcessEnv;
beforeEach(() => {
  const home = mkdtempSync(join(dir, "home-"));
  env = { HOME: home, XDG_STATE_HOME: join(home, "state"), XDG_RUNTIME_DIR: join(home, "run") };
});

/**
 * A finished fan-out's dir: answers, statuses, t0 and each call's end about 10·(i+1) ms after it,
 * and the times as the tail's stat gives them.
 */
function fanDir(answers: Answer[]): string {
  const fan = mkdtempSync(join(dir, "fan-"));
  mkdirSync(join(fan, "c"));
  const t0 = NOW - 1;
  writeFileSync(join(fan, "t0"), "");
  utimesSync(join(fan, "t0"), t0, t0);
  answers.forEach((a, i) => {
    writeFileSync(join(fan, `${i}.out`), a.out);
    writeFileSync(join(fan, `${i}.err`), a.err ?? "");
    writeFileSync(join(fan, `${i}.rc`), `${a.rc}\n`);
    const end = t0 + (10 * (i + 1) + 0.5) / 1000;
    utimesSync(join(fan, `${i}.rc`), end, end);
  });
  const rcs = answers.map((_, i) => join(fan, `${i}.rc`));
  writeFileSync(join(fan, "times"), execFileSync("stat", ["-c", "%.3Y %n", join(fan, "t0"), ...rcs]));
  return fan;
}

const jobsOf = (answers: Answer[]) =>
  fleet.hosts.map((h, i) => `${h.name}:${i}:${answers[i]?.tag}:${h.ssh ? 0 : 1}:${sgr(h.color)}`).join(" ");

/** list.awk over a fan dir: its exit status, what it printed, and the cache files it made. */
function awk(fan: string, mode: string, answers: Answer[], more: Record<string, string> = {}) {
  const vars = {
    NXL_FAN: fan,
    NXL_CACHE: join(fan, "c"),
    NXL_MODE: mode,
    NXL_JOBS: jobsOf(answers),
    NXL_SELF: "home",
    ...more,
  };
  try {
    const out = execFileSync(
      "awk",
      [
        "-v",
        `now=${NOW}`,
        "-f",
        join(root, "scripts/lib.awk"),
        "-f",
        join(root, "scripts/list.awk"),
        join(fan, "times"),
      ],
      { env: { PATH: process.env.PATH, LC_ALL: "C", ...vars }, stdio: ["ignore", "pipe", "pipe"] },
    );
    return { code: 0, out: out.toString("utf8") };
  } catch (e) {
    const x = e as { status: number; stdout: Buffer };
    return { code: x.status, out: x.stdout.toString("utf8") };
  }
}

/** node's way from the same dir: the fan-out's report, then listAll (which writes the cache). */
async function node(fan: string, answers: Answer[]) {
  const ctx = makeCtx(fleet, env, process.getuid?.() ?? 0);
  const report = new FanReport(fan);
  const jobs = fleet.hosts.map((h, i) => `job ${i} ${h.name} ${answers[i]?.tag}`);
  const ends = answers.map((a, i) => `end ${i} ${a.rc}`);
  report.feed(`${[...jobs, "sum x", "ready", ...ends].join("\n")}\n`);
  report.close();
  const listings = await listAll(ctx, undefined, report);
  await new Promise((r) => setImmediate(r));
  return { ctx, listings };
}

describe("scripts/list.awk", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW * 1000);
  });
  afterEach(() => vi.useRealTimers());

  it("prints the JSON node prints, hostile, UTF-8 and control-laden texts included", async () => {
    const answers = healthy();
    const fan = fanDir(answers);
    const { ctx, listings } = await node(fan, answers);
    const r = awk(fan, "json", answers);
    expect(r.code).toBe(0);
    const expected = `${JSON.stringify(listingsJson(ctx, listings), null, 2)}\n`;
    expect(r.out).toBe(expected);
    const data = JSON.parse(r.out);
    expect(data.hosts.map((h: { ms: number }) => h.ms)).toEqual([10, 20, 30, 40]);
    expect(data.hosts[0].dropped).toBe(1);
    expect(data.hosts[3]).toMatchObject({ name: "gamma", local: true, ok: true, sessions: [] });
  });

  it.each(["text", "color"])("prints the %s node prints", async (mode) => {
    const answers = healthy();
    const fan = fanDir(answers);
    const { ctx, listings } = await node(fan, answers);
    const r = awk(fan, mode, answers);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual(listText(ctx, listings, { color: mode === "color" }).split("\n"));
    expect(r.out).toContain("(1 unreadable row from tmux skipped)");
  });

  it("writes the peer cache node writes (but for the time: the call's end)", async () => {
    const answers = healthy();
    const fan = fanDir(answers);
    const { ctx } = await node(fan, answers);
    expect(awk(fan, "json", answers).code).toBe(0);
    const made = readdirSync(join(fan, "c")).sort();
    expect(made).toEqual([
      "alpha.json",
      "alpha.tsv",
      "beta.json",
      "beta.tsv",
      "gamma.json",
      "gamma.tsv",
      "home.json",
      "home.tsv",
    ]);
    for (const f of made) {
      const ours = readFileSync(join(fan, "c", f), "utf8");
      const theirs = readFileSync(join(ctx.cache.dir, f), "utf8");
      const at = (t: string) => t.replace(/"at":\d+/, '"at":0').replace(/^at\t\d+$/m, "at\t0");
      expect(at(ours)).toBe(at(theirs));
    }
    expect(readFileSync(join(fan, "c", "alpha.tsv"), "utf8")).toMatch(
      new RegExp(`^at\t${(NOW - 1) * 1000 + 20}\n`),
    );
  });

  it.each<[string, (a: Answer[]) => void]>([
    ["ssh failed (255)", (a) => (a[1]!.rc = "255")],
    ["no status (killed at its deadline)", (a) => (a[2]!.rc = "")],
    ["tmux failed on the peer", (a) => (a[1] = framed("", 1, "can't find session"))],
    ["tmux is not there", (a) => (a[3] = { tag: "-", rc: "127", out: "", err: "sh: tmux: not found\n" })],
    ["no frame", (a) => (a[1]!.out = "hello\n")],
    ["a frame cut short", (a) => (a[1]!.out = String(a[1]!.out).slice(0, String(a[1]!.out).indexOf(":ERR")))],
    [
      "invalid UTF-8 in a name",
      (a) => (a[0]!.out = Buffer.from("$1\t1\t0\t1\t1\tsh\t/\t0\tbad\xff\n", "latin1")),
    ],
    ["a number node would round", (a) => (a[0]!.out = `$1\t1\t0\t1234567890123456\t1\tsh\t/\t0\tbig\n`)],
  ])("prints nothing and exits 3 when %s", (_, spoil) => {
    const answers = healthy();
    spoil(answers);
    const fan = fanDir(answers);
    expect(awk(fan, "json", answers)).toEqual({ code: 3, out: "" });
  });

  it("prints nothing and exits 3 when stat gave whole seconds (busybox's: no ms to go by)", () => {
    const answers = healthy();
    const fan = fanDir(answers);
    writeFileSync(join(fan, "times"), readFileSync(join(fan, "times"), "utf8").replace(/\.\d{3} /g, " "));
    expect(awk(fan, "json", answers)).toEqual({ code: 3, out: "" });
  });
});
