// nx broadcast and nx doctor on a real sshd rig.
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nx, until, writeFleet } from "../helpers/nx.js";
import { type Rig, startRig } from "../rig/index.js";

let rig: Rig;
const run = (args: string[], env = rig.clientEnv) => nx(env, args);

beforeAll(async () => {
  rig = await startRig({ hosts: ["alpha", "beta"] });
  writeFleet(rig.clientEnv, "home", [
    { name: "home" },
    { name: "alpha", ssh: rig.hosts.alpha!.alias },
    { name: "beta", ssh: rig.hosts.beta!.alias },
    { name: "down", ssh: rig.aliases.refused },
  ]);
});
afterAll(async () => rig?.stop());

describe("nx broadcast", () => {
  const out = (h: string) => join(rig.dir, `bc-${h}.txt`);
  beforeAll(async () => {
    for (const h of ["alpha", "beta"]) {
      const r = await run(["new", h, "agent-1", "sh", "-c", `stty -echo; cat > '${out(h)}'`]);
      expect(r.code).toBe(0);
    }
    await run(["new", "beta", "other", "sleep", "600"]);
  });

  it("refuses without --yes when not on a terminal, and sends nothing", async () => {
    const r = await run(["broadcast", "agent", "never sent"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pass --yes/);
    expect(r.stderr).toMatch(/alpha: agent-1/);
    // Then a probe through the same pane: had the refused text been sent, it would arrive first.
    for (const h of ["alpha", "beta"]) expect((await run(["send", `${h}:agent-1`, "probe"])).code).toBe(0);
    for (const h of ["alpha", "beta"])
      await until(
        `the probe on ${h}`,
        () => (existsSync(out(h)) && readFileSync(out(h), "utf8") === "probe\n") || undefined,
      );
  });

  it("--dry-run shows the targets grouped by host and sends nothing", async () => {
    const r = await run(["broadcast", "--dry-run", "agent", "dry"]);
    expect(r.code).toBe(6); // the down host was not reached
    expect(r.stderr).toMatch(/^alpha: agent-1 \(\$\d+\)$/m);
    expect(r.stderr).toMatch(/^beta: agent-1 \(\$\d+\)$/m);
    expect(r.stderr).toMatch(/^down: not reached: connection refused$/m);
  });

  it("delivers exactly once to each match on two hosts, reports the down host, exits 6", async () => {
    const r = await run(["broadcast", "--yes", "agent", "run the tests;", "now"]);
    expect(r.code).toBe(6);
    expect(r.stdout).toMatch(/^sent alpha:agent-1/m);
    expect(r.stdout).toMatch(/^sent beta:agent-1/m);
    expect(r.stdout).not.toMatch(/other/);
    for (const h of ["alpha", "beta"])
      await until(
        `text on ${h}`,
        () => readFileSync(out(h), "utf8") === "probe\nrun the tests; now\n" || undefined,
      );
  });

  it("--cmd filters on the running command", async () => {
    const r = await run(["broadcast", "--dry-run", "--cmd", "sleep", "beta:", "x"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^beta: other/m);
    expect(r.stderr).not.toMatch(/agent-1/);
  });
});

describe("nx doctor", () => {
  it("names fzf missing and a host with an unknown key, each with its fix, and fails", async () => {
    // A PATH with what nexus uses but fzf.
    const bin = join(rig.dir, "nofzf-bin");
    mkdirSync(bin, { recursive: true });
    for (const t of [
      "sh",
      "tmux",
      "ssh",
      "wc",
      "ls",
      "cat",
      "id",
      "sed",
      "head",
      "tail",
      "date",
      "mkdir",
      "grep",
      "mv",
      "rm",
      "printf",
    ])
      symlinkSync(`/usr/bin/${t}`, join(bin, t));
    symlinkSync(process.execPath, join(bin, "node"));
    const env = { ...rig.clientEnv, PATH: bin };
    writeFleet(env, "home", [
      { name: "home" },
      { name: "alpha", ssh: rig.hosts.alpha!.alias },
      { name: "badkey", ssh: rig.aliases.badkey },
    ]);
    const r = await run(["doctor"], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL fzf: not found\n\s+fix: install fzf 0\.38 or newer/m);
    expect(r.stdout).toMatch(/^FAIL host badkey: host key not known or changed\n\s+fix: .*ssh badkey/m);
    expect(r.stdout).toMatch(/^ok +host alpha: reachable in \d+ ms, tmux 3\.\d/m);
    expect(r.stdout).toMatch(/^ok +tmux: 3\.\d/m);
    const j = JSON.parse((await run(["doctor", "--json"], env)).stdout);
    expect(j.checks.find((c: { what: string }) => c.what === "fzf")).toMatchObject({
      ok: false,
      detail: "not found",
    });
  });

  it("counts the plugin's key bindings in the running tmux server", async () => {
    const plugin = join(import.meta.dirname, "../../nexus.tmux");
    const tmux = (...a: string[]) =>
      execa("tmux", ["-L", "default", "-f", "/dev/null", ...a], { env: rig.clientEnv, extendEnv: false });
    await tmux("new-session", "-d", "-s", "doctor");
    try {
      expect((await run(["doctor"])).stdout).toMatch(
        /^warn plugin: the running tmux server has no nexus bindings/m,
      );
      await tmux("run-shell", `'${plugin.replaceAll("'", "'\\''").replaceAll("#", "##")}'`);
      expect((await run(["doctor"])).stdout).toMatch(
        /^ok +plugin: 3 key bindings in the running tmux server/m,
      );
    } finally {
      await tmux("kill-server").catch(() => {});
    }
  });

  it("reports a broken fleet file with its line, and still checks the tools", async () => {
    const env = { ...rig.clientEnv, NEXUS_CONFIG: join(rig.dir, "broken.yaml") };
    const { writeFileSync } = await import("node:fs");
    writeFileSync(env.NEXUS_CONFIG as string, "hosts:\n  - name: ok\n    colr: red\n");
    const r = await run(["doctor"], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL fleet: .*broken\.yaml:3: hosts\[0\]\.colr: unknown key/m);
    expect(r.stdout).toMatch(/^ok +tmux/m);
  });
});
