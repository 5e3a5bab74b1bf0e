// The picker as a person uses it: an outer tmux plays the terminal, attached to the "home" server
// with nexus.tmux loaded; the test presses prefix \, types, and reads the screen until it shows what
// a person would wait for. Peers alpha and beta are real sshd hosts of the rig.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hostileNames } from "../helpers/fixtures.js";
import { type FleetHost, nx, until, writeFleet } from "../helpers/nx.js";
import { popupOpen, stopAllTerminals, Terminal } from "../helpers/term.js";
import { type Rig, startRig } from "../rig/index.js";

const PLUGIN = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "nexus.tmux");
/** fzf's header, the keys: the same in both frames. */
const LIVE = /enter go · ctrl-n new/;
const PROMPT = "session> ";

let rig: Rig;
/** The client machine's environment: the rig's, without the developer's fzf defaults. */
let env: NodeJS.ProcessEnv;
let canary: string;

/** tmux on the home server (the rig client's default server, never the user's own). */
async function home(args: string[]): Promise<string> {
  const r = await execa("tmux", ["-L", "default", ...args], { env, extendEnv: false, timeout: 10_000 });
  return r.stdout;
}

const fleet = (...extra: FleetHost[]): FleetHost[] => [
  { name: "home" },
  { name: "alpha", ssh: rig.hosts.alpha!.alias },
  { name: "beta", ssh: rig.hosts.beta!.alias },
  ...extra,
];

interface Seat {
  term: Terminal;
  /** #{client_name} of the tmux client this terminal attached to the home server. */
  client: string;
}

/** A terminal attached to a session of the home server, as someone who just typed `tmux attach`. */
async function seat(session = "work", size: { width?: number; height?: number } = {}): Promise<Seat> {
  const term = new Terminal(env, size);
  await term.start(["tmux", "-L", "default", "attach", "-t", `=${session}`]);
  const client = await term.tty();
  await until(
    `client ${client} on ${session}`,
    async () => (await sessionOf(client)) === session || undefined,
  );
  return { term, client };
}

/** The session a client of the home server is on (undefined: not attached). */
async function sessionOf(client: string): Promise<string | undefined> {
  const lines = (await home(["list-clients", "-F", "#{client_name}\t#{session_name}"])).split("\n");
  const line = lines.find((l) => l.startsWith(`${client}\t`));
  return line?.slice(client.length + 1);
}

/** fzf is up in the popup. */
const pickerShown = (screen: string) => screen.includes(PROMPT);

/** How many sessions home, alpha and beta have now: the rows of a complete live frame. */
async function sessionCount(): Promise<number> {
  const count = (out: string) => out.split("\n").filter((l) => l !== "").length;
  const [h, a, b] = await Promise.all([
    home(["list-sessions", "-F", "#{session_id}"]),
    rig.tmux("alpha", ["list-sessions", "-F", "#{session_id}"]),
    rig.tmux("beta", ["list-sessions", "-F", "#{session_id}"]),
  ]);
  return count(h) + count(a) + count(b);
}

/**
 * prefix \, then waits for the complete live frame: every session, none of them from the cache
 * (cached rows carry their age). With `ready`, waits for that instead.
 */
async function openPicker(s: Seat, ready?: (screen: string) => boolean): Promise<string> {
  // A popup that is still closing would swallow the keys.
  await s.term.waitFor((x) => !popupOpen(x), 5000, "no popup open");
  const rows = ready ? 0 : await sessionCount();
  const check = ready ?? ((x: string) => LIVE.test(x) && total(x) === rows && !/ ago\)/.test(x));
  await s.term.keys("C-b", "\\");
  return s.term.waitFor(
    (x) => pickerShown(x) && check(x),
    10_000,
    ready ? "the picker" : `the picker's live frame with ${rows} rows`,
  );
}

/** fzf's inline info, `< matched/total`. */
const info = (screen: string) => /< (\d+)\/(\d+)/.exec(screen);
const matched = (screen: string) => Number(info(screen)?.[1] ?? Number.NaN);
const total = (screen: string) => Number(info(screen)?.[2] ?? Number.NaN);

/** A row as the picker draws it: the host column (10 wide), then the name column, verbatim. */
const cell = (host: string, name: string) =>
  `${host.padEnd(10)} ${name.length < 24 ? name.padEnd(24) : name} `;
const rowLine = (screen: string, host: string, name: string) =>
  screen.split("\n").find((l) => `${l} `.includes(cell(host, name)));

/** The text in the preview window (boxed inside the popup's border). */
const preview = (screen: string) =>
  screen
    .split("\n")
    .flatMap((l) => /││(.*)││/.exec(l)?.[1] ?? [])
    .join("\n");

/** Types a query that matches exactly one row, checks fzf agrees, then Enter. */
async function pickWith(s: Seat, query: string): Promise<string> {
  await s.term.type(query);
  const screen = await s.term.waitFor((x) => matched(x) === 1, 5000, `one row matching ${query}`);
  await s.term.keys("Enter");
  return screen;
}

/**
 * A "node" for @nexus-node that notes the verb of each start in its log (empty at first), and
 * waits `delaySec` before it runs the real one.
 */
function notingNode(name: string, delaySec = 0): { node: string; log: string } {
  const log = join(rig.dir, `node-starts-${name}`);
  const node = join(rig.dir, `noting-node-${name}`);
  const wait = delaySec > 0 ? `sleep ${delaySec}\n` : "";
  writeFileSync(node, `#!/bin/sh\necho "$2" >> '${log}'\n${wait}exec node "$@"\n`, { mode: 0o755 });
  writeFileSync(log, "");
  return { node, log };
}

/** The pickers a noting "node" started, in order (its previews left out). */
const starts = (log: string) =>
  readFileSync(log, "utf8")
    .split("\n")
    .filter((verb) => verb.startsWith("pick"));

/**
 * Puts a block of an older meta version first in the home server's meta file, under the same key
 * as the current block: its fzf takes a prompt of its own, and it names no host as this server.
 */
function prependStaleBlock(): void {
  const file = join(env.XDG_STATE_HOME!, "nexus", "picker", "default.meta");
  const text = readFileSync(file, "utf8");
  const key = text.split("\n").find((l) => l.startsWith("key\t"))!;
  const stale = ["nexus-picker\t1", key, "fleet\t", "fzf\tfzf", "fzf\t--prompt=stale> "];
  writeFileSync(file, `${stale.join("\n")}\n${text}`);
}

async function closePicker(s: Seat): Promise<void> {
  await s.term.keys("Escape");
  await s.term.waitFor((x) => !popupOpen(x), 5000, "the popup to close");
}

beforeAll(async () => {
  rig = await startRig({ hosts: ["alpha", "beta"] });
  env = { ...rig.clientEnv, FZF_DEFAULT_OPTS: undefined, FZF_DEFAULT_COMMAND: undefined };
  canary = join(rig.dir, "CANARY");
  writeFleet(env, "home", fleet());
  // The server's environment is what the popup and the plugin's run-shell see.
  await home(["-f", "/dev/null", "new-session", "-d", "-s", "work"]);
  for (const name of ["editor", "target-a", "target-b"])
    await home(["new-session", "-d", "-s", name, "sleep 600"]);
  await home(["run-shell", `'${PLUGIN.replaceAll("'", "'\\''").replaceAll("#", "##")}'`]);
  await rig.tmux("alpha", ["new-session", "-d", "-s", "alpha-agent", "sleep 600"]);
  await rig.tmux("beta", ["new-session", "-d", "-s", "beta-logs", "sleep 600"]);
});
afterEach(async () => stopAllTerminals());
afterAll(async () => {
  await stopAllTerminals();
  await rig?.stop();
});

describe("the picker on prefix \\", () => {
  it("shows local rows, swaps in every peer's live rows, and Enter on a local row switches there", async () => {
    const s = await seat();
    const screen = await openPicker(s);
    expect(rowLine(screen, "home", "work")).toBeDefined();
    expect(rowLine(screen, "home", "editor")).toBeDefined();
    // The live swap brought the peers' sessions, listed now (cached rows carry their age).
    for (const [host, name] of [
      ["alpha", "alpha-agent"],
      ["beta", "beta-logs"],
    ] as const) {
      const line = rowLine(screen, host, name);
      expect(line, `${host}:${name} on the screen:\n${screen}`).toBeDefined();
      expect(line).not.toMatch(/ ago\)/);
    }
    expect(screen).not.toMatch(/offline/);
    await pickWith(s, "'editor");
    await until("the client on editor", async () => (await sessionOf(s.client)) === "editor" || undefined);
    await s.term.waitFor((x) => !popupOpen(x), 5000, "the popup to close");
  });

  it("ctrl-n creates a session named by the query on this host (or host:name) and goes there", async () => {
    const s = await seat();
    await openPicker(s);
    await s.term.type("fresh-one");
    await s.term.waitFor((x) => matched(x) === 0, 5000, "no row matching fresh-one");
    await s.term.keys("C-n");
    await until(
      "the client on fresh-one",
      async () => (await sessionOf(s.client)) === "fresh-one" || undefined,
    );

    await openPicker(s);
    await s.term.type("home:fresh-two");
    await s.term.keys("C-n");
    await until(
      "the client on fresh-two",
      async () => (await sessionOf(s.client)) === "fresh-two" || undefined,
    );
    const names = (await home(["list-sessions", "-F", "#{session_name}"])).split("\n");
    expect(names).toEqual(expect.arrayContaining(["fresh-one", "fresh-two"]));
    expect(await rig.tmux("alpha", ["list-sessions", "-F", "#{session_name}"])).not.toMatch(/fresh/);
    await home(["switch-client", "-c", s.client, "-t", "=work"]);
    await home(["kill-session", "-t", "=fresh-one"]);
    await home(["kill-session", "-t", "=fresh-two"]);
  });

  it("ctrl-n with a name tmux cannot take creates nothing and says why", async () => {
    const before = await home(["list-sessions", "-F", "#{session_name}"]);
    const s = await seat();
    await openPicker(s);
    await s.term.type("bad.name");
    await s.term.keys("C-n");
    // The reason reaches the person (in the popup or on the status line), not only a lost stderr.
    await s.term.waitFor(/invalid session name "bad\.name"/, 5000, "the reason on the screen");
    expect(await home(["list-sessions", "-F", "#{session_name}"])).toBe(before);
    expect(await sessionOf(s.client)).toBe("work");
  });

  it("ctrl-x asks in the popup; N keeps the session, y kills it on its host and the others remain", async () => {
    await rig.tmux("alpha", ["new-session", "-d", "-s", "doomed", "sleep 600"]);
    await rig.tmux("alpha", ["new-session", "-d", "-s", "keeper", "sleep 600"]);
    const alphaNames = async () =>
      (await rig.tmux("alpha", ["list-sessions", "-F", "#{session_name}"])).split("\n");
    const s = await seat();
    await openPicker(s);
    await s.term.type("'doomed");
    await s.term.waitFor((x) => matched(x) === 1, 5000, "one row matching doomed");

    await s.term.keys("C-x");
    await s.term.waitFor(/kill alpha:doomed\? \[y\/N\]/, 10_000, "the kill question");
    await s.term.keys("Enter"); // the default: no
    await s.term.waitFor(
      (x) => pickerShown(x) && matched(x) === 1,
      10_000,
      "the picker back, doomed still there",
    );
    expect(await alphaNames()).toContain("doomed");

    await s.term.keys("C-x");
    await s.term.waitFor(/kill alpha:doomed\? \[y\/N\]/, 10_000, "the kill question");
    await s.term.type("y");
    await s.term.keys("Enter");
    await until(
      "doomed gone from alpha",
      async () => !(await alphaNames()).includes("doomed") || undefined,
      10_000,
    );
    // The list was reloaded: the row is gone from the picker, which stays open.
    await s.term.waitFor(
      (x) => pickerShown(x) && matched(x) === 0,
      10_000,
      "the picker reloaded without doomed",
    );
    expect(await alphaNames()).toEqual(expect.arrayContaining(["alpha-agent", "keeper"]));
    expect(await home(["list-sessions", "-F", "#{session_name}"])).toMatch(/^work$/m);
    await closePicker(s);
    expect(await sessionOf(s.client)).toBe("work");
    await rig.tmux("alpha", ["kill-session", "-t", "=keeper"]);
  });

  it("a hung peer never delays the first frame; once its deadline passed, its row says why", async () => {
    // Fill the peer cache first, so that the first frame has alpha's rows too (marked with their age).
    expect((await nx(env, ["rows", "--live"])).code).toBe(0);
    writeFleet(env, "home", fleet({ name: "hung", ssh: rig.aliases.hung }), {
      timeouts: { connect: "1s", list: "1s" },
    });
    try {
      const s = await seat();
      await s.term.waitFor((x) => !popupOpen(x), 5000, "no popup open");
      await s.term.keys("C-b", "\\");
      const first = await s.term.waitFor(
        (x) => rowLine(x, "home", "work") !== undefined,
        10_000,
        "the local rows",
      );
      // The local rows came first: nobody has given up on hung yet.
      expect(first).not.toMatch(/hung/);
      expect(rowLine(first, "alpha", "alpha-agent")).toMatch(/\(\d+s ago\)/);

      const hungRow = /hung {7}offline: (connection timed out|no answer within 2000 ms)/;
      const live = await s.term.waitFor(
        (x) => hungRow.test(x) && !/ ago\)/.test(x) && rowLine(x, "beta", "beta-logs") !== undefined,
        10_000,
        "the live frame, with hung's row",
      );
      // ssh's own ConnectTimeout (1 s) or nexus's deadline (connect + list), whichever comes first.
      // alpha and beta answered: their rows are live now, not cached.
      expect(rowLine(live, "alpha", "alpha-agent")).not.toMatch(/ ago\)/);
      expect(rowLine(live, "beta", "beta-logs")).toBeDefined();
      // Every row is a session, and hung's own row; the key help is fzf's header, not a row.
      expect(total(live)).toBe((await sessionCount()) + 1);
      const pointer = live.split("\n").find((l) => /^\s*│> /.test(l));
      expect(pointer).not.toMatch(/enter go/);
      // On hung's row, the preview asks again and says why, with the fix.
      await s.term.type("hung offline");
      const why = await s.term.waitFor(
        (x) => matched(x) === 1 && /hung: (connection timed out|no answer within)/.test(preview(x)),
        10_000,
        "hung's row previewed",
      );
      expect(preview(why)).toMatch(/ssh/);
      // Enter on it goes nowhere, and says why.
      await s.term.keys("Enter");
      await s.term.waitFor(
        (x) => !popupOpen(x) && /hung did not answer/.test(x),
        5000,
        "the reason, popup closed",
      );
      expect(await sessionOf(s.client)).toBe("work");
      expect(await home(["list-sessions", "-F", "#{session_name}"])).not.toMatch(/hung/);
    } finally {
      writeFleet(env, "home", fleet());
    }
  });

  it("reads @nexus-fzf-opts and the popup size when the key is pressed, without reloading", async () => {
    await home(["set-option", "-g", "@nexus-fzf-opts", "--prompt='opts-test> '"]);
    await home(["set-option", "-g", "@nexus-popup-width", "50%"]);
    try {
      const s = await seat();
      await s.term.keys("C-b", "\\");
      const screen = await s.term.waitFor(/opts-test> /, 10_000, "the prompt set in @nexus-fzf-opts");
      const top = screen.split("\n").find((l) => l.includes("┌"))!;
      expect(top.trim()).toHaveLength(s.term.width / 2);
      await s.term.keys("Escape");
      await s.term.waitFor((x) => !popupOpen(x), 5000, "the popup to close");
    } finally {
      await home(["set-option", "-gu", "@nexus-fzf-opts"]);
      await home(["set-option", "-gu", "@nexus-popup-width"]);
    }
  });

  it("draws its first frame and swaps in the live rows before node has started; node acts on Enter", async () => {
    // A "node" that notes each start and takes 4 s before it runs: neither frame can wait for it.
    const { node: slow, log } = notingNode("slow", 4);
    const s = await seat();
    await openPicker(s); // writes the meta file for the next picker of this server
    await closePicker(s);
    await home(["set-option", "-g", "@nexus-node", slow]);
    try {
      const t0 = Date.now();
      await s.term.keys("C-b", "\\");
      const first = await s.term.waitFor(
        (x) => pickerShown(x) && / ago\)/.test(x) && rowLine(x, "home", "target-b") !== undefined,
        10_000,
        "the first frame: local rows and cached peer rows",
      );
      expect(Date.now() - t0).toBeLessThan(2500);
      expect(rowLine(first, "alpha", "alpha-agent")).toMatch(/ ago\)/);
      // The agent starts beside fzf, not before it: under load the frame can be on screen before
      // the stand-in has noted its start, so wait for the note, then check it is the only one.
      await until("the agent's start noted", () => starts(log).length > 0 || undefined, 2000);
      expect(starts(log)).toEqual(["pick-agent"]);
      // The live swap did not wait for node either: the meta's fan-out script, started by the popup,
      // listed every host and drew their rows into fzf's fifo while the "node" is still asleep.
      const rows = await sessionCount();
      await s.term.waitFor(
        (x) => LIVE.test(x) && total(x) === rows && !/ ago\)/.test(x),
        10_000,
        "the live frame",
      );
      expect(Date.now() - t0).toBeLessThan(3500);
      // The focused row is this server's: its preview was a capture-pane, not a node.
      expect(readFileSync(log, "utf8").split("\n")).not.toContain("preview");
      await pickWith(s, "'target-b");
      await until("on target-b", async () => (await sessionOf(s.client)) === "target-b" || undefined);
      await s.term.waitFor((x) => !popupOpen(x), 5000, "the popup to close");
    } finally {
      await home(["set-option", "-gu", "@nexus-node"]);
    }
  });

  it("without a meta file, or with a fleet file newer than it, is the node picker, which writes a fresh one", async () => {
    const { node: noting, log } = notingNode("meta");
    const metaDir = join(env.XDG_STATE_HOME!, "nexus", "picker");
    await home(["set-option", "-g", "@nexus-node", noting]);
    try {
      const s = await seat();
      rmSync(metaDir, { recursive: true, force: true });
      await openPicker(s);
      await closePicker(s);
      expect(existsSync(join(metaDir, "default.meta"))).toBe(true);
      await openPicker(s);
      await closePicker(s);
      writeFleet(env, "home", fleet()); // the same hosts, in a file written after the meta
      await openPicker(s);
      await closePicker(s);
      await openPicker(s);
      await closePicker(s);
      expect(starts(log)).toEqual(["pick", "pick-agent", "pick", "pick-agent"]);
    } finally {
      await home(["set-option", "-gu", "@nexus-node"]);
    }
  });

  it("prefix ) and ( step between this server's sessions without node; node takes the step off its edge", async () => {
    const { node: noting, log } = notingNode("ring");
    const order = (await home(["list-sessions", "-F", "#{session_name}"])).split("\n");
    const s = await seat(order[0]);
    await openPicker(s); // a picker (or a ring step by node) writes the meta the ring reads
    await closePicker(s);
    prependStaleBlock(); // an older nexus's block under the same key: the ring skips it
    await home(["set-option", "-g", "@nexus-node", noting]);
    try {
      await s.term.keys("C-b", ")");
      await until(`on ${order[1]}`, async () => (await sessionOf(s.client)) === order[1] || undefined);
      await s.term.keys("C-b", "(");
      await until(`back on ${order[0]}`, async () => (await sessionOf(s.client)) === order[0] || undefined);
      expect(readFileSync(log, "utf8")).toBe("");
      // ( on the first session here goes to the last session of the host before: node's step.
      await s.term.keys("C-b", "(");
      await until("node's cycle", async () => readFileSync(log, "utf8").includes("cycle") || undefined);
      // It hands the client off to beta's last session: it leaves this server (then the test ends,
      // before a later test's terminal can get this one's tty name).
      await until(
        "the client handed off",
        async () => (await sessionOf(s.client)) === undefined || undefined,
      );
    } finally {
      await home(["set-option", "-gu", "@nexus-node"]);
    }
  });

  it("swaps in the live rows of another tmux server on this machine, and leaves no files behind", async () => {
    // Its answer comes in a few ms, often before fzf's reload has opened the fifo. (Whether it did
    // is timing: the unit test of the fan-out's tail makes the reader late on purpose.)
    const side = (args: string[]) =>
      execa("tmux", ["-L", "nxside", ...args], { env, extendEnv: false, reject: false });
    await side(["-f", "/dev/null", "new-session", "-d", "-s", "side-one", "sleep 600"]);
    writeFleet(env, "home", [{ name: "home" }, { name: "side", socket: "nxside" }]);
    try {
      const s = await seat();
      // The fleet changed: node draws this picker, and writes the meta and side's cached rows.
      await openPicker(s, (x) => rowLine(x, "side", "side-one") !== undefined);
      await closePicker(s);
      await s.term.keys("C-b", "\\");
      // (The first frame shows side's cached row, with its age; the swap may already be done.)
      await s.term.waitFor(
        (x) => pickerShown(x) && rowLine(x, "side", "side-one") !== undefined && !/ ago\)/.test(x),
        5000,
        "side's live row",
      );
      // The popup's fifos, first frame and fan-out dir: in the runtime dir (a tmpfs), none beside the
      // meta; gone with the popup.
      const files = (dir: string) => readdirSync(dir).filter((f) => /^(live|first|fan)\./.test(f));
      const picker = join(env.XDG_STATE_HOME!, "nexus", "picker");
      const run = join(env.XDG_RUNTIME_DIR!, "nexus", "picker");
      expect([files(run).length, files(picker)]).toEqual([3, []]);
      await closePicker(s);
      const left = () => [...files(picker), ...files(run)];
      await until("the popup's files removed", () => (left().length === 0 ? true : undefined));
    } finally {
      writeFleet(env, "home", fleet());
      await side(["kill-server"]);
    }
  });

  it("never draws from a meta block an older version wrote, though its key is this press's", async () => {
    const s = await seat();
    await openPicker(s);
    await closePicker(s);
    prependStaleBlock();
    const screen = await openPicker(s);
    expect(screen).not.toMatch(/stale> /);
    await closePicker(s);
  });

  it("with two clients on the server, only the one that opened the popup switches", async () => {
    const a = await seat();
    const b = await seat();
    await openPicker(a);
    await pickWith(a, "'target-a");
    await until("a on target-a", async () => (await sessionOf(a.client)) === "target-a" || undefined);
    expect(await sessionOf(b.client)).toBe("work");
    await a.term.waitFor((x) => !popupOpen(x), 5000, "a's popup to close");

    await openPicker(b);
    await pickWith(b, "'target-b");
    await until("b on target-b", async () => (await sessionOf(b.client)) === "target-b" || undefined);
    expect(await sessionOf(a.client)).toBe("target-a");
  });
});

describe("hostile session names in the picker", () => {
  const hostile = () => hostileNames(canary);

  it("are shown verbatim, previewed, and Enter switches to exactly the chosen one", async () => {
    // Each session runs a program of its own name (its command column: a query that picks it alone)
    // after printing its own marker (what the preview and the terminal must show).
    const bin = join(rig.dir, "bin");
    mkdirSync(bin, { recursive: true });
    const cat = (await execa("sh", ["-c", "command -v cat"])).stdout.trim();
    const names = hostile();
    for (const [i, name] of names.entries()) {
      symlinkSync(cat, join(bin, `zq${i}x`));
      const r = await nx(env, [
        "new",
        "home",
        "--",
        name,
        "sh",
        "-c",
        `echo MARK-${i}-; exec ${bin}/zq${i}x`,
      ]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    const ids = new Map(
      (await home(["list-sessions", "-F", "#{session_id}\t#{session_name}"]))
        .split("\n")
        .map((l) => [l.slice(l.indexOf("\t") + 1), l.slice(0, l.indexOf("\t"))]),
    );
    // This machine alone: the names are what is tested here, and twelve pickers are quicker
    // without a round of ssh each.
    writeFleet(env, "home", [{ name: "home" }]);
    try {
      // A tall terminal, so that every row fits in the popup at once.
      const s = await seat("work", { width: 160, height: 80 });
      // The live frame, with a row of each name verbatim (waiting for all of them: fzf may draw the
      // first rows a moment before the rest; a missing one fails here, with the screen).
      await openPicker(s, (x) => LIVE.test(x) && names.every((n) => rowLine(x, "home", n) !== undefined));
      await closePicker(s);

      for (const [i, name] of names.entries()) {
        await openPicker(s, (x) => rowLine(x, "home", name) !== undefined);
        await s.term.type(`'zq${i}x`);
        const chosen = await s.term.waitFor(
          (x) => matched(x) === 1 && preview(x).includes(`MARK-${i}-`),
          10_000,
          `${name} alone, with its preview`,
        );
        expect(preview(chosen).match(/MARK-\d+-/g)).toEqual([`MARK-${i}-`]);
        expect(rowLine(chosen, "home", name)).toMatch(/^\s*│> /);
        await s.term.keys("Enter");
        await until(`the client on ${name}`, async () => (await sessionOf(s.client)) === name || undefined);
        const id = (await home(["list-clients", "-F", "#{client_name}\t#{session_id}"]))
          .split("\n")
          .find((l) => l.startsWith(`${s.client}\t`))
          ?.split("\t")[1];
        expect(id).toBe(ids.get(name));
        // What the terminal shows now is that session's pane, the popup closed.
        await s.term.waitFor((x) => !popupOpen(x) && x.includes(`MARK-${i}-`), 5000, `${name}'s pane`);
      }
    } finally {
      writeFleet(env, "home", fleet());
    }
    expect(existsSync(canary)).toBe(false);
    expect((await home(["list-sessions", "-F", "#{session_name}"])).split("\n")).toEqual(
      expect.arrayContaining(names),
    );
  }, 60_000);
});
