// Crossing hosts when things go wrong, as a person would see it: an outer tmux plays the terminal;
// home is this machine (unreachable from the peers, like a laptop behind NAT), alpha and beta are
// real sshd rig hosts with the plugin loaded, and between them in the ring lie a host that refuses
// connections ("down") and one whose sshd can be frozen ("frozen").
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { intentFile, makeIntent } from "../../src/handoff/intent.js";
import { readMarker } from "../../src/handoff/marker.js";
import { BUNDLE, until } from "../helpers/nx.js";
import { stopAllTerminals, Terminal } from "../helpers/term.js";
import { buildWorld, choose, homeTmux, marked } from "../helpers/world.js";
import { type Rig, startRig } from "../rig/index.js";

const PEERS = ["alpha", "beta"];
const TIMEOUTS = { connect: "2s", list: "1500ms" };
/** connect + list: how long a listing of one peer may take (fleet/list.ts deadlineFor). */
const PEER_DEADLINE_MS = 3500;
let rig: Rig;

const fleet = () => [
  { name: "home", ssh: rig.aliases.refused },
  { name: "alpha", ssh: rig.hosts.alpha!.alias },
  { name: "down", ssh: rig.aliases.refused },
  { name: "frozen", ssh: rig.aliases.frozen },
  { name: "beta", ssh: rig.hosts.beta!.alias },
];
const home = (args: string[]) => homeTmux(rig, args);
/** A peer's runtime dir: the rig sets XDG_RUNTIME_DIR=<dir>/run for each simulated host. */
const runDir = (host: string) => join(rig.hosts[host]!.dir, "run", "nexus");
/** The shell that starts a chain: attach to home, and say so when the chain ends. */
const chain = (session: string) => `tmux -L default attach -t ${session}; echo CHAIN-ENDED; exec sleep 600`;

beforeAll(async () => {
  rig = await startRig({ hosts: PEERS });
  await buildWorld(rig, PEERS, fleet(), { timeouts: TIMEOUTS });
});
afterEach(async () => stopAllTerminals());
afterAll(async () => rig?.stop());

async function pick(term: Terminal, host: string, name: string) {
  await choose(term, host, name);
  const since = Date.now();
  await term.keys("Enter");
  await term.waitFor((s) => s.includes(`MARK-${host}-${name}`), 10_000, `${host}:${name} on screen`);
  if (host !== "home") await pushedTo(host, since);
}

/**
 * The loop pushes its rows to a peer once the session is on screen (loop.ts PUSH_AFTER_MS): wait
 * until the peer has home's rows listed since `since`, and every other host's rows home had.
 */
const pushedTo = (host: string, since: number) =>
  until(`home's push to ${host}`, () => {
    if (!((cachedAt(peerCache(host, "home")) ?? 0) >= since)) return undefined;
    const landed = fleet().every((h) => {
      const had = cachedAt(join(rig.clientEnv.XDG_STATE_HOME as string, "nexus/peers", `${h.name}.json`));
      return h.name === host || had === undefined || (cachedAt(peerCache(host, h.name)) ?? 0) >= had;
    });
    return landed || undefined;
  });

const cachedAt = (file: string): number | undefined => {
  try {
    return JSON.parse(readFileSync(file, "utf8")).at;
  } catch {
    return undefined; // not there (yet)
  }
};

/** A terminal in a hop chain that started at home h1 and is now on `host`:`name`. */
async function chainAt(host: string, name: string): Promise<Terminal> {
  const term = new Terminal(rig.clientEnv);
  await term.start(chain("h1"));
  await term.waitFor(/MARK-home-h1/, 5000);
  if (host !== "home" || name !== "h1") await pick(term, host, name);
  return term;
}

/** The hop id of the loop whose client is attached to `host` (one client there), from its tty marker. */
async function hopOn(host: string): Promise<string> {
  return until(`a hop loop's client on ${host}`, async () => {
    const clients = (await rig.tmux(host, ["list-clients", "-F", "#{client_pid} #{client_tty}"])).trim();
    const lines = clients.split("\n").filter(Boolean);
    if (lines.length !== 1) return undefined;
    const [pid = "", tty = ""] = (lines[0] as string).split(" ");
    return readMarker(runDir(host), tty, Number(pid));
  });
}

const noClientOn = (host: string) =>
  until(
    `no client on ${host}`,
    async () => (await rig.tmux(host, ["list-clients"])).trim() === "" || undefined,
  );

/** Intent files left in a peer's runtime dir. */
const intents = (host: string) => readdirSync(runDir(host)).filter((f) => f.startsWith("intent-"));

/** Everything the terminal's command writes from now on (tmux pipe-pane), escape sequences and all. */
async function record(term: Terminal): Promise<() => string> {
  const log = join(rig.dir, `term-${term.socket}.log`);
  writeFileSync(log, "");
  await term.outer(["pipe-pane", "-o", "-t", "term", `cat >> ${log}`]);
  return () => readFileSync(log, "utf8");
}

/** A peer's cached rows of another host, as its nx cycle reads them. */
const peerCache = (host: string, of: string) =>
  join(rig.hosts[host]!.home, ".local/state/nexus/peers", `${of}.json`);

/**
 * A read-only client on a session of its own (named so that it is not between a test's steps in
 * that host's ring order): show-messages needs a client; the message log is the server's.
 */
async function watcher(
  host: string,
  session: string,
): Promise<{ messages(): Promise<string>; done(): Promise<void> }> {
  await rig.tmux(host, ["new-session", "-d", "-s", session, "exec cat"]);
  const term = new Terminal(rig.hosts[host]!.env);
  await term.start(["tmux", "attach", "-r", "-t", `=${session}`]);
  const tty = await term.tty();
  await until(
    `the watcher on ${host}`,
    async () => (await rig.tmux(host, ["list-clients", "-F", "#{client_name}"])).includes(tty) || undefined,
  );
  return {
    messages: () => rig.tmux(host, ["show-messages", "-t", tty]),
    async done() {
      await term.stop();
      await rig.tmux(host, ["kill-session", "-t", `=${session}`]).catch(() => {});
    },
  };
}

/** The ring's message in a server's log names both hosts it passed over, each with its reason. */
function expectSkipped(log: string) {
  const line = log.split("\n").find((l) => l.includes(" message: nexus: skipped "));
  expect(line, log).toBeDefined();
  expect(line).toMatch(/down \(connection refused\)/);
  // ssh's own ConnectTimeout (a frozen sshd accepts the TCP connection, sends no banner) or nexus's.
  expect(line).toMatch(/frozen \((connection timed out|no answer within 3500 ms)\)/);
}

describe("a host that is down", () => {
  it("is skipped by prefix ) and ( within its deadline, and a message names it", async () => {
    const term = await chainAt("alpha", "a2");
    // Ring order by name: alpha 0watch, a1, a2 · beta b1, b2, zwatch.
    const [onAlpha, onBeta] = [await watcher("alpha", "0watch"), await watcher("beta", "zwatch")];
    rig.freeze("frozen");
    try {
      // Rows of frozen that a peer listed (or had pushed) in the last 15 s would be used as they are:
      // without them, nx cycle must ask frozen, and give up at its deadline.
      rmSync(peerCache("alpha", "frozen"), { force: true });
      // alpha a2 → (down refuses, frozen hangs) → beta b1.
      let t0 = Date.now();
      await term.keys("C-b", ")");
      await term.waitFor(/MARK-beta-b1/, 15_000, "beta b1 after prefix )");
      expect(Date.now() - t0).toBeLessThan(PEER_DEADLINE_MS + 4000);
      expectSkipped(await onAlpha.messages());

      // And back: beta b1 → (frozen hangs, down refuses) → alpha a2. The rows the loop pushed to
      // beta on arrival (frozen's among them) land after the screen shows it.
      await pushedTo("beta", t0);
      rmSync(peerCache("beta", "frozen"), { force: true });
      t0 = Date.now();
      await term.keys("C-b", "(");
      await term.waitFor(/MARK-alpha-a2/, 15_000, "alpha a2 after prefix (");
      expect(Date.now() - t0).toBeLessThan(PEER_DEADLINE_MS + 4000);
      expectSkipped(await onBeta.messages());
    } finally {
      rig.thaw("frozen");
      await onAlpha.done();
      await onBeta.done();
    }
    await term.keys("C-b", "d");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  }, 60_000);
});

describe("two terminals hopping through the same host at once", () => {
  it("each ends on the session its own picker chose", async () => {
    const t1 = new Terminal(rig.clientEnv);
    const t2 = new Terminal(rig.clientEnv);
    await Promise.all([t1.start(chain("h1")), t2.start(chain("h2"))]);
    await Promise.all([t1.waitFor(/MARK-home-h1/), t2.waitFor(/MARK-home-h2/)]);

    // Both pickers open at once, both Enters at once: two intents on home, two loops born.
    await Promise.all([choose(t1, "alpha", "a1"), choose(t2, "alpha", "a2")]);
    await Promise.all([t1.keys("Enter"), t2.keys("Enter")]);
    await Promise.all([
      t1.waitFor(/MARK-alpha-a1/, 10_000, "t1 on alpha a1"),
      t2.waitFor(/MARK-alpha-a2/, 10_000, "t2 on alpha a2"),
    ]);
    // Two loops, two hop ids (the markers of the two clients on alpha).
    const clients = (await rig.tmux("alpha", ["list-clients", "-F", "#{client_pid} #{client_tty}"]))
      .trim()
      .split("\n");
    const hops = clients.map((c) => {
      const [pid = "", tty = ""] = c.split(" ");
      return readMarker(runDir("alpha"), tty, Number(pid));
    });
    expect(hops).toHaveLength(2);
    expect(hops[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(hops[1]).toMatch(/^[0-9a-f]{16}$/);
    expect(hops[0]).not.toBe(hops[1]);

    // Both leave alpha at once: two intents side by side in alpha's runtime dir, each loop takes its own.
    await Promise.all([choose(t1, "beta", "b2"), choose(t2, "beta", "b1")]);
    await Promise.all([t1.keys("Enter"), t2.keys("Enter")]);
    await Promise.all([
      t1.waitFor(/MARK-beta-b2/, 10_000, "t1 on beta b2"),
      t2.waitFor(/MARK-beta-b1/, 10_000, "t2 on beta b1"),
    ]);
    expect(intents("alpha")).toEqual([]);
    await noClientOn("alpha");
    const homeRun = join(rig.clientEnv.XDG_RUNTIME_DIR as string, "nexus");
    expect(readdirSync(homeRun).filter((f) => f.startsWith("intent-"))).toEqual([]);

    // And home again, crossing: t1 to h2, t2 to h1.
    await Promise.all([choose(t1, "home", "h2"), choose(t2, "home", "h1")]);
    await Promise.all([t1.keys("Enter"), t2.keys("Enter")]);
    await Promise.all([
      t1.waitFor(/MARK-home-h2/, 10_000, "t1 home on h2"),
      t2.waitFor(/MARK-home-h1/, 10_000, "t2 home on h1"),
    ]);
    expect(intents("beta")).toEqual([]);
    await Promise.all([t1.keys("C-b", "d"), t2.keys("C-b", "d")]);
    await Promise.all([t1.waitFor(/CHAIN-ENDED/, 10_000), t2.waitFor(/CHAIN-ENDED/, 10_000)]);
  }, 60_000);
});

describe("two clients on one server", () => {
  it("prefix ) steps from the session of the client that pressed it", async () => {
    const t1 = new Terminal(rig.clientEnv);
    const t2 = new Terminal(rig.clientEnv);
    await Promise.all([t1.start(chain("h1")), t2.start(chain("h2"))]);
    await Promise.all([t1.waitFor(/MARK-home-h1/), t2.waitFor(/MARK-home-h2/)]);
    // t1 presses prefix ); t2 types right after, so h2 is the server's most recently active session
    // while nx cycle asks which session t1 is on.
    await t1.keys("C-b", ")");
    await t2.type("typing-in-h2");
    // h1 → h2 is a switch on home: t1 stays a client of home, now on h2, and t2 was not moved.
    const clients = async () =>
      (await home(["list-clients", "-F", "#{session_name}"])).trim().split("\n").sort();
    await until(
      "both clients on h2",
      async () => ((await clients()).join(",") === "h2,h2" ? true : undefined),
      8000,
    ).catch(async (e) => {
      throw new Error(
        `${e}; clients on home: ${(await clients()).join(",")}; t1 shows:\n${await t1.screen()}`,
      );
    });
    // One after the other: keys of two clients on one session within assume-paste-time (1 ms) of
    // each other are taken for a paste, and tmux runs no binding for them (tmux 3.3 server-client.c).
    for (const t of [t1, t2]) {
      await t.keys("C-b", "d");
      await t.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
    }
  }, 30_000);
});

describe("bad intents are ignored", () => {
  const OTHER = "0123456789abcdef";
  const toBeta = (hop: string, nowSec?: number) =>
    JSON.stringify(makeIntent(hop, { host: "beta", id: "$0", name: "b1" }, nowSec));
  // [what, whose file (this loop's name or another loop's), its content, the reason the loop gives]
  it.each([
    ["an intent of another hop loop", OTHER, () => toBeta(OTHER), undefined],
    ["an intent naming another hop id", "own", () => toBeta(OTHER), /for another hop loop/],
    ["a stale intent", "own", (h: string) => toBeta(h, Date.now() / 1000 - 120), /stale \(1\d\d s old\)/],
    ["a malformed intent", "own", () => "{not json", /not JSON/],
    ["a symlink intent", "own", "symlink", /not a regular file/],
  ] as const)(
    "%s: prefix d still ends the chain in the shell that started it",
    async (_what, whose, content, reason) => {
      const term = await chainAt("alpha", "a1");
      const hop = await hopOn("alpha");
      const file = intentFile(runDir("alpha"), whose === "own" ? hop : whose);
      const elsewhere = join(rig.hosts.alpha!.dir, "elsewhere.json");
      if (content === "symlink") {
        // It points at a valid intent to beta: following it would take the terminal there.
        writeFileSync(elsewhere, toBeta(hop));
        symlinkSync(elsewhere, file);
      } else writeFileSync(file, content(hop), { mode: 0o600 });
      try {
        await term.keys("C-b", "d");
        const screen = await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
        if (reason)
          expect(screen).toMatch(new RegExp(`nexus: ignored an intent on alpha: .*${reason.source}`));
        else expect(screen).not.toMatch(/ignored an intent/);
        // Never went to the intent's target.
        expect(screen).not.toMatch(/MARK-beta-b1/);
        expect((await rig.tmux("beta", ["list-clients"])).trim()).toBe("");
        // This loop's file was claimed and removed; another loop's file is left for that loop.
        expect(intents("alpha")).toEqual(whose === "own" ? [] : [`intent-${OTHER}.json`]);
      } finally {
        rmSync(file, { force: true });
        rmSync(elsewhere, { force: true });
      }
    },
    30_000,
  );
});

describe("a home behind NAT", () => {
  it("the picker on a peer shows home's pushed rows with their age, and picking one goes home", async () => {
    const term = await chainAt("alpha", "a1");
    await term.keys("C-b", "\\");
    // The live swap has happened when home's row says it is offline.
    const screen = await term.waitFor(/home {7}offline: connection refused/, 10_000, "the live frame");
    for (const name of ["h1", "h2"]) expect(screen).toMatch(new RegExp(`home {2,}${name} .*\\(\\d+s ago\\)`));
    // alpha's own rows are live: no age.
    expect(screen).toMatch(/alpha {2,}a1 /);
    expect(screen).not.toMatch(/alpha {2,}a1 .*ago\)/);
    await term.type("home h2");
    await term.waitFor(/> home {2,}h2 /, 8000, "the row home:h2 selected");
    await term.keys("Enter");
    await term.waitFor(/MARK-home-h2/, 10_000, "back home on h2");
    await noClientOn("alpha");
    await term.keys("C-b", "d");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  }, 30_000);

  it("stays in the ring after the rows pushed to a peer have aged", async () => {
    const term = await chainAt("beta", "b2");
    // As if the user had stayed on beta a minute: the rows the loop pushed for home are old now.
    const file = join(rig.hosts.beta!.home, ".local/state/nexus/peers/home.json");
    const cached = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, `${JSON.stringify({ ...cached, at: Date.now() - 60_000 })}\n`);
    await term.keys("C-b", ")");
    const next = await term.waitFor((s) => /MARK-(home-h1|alpha-a1)/.test(s), 10_000, "the next host");
    expect(next).toMatch(/MARK-home-h1/);
    await term.keys("C-b", "d");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  }, 30_000);
});

describe("a broken connection", () => {
  it("is not a detach: says why, retries, then opens the picker", async () => {
    const term = await chainAt("alpha", "a1");
    const controlPath = join(rig.clientEnv.XDG_RUNTIME_DIR as string, "nexus", "cm-%C");
    const output = await record(term);
    rig.freeze("alpha");
    try {
      const t0 = Date.now();
      // The master lives on this side (not frozen): told to exit, it takes the attached session with it.
      const exit = await execa(
        "ssh",
        ["-F", rig.sshConfig, "-o", `ControlPath=${controlPath}`, "-O", "exit", rig.hosts.alpha!.alias],
        { env: rig.clientEnv, extendEnv: false, reject: false, timeout: 5000 },
      );
      expect(exit.exitCode).toBe(0);
      await term.waitFor(/session>/, 25_000, "the picker");
      expect(Date.now() - t0).toBeLessThan(25_000);
      // What the loop said on the way, in order (the picker has drawn over it since).
      const said = output().match(/nexus: [^\r\n]*/g) ?? [];
      expect(said).toEqual([
        expect.stringMatching(/^nexus: the connection to alpha broke; retry 1\/3 in \d+ ms$/),
        expect.stringMatching(/^nexus: the connection to alpha broke; retry 2\/3 in \d+ ms$/),
        expect.stringMatching(/^nexus: the connection to alpha broke; retry 3\/3 in \d+ ms$/),
        "nexus: alpha cannot be reached; pick another session",
      ]);
      // The picker is this terminal's own fzf, not a popup of a tmux server.
      expect((await home(["list-clients"])).trim()).toBe("");
      await term.keys("Escape");
      await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
    } finally {
      rig.thaw("alpha");
    }
  }, 60_000);
});

describe("the tty marker of a local attach", () => {
  it("names the terminal's own tty even when SSH_TTY names another (a multiplexer inside ssh)", async () => {
    const term = new Terminal(rig.clientEnv);
    await term.start(
      `env SSH_TTY=/dev/pts/999 ${process.execPath} ${BUNDLE} attach home:=h1; echo CHAIN-ENDED; exec sleep 600`,
    );
    await term.waitFor(/MARK-home-h1/, 10_000, "home h1 on screen");
    const tty = await term.tty();
    const client = (await home(["list-clients", "-F", "#{client_pid} #{client_tty}"]))
      .split("\n")
      .find((l) => l.endsWith(` ${tty}`));
    const homeRun = join(rig.clientEnv.XDG_RUNTIME_DIR as string, "nexus");
    expect(readMarker(homeRun, tty, Number(client?.split(" ")[0]))).toMatch(/^[0-9a-f]{16}$/);
    await term.keys("C-b", "d");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  }, 30_000);
});

describe("a session that vanished", () => {
  it("killed while attached (nx attach outside tmux): the client ends, no intent, the chain ends", async () => {
    await rig.tmux("alpha", marked("alpha", "victim"));
    const term = new Terminal(rig.clientEnv);
    await term.start(
      `${process.execPath} ${BUNDLE} attach alpha:=victim; echo CHAIN-ENDED rc=$?; exec sleep 600`,
    );
    await term.waitFor(/MARK-alpha-victim/, 10_000, "alpha victim on screen");
    await rig.tmux("alpha", ["kill-session", "-t", "=victim"]);
    await term.waitFor(/CHAIN-ENDED rc=0/, 10_000, "the end of the chain");
  }, 30_000);

  /**
   * A chain on alpha:a1 whose loop, at prefix d, finds an intent for `host`'s session $999, which
   * is gone: it says so, then opens the picker (returned on screen).
   */
  async function intentForGone(host: string): Promise<Terminal> {
    const term = await chainAt("alpha", "a1");
    const hop = await hopOn("alpha");
    writeFileSync(
      intentFile(runDir("alpha"), hop),
      JSON.stringify(makeIntent(hop, { host, id: "$999", name: "ghost" })),
    );
    const output = await record(term);
    await term.keys("C-b", "d");
    await term.waitFor(/session>/, 10_000, "the picker");
    expect(output()).toContain(`nexus: ${host}:$999 is gone; pick another session`);
    return term;
  }

  it("an intent for a session of this machine that is gone: says so, then the picker", async () => {
    const term = await intentForGone("home");
    await term.keys("Escape");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  }, 30_000);

  it("an intent for a session id that is gone: says so, then the picker, and picking goes on", async () => {
    const term = await intentForGone("alpha");
    await term.type("beta b1");
    await term.waitFor(/> beta {2,}b1 /, 8000, "the row beta:b1 selected");
    await term.keys("Enter");
    await term.waitFor(/MARK-beta-b1/, 10_000, "beta b1 on screen");
    // Still one loop: prefix d there ends the chain.
    await term.keys("C-b", "d");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  }, 30_000);
});
