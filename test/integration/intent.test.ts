// The hop loop's remote take (DESIGN §4): one round trip over real ssh to a rig host claims this
// loop's intent from that host's runtime dir and lists its sessions. Checked against the script the
// loop runs (TAKE), parsed the way the loop parses it.
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SshHost } from "../../src/exec/ssh.js";
import { checkIntent, intentFile, makeIntent, newHopId } from "../../src/handoff/intent.js";
import type { Fleet } from "../../src/model/host.js";
import { type Rig, startRig } from "../rig/index.js";

let rig: Rig;
let host: SshHost;
let runDir: string;
let take: (hop: string) => Promise<Taken>;

interface Taken {
  now: number;
  intent?: string;
  bad?: string;
  rows: string;
  code: number;
}

const FLEET = (): Fleet => ({
  file: "",
  self: "home",
  hosts: [
    { name: "home", enabled: true },
    { name: "alpha", ssh: rig.hosts.alpha!.alias, enabled: true },
  ],
  timeouts: { connectMs: 2000, listMs: 1500 },
});

beforeAll(async () => {
  rig = await startRig({ hosts: ["alpha"] });
  const { SshHost } = await import("../../src/exec/ssh.js");
  const { script, TAKE } = await import("../../src/exec/scripts.js");
  const { SESSION_FORMAT } = await import("../../src/tmux/fields.js");
  host = new SshHost(
    { name: "alpha", ssh: rig.hosts.alpha!.alias, enabled: true },
    {
      connectMs: 2000,
      configFile: rig.sshConfig,
      controlPath: join(rig.dir, "cm-i-%C"),
      prepare() {},
    },
  );
  // The rig gives each simulated host XDG_RUNTIME_DIR=<dir>/run; nexus's dir is under it.
  runDir = join(rig.hosts.alpha!.dir, "run", "nexus");
  take = async (hop) => {
    const r = await host.exec(script(TAKE, [hop, "default", SESSION_FORMAT]), { deadlineMs: 5000 });
    // Split as the loop does (handoff/loop.ts take()).
    const [head = "", rows = ""] = r.stdout.split("\nROWS\n");
    const intent = /^INTENT (.*)$/m.exec(head)?.[1];
    const bad = /^BAD (.*)$/m.exec(head)?.[1];
    return {
      code: r.code,
      now: Number(/^NOW (\d+)/m.exec(head)?.[1]),
      rows,
      ...(intent === undefined ? {} : { intent }),
      ...(bad === undefined ? {} : { bad }),
    };
  };
  await rig.tmux("alpha", ["new-session", "-d", "-s", "one", "sleep 600"]);
  await rig.tmux("alpha", ["new-session", "-d", "-s", "two words", "sleep 600"]);
});
afterAll(async () => rig?.stop());

beforeEach(() => {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true, mode: 0o700 });
  chmodSync(runDir, 0o700);
});

const plant = (hop: string, id = "$0") => {
  const i = makeIntent(hop, { host: "alpha", id, name: "one" });
  writeFileSync(intentFile(runDir, hop), JSON.stringify(i), { mode: 0o600 });
  return i;
};

describe("TAKE over ssh", () => {
  it("returns a valid intent once and deletes it; the loop's checks accept it", async () => {
    const hop = newHopId();
    const planted = plant(hop);
    const t = await take(hop);
    expect(t.code).toBe(0);
    expect(t.bad).toBeUndefined();
    expect(JSON.parse(t.intent as string)).toEqual(planted);
    expect(Math.abs(t.now - Date.now() / 1000)).toBeLessThan(5);
    expect(checkIntent(t.intent as string, hop, t.now, FLEET())).toEqual({ ok: true, intent: planted });
    expect(readdirSync(runDir)).toEqual([]);

    const again = await take(hop);
    expect(again.intent).toBeUndefined();
    expect(again.bad).toBeUndefined();
  });

  it("leaves an intent for another hop id alone", async () => {
    const mine = newHopId();
    const other = newHopId();
    plant(other);
    const t = await take(mine);
    expect(t.intent).toBeUndefined();
    expect(t.bad).toBeUndefined();
    expect(readdirSync(runDir)).toEqual([`intent-${other}.json`]);
  });

  it("takes nothing when the runtime dir does not exist", async () => {
    rmSync(runDir, { recursive: true, force: true });
    const t = await take(newHopId());
    expect(t).toMatchObject({ code: 0 });
    expect(t.intent).toBeUndefined();
    expect(t.bad).toBeUndefined();
    expect(t.rows).toMatch(/\tone\n/);
  });

  it("reports a symlink intent BAD, never follows it, and removes the link", async () => {
    const hop = newHopId();
    // The link points at a valid intent elsewhere: following it would hand the loop a target.
    const elsewhere = join(rig.hosts.alpha!.dir, "elsewhere.json");
    writeFileSync(elsewhere, JSON.stringify(makeIntent(hop, { host: "alpha", id: "$0", name: "one" })));
    symlinkSync(elsewhere, intentFile(runDir, hop));
    const t = await take(hop);
    expect(t.intent).toBeUndefined();
    expect(t.bad).toMatch(/not a regular file/);
    expect(readdirSync(runDir)).toEqual([]);
    expect(existsSync(elsewhere)).toBe(true);
  });

  it("reports a runtime dir open to others (0755) BAD and does not use its intent", async () => {
    const hop = newHopId();
    plant(hop);
    chmodSync(runDir, 0o755);
    const t = await take(hop);
    expect(t.intent).toBeUndefined();
    expect(t.bad).toMatch(/not private/);
    expect(t.bad).toContain(runDir);
    // Not left behind for a later take either.
    expect(readdirSync(runDir)).toEqual([]);
  });

  it("reports a runtime dir that is a symlink BAD", async () => {
    const hop = newHopId();
    const real = join(rig.hosts.alpha!.dir, "run", "real-nexus");
    rmSync(runDir, { recursive: true, force: true });
    rmSync(real, { recursive: true, force: true });
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, runDir);
    try {
      writeFileSync(
        join(real, `intent-${hop}.json`),
        JSON.stringify(makeIntent(hop, { host: "alpha", id: "$0", name: "one" })),
      );
      const t = await take(hop);
      expect(t.intent).toBeUndefined();
      expect(t.bad).toMatch(/not owned by you/);
    } finally {
      rmSync(runDir, { force: true });
      rmSync(real, { recursive: true, force: true });
    }
  });

  it("lists that host's sessions after ROWS, in the one field format", async () => {
    const { parseSessions } = await import("../../src/tmux/fields.js");
    const t = await take(newHopId());
    const parsed = parseSessions("alpha", t.rows);
    expect(parsed.dropped).toBe(0);
    const want = (await rig.tmux("alpha", ["list-sessions", "-F", "#{session_id} #{session_name}"]))
      .trim()
      .split("\n");
    expect(parsed.sessions.map((s) => `${s.id} ${s.name}`)).toEqual(want);
    expect(parsed.sessions.map((s) => s.name)).toEqual(["one", "two words"]);
    for (const s of parsed.sessions) expect(s).toMatchObject({ host: "alpha", windows: 1, dead: false });
  });

  it("two hop ids taking at once each get only their own intent", async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [newHopId(), newHopId()];
      const [ia, ib] = [plant(a, "$0"), plant(b, "$1")];
      const [ta, tb] = await Promise.all([take(a), take(b)]);
      expect(JSON.parse(ta.intent as string)).toEqual(ia);
      expect(JSON.parse(tb.intent as string)).toEqual(ib);
      expect(readdirSync(runDir)).toEqual([]);
    }
  });

  it("two takes racing for the same intent: exactly one gets it", async () => {
    for (let round = 0; round < 5; round++) {
      const hop = newHopId();
      plant(hop);
      const got = (await Promise.all([take(hop), take(hop)])).filter((t) => t.intent !== undefined);
      expect(got).toHaveLength(1);
      expect(readdirSync(runDir)).toEqual([]);
    }
  });
});

describe("the push of rows into a peer's cache", () => {
  it("writes newer rows, never replaces fresher ones, and skips hostile host names", async () => {
    const { PUSH, script } = await import("../../src/exec/scripts.js");
    const { readFileSync } = await import("node:fs");
    const peers = join(rig.hosts.alpha!.home, ".local/state/nexus/peers");
    const row = (at: number, name: string) =>
      JSON.stringify({ v: 1, host: "beta", at, sessions: [{ host: "beta", id: "$1", name }], pushed: true });
    const push = (lines: string[]) =>
      host.exec(script(PUSH, [""]), { stdin: `${lines.join("\n")}\n`, deadlineMs: 5000 });
    const beta = () => JSON.parse(readFileSync(join(peers, "beta.json"), "utf8")).sessions[0].name;

    expect((await push([`beta 2000 ${row(2000, "first")}`])).code).toBe(0);
    expect(beta()).toBe("first");
    await push([`beta 1000 ${row(1000, "older")}`]); // the peer's file is fresher: kept
    expect(beta()).toBe("first");
    await push([`beta 3000 ${row(3000, "newer")}`, `../evil 3000 ${row(3000, "x")}`, `.hidden 3000 {}`]);
    expect(beta()).toBe("newer");
    expect(existsSync(join(peers, "..", "evil.json"))).toBe(false);
    expect(readdirSync(peers).sort()).toEqual(["beta.json"]);
  });
});
