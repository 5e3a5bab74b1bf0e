// nx list / hosts over a real sshd rig: every host in parallel, each under its own deadline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nx, writeFleet } from "../helpers/nx.js";
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
