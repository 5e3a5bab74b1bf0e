// The pure parts of crossing hosts (DESIGN §4): the plan, the current host, intent checks, intent
// files on a temp dir, tty markers, and the ring.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ATTACH, ENCODE_TTY } from "../../src/exec/scripts.js";
import {
  checkIntent,
  claimLocal,
  HOP_RE,
  intentFile,
  makeIntent,
  newHopId,
  writeIntent,
} from "../../src/handoff/intent.js";
import { later, PUSH_AFTER_MS } from "../../src/handoff/loop.js";
import { encodeTty, markerFile, readMarker } from "../../src/handoff/marker.js";
import { currentHost, plan } from "../../src/handoff/plan.js";
import { type RingHost, step } from "../../src/handoff/ring.js";
import type { Fleet, HostSpec } from "../../src/model/host.js";
import { session } from "../helpers/fixtures.js";

const fleetOf = (self: string, hosts: Partial<HostSpec>[]): Fleet => ({
  file: "",
  self,
  hosts: hosts.map((h) => ({ name: "?", enabled: true, ...h })),
  timeouts: { connectMs: 2000, listMs: 1500 },
});

// A laptop (default server), a scratch socket on it, a dev server, a GPU box on a named socket, and
// a disabled host.
const FLEET = fleetOf("laptop", [
  { name: "laptop", ssh: "laptop" },
  { name: "scratch", socket: "scratch" },
  { name: "devbox", ssh: "devbox" },
  { name: "gpu", ssh: "gpu-rig", socket: "nexus" },
  { name: "old", ssh: "old", enabled: false },
]);

describe("plan", () => {
  const at = (current: string | undefined, client: string | undefined) => ({ fleet: FLEET, current, client });
  it.each([
    ["target on the client's server", at("laptop", "/dev/pts/3"), "laptop", "switch"],
    [
      "target on the client's server (a named local socket)",
      at("scratch", "/dev/pts/3"),
      "scratch",
      "switch",
    ],
    ["target on another local socket", at("laptop", "/dev/pts/3"), "scratch", "handoff"],
    ["back from another local socket", at("scratch", "/dev/pts/3"), "laptop", "handoff"],
    ["target on a remote host", at("laptop", "/dev/pts/3"), "devbox", "handoff"],
    ["target on a remote named socket", at("laptop", "/dev/pts/3"), "gpu", "handoff"],
    ["not under tmux, target remote", at(undefined, undefined), "devbox", "handoff"],
    ["not under tmux, target on this machine", at(undefined, undefined), "laptop", "handoff"],
  ])("%s", (_what, where, host, kind) => {
    const p = plan(where, { host, id: "$7" });
    expect(p).toEqual({ kind, host, id: "$7", client: where.client });
  });
});

describe("currentHost", () => {
  const withSelfSocket = fleetOf("gpu", [
    { name: "laptop", ssh: "laptop" },
    { name: "gpu", ssh: "gpu-rig", socket: "nexus" },
    { name: "side", socket: "side" },
  ]);
  it.each([
    ["the default socket is the host without a socket", FLEET, "default", "laptop"],
    ["a named local socket", FLEET, "scratch", "scratch"],
    ["a remote host's socket name is not this machine", FLEET, "nexus", undefined],
    ["an unknown socket", FLEET, "elsewhere", undefined],
    ["not under tmux", FLEET, undefined, undefined],
    ["self with a socket", withSelfSocket, "nexus", "gpu"],
    ["self with a socket: the default server is no fleet host", withSelfSocket, "default", undefined],
    ["self with a socket: another local socket", withSelfSocket, "side", "side"],
  ])("%s", (_what, fleet, socket, host) => {
    expect(currentHost(fleet, socket)).toBe(host);
  });
});

describe("checkIntent", () => {
  const HOP = "0123456789abcdef";
  const NOW = 1_700_000_000;
  const good = () => makeIntent(HOP, { host: "devbox", id: "$3", name: "api" }, NOW);
  const json = (patch: Record<string, unknown>) => JSON.stringify({ ...good(), ...patch });
  const target = (patch: Record<string, unknown>) => json({ target: { ...good().target, ...patch } });

  it("accepts a fresh intent for this loop", () => {
    const i = good();
    expect(checkIntent(JSON.stringify(i), HOP, NOW + 1, FLEET)).toEqual({ ok: true, intent: i });
  });
  it.each([
    ["exactly 30 s old", NOW + 30],
    ["from the future within the clock tolerance", NOW - 4],
  ])("accepts an intent %s", (_what, now) => {
    expect(checkIntent(JSON.stringify(good()), HOP, now, FLEET).ok).toBe(true);
  });
  it.each([
    ["malformed JSON", '{"v":1,', /not JSON/],
    ["empty", "", /not JSON/],
    ["a number", "42", /not an object/],
    ["a string", '"attach"', /not an object/],
    ["null", "null", /not an object/],
    ["an array", "[1]", /version/],
    ["wrong version", json({ v: 2 }), /version 2, expected 1/],
    ["version as a string", json({ v: "1" }), /version "1"/],
    ["no version", json({ v: undefined }), /version/],
    ["another hop id", json({ hop: "fedcba9876543210" }), /another hop/],
    ["no hop id", json({ hop: undefined }), /another hop/],
    ["an unknown action", json({ action: "kill" }), /unknown action "kill"/],
    ["stale (31 s)", json({ createdAt: NOW - 31 }), /stale \(31 s old\)/],
    ["stale (a day)", json({ createdAt: NOW - 86_400 }), /stale/],
    ["from the future beyond tolerance", json({ createdAt: NOW + 60 }), /stale \(-60 s old\)/],
    ["no createdAt", json({ createdAt: undefined }), /stale/],
    ["createdAt not a number", json({ createdAt: "soon" }), /stale/],
    ["missing target", json({ target: undefined }), /no target/],
    ["target not an object", json({ target: "devbox:$3" }), /no target/],
    ["target without a name", target({ name: undefined }), /no target/],
    ["target id not a string", target({ id: 3 }), /no target/],
    ["unknown host", target({ host: "nowhere" }), /host "nowhere" is not in the fleet/],
    ["disabled host", target({ host: "old" }), /host "old" is not in the fleet/],
    ["id 1", target({ id: "1" }), /bad session id "1"/],
    ["id $x", target({ id: "$x" }), /bad session id/],
    ["id %1", target({ id: "%1" }), /bad session id/],
    ["id $", target({ id: "$" }), /bad session id/],
    ["id $1;", target({ id: "$1;" }), /bad session id/],
    ["id with a newline", target({ id: "$1\n" }), /bad session id/],
    ["id a name", target({ id: "api" }), /bad session id/],
  ])("refuses %s", (_what, raw, reason) => {
    const c = checkIntent(raw, HOP, NOW, FLEET);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toMatch(reason);
  });
});

describe("intent files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "nx-handoff-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const HOP = "00000000deadbeef";
  const target = { host: "devbox", id: "$1", name: "api" };

  it("hop ids are 16 hex digits, fresh each time", () => {
    const ids = new Set(Array.from({ length: 50 }, newHopId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(HOP_RE);
    for (const bad of ["0123456789abcde", "0123456789abcdef0", "0123456789ABCDEF", "../../../etc/x", ""])
      expect(HOP_RE.test(bad)).toBe(false);
  });

  it("writeIntent creates a 0600 file by rename, leaving no temp file", () => {
    const i = makeIntent(HOP, target);
    writeIntent(dir, i);
    const file = intentFile(dir, HOP);
    expect(readdirSync(dir)).toEqual([`intent-${HOP}.json`]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(i);
  });

  it("writeIntent replaces an older intent atomically: a reader of the old file sees it whole", () => {
    const old = makeIntent(HOP, { host: "devbox", id: "$1", name: "old" });
    writeIntent(dir, old);
    const file = intentFile(dir, HOP);
    const fd = openSync(file, "r");
    const inode = statSync(file).ino;
    const next = makeIntent(HOP, { host: "gpu", id: "$2", name: "new" });
    writeIntent(dir, next);
    // A new inode (renamed over), not the old file truncated and rewritten in place.
    expect(statSync(file).ino).not.toBe(inode);
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    expect(JSON.parse(buf.subarray(0, n).toString("utf8"))).toEqual(old);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(next);
    expect(readdirSync(dir)).toEqual([`intent-${HOP}.json`]);
  });

  it("writeIntent never writes through a symlink planted at the intent's name", () => {
    const victim = join(dir, "victim");
    writeFileSync(victim, "precious\n");
    symlinkSync(victim, intentFile(dir, HOP));
    writeIntent(dir, makeIntent(HOP, target));
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
    expect(lstatSync(intentFile(dir, HOP)).isFile()).toBe(true);
  });

  it("claimLocal claims a regular file, returns its text and deletes it", () => {
    const i = makeIntent(HOP, target);
    writeIntent(dir, i);
    const r = claimLocal(dir, HOP);
    expect(r.reason).toBeUndefined();
    expect(JSON.parse(r.raw as string)).toEqual(i);
    expect(readdirSync(dir)).toEqual([]);
    // Claimed once: a second claim finds nothing.
    expect(claimLocal(dir, HOP)).toEqual({});
  });

  it("claimLocal returns nothing when there is no intent, and leaves other loops' intents alone", () => {
    expect(claimLocal(dir, HOP)).toEqual({});
    writeIntent(dir, makeIntent("1111111111111111", target));
    expect(claimLocal(dir, HOP)).toEqual({});
    expect(readdirSync(dir)).toEqual(["intent-1111111111111111.json"]);
  });

  it("claimLocal refuses a symlink, deletes the claimed link, and never returns what it points to", () => {
    const secret = join(dir, "secret");
    writeFileSync(secret, JSON.stringify(makeIntent(HOP, target)));
    symlinkSync(secret, intentFile(dir, HOP));
    const r = claimLocal(dir, HOP);
    expect(r.raw).toBeUndefined();
    expect(r.reason).toMatch(/not a regular file/);
    // The link is gone, the file it pointed to is intact.
    expect(readdirSync(dir)).toEqual(["secret"]);
    expect(JSON.parse(readFileSync(secret, "utf8")).hop).toBe(HOP);
  });

  it("claimLocal refuses a dangling symlink", () => {
    symlinkSync(join(dir, "nowhere"), intentFile(dir, HOP));
    const r = claimLocal(dir, HOP);
    expect(r.raw).toBeUndefined();
    expect(r.reason).toMatch(/not a regular file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("claimLocal refuses a directory at the intent's name without throwing", () => {
    mkdirSync(intentFile(dir, HOP));
    let r: ReturnType<typeof claimLocal> | undefined;
    expect(() => {
      r = claimLocal(dir, HOP);
    }).not.toThrow();
    expect(r?.raw).toBeUndefined();
    expect(r?.reason).toMatch(/not a regular file/);
  });
});

describe("tty markers", () => {
  const TTYS = [
    "/dev/pts/1",
    "%2Fdev%2Fpts%2F1",
    "/dev/pts%2F1",
    "%2Fdev/pts/1",
    "%252F",
    "%2F",
    "/",
    "%",
    "%25",
    "/dev/ttys001",
    "",
  ];
  const decode = (s: string) => s.replaceAll("%2F", "/").replaceAll("%25", "%");

  it("encodeTty is injective and leaves no / in a file name", () => {
    const encoded = TTYS.map(encodeTty);
    expect(new Set(encoded).size).toBe(TTYS.length);
    for (const [i, e] of encoded.entries()) {
      expect(e).not.toContain("/");
      expect(decode(e)).toBe(TTYS[i]);
    }
    expect(encodeTty("/dev/pts/1")).toBe("%2Fdev%2Fpts%2F1");
    expect(encodeTty("%2Fdev%2Fpts%2F1")).toBe("%252Fdev%252Fpts%252F1");
  });

  it("the attach snippet encodes exactly as encodeTty", () => {
    expect(ATTACH).toContain(ENCODE_TTY);
    for (const tty of [...TTYS, "/dev/pts/*", "a b", "x\\y"]) {
      const script = `t=$1; ${ENCODE_TTY}; printf %s "$f"`;
      const out = execFileSync("sh", ["-c", script, "sh", tty], { encoding: "utf8" });
      expect(out).toBe(encodeTty(tty));
    }
  });

  describe("readMarker", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "nx-marker-"));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const TTY = "/dev/pts/4";
    const HOP = "0123456789abcdef";

    it.each([
      ["the snippet's own line", `${HOP} 4242\n`, 4242, HOP],
      ["without a newline", `${HOP} 4242`, 4242, HOP],
      ["another pid (a loop that died)", `${HOP} 4241\n`, 4242, undefined],
      ["no pid", `${HOP}\n`, 4242, undefined],
      ["an empty pid against a NaN client pid", `${HOP} \n`, Number.NaN, undefined],
      ["a pid that is not a number", `${HOP} 42x\n`, 4242, undefined],
      ["a short hop id", "0123456789abcde 4242\n", 4242, undefined],
      ["a long hop id", `${HOP}0 4242\n`, 4242, undefined],
      ["an upper-case hop id", `${HOP.toUpperCase()} 4242\n`, 4242, undefined],
      ["a path as hop id", "../../etc/passw 4242\n", 4242, undefined],
      ["empty", "", 4242, undefined],
    ])("%s", (_what, text, pid, hop) => {
      writeFileSync(markerFile(dir, TTY), text);
      expect(readMarker(dir, TTY, pid)).toBe(hop);
    });

    it("no marker for that tty: no loop", () => {
      writeFileSync(markerFile(dir, "/dev/pts/5"), `${HOP} 4242\n`);
      expect(readMarker(dir, TTY, 4242)).toBeUndefined();
      expect(existsSync(markerFile(dir, TTY))).toBe(false);
    });
  });
});

describe("the ring", () => {
  const S = (host: string, id: string) => session(host, id);
  const up = (host: string, ...ids: string[]): RingHost => ({ host, sessions: ids.map((i) => S(host, i)) });
  const down = (host: string, reason?: string): RingHost =>
    reason === undefined ? { host, sessions: undefined } : { host, sessions: undefined, reason };

  const A_B = [up("a", "$1", "$2", "$3"), up("b", "$0", "$4")];
  const WITH_DOWN = [up("a", "$1", "$2"), down("x", "connection refused"), up("b", "$0"), down("y")];
  const WITH_EMPTY = [up("a", "$1"), up("e"), up("b", "$5")];

  it.each([
    ["next inside a host", A_B, "a:$1", 1, "a:$2", []],
    ["prev inside a host", A_B, "a:$3", -1, "a:$2", []],
    ["next across the edge to the next host", A_B, "a:$3", 1, "b:$0", []],
    ["prev across the edge to the previous host", A_B, "b:$0", -1, "a:$3", []],
    ["next wraps around", A_B, "b:$4", 1, "a:$1", []],
    ["prev wraps around", A_B, "a:$1", -1, "b:$4", []],
    ["next skips an unreachable host and names it", WITH_DOWN, "a:$2", 1, "b:$0", ["x (connection refused)"]],
    [
      "prev skips an unreachable host and names it",
      WITH_DOWN,
      "b:$0",
      -1,
      "a:$2",
      ["x (connection refused)"],
    ],
    ["next wraps past an unreachable last host", WITH_DOWN, "b:$0", 1, "a:$1", ["y (unreachable)"]],
    ["prev wraps past an unreachable last host", WITH_DOWN, "a:$1", -1, "b:$0", ["y (unreachable)"]],
    ["an unreachable host not passed over is not named", WITH_DOWN, "a:$1", 1, "a:$2", []],
    ["empty hosts are skipped silently", WITH_EMPTY, "a:$1", 1, "b:$5", []],
    ["empty hosts are skipped silently (prev)", WITH_EMPTY, "b:$5", -1, "a:$1", []],
    ["an unknown current session: next starts at the first", A_B, "a:$99", 1, "a:$1", []],
    ["an unknown current session: prev starts at the last", A_B, "b:$99", -1, "b:$4", []],
    ["a host with one session: next wraps to itself", [up("a", "$1")], "a:$1", 1, "a:$1", []],
  ] as const)("%s", (_what, ring, from, dir, to, skipped) => {
    const [host, id] = from.split(":") as [string, string];
    const s = step(ring, { host, id }, dir);
    expect(s.target && `${s.target.host}:${s.target.id}`).toBe(to);
    expect(s.skipped).toEqual(skipped);
  });

  it("a lap back to the same host passes over the unreachable hosts, and names them", () => {
    // a:$2 → (x is down) → a:$1: x was passed over, so the user is told why the ring skipped it.
    const s = step([up("a", "$1", "$2"), down("x", "no answer within 3500 ms")], { host: "a", id: "$2" }, 1);
    expect(s.target?.id).toBe("$1");
    expect(s.skipped).toEqual(["x (no answer within 3500 ms)"]);
  });

  it("all unreachable: no target, every host named", () => {
    const s = step([down("x", "connection refused"), down("y")], { host: "a", id: "$1" }, 1);
    expect(s).toEqual({ target: undefined, skipped: ["x (connection refused)", "y (unreachable)"] });
  });

  it("no sessions anywhere (all reachable, all empty): no target, nothing named", () => {
    expect(step([up("a"), up("b")], { host: "a", id: "$1" }, -1)).toEqual({ target: undefined, skipped: [] });
  });
});

describe("the push waits for the attach (loop.ts later)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts only once the attach has had PUSH_AFTER_MS to reach the screen", async () => {
    const push = vi.fn(async () => {});
    const pushing = later(PUSH_AFTER_MS, push);
    vi.advanceTimersByTime(PUSH_AFTER_MS - 1);
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(push).toHaveBeenCalledTimes(1);
    await pushing.now(); // the attach ended later: the push is not run again
    expect(push).toHaveBeenCalledTimes(1);
  });

  it("an attach that ends sooner pushes at once, and waits for it", async () => {
    let done = false;
    const push = vi.fn(async () => {
      await Promise.resolve();
      done = true;
    });
    const pushing = later(PUSH_AFTER_MS, push);
    await pushing.now();
    expect(push).toHaveBeenCalledTimes(1);
    expect(done).toBe(true);
    vi.advanceTimersByTime(PUSH_AFTER_MS);
    expect(push).toHaveBeenCalledTimes(1);
  });
});
