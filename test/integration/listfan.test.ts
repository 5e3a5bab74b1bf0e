// bin/nx, the CLI as a user links it: a plain `nx list` runs without node when every host answers
// (src/fleet/listfan.ts, scripts/list.awk), over a real sshd rig. A stand-in for node
// ($NEXUS_NODE) logs each time node is run, and how, then runs node.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nx, writeFleet } from "../helpers/nx.js";
import { commandLines, pidsMentioning, type Rig, startRig } from "../rig/index.js";

const NX = join(dirname(fileURLToPath(import.meta.url)), "../../bin/nx");
const HOSTS = ["alpha", "beta"];

let rig: Rig;
let dir: string;
let env: NodeJS.ProcessEnv;
let state: string;
let log: string;

const fleetOf = (extra: { name: string; ssh: string }[] = []) => [
  { name: "home" },
  ...HOSTS.map((h) => ({ name: h, ssh: rig.hosts[h]!.alias })),
  ...extra,
];

beforeAll(async () => {
  rig = await startRig({ hosts: HOSTS });
  await rig.localTmux(["new-session", "-d", "-s", "home-shell"]);
  for (const h of HOSTS) await rig.tmux(h, ["new-session", "-d", "-s", `${h}-agent`, "sleep 600"]);
  dir = mkdtempSync(join(tmpdir(), "nx-bin-"));
  log = join(dir, "node.log");
  state = join(rig.clientEnv.XDG_STATE_HOME as string, "nexus");
  // node's stand-in: logs "fan" when bin/nx hands it a listing (--fan PID), else "node". When
  // NX_LATE is set, it first makes a session on alpha: a node that listed again would show it.
  const node = join(dir, "node");
  writeFileSync(
    node,
    `#!/bin/sh
case " $* " in
  *" --fan "*) echo fan >>"${log}" ;;
  *) echo node >>"${log}" ;;
esac
if [ -n "\${NX_LATE:-}" ]; then TMUX_TMPDIR="$NX_LATE" tmux new-session -d -s late sleep 60; fi
exec node "$@"
`,
    { mode: 0o755 },
  );
  // A symlink chain, one relative link and one absolute, as ~/.local/bin/nx → the checkout.
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, "b"));
  symlinkSync(NX, join(dir, "b", "nx-real"));
  symlinkSync("../b/nx-real", join(dir, "a", "nx"));
  env = { ...rig.clientEnv, NEXUS_NODE: node };
});
afterAll(async () => {
  await rig?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  rmSync(log, { force: true });
  writeFleet(rig.clientEnv, "home", fleetOf());
});

async function run(args: string[], e = env) {
  const r = await execa(join(dir, "a", "nx"), args, {
    env: e,
    extendEnv: false,
    reject: false,
    timeout: 20_000,
  });
  return { code: r.exitCode, stdout: String(r.stdout), stderr: String(r.stderr) };
}
const logged = () => (existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : []);
/** nexus's runtime dir in the rig's client env. */
const runDir = () => join(rig.clientEnv.XDG_RUNTIME_DIR as string, "nexus");
/** The listings' private dirs: list.PID in the runtime dir, .list.PID beside the peer cache. */
const privateDirs = () => {
  const run = runDir();
  const peers = join(state, "peers");
  return [
    ...(existsSync(run) ? readdirSync(run) : [])
      .filter((f) => /^list\.\d+$/.test(f))
      .map((f) => join(run, f)),
    ...(existsSync(peers) ? readdirSync(peers) : [])
      .filter((f) => /^\.list\.\d+$/.test(f))
      .map((f) => join(peers, f)),
    ...(existsSync(state) ? readdirSync(state) : [])
      .filter((f) => /^list\.\d+$/.test(f))
      .map((f) => join(state, f)),
  ];
};
const scripts = () => (existsSync(state) ? readdirSync(state) : []).filter((f) => /^list\.\d\.fan$/.test(f));
const noTiming = (json: string) =>
  JSON.stringify({
    ...JSON.parse(json),
    hosts: JSON.parse(json).hosts.map((h: object) => ({ ...h, ms: 0 })),
  });

describe("bin/nx list", () => {
  it("prints what node prints, without node, once a list has left its script", async () => {
    for (const f of scripts()) rmSync(join(state, f));
    const first = await run(["list", "--json"]);
    expect(first.code).toBe(0);
    expect(scripts()).toHaveLength(1);
    const cached = readFileSync(join(state, "peers", "alpha.tsv"), "utf8");
    await new Promise((r) => setTimeout(r, 10));
    const second = await run(["list", "--json"]);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    // Only the first ran node (and wrote the script).
    expect(logged()).toEqual(["node"]);
    const alone = await nx(rig.clientEnv, ["list", "--json"]);
    expect(noTiming(second.stdout)).toBe(noTiming(alone.stdout));
    expect(
      JSON.parse(second.stdout).hosts.map((h: { sessions: { name: string }[] }) => h.sessions[0]?.name),
    ).toEqual(["home-shell", "alpha-agent", "beta-agent"]);
    // It wrote the peer cache, newer rows as node writes them; its private dir is gone.
    const now = readFileSync(join(state, "peers", "alpha.tsv"), "utf8");
    expect(now.split("\n").slice(1)).toEqual(cached.split("\n").slice(1));
    expect(Number(now.split("\n")[0]?.slice(3))).toBeGreaterThan(Number(cached.split("\n")[0]?.slice(3)));
    expect(privateDirs()).toEqual([]);
    const text = await run(["ls"]);
    const textAlone = await nx(rig.clientEnv, ["list"]);
    const idle = (t: string) => t.replace(/idle \d+s/g, "idle").trimEnd();
    expect(idle(text.stdout)).toBe(idle(textAlone.stdout));
    expect(logged()).toEqual(["node"]);
  });

  it("lists the fleet as it is now: a fleet file changed since goes to node, once", async () => {
    await run(["list"]);
    rmSync(log, { force: true });
    // alpha is now a local tmux server with no sessions: the old calls would show alpha-agent.
    writeFleet(rig.clientEnv, "home", [
      { name: "home" },
      { name: "alpha", socket: "nx-none" },
      { name: "beta", ssh: rig.hosts.beta!.alias },
    ]);
    const r = await run(["list", "--json"]);
    expect(r.code).toBe(0);
    const alpha = JSON.parse(r.stdout).hosts.find((h: { name: string }) => h.name === "alpha");
    expect(alpha).toMatchObject({ ok: true, local: true, sessions: [] });
    // The same calls from a file that only changed its time: node once, then none.
    const file = join(rig.clientEnv.XDG_CONFIG_HOME as string, "nexus", "fleet.yaml");
    writeFileSync(file, readFileSync(file));
    await run(["list"]);
    await run(["list"]);
    expect(logged()).toEqual(["fan", "fan"]);
    expect(scripts()).toHaveLength(1);
    // node, given the listing, removed both its dirs.
    expect(privateDirs()).toEqual([]);
  });

  it("when a host fails: node says why, from the answers the script got, without asking again", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "refused", ssh: rig.aliases.refused }]));
    await run(["list"]);
    rmSync(log, { force: true });
    const r = await run(["list", "--json"], { ...env, NX_LATE: rig.hosts.alpha!.tmuxTmpdir });
    expect(r.code).toBe(6);
    expect(logged()).toEqual(["fan"]);
    const hosts = JSON.parse(r.stdout).hosts;
    expect(hosts.find((h: { name: string }) => h.name === "refused").error.message).toMatch(
      /connection refused/,
    );
    const alpha = hosts.find((h: { name: string }) => h.name === "alpha");
    expect(alpha.sessions.map((s: { name: string }) => s.name)).toEqual(["alpha-agent"]);
    expect(privateDirs()).toEqual([]);
    await rig.tmux("alpha", ["kill-session", "-t", "late"]);
  });

  it("starts nothing for any other command line, and passes every word to node untouched", async () => {
    await run(["list"]);
    rmSync(log, { force: true });
    const canary = join(dir, "canary");
    const hostile = `$(touch ${canary})`;
    const cases: [string[], number][] = [
      [["list", "alpha"], 0],
      [["list", "--json", "beta"], 0],
      [["ls", "--config", join(rig.clientEnv.XDG_CONFIG_HOME as string, "nexus", "fleet.yaml")], 0],
      [["list", hostile], 2],
      [["--version"], 0],
    ];
    for (const [args, code] of cases) expect((await run(args)).code).toBe(code);
    expect(logged()).toEqual(cases.map(() => "node"));
    const bad = await run(["list", hostile]);
    expect(bad.stderr).toContain(`unknown host: ${hostile}`);
    expect(existsSync(canary)).toBe(false);
    const help = await run(["list", "--help"]);
    expect(help.stdout).toContain("--json");
    expect(help.stdout).not.toContain("--fan");
  });

  it("leaves it to node when stdout is non-blocking (node writes through EAGAIN) or the fleet file relative", async () => {
    await run(["list"]);
    rmSync(log, { force: true });
    // perl (Debian's perl-base is always there) makes its stdout non-blocking, then becomes nx.
    const nonblock = "fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV";
    const r = await execa("perl", ["-MFcntl", "-e", nonblock, join(dir, "a", "nx"), "list"], {
      env,
      extendEnv: false,
      reject: false,
    });
    expect(r.exitCode).toBe(0);
    const file = join(rig.clientEnv.XDG_CONFIG_HOME as string, "nexus", "fleet.yaml");
    const rel = await execa(join(dir, "a", "nx"), ["list"], {
      env: { ...env, NEXUS_CONFIG: "fleet.yaml" },
      extendEnv: false,
      reject: false,
      cwd: join(file, ".."),
    });
    expect(rel.exitCode).toBe(0);
    // node expands only ~ and ~/: ~f.yaml is relative too; and so is a HOME that is.
    await execa(join(dir, "a", "nx"), ["list"], {
      env: { ...env, NEXUS_CONFIG: "~f.yaml" },
      extendEnv: false,
      reject: false,
    });
    await execa(join(dir, "a", "nx"), ["list"], {
      env: { ...env, HOME: "h" },
      extendEnv: false,
      reject: false,
    });
    expect(logged()).toEqual(["node", "node", "node", "node"]);
  });

  it("runs no script of another version, and lists with node when a script fails before printing", async () => {
    await run(["list"]);
    const file = join(state, scripts()[0] as string);
    const text = readFileSync(file, "utf8");
    const [head, ...rest] = text.split("\n");
    // The version before: its head, its script (no checks before the calls). Never run.
    writeFileSync(file, [head?.replace(/^# nexus-list \S+ \S+/, "# nexus-list 3"), ...rest].join("\n"));
    rmSync(log, { force: true });
    expect((await run(["list"])).code).toBe(0);
    expect(logged()).toEqual(["node"]);
    // A script that ends before it prints: node lists, as if there had been none.
    writeFileSync(file, [head, rest[0], "exit 2", ...rest.slice(1)].join("\n"));
    rmSync(log, { force: true });
    const r = await run(["list", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hosts).toHaveLength(HOSTS.length + 1);
    expect(logged()).toEqual(["fan"]);
    // The awk files the script was written for: dist/list.sum, which the build writes.
    const { createHash } = await import("node:crypto");
    const awk = ["lib.awk", "list.awk"].map((f) => readFileSync(join(NX, "../../scripts", f)));
    const sum = createHash("sha1").update(awk[0]!).update(awk[1]!).digest("hex").slice(0, 12);
    expect(readFileSync(join(NX, "../../dist/list.sum"), "utf8")).toBe(`${sum}\n`);
    expect(readFileSync(file, "utf8").split("\n", 1)[0]).toContain(`# nexus-list 4 ${sum}\t`);
  });

  it("makes its dir in the runtime dir only while that is a dir of its own: else node lists", async () => {
    await run(["list"]);
    rmSync(log, { force: true });
    // A reboot empties /run/user: node lists, and makes the dir again.
    rmSync(runDir(), { recursive: true, force: true });
    expect((await run(["list"])).code).toBe(0);
    expect(existsSync(runDir())).toBe(true);
    // A symlink in its place (another's dir behind it): never written through.
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere, { recursive: true });
    rmSync(runDir(), { recursive: true, force: true });
    symlinkSync(elsewhere, runDir());
    await run(["list"]);
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(runDir());
    expect((await run(["list"])).code).toBe(0);
    expect(logged()).toEqual(["node", "node", "node"]);
    expect((await run(["list"])).code).toBe(0);
    expect(logged()).toEqual(["node", "node", "node"]);
  });

  it("lists with node, at once, from a runtime dir it cannot make (mkdir says ENOENT under /proc)", async () => {
    if (!existsSync("/proc/self")) return;
    // Two local servers: node's own fan-out, which tries the runtime dir first.
    writeFleet(rig.clientEnv, "home", [{ name: "home" }, { name: "side", socket: "nx-none" }]);
    const r = await run(["list", "--json"], { ...env, XDG_RUNTIME_DIR: "/proc/nexus-none" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hosts.map((h: { name: string; ok: boolean }) => [h.name, h.ok])).toEqual([
      ["home", true],
      ["side", true],
    ]);
  });

  it("a SIGTERM to nx alone ends it at once: nothing printed, no call left", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "hung", ssh: rig.aliases.hung }]));
    await run(["list"]);
    rmSync(log, { force: true });
    const job = execa(join(dir, "a", "nx"), ["list"], { env, extendEnv: false, reject: false });
    await new Promise((r) => setTimeout(r, 500));
    const t0 = performance.now();
    job.kill("SIGTERM");
    const r = await job;
    expect(performance.now() - t0).toBeLessThan(1500);
    expect([r.exitCode, String(r.stdout)]).toEqual([143, ""]);
    expect(logged()).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(leftovers()).toEqual([]);
  });

  it("node sweeps the private dirs that a killed nx left, once they are old", async () => {
    const peers = join(state, "peers");
    // Where bin/nx makes them, where earlier builds did (the state dir), and an interrupted node's
    // own fan-out.
    const old = [
      join(runDir(), "list.99999998"),
      join(peers, ".list.99999998"),
      join(state, "list.99999998"),
      join(runDir(), "nx-fan-old"),
    ];
    const young = [join(runDir(), "list.99999999"), join(peers, ".list.99999999")];
    for (const d of [...old, ...young]) mkdirSync(join(d, "x"), { recursive: true });
    const then = new Date(Date.now() - 11 * 60_000);
    for (const d of old) utimesSync(d, then, then);
    await nx(rig.clientEnv, ["list"]);
    expect([...old, ...young].map(existsSync)).toEqual([false, false, false, false, true, true]);
    for (const d of young) rmSync(d, { recursive: true });
  });

  it("keeps a script per env, four at most, and runs only the one written for this env", async () => {
    for (const f of scripts()) rmSync(join(state, f));
    const file = join(rig.clientEnv.XDG_CONFIG_HOME as string, "nexus", "fleet.yaml");
    const copies = [1, 2, 3, 4, 5].map((i) => {
      const f = join(dir, `fleet${i}.yaml`);
      writeFileSync(f, readFileSync(file));
      return f;
    });
    for (const f of copies) expect((await run(["list"], { ...env, NEXUS_CONFIG: f })).code).toBe(0);
    expect(scripts()).toHaveLength(4);
    const heads = scripts().map((f) => readFileSync(join(state, f), "utf8").split("\n", 1)[0]);
    expect(heads.some((h) => h?.includes(copies[0] as string))).toBe(false);
    for (const f of copies.slice(1)) expect(heads.filter((h) => h?.includes(`\t${f}\t`))).toHaveLength(1);
    rmSync(log, { force: true });
    await run(["list"], { ...env, NEXUS_CONFIG: copies[4] });
    await run(["list"], { ...env, NEXUS_CONFIG: copies[0] });
    expect(logged()).toEqual(["node"]);
  });

  it("with a hung host: the script's own deadline, then node says why; exit 6, nothing left running", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "hung", ssh: rig.aliases.hung }]));
    await run(["list"]);
    rmSync(log, { force: true });
    const t0 = performance.now();
    const r = await run(["list"]);
    expect(r.code).toBe(6);
    // connect 2 s + list 1.5 s is the hung host's deadline.
    expect(performance.now() - t0).toBeLessThan(3500 + 1500);
    expect(logged()).toEqual(["fan"]);
    expect(r.stdout).toMatch(/^hung {2}offline: (no answer within \d+ ms|connection timed out)/m);
    expect(r.stdout).toContain("alpha-agent");
    expect(leftovers()).toEqual([]);
  });

  it("with a host frozen behind a live master: the script's watch ends its call at the deadline", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "frozen", ssh: rig.aliases.frozen }]));
    expect((await run(["list"])).code).toBe(0); // node: starts the master, writes the script
    rmSync(log, { force: true });
    rig.freeze("frozen");
    try {
      const t0 = performance.now();
      const r = await run(["list", "--json"]);
      expect(r.code).toBe(6);
      expect(performance.now() - t0).toBeLessThan(3500 + 1500);
      expect(logged()).toEqual(["fan"]);
      const frozen = JSON.parse(r.stdout).hosts.find((h: { name: string }) => h.name === "frozen");
      expect(frozen.error.message).toBe("no answer within 3500 ms");
      expect(frozen.ms).toBeGreaterThanOrEqual(3500);
    } finally {
      rig.thaw("frozen");
    }
  });

  it("works with stdin closed, and an interrupt leaves no dir and no call behind", async () => {
    await run(["list"]);
    rmSync(log, { force: true });
    const closed = await execa("sh", ["-c", 'exec <&-; exec "$0" list --json', join(dir, "a", "nx")], {
      env,
      extendEnv: false,
      reject: false,
    });
    expect(closed.exitCode).toBe(0);
    expect(JSON.parse(String(closed.stdout)).hosts).toHaveLength(HOSTS.length + 1);
    expect(logged()).toEqual([]);

    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "hung", ssh: rig.aliases.hung }]));
    await run(["list"]);
    // Its own process group, as a shell's job: ^C reaches bin/nx and the script.
    const job = execa(join(dir, "a", "nx"), ["list"], {
      env,
      extendEnv: false,
      reject: false,
      detached: true,
    });
    const dirs = privateDirs;
    for (let i = 0; i < 100 && dirs().length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    // One in the runtime dir (its calls' files), one beside the peer cache (its new files).
    expect(
      dirs().map((d) => d.startsWith(`${runDir()}/list.`) || d.startsWith(join(state, "peers", ".list."))),
    ).toEqual([true, true]);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(-(job.pid as number), "SIGINT");
    const r = await job;
    expect(r.exitCode).toBe(130);
    expect(dirs()).toEqual([]);
    expect(leftovers()).toEqual([]);
  });
});

/** The hung host's ssh calls, and the script's watch (its sleep), still running. */
function leftovers(): string[] {
  // This rig's only: another test file's rig has a host called hung too.
  return commandLines(pidsMentioning(rig.dir)).filter(
    (l) => l.includes(` ${rig.aliases.hung} sh -s`) || /^sleep 3\.5$/.test(l),
  );
}
