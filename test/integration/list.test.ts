// nx list / hosts over a real sshd rig: every host in parallel, each under its own deadline.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLE, nx, writeFleet } from "../helpers/nx.js";
import { type Rig, startRig } from "../rig/index.js";

let rig: Rig;
const RIG_HOSTS = ["alpha", "beta", "gamma"];
const fleetOf = (...extra: string[]) => [
  { name: "home" },
  ...RIG_HOSTS.map((h) => ({ name: h, ssh: rig.hosts[h]!.alias })),
  ...extra.map((h) => ({ name: h, ssh: h })),
];

beforeAll(async () => {
  rig = await startRig({ hosts: RIG_HOSTS });
  await rig.localTmux(["new-session", "-d", "-s", "home-shell"]);
  for (const h of RIG_HOSTS) {
    await rig.tmux(h, ["new-session", "-d", "-s", `${h}-agent`, "sleep 600"]);
    await rig.tmux(h, ["new-session", "-d", "-s", `${h}-logs`, "sleep 600"]);
  }
});
afterAll(async () => rig?.stop());

describe("nx list", () => {
  it("lists every session of every host, grouped by host in fleet order", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf());
    const r = await nx(rig.clientEnv, ["list"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const hostLine = (h: string) => lines.findIndex((l) => l.startsWith(`${h}  `));
    expect([hostLine("home"), hostLine("alpha"), hostLine("beta"), hostLine("gamma")]).toEqual(
      [...[hostLine("home"), hostLine("alpha"), hostLine("beta"), hostLine("gamma")]].sort((a, b) => a - b),
    );
    for (const h of RIG_HOSTS) {
      expect(r.stdout).toContain(`${h}-agent`);
      expect(r.stdout).toContain(`${h}-logs`);
    }
    expect(r.stdout).toContain("home-shell");

    const j = await nx(rig.clientEnv, ["list", "--json"]);
    const data = JSON.parse(j.stdout);
    expect(data.hosts.map((h: { name: string }) => h.name)).toEqual(["home", ...RIG_HOSTS]);
    const alpha = data.hosts[1];
    expect(alpha.ok).toBe(true);
    expect(alpha.sessions.map((s: { name: string }) => s.name)).toEqual(["alpha-agent", "alpha-logs"]);
    expect(alpha.sessions[0]).toMatchObject({ host: "alpha", windows: 1, command: "sleep", dead: false });
    expect(alpha.sessions[0].id).toMatch(/^\$\d+$/);
  });

  it("with a hung host: returns within its deadline + 1 s, prints the rest, names it, exits 6", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf(rig.aliases.hung));
    const r = await nx(rig.clientEnv, ["list"]);
    expect(r.code).toBe(6);
    // connect 2 s + list 1.5 s is the hung host's deadline.
    expect(r.ms).toBeLessThan(3500 + 1000);
    for (const h of RIG_HOSTS) expect(r.stdout).toContain(`${h}-agent`);
    expect(r.stdout).toMatch(/^hung {2}offline: (no answer within \d+ ms|connection timed out)/m);
  });

  it.each([
    ["refused", /connection refused/],
    ["notmux", /tmux not found/],
    ["badkey", /host key not known or changed/],
  ])("names the %s host and its reason in text and JSON", async (alias, reason) => {
    writeFleet(rig.clientEnv, "home", fleetOf(alias));
    const r = await nx(rig.clientEnv, ["list", "--json"]);
    expect(r.code).toBe(6);
    const bad = JSON.parse(r.stdout).hosts.find((h: { name: string }) => h.name === alias);
    expect(bad.ok).toBe(false);
    expect(bad.error.message).toMatch(reason);
    expect(bad.error.hint).toBeTruthy();
    const t = await nx(rig.clientEnv, ["list"]);
    expect(t.stdout).toMatch(new RegExp(`^${alias} {2}offline: ${reason.source}`, "m"));
  });

  it("a host frozen behind a live master is cut off at its deadline", async () => {
    writeFleet(rig.clientEnv, "home", [{ name: "home" }, { name: "frozen", ssh: rig.aliases.frozen }]);
    const warm = await nx(rig.clientEnv, ["list"]); // starts the master
    expect(warm.code).toBe(0);
    rig.freeze("frozen");
    try {
      const r = await nx(rig.clientEnv, ["list"]);
      expect(r.code).toBe(6);
      expect(r.ms).toBeLessThan(3500 + 1000);
      expect(r.stdout).toMatch(/^frozen {2}offline: no answer within \d+ ms/m);
    } finally {
      rig.thaw("frozen");
    }
  });

  it("reaches a host's new machine at once when its ssh: changes, though the old master lives on", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf());
    expect((await nx(rig.clientEnv, ["list"])).stdout).toContain("alpha-agent"); // alpha's master is up
    writeFleet(rig.clientEnv, "home", [{ name: "home" }, { name: "alpha", ssh: rig.hosts.beta!.alias }]);
    const r = await nx(rig.clientEnv, ["list", "--json"]);
    const alpha = JSON.parse(r.stdout).hosts.find((h: { name: string }) => h.name === "alpha");
    expect(alpha.sessions.map((s: { name: string }) => s.name)).toEqual(["beta-agent", "beta-logs"]);
  });

  it("exits 5 when no host answers", async () => {
    writeFleet(rig.clientEnv, "home", [{ name: "home" }, { name: "refused", ssh: rig.aliases.refused }]);
    const r = await nx(rig.clientEnv, ["list", "refused"]);
    expect(r.code).toBe(5);
  });
});

describe("nx hosts", () => {
  it("probes each host: up with tmux version and sessions, or down with its reason", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf(rig.aliases.refused, rig.aliases.notmux));
    const r = await nx(rig.clientEnv, ["hosts", "--json"]);
    expect(r.code).toBe(6);
    const by = Object.fromEntries(JSON.parse(r.stdout).hosts.map((h: { name: string }) => [h.name, h]));
    expect(by.alpha).toMatchObject({ ok: true, local: false, sessions: 2, nexus: false });
    expect(by.alpha.tmux).toMatch(/^3\.\d/);
    expect(by.home).toMatchObject({ ok: true, local: true, sessions: 1 });
    expect(by.refused.error.reason).toBe("refused");
    expect(by.notmux.error.reason).toBe("no-tmux");
  });
});

describe("nx list's fan-out", () => {
  it("falls back to one process a host where it has no temp dir to write to", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf());
    const r = await nx({ ...rig.clientEnv, TMPDIR: join(rig.dir, "no-such-dir") }, ["list", "--json"]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.hosts.map((h: { ok: boolean }) => h.ok)).toEqual([true, true, true, true]);
  });
});

describe("the picker's node half (nx pick-agent)", () => {
  it("ends as soon as it has acted, though fzf went before the live rows it was writing", async () => {
    // Nobody ever opens the live fifo (fzf ended first): a write that blocks in node's thread pool
    // held node's exit, and with it the popup, open and blank, after the switch.
    writeFleet(rig.clientEnv, "home", fleetOf());
    const dir = mkdtempSync(join(tmpdir(), "nx-agent-"));
    const fifo = join(dir, "live");
    execFileSync("mkfifo", [fifo]);
    const agent = execa("node", [BUNDLE, "pick-agent", "--live", fifo], {
      env: rig.clientEnv,
      extendEnv: false,
      reject: false,
      timeout: 10_000,
    });
    try {
      // The live rows are ready (and their write waiting) well before fzf's answer comes.
      await new Promise((r) => setTimeout(r, 1500));
      const t0 = performance.now();
      agent.stdin?.end("\nexit 130\n");
      const r = await agent;
      expect(r.exitCode).toBe(0);
      expect(performance.now() - t0).toBeLessThan(5000);
    } finally {
      agent.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes the meta for the next picker though fzf answered before a hung host's deadline", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf("hung"));
    const dir = mkdtempSync(join(tmpdir(), "nx-agent-"));
    const fifo = join(dir, "live");
    execFileSync("mkfifo", [fifo]);
    const meta = join(rig.clientEnv.XDG_STATE_HOME!, "nexus", "picker", "agentsock.meta");
    rmSync(meta, { force: true });
    const env = { ...rig.clientEnv, TMUX: join(dir, "agentsock,1,0") };
    const agent = execa(
      "node",
      [BUNDLE, "pick-agent", "--live", fifo, "--config-option=", "--self-option="],
      {
        env,
        extendEnv: false,
        reject: false,
        timeout: 10_000,
      },
    );
    try {
      agent.stdin?.end("\nexit 130\n"); // Esc at once: the live listing still waits on hung
      expect((await agent).exitCode).toBe(0);
      expect(readFileSync(meta, "utf8")).toMatch(/^nexus-picker\t2\nkey\t/);
    } finally {
      agent.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes the fleet from the options picker.sh read, without asking tmux; an offline host is a row", async () => {
    writeFleet(rig.clientEnv, "home", fleetOf());
    const dir = mkdtempSync(join(tmpdir(), "nx-agent-"));
    const fifo = join(dir, "live");
    execFileSync("mkfifo", [fifo]);
    // Another fleet than the default one; and a $TMUX whose server does not exist, so asking tmux
    // for @nexus-config would find nothing, and the default fleet would be listed.
    const other = join(dir, "other fleet.yaml");
    writeFileSync(
      other,
      JSON.stringify({ self: "solo", hosts: [{ name: "solo" }, { name: "gone", ssh: rig.aliases.refused }] }),
    );
    const env = { ...rig.clientEnv, TMUX: join(dir, "no-server,1,0") };
    const agent = execa(
      "node",
      [BUNDLE, "pick-agent", "--live", fifo, `--config-option=${other}`, "--self-option=solo"],
      { env, extendEnv: false, reject: false, timeout: 10_000 },
    );
    try {
      const live = await execa("cat", [fifo], { timeout: 8000 });
      agent.stdin?.end("\nexit 130\n");
      expect((await agent).exitCode).toBe(0);
      const lines = live.stdout.replace(/\x1b\[[0-9;]*m/g, "").split("\n");
      expect(lines[0]).toBe("rows");
      // That fleet's hosts only: solo's sessions (this machine's server, if it runs), then gone's row.
      const keys = lines.slice(1).map((l) => l.split("\t")[0]);
      expect(keys.at(-1)).toBe("gone:");
      for (const k of keys.slice(0, -1)) expect(k).toMatch(/^solo:\$\d+$/);
      expect(lines.at(-1)).toMatch(/^gone:\tgone {7}offline: connection refused$/);
    } finally {
      agent.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
