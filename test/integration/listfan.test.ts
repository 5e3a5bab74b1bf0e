// bin/nx, the CLI as a user links it: a plain `nx list` starts the last list's calls before node
// has loaded (src/fleet/listfan.ts), over a real sshd rig. A stand-in for node ($NEXUS_NODE) logs
// what bin/nx gave it and whether the calls had all ended before it started, then runs node.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nx, writeFleet } from "../helpers/nx.js";
import { type Rig, startRig } from "../rig/index.js";

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
  // node's stand-in: its last argument is bin/nx's pid when it started a listing (--fan PID).
  const node = join(dir, "node");
  writeFileSync(
    node,
    `#!/bin/sh
for a; do last=$a; done
case " $* " in
  *" --fan "*)
    d="$XDG_STATE_HOME/nexus/list.$last" i=0
    while [ "$(ls "$d" 2>/dev/null | grep -c '\\.rc$')" -lt "$NX_CALLS" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
    echo "fan $(ls "$d" 2>/dev/null | grep -c '\\.rc$')" >>"${log}" ;;
  *) echo "no fan" >>"${log}" ;;
esac
exec node "$@"
`,
    { mode: 0o755 },
  );
  // A symlink chain, one relative link and one absolute, as ~/.local/bin/nx → the checkout.
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, "b"));
  symlinkSync(NX, join(dir, "b", "nx-real"));
  symlinkSync("../b/nx-real", join(dir, "a", "nx"));
  env = { ...rig.clientEnv, NEXUS_NODE: node, NX_CALLS: String(HOSTS.length + 1) };
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
const logged = () => readFileSync(log, "utf8").trim().split("\n");
const scripts = () => (existsSync(state) ? readdirSync(state) : []).filter((f) => /^list\.\d\.fan$/.test(f));
const noTiming = (json: string) =>
  JSON.stringify({
    ...JSON.parse(json),
    hosts: JSON.parse(json).hosts.map((h: object) => ({ ...h, ms: 0 })),
  });

describe("bin/nx list", () => {
  it("runs the calls before node starts, and prints what node alone prints", async () => {
    for (const f of scripts()) rmSync(join(state, f));
    const first = await run(["list", "--json"]);
    expect(first.code).toBe(0);
    expect(scripts()).toHaveLength(1);
    const second = await run(["list", "--json"]);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    // The first had no script yet and wrote one; the second's calls had all ended before node.
    expect(logged()).toEqual(["no fan", `fan ${HOSTS.length + 1}`]);
    const alone = await nx(rig.clientEnv, ["list", "--json"]);
    expect(noTiming(second.stdout)).toBe(noTiming(alone.stdout));
    expect(
      JSON.parse(second.stdout).hosts.map((h: { sessions: { name: string }[] }) => h.sessions[0]?.name),
    ).toEqual(["home-shell", "alpha-agent", "beta-agent"]);
    // Its private dir is gone; the script stays for the next one.
    expect(readdirSync(state).filter((f) => /^list\.\d+$/.test(f))).toEqual([]);
    const text = await run(["ls"]);
    expect(text.stdout).toMatch(/^alpha {2}1 session$/m);
    expect(logged().at(-1)).toBe(`fan ${HOSTS.length + 1}`);
  });

  it("does not take the calls of a fleet that has changed since: it lists the new one", async () => {
    await run(["list"]);
    const before = readFileSync(join(state, scripts()[0] as string), "utf8");
    // alpha is now a local tmux server with no sessions: a result of the old calls would show
    // alpha-agent. (Not another ssh target: the master of alpha's name would still reach the old
    // machine; see the README's troubleshooting.)
    writeFleet(rig.clientEnv, "home", [
      { name: "home" },
      { name: "alpha", socket: "nx-none" },
      { name: "beta", ssh: rig.hosts.beta!.alias },
    ]);
    rmSync(log, { force: true });
    const r = await run(["list", "--json"]);
    expect(r.code).toBe(0);
    expect(logged()[0]).toMatch(/^fan /); // the old calls did start…
    const alpha = JSON.parse(r.stdout).hosts.find((h: { name: string }) => h.name === "alpha");
    expect(alpha).toMatchObject({ ok: true, local: true, sessions: [] }); // …and were not used
    const after = readFileSync(join(state, scripts()[0] as string), "utf8");
    expect(after).not.toBe(before);
    expect(scripts()).toHaveLength(1);
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
    expect(logged()).toEqual(cases.map(() => "no fan"));
    const bad = await run(["list", hostile]);
    expect(bad.stderr).toContain(`unknown host: ${hostile}`);
    expect(existsSync(canary)).toBe(false);
    const help = await run(["list", "--help"]);
    expect(help.stdout).toContain("--json");
    expect(help.stdout).not.toContain("--fan");
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
    expect(logged()).toEqual([`fan ${HOSTS.length + 1}`, "no fan"]);
  });

  it("with a hung host: ends at its deadline, exits 6, and leaves none of its calls running", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "hung", ssh: rig.aliases.hung }]));
    await run(["list"]);
    rmSync(log, { force: true });
    const t0 = performance.now();
    const r = await run(["list"], { ...env, NX_CALLS: String(HOSTS.length + 1) });
    expect(r.code).toBe(6);
    expect(performance.now() - t0).toBeLessThan(3500 + 5000); // the stand-in waits up to 5 s
    expect(logged()[0]).toMatch(/^fan /);
    expect(r.stdout).toMatch(/^hung {2}offline: /m);
    const calls = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
      .split("\n")
      .filter((l) => l.includes(` ${rig.aliases.hung} sh -s`));
    expect(calls).toEqual([]);
  });

  it("gets its head start with stdin closed, and an interrupt leaves no dir and no call behind", async () => {
    await run(["list"]);
    rmSync(log, { force: true });
    const closed = await execa("sh", ["-c", 'exec <&-; exec "$0" list --json', join(dir, "a", "nx")], {
      env,
      extendEnv: false,
      reject: false,
    });
    expect(closed.exitCode).toBe(0);
    expect(JSON.parse(String(closed.stdout)).hosts).toHaveLength(HOSTS.length + 1);
    expect(logged()).toEqual([`fan ${HOSTS.length + 1}`]);

    writeFleet(rig.clientEnv, "home", fleetOf([{ name: "hung", ssh: rig.aliases.hung }]));
    await run(["list"]);
    // Its own process group, as a shell's job: ^C reaches bin/nx, the listing and node's stand-in.
    const job = execa(join(dir, "a", "nx"), ["list"], {
      env,
      extendEnv: false,
      reject: false,
      detached: true,
    });
    const dirs = () => readdirSync(state).filter((f) => /^list\.\d+$/.test(f));
    for (let i = 0; i < 100 && dirs().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(dirs()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    process.kill(-(job.pid as number), "SIGINT");
    const r = await job;
    expect(r.exitCode).toBe(130);
    expect(dirs()).toEqual([]);
    const calls = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
      .split("\n")
      .filter((l) => l.includes(` ${rig.aliases.hung} sh -s`));
    expect(calls).toEqual([]);
  });
});
