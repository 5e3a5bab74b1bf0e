// nx dash as a person uses it: an outer tmux plays the terminal and runs `nx dash`; home is this
// machine (the rig client's default server), alpha a real sshd host of the rig. Every watched
// session has a known size and prints a marker; `cat` would echo anything typed into it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { shJoin } from "../../src/exec/quote.js";
import { BUNDLE, nx, until, writeFleet } from "../helpers/nx.js";
import { stopAllTerminals, Terminal } from "../helpers/term.js";
import { pidsMentioning, type Rig, startRig } from "../rig/index.js";

let rig: Rig;
let env: NodeJS.ProcessEnv;
let canary: string;
/** A name that would run the canary if it ever reached a shell or a tmux format. */
let evil: string;
let evilId: string;
const NX = shJoin([process.execPath, BUNDLE]);

const home = async (args: string[]) =>
  (await execa("tmux", ["-L", "default", ...args], { env, extendEnv: false, timeout: 10_000 })).stdout;
const alpha = (args: string[]) => rig.tmux("alpha", args);
const on = (host: string) => (host === "home" ? home : alpha);

/** The rig client's tmux socket dir, where the dashboard's socket lives while it runs. */
const socketDir = () => join(env.TMUX_TMPDIR as string, `tmux-${process.getuid?.() ?? 0}`);
const dashSockets = () => readdirSync(socketDir()).filter((f) => f.startsWith("nexus-dash-"));
const dash = async (args: string[]) => {
  const [socket] = dashSockets();
  if (!socket) throw new Error("no dashboard socket");
  return (await execa("tmux", ["-L", socket, ...args], { env, extendEnv: false })).stdout;
};

/** Processes of this rig that belong to a dashboard: its server, tiles, guards, by command or env. */
function dashProcesses(): string[] {
  const read = (pid: number, f: string) => {
    try {
      return readFileSync(`/proc/${pid}/${f}`, "latin1").replaceAll("\0", " ");
    } catch {
      return "";
    }
  };
  return pidsMentioning(rig.dir)
    .map((pid) => ({ pid, cmd: read(pid, "cmdline"), environ: read(pid, "environ") }))
    .filter(
      (p) =>
        /nexus-dash-|ignore-size|pause-after=|sleep 2147483647/.test(p.cmd) ||
        p.environ.includes("nexus-dash-"),
    )
    .map((p) => `${p.pid} ${p.cmd}`);
}

/** What is left once a dashboard has quit: nothing, on either host. */
async function assertGone(): Promise<void> {
  await until("no dashboard process", () => dashProcesses().length === 0 || undefined, 10_000).catch((e) => {
    throw new Error(`${e}\n${dashProcesses().join("\n")}`);
  });
  expect(dashSockets()).toEqual([]);
  // Only the dashboard's clients: a person's own client (the popup test) stays.
  for (const h of ["home", "alpha"]) {
    const flags = () => on(h)(["list-clients", "-F", "#{client_flags}"]);
    await until(
      `no tile or guard left on ${h}`,
      async () => !/read-only|control-mode/.test(await flags()) || undefined,
    );
  }
}

const SIZES = "#{session_name}\t#{window_width}x#{window_height}";
const sizes = async () => ({
  home: await home(["list-sessions", "-F", SIZES]),
  alpha: await alpha(["list-sessions", "-F", SIZES]),
});
const WATCHED = [
  ["home", "h1"],
  ["home", "h2"],
  ["alpha", "a1"],
  ["alpha", "a2"],
] as const;
const screens = async () =>
  Promise.all([
    ...WATCHED.map(([h, s]) => on(h)(["capture-pane", "-p", "-t", `=${s}:`])),
    home(["capture-pane", "-p", "-t", evilId]),
  ]);

const quit = async (term: Terminal) => {
  await term.keys("q");
  await term.waitFor(/EXITED 0/, 10_000, "nx dash to exit 0");
};

beforeAll(async () => {
  rig = await startRig({ hosts: ["alpha"] });
  env = rig.clientEnv;
  canary = join(rig.dir, "canary");
  evil = `evil $(touch ${canary}) #{session_id} ;`;
  writeFleet(
    env,
    "home",
    [
      { name: "home", color: "green" },
      { name: "alpha", ssh: rig.hosts.alpha!.alias, color: "magenta" },
    ],
    {
      ssh_config: rig.sshConfig,
    },
  );
  const made = (name: string, x: number, y: number, cmd: string) => [
    "new-session",
    "-d",
    "-s",
    name,
    "-x",
    String(x),
    "-y",
    String(y),
    cmd,
  ];
  await home(["-f", "/dev/null", ...made("h1", 100, 30, "echo MARK-h1; exec cat")]);
  await home(made("h2", 90, 25, "echo MARK-h2; exec cat"));
  // new-session -s expands formats (so ## for #) and a trailing `;` needs its `\`.
  await home(made(`evil $(touch ${canary}) ##{session_id} \\;`, 100, 30, "echo MARK-evil; exec cat"));
  const names = (await home(["list-sessions", "-F", "#{session_id}\t#{session_name}"])).split("\n");
  evilId = names.find((l) => l.endsWith(`\t${evil}`))?.split("\t")[0] as string;
  expect(evilId).toMatch(/^\$\d+$/);
  await alpha(["-f", "/dev/null", ...made("a1", 100, 30, "echo MARK-a1; exec cat")]);
  await alpha(made("a2", 80, 24, "echo MARK-a2; exec sleep 100000"));
});
afterEach(async () => stopAllTerminals());
afterAll(async () => rig?.stop());

describe("nx dash", () => {
  it("opens one read-only tile per session; typing changes nothing; sizes stay; q leaves nothing", async () => {
    const before = await sizes();
    const screensBefore = await screens();
    const term = new Terminal(env);
    await term.start(`${NX} dash; echo "EXITED $?"`);
    const titles = ["home:h1", "home:h2", "home:evil $(touch", "alpha:a1", "alpha:a2"];
    await term.waitFor(
      (s) =>
        titles.every((t) => s.includes(`─ ${t}`)) && /MARK-a1/.test(s) && s.includes("nexus dash 5 sessions"),
      15_000,
      "five titled tiles",
    );

    // One pane per session on the dashboard's own server, each a read-only, ignore-size client.
    expect(dashSockets()).toHaveLength(1);
    const panes = (
      await dash(["list-panes", "-s", "-t", "=dash", "-F", "#{@nexus-target} #{pane_dead}"])
    ).split("\n");
    const ids = async (h: string) =>
      (await on(h)(["list-sessions", "-F", `${h}:#{session_id} 0`])).split("\n");
    expect(panes.sort()).toEqual([...(await ids("home")), ...(await ids("alpha"))].sort());
    for (const h of ["home", "alpha"]) {
      const flags = async () => (await on(h)(["list-clients", "-F", "#{client_flags}"])).split("\n");
      const n = h === "home" ? 3 : 2;
      // Each tile: a read-only, ignore-size client, and its guard (control mode, sizes nothing).
      const all = await until(`${n} tiles and guards on ${h}`, async () => {
        const f = await flags();
        return f.length === 2 * n ? f : undefined;
      });
      const tiles = all.filter((f) => !f.includes("control-mode"));
      expect(tiles).toHaveLength(n);
      for (const f of tiles) expect(f).toMatch(/ignore-size.*read-only/);
    }

    // Keys (text, C-c, a detach attempt) go nowhere: the Any binding shows a message instead.
    // (Enter is the dashboard's "go there".)
    await term.type("typed-into-a-tile");
    await term.keys("C-c", "C-b", "d", "C-b", ")", "Escape", "Space");
    await term.waitFor(/read-only: Enter goes to the session/, 5000, "the read-only message");
    expect(await screens()).toEqual(screensBefore);
    expect(await sizes()).toEqual(before);
    expect(existsSync(canary)).toBe(false);

    await quit(term);
    await assertGone();
    expect(await sizes()).toEqual(before);
  });

  it("a tile whose host drops says so, and r retries it", async () => {
    const term = new Terminal(env);
    await term.start(`${NX} dash alpha:; echo "EXITED $?"`);
    await term.waitFor(
      (s) => /MARK-a1/.test(s) && /MARK-a2/.test(s) && s.includes("2 sessions"),
      15_000,
      "alpha's tiles",
    );
    // The shared master goes: every tile multiplexed over it loses its connection.
    const master = ["-o", `ControlPath=${join(rig.dir, "run/nexus/cm-%C")}`, "-O", "exit"];
    expect((await rig.ssh(rig.hosts.alpha!.alias, "", { extraArgs: master })).code).toBe(0);
    await term.waitFor(
      (s) => s.includes("lost: alpha:a1") && s.includes("lost: alpha:a2"),
      10_000,
      "lost titles",
    );
    await term.keys("r"); // the selected tile, a1
    await term.waitFor((s) => s.includes("─ alpha:a1") && s.includes("lost: alpha:a2"), 10_000, "a1 back");
    await quit(term);
    await assertGone();
  });

  it("pages what does not fit and says how many are hidden", async () => {
    const term = new Terminal(env, { width: 100, height: 30 });
    await term.start(`${NX} dash; echo "EXITED $?"`);
    await term.waitFor(/page 1\/3 · 2 of 5 \(3 on other pages\)/, 15_000);
    await term.keys("n");
    await term.waitFor(/page 2\/3 · 2 of 5 \(3 on other pages\)/);
    await term.keys("n");
    await term.waitFor((s) => /page 3\/3 · 1 of 5 \(4 on other pages\)/.test(s) && s.includes("─ alpha:a2"));
    await term.keys("p");
    await term.waitFor(/page 2\/3/);
    await quit(term);
    await assertGone();
  });

  it("--cmd keeps the sessions running that command; no match is exit 3", async () => {
    const term = new Terminal(env);
    await term.start(`${NX} dash --cmd sleep; echo "EXITED $?"`);
    await term.waitFor((s) => s.includes("─ alpha:a2") && s.includes("nexus dash 1 session"), 15_000);
    expect((await dash(["list-panes", "-s", "-t", "=dash", "-F", "#{@nexus-title}"])).split("\n")).toEqual([
      "alpha:a2",
    ]);
    await quit(term);
    const r = await nx(env, ["dash", "--cmd", "no-such-command"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no session matches --cmd no-such-command/);
    expect((await nx(env, ["d", "alpha:zz"])).code).toBe(3);
    await assertGone();
  });

  it("Enter goes to the chosen session for real, and the dashboard is gone", async () => {
    const term = new Terminal(env);
    await term.start(`${NX} dash alpha:a1; echo "EXITED $?"`);
    await term.waitFor((s) => s.includes("─ alpha:a1") && s.includes("MARK-a1"), 15_000);
    await term.keys("Enter");
    await term.waitFor(
      (s) => s.includes("MARK-a1") && s.includes("[a1]") && !s.includes("nexus dash"),
      10_000,
      "a1 itself",
    );
    await until("the dashboard is gone", () => dashSockets().length === 0 || undefined);
    const clients = await alpha(["list-clients", "-F", "#{session_name} #{client_flags}"]);
    expect(clients).toMatch(/^a1 /);
    expect(clients).not.toMatch(/read-only|control-mode/);
    await term.keys("C-b", "d");
    await term.waitFor(/EXITED 0/, 10_000);
    await assertGone();
  });

  it("inside tmux it opens in a popup on the user's client, without nesting", async () => {
    await home(["new-session", "-d", "-s", "work", "-x", "160", "-y", "45", "sh"]);
    const term = new Terminal(env);
    await term.start(["tmux", "-L", "default", "attach", "-t", "=work"]);
    await term.waitFor(/\[work\]/);
    await term.type(`${NX} dash alpha:; echo "EXITED $?"`);
    await term.keys("Enter");
    await term.waitFor(
      (s) => s.includes("┌─ nexus dash") && s.includes("─ alpha:a1") && s.includes("─ alpha:a2"),
      15_000,
      "the popup",
    );
    // The user's server has only the user's own client: the dashboard is not a client of it.
    expect(await home(["list-clients", "-F", "#{session_name} #{client_flags}"])).toMatch(/^work [^\n]*$/);
    await term.keys("q");
    await term.waitFor(
      (s) => s.includes("EXITED 0") && !s.includes("┌─ nexus dash"),
      10_000,
      "the popup closed",
    );
    await assertGone();
    expect(await home(["list-clients", "-F", "#{session_name}"])).toBe("work");
  });
});
