// The picker's pure parts: rows ⇄ keys, fzf's argv and outcome, the two frames over fake hosts, the
// hand-off plan, and the run-shell command the plugin binds.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HostError } from "../../src/exec/errors.js";
import { frame } from "../../src/exec/frame.js";
import type { Host } from "../../src/exec/host.js";
import { PeerCache } from "../../src/fleet/cache.js";
import type { Ctx } from "../../src/fleet/context.js";
import { currentHost, plan } from "../../src/handoff/plan.js";
import type { Fleet, HostSpec } from "../../src/model/host.js";
import type { Session } from "../../src/model/session.js";
import { firstFrame, liveFrame } from "../../src/picker/frame.js";
import { fzfArgs, fzfOutcome, fzfPlan, HEADER, KEYS } from "../../src/picker/fzf.js";
import { drawLive, META_VERSION, metaFile, writePickerMeta } from "../../src/picker/meta.js";
import { parseKey, row, rowsText, sgr } from "../../src/picker/rows.js";
import { switchClient } from "../../src/tmux/argv.js";
import { parseSessions, SESSION_FORMAT, sessionLine } from "../../src/tmux/fields.js";
import { hostileNames } from "../helpers/fixtures.js";

const NOW = 1_700_000_000;
const S = (host: string, id: string, name: string, more: Partial<Session> = {}): Session => ({
  host,
  id,
  name,
  windows: 1,
  attached: 0,
  created: NOW - 3600,
  activity: NOW - 5,
  command: "claude",
  path: "/",
  dead: false,
  ...more,
});
const H = (name: string, more: Partial<HostSpec> = {}): HostSpec => ({ name, enabled: true, ...more });
const ESC = /\x1b\[[0-9;]*m/g;
const plain = (s: string) => s.replace(ESC, "");

describe("sgr: a host colour as an SGR code", () => {
  it.each([
    [undefined, "1"],
    ["default", "1"],
    ["red", "1;31"],
    ["Red", "1;31"],
    ["white", "1;37"],
    ["brightred", "1;91"],
    ["brightblack", "1;90"],
    ["colour0", "1;38;5;0"],
    ["color214", "1;38;5;214"],
    ["#ff0080", "1;38;2;255;0;128"],
    ["#FF0080", "1;38;2;255;0;128"],
    ["#fff", "1"],
    ["brightnonsense", "1"],
    ["nonsense", "1"],
  ])("%j → %j", (color, code) => {
    expect(sgr(color)).toBe(code);
  });
});

describe("row: key<TAB>label", () => {
  it("keys the row by host:$id and labels it host, name, command, idle", () => {
    const r = row(H("alpha", { color: "magenta" }), S("alpha", "$3", "api"), NOW);
    const [key, label, ...more] = r.split("\t");
    expect(key).toBe("alpha:$3");
    expect(more).toEqual([]);
    expect(label).toContain("\x1b[1;35malpha");
    expect(plain(label!)).toBe(`${"alpha".padEnd(10)} ${"api".padEnd(24)} ${"claude".padEnd(12)} idle 5s`);
  });

  it.each([
    ["attached", { attached: 2 }, /idle 5s\s+attached$/],
    ["dead, in red", { dead: true }, /\x1b\[31mdead\x1b\[0m$/],
    ["idle in minutes", { activity: NOW - 300 }, /idle 5m/],
  ])("shows %s", (_what, more, re) => {
    expect(row(H("a"), S("a", "$1", "x", more), NOW)).toMatch(re);
  });

  it("marks cached rows with their age, dimmed", () => {
    expect(row(H("b"), S("b", "$1", "x"), NOW, 125)).toMatch(/\x1b\[2m\(2m ago\)\x1b\[0m$/);
    expect(row(H("b"), S("b", "$1", "x"), NOW)).not.toMatch(/ago/);
  });

  it.each([
    ["escape sequences", "\x1b[31mred\x1b[0m", /red/],
    ["a bell", "be\x07ll", /bell/],
    ["hostile text, verbatim", "$(touch x) `id` #{host} 'q' ;", /\$\(touch x\) `id` #\{host\} 'q' ;/],
    // tmux 3.3 escapes a newline in a name, but cached rows come from files (pushed by peers).
    ["a newline", "two\nlines", /two.?lines/],
  ])("a name with %s is one line with one tab: the key, then the label", (_what, name, shown) => {
    const r = row(H("a"), S("a", "$7", name, { command: name }), NOW);
    expect(r.split("\n")).toHaveLength(1);
    const [key, label, ...more] = r.split("\t");
    expect(key).toBe("a:$7");
    expect(more).toEqual([]);
    expect(plain(label!)).toMatch(shown);
  });
});

describe("rowsText", () => {
  const sources = [
    { host: H("home"), sessions: [S("home", "$0", "work"), S("home", "$2", "logs")] },
    { host: H("alpha"), sessions: [S("alpha", "$5", "agent")], ageSec: 40 },
    { host: H("beta"), sessions: [] },
  ];

  it("is every row in ring order, and no header line (fzf's header is an argument)", () => {
    const lines = rowsText(sources, NOW).split("\n");
    expect(lines.slice(0, -1).map((l) => l.split("\t")[0])).toEqual(["home:$0", "home:$2", "alpha:$5"]);
    expect(lines.at(-1)).toBe("");
    expect(lines[2]).toMatch(/\(40s ago\)/);
  });

  it("gives an offline host a row of its own, keyed host: (no session), before its cached rows", () => {
    const off = [
      { host: H("home"), sessions: [S("home", "$0", "work")] },
      { host: H("alpha"), sessions: [S("alpha", "$5", "agent")], ageSec: 40, offline: "connection refused" },
      { host: H("beta"), sessions: [], offline: "no answer within 2000 ms\nsecond line\x1b[2J" },
    ];
    const lines = rowsText(off, NOW).split("\n").slice(0, -1);
    expect(lines.map((l) => l.split("\t")[0])).toEqual(["home:$0", "alpha:", "alpha:$5", "beta:"]);
    expect(plain(lines[1]!.split("\t")[1]!)).toBe("alpha      offline: connection refused");
    // One row each, whatever the reason holds: a newline would make another row, escapes are dropped.
    expect(plain(lines[3]!.split("\t")[1]!)).toBe("beta       offline: no answer within 2000 ms second line");
    expect(parseKey("alpha:")).toEqual({ host: "alpha" });
  });

  it("with no sessions anywhere is empty", () => {
    expect(rowsText([{ host: H("home"), sessions: [] }], NOW)).toBe("");
  });
});

describe("parseKey accepts only host:$N, or host: (an offline host's row)", () => {
  it.each([
    ["alpha:$3", { host: "alpha", id: "$3" }],
    ["a.b-c_d:$0", { host: "a.b-c_d", id: "$0" }],
    ["gpu:$120", { host: "gpu", id: "$120" }],
    [" alpha:$3\n", { host: "alpha", id: "$3" }],
    ["alpha:", { host: "alpha" }],
  ])("%j → %j", (key, want) => {
    expect(parseKey(key)).toEqual(want);
  });

  it.each([
    "",
    "alpha",
    "alpha:3",
    "alpha:$",
    "alpha:%3",
    "alpha:@3",
    "alpha:$3x",
    "alpha:$3;kill",
    "alpha:$3 $4",
    ":$3",
    "Alpha:$3",
    "-alpha:$3",
    "al pha:$3",
    "alpha:beta:$3",
    "$(id):$3",
    "alpha:$-1",
  ])("rejects %j", (key) => {
    expect(parseKey(key)).toBeUndefined();
  });
});

describe("fzfPlan", () => {
  const SELF = ["/usr/bin/node", "/home/u/.tmux/plugins/nexus/dist/nexus.js"];
  const make = (userDefaults = "", nexusOpts = "", env: NodeJS.ProcessEnv = {}) =>
    fzfPlan({ self: SELF, userDefaults, nexusOpts, env });

  it("never uses --listen (no authentication before fzf 0.43)", () => {
    expect(make().argv.filter((a) => /--listen/.test(a))).toEqual([]);
    expect(make().argv[0]).toBe("fzf");
  });

  it("shows the label, keeps the key as field 1, and a header that no reload changes", () => {
    const { argv } = make();
    expect(argv).toEqual(
      expect.arrayContaining(["--delimiter=\t", "--with-nth=2..", `--header=${HEADER}`, "--print-query"]),
    );
    // Header lines in the rows would make fzf 0.38 sleep before drawing each reload's rows.
    expect(argv.filter((a) => a.startsWith("--header-lines"))).toEqual([]);
    expect(argv).toContain(`--expect=${KEYS.create}`);
  });

  it("passes the row key to commands only as the bare {1} placeholder, which fzf quotes itself", () => {
    const { argv } = make();
    // What fzf 0.38 takes for a placeholder (terminal.go); sh's ${…} and awk's { … } are not.
    const fzfPlaceholder = /\\?(?:\{[+sf]*[0-9,.-]*\}|\{q\}|\{\+?f?nf?\})/g;
    const placeholders = argv.flatMap((a) => a.match(fzfPlaceholder) ?? []);
    expect(placeholders.length).toBeGreaterThan(0);
    expect(new Set(placeholders)).toEqual(new Set(["{1}"]));
    for (const a of argv)
      for (const m of a.matchAll(/\{1\}/g)) {
        // Not inside quotes of ours: preceded by a space, followed by the end of the command.
        // Not inside quotes of ours: a word of its own, or a whole assignment's value.
        expect([" ", "="]).toContain(a[m.index - 1]);
        expect(["", ")", "+", ";"]).toContain(a[m.index + 3] ?? "");
      }
  });

  it("binds the live swap once, ctrl-x to ask-and-kill then reload, and a debounced preview", () => {
    const { argv } = make();
    const nx = '"$NEXUS_NODE" "$NEXUS_BUNDLE"';
    expect(argv).toContain(`--bind=load:reload-sync(${nx} rows --live)+unbind(load)`);
    expect(argv).toContain(`--bind=${KEYS.kill}:execute(${nx} pick-kill {1})+reload-sync(${nx} rows --live)`);
    expect(argv.find((a) => a.startsWith("--preview="))).toMatch(
      new RegExp(`^--preview=sleep 0\\.08; k=\\{1\\}; .* exec ${esc(nx)} preview "\\$k" ;; esac$`),
    );
  });

  describe("the launcher's live swap: rows from the fifo its node writes, else the first frame", () => {
    const load = fzfArgs("fifo").find((a) => a.startsWith("--bind=load:"))!;
    const reload = /^--bind=load:reload-sync\((.*)\)\+unbind\(load\)$/.exec(load)?.[1];
    /** Runs the reload as fzf does ($SHELL -c) while `writer` (sh) has the fifo; its output. */
    function swap(writer: string): string {
      const dir = mkdtempSync(join(tmpdir(), "nx-swap-"));
      try {
        const env = {
          PATH: process.env.PATH,
          NEXUS_FIFO: join(dir, "fifo"),
          NEXUS_FIRST: join(dir, "first"),
        };
        execFileSync("mkfifo", [env.NEXUS_FIFO]);
        writeFileSync(env.NEXUS_FIRST, "first\trow\n");
        const script = `(${writer}) >"$NEXUS_FIFO" & sh -c '${reload!.replace(/'/g, "'\\''")}'; wait`;
        return execFileSync("sh", ["-c", script], { encoding: "utf8", env, timeout: 5000 });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    it("takes the rows after the `rows` line, and only them", () => {
      expect(swap("printf 'rows\\nhome:$1\\tone\\nhome:$2\\ttwo\\n'")).toBe("home:$1\tone\nhome:$2\ttwo\n");
    });
    it("an empty live frame stays empty (no stale first frame)", () => {
      expect(swap("printf 'rows\\n'")).toBe("");
    });
    it("shows the first frame again when node wrote nothing, or not its rows", () => {
      expect(swap(":")).toBe("first\trow\n");
      expect(swap("printf 'Error: x\\n'")).toBe("first\trow\n");
    });
  });

  it("gives its own path to fzf's children through the env, whatever it contains", () => {
    const dir = mkdtempSync(join(tmpdir(), "nx fzf 'plan' "));
    try {
      // A "node" that prints its argv, in a directory whose name needs quoting.
      const node = join(dir, "no de");
      writeFileSync(node, "#!/bin/sh\nprintf '<%s>' \"$@\"\n", { mode: 0o755 });
      const bundle = "/home/it's $(x) `y` #z;/nexus.js";
      const { argv, env } = fzfPlan({ self: [node, bundle], userDefaults: "", nexusOpts: "", env: {} });
      const preview = argv.find((a) => a.startsWith("--preview="))!.slice("--preview=".length);
      // As fzf runs it: $SHELL -c, with {1} replaced by the quoted key.
      const out = execFileSync("sh", ["-c", preview.replace("{1}", "'home:$1'")], { encoding: "utf8", env });
      expect(out).toBe(`<${bundle}><preview><home:$1>`);
      // An offline host's row (no session) of this very server goes to node too, not capture-pane.
      const here = { ...env, NEXUS_HERE: "home" };
      const offline = execFileSync("sh", ["-c", preview.replace("{1}", "'home:'")], {
        encoding: "utf8",
        env: here,
      });
      expect(offline).toBe(`<${bundle}><preview><home:>`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["no user options", "", "", "--layout=reverse --info=inline --prompt='session> '"],
    [
      "the user's defaults first",
      "--height=40% --color=dark",
      "",
      "--height=40% --color=dark --layout=reverse --info=inline --prompt='session> '",
    ],
    [
      "@nexus-fzf-opts last, so they win",
      "",
      "--layout=default --prompt='pick> '",
      "--layout=reverse --info=inline --prompt='session> ' --layout=default --prompt='pick> '",
    ],
    [
      "both",
      "--border",
      "--no-info",
      "--border --layout=reverse --info=inline --prompt='session> ' --no-info",
    ],
    ["blank ones are left out", "   ", "\t", "--layout=reverse --info=inline --prompt='session> '"],
  ])("layers FZF_DEFAULT_OPTS: %s", (_what, user, ours, want) => {
    expect(make(user, ours).env.FZF_DEFAULT_OPTS).toBe(want);
  });

  it("runs fzf's commands with SHELL=/bin/sh and passes the rest of the env on", () => {
    const { env } = make("", "", {
      SHELL: "/usr/bin/fish",
      NEXUS_CONFIG: "/f.yaml",
      FZF_DEFAULT_OPTS: "--x",
    });
    expect(env.SHELL).toBe("/bin/sh");
    expect(env.NEXUS_CONFIG).toBe("/f.yaml");
    expect(env.FZF_DEFAULT_OPTS).not.toContain("--x");
  });
});

describe("fzfOutcome: fzf's exit and output → what the picker does", () => {
  const selected = "home:$4\thome       work";
  it.each([
    ["enter on a row", 0, `wo\n\n${selected}\n`, { kind: "go", key: "home:$4" }],
    ["no match (exit 1)", 1, "zzz\n\n", { kind: "none" }],
    ["escape or ctrl-c (exit 130)", 130, "", { kind: "none" }],
    ["exit 0 with nothing selected", 0, "q\n\n", { kind: "none" }],
    ["ctrl-n on a row", 0, `alpha:new\nctrl-n\n${selected}\n`, { kind: "create", query: "alpha:new" }],
    ["ctrl-n with no match", 1, "fresh\nctrl-n\n", { kind: "create", query: "fresh" }],
    ["ctrl-n with an empty query", 1, "\nctrl-n\n", { kind: "create", query: "" }],
    [
      "fzf missing (exit 127)",
      127,
      "",
      { kind: "error", message: expect.stringMatching(/fzf is not installed/) },
    ],
    ["an fzf error (exit 2)", 2, "", { kind: "error", message: "fzf failed (exit 2)" }],
    ["an fzf error even after ctrl-n", 2, "x\nctrl-n\n", { kind: "error", message: "fzf failed (exit 2)" }],
    ["ctrl-n then interrupted", 130, "x\nctrl-n\n", { kind: "none" }],
  ])("%s", (_what, code, stdout, want) => {
    expect(fzfOutcome(code, stdout)).toEqual(want);
  });
});

describe("the two frames, over fake hosts", () => {
  const dir = mkdtempSync(join(tmpdir(), "nx-frame-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A tmux list-sessions line, in SESSION_FORMAT's order. */
  function line(s: Session): string {
    const value: Record<string, unknown> = {
      session_id: s.id,
      session_windows: s.windows,
      session_attached: s.attached,
      session_created: s.created,
      session_activity: s.activity,
      pane_current_command: s.command,
      pane_current_path: s.path,
      pane_dead: s.dead ? 1 : 0,
      session_name: s.name,
    };
    return SESSION_FORMAT.split("\t")
      .map((f) => {
        const v = value[f.slice(2, -1)];
        if (v === undefined) throw new Error(`no test value for ${f}`);
        return String(v);
      })
      .join("\t");
  }

  /** home (local), alpha and hung (ssh); each answers from the table, or throws its HostError. */
  function fakeCtx(cacheDir: string, answers: Record<string, Session[] | HostError>) {
    const fleet: Fleet = {
      file: "",
      self: "home",
      hosts: [H("home"), H("alpha", { ssh: "alpha" }), H("hung", { ssh: "hung" })],
      timeouts: { connectMs: 1000, listMs: 1000 },
    };
    const asked: string[] = [];
    const hosts: Host[] = fleet.hosts.map((spec) => ({
      spec,
      local: spec.ssh === undefined,
      async exec() {
        asked.push(spec.name);
        const a = answers[spec.name];
        if (a instanceof HostError) throw a;
        return { code: 0, stdout: (a ?? []).map(line).join("\n"), stderr: "", timedOut: false };
      },
    }));
    const ctx: Ctx = {
      fleet,
      hosts,
      cache: new PeerCache(cacheDir),
      env: {},
      runtimeDir: cacheDir,
      host: (name) => hosts.find((h) => h.spec.name === name)!,
    };
    return { ctx, asked };
  }
  const keysOf = (text: string) =>
    text
      .split("\n")
      .slice(0, -1)
      .map((l) => l.split("\t")[0]);

  it("first frame: local rows asked, peers only from the cache (with their age), never the network", async () => {
    const cacheDir = join(dir, "first");
    new PeerCache(cacheDir).write({
      v: 1,
      host: "alpha",
      at: Date.now() - 90_000,
      sessions: [S("alpha", "$9", "agent")],
    });
    const { ctx, asked } = fakeCtx(cacheDir, { home: [S("home", "$0", "work")] });
    const text = await firstFrame(ctx);
    expect(asked).toEqual(["home"]);
    expect(keysOf(text)).toEqual(["home:$0", "alpha:$9"]);
    expect(text).toMatch(/agent .*\(1m ago\)/);
  });

  it("live frame: every host asked; an offline host is a row saying why, before its cached rows", async () => {
    const cacheDir = join(dir, "live");
    const { ctx, asked } = fakeCtx(cacheDir, {
      home: [S("home", "$0", "work")],
      alpha: [S("alpha", "$9", "agent")],
      hung: new HostError("hung", "timeout", "no answer within 2000 ms"),
    });
    const text = await liveFrame(ctx);
    expect(asked.sort()).toEqual(["alpha", "home", "hung"]);
    expect(plain(text)).toMatch(/^hung:\thung {7}offline: no answer within 2000 ms$/m);
    // What answered goes to the cache, for the next first frame: after the text is out.
    expect(new PeerCache(cacheDir).read("alpha")).toBeUndefined();
    await new Promise((r) => setImmediate(r));
    expect(new PeerCache(cacheDir).read("alpha")?.sessions.map((s) => s.id)).toEqual(["$9"]);
    expect(keysOf(text)).toEqual(["home:$0", "alpha:$9", "hung:"]);
  });

  it("live frame with every host up: only sessions", async () => {
    const { ctx } = fakeCtx(join(dir, "up"), { home: [], alpha: [S("alpha", "$1", "x")], hung: [] });
    const text = await liveFrame(ctx);
    expect(keysOf(text)).toEqual(["alpha:$1"]);
    expect(text).not.toMatch(/offline/);
    expect(text).not.toMatch(/ago/);
  });
});

describe("plan: how to go to a target", () => {
  const fleet: Fleet = {
    file: "",
    self: "laptop",
    hosts: [
      H("laptop", { ssh: "laptop" }),
      H("devbox", { ssh: "devbox" }),
      H("scratch", { socket: "scratch" }),
      H("gpu", { ssh: "gpu-rig", socket: "nexus" }),
    ],
    timeouts: { connectMs: 2000, listMs: 1500 },
  };

  it.each([
    ["laptop", "/dev/pts/3"],
    ["laptop", undefined],
    ["scratch", "/dev/pts/9"],
  ])("a target on the server the client is on (%s): switch that client", (host, client) => {
    expect(plan({ fleet, current: host, client }, { host, id: "$4" })).toEqual({
      kind: "switch",
      host,
      client,
      id: "$4",
    });
  });

  it.each([
    ["another host", "laptop", "devbox"],
    ["another socket on this machine", "laptop", "scratch"],
    ["not under tmux", undefined, "laptop"],
  ])("%s: never a switch, and the target and client are kept", (_what, current, host) => {
    const p = plan({ fleet, current, client: "/dev/pts/3" }, { host, id: "$7" });
    expect(p.kind).not.toBe("switch");
    expect(p).toMatchObject({ host, id: "$7" });
  });

  it.each([
    ["default", "laptop"], // self, on the default server
    ["scratch", "scratch"], // another socket here
    ["nexus", undefined], // gpu's socket name, but gpu is another machine
    ["other", undefined],
    [undefined, undefined], // not under tmux
  ])("currentHost(socket %j) → %j", (socket, want) => {
    expect(currentHost(fleet, socket)).toBe(want);
  });

  it("the switch names the client: from a popup, a bare switch-client moves tmux's most recent client", () => {
    expect(switchClient(H("home"), "/dev/pts/3", "$4")).toEqual([
      "tmux",
      "-L",
      "default",
      "switch-client",
      "-c",
      "/dev/pts/3",
      "-t",
      "$4",
    ]);
  });

  it("self on a named socket is found by that socket, not by default", () => {
    const f = { ...fleet, hosts: [H("laptop", { ssh: "laptop", socket: "main" }), ...fleet.hosts.slice(1)] };
    expect(currentHost(f, "main")).toBe("laptop");
    expect(currentHost(f, "default")).toBeUndefined();
  });
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("scripts/rows.awk: the first frame without node, drawn as rows.ts draws it", () => {
  const dir = mkdtempSync(join(tmpdir(), "nx-awk-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const root = join(import.meta.dirname, "../..");
  const AWK = ["-f", join(root, "scripts/lib.awk"), "-f", join(root, "scripts/rows.awk")];

  const home = H("home", { color: "green" });
  const alpha = H("alpha", { ssh: "alpha", color: "colour208" });
  const beta = H("beta", { ssh: "beta", color: "#ff8800" });
  const local = [
    ...hostileNames("/tmp/CANARY").map((name, i) => S("home", `$${i}`, name)),
    S("home", "$20", "ünïcödé 名前 — long enough to be cut by nothing", { attached: 2 }),
    S("home", "$21", "dead one", {
      dead: true,
      activity: NOW - 7200,
      command: "\x1b[31mred\x1b[0m\x07\u0085x",
    }),
    S("home", "$22", "x", { activity: NOW + 30, command: "\x1b]0;title\x07vim", windows: 3 }),
  ];
  const cached = [
    S("alpha", "$3", "tab\there\nand newline"),
    S("alpha", "$4", "old", { activity: NOW - 86400 * 3 }),
  ];

  it("gives the same rows for live, cached and missing hosts, hostile and UTF-8 names included", () => {
    const peers = join(dir, "peers");
    new PeerCache(dir).write({ v: 1, host: "alpha", at: (NOW - 90) * 1000, sessions: cached });
    const meta = join(dir, "meta");
    const hostLine = (h: HostSpec, how: string) => `host\t${h.name}\t${sgr(h.color)}\t${how}`;
    // Two blocks: the one of this key is read, the other (another fleet) ignored.
    const key = "key\t/it's \\n a \\path\tself\t\t";
    writeFileSync(
      meta,
      [
        ...[META_VERSION, "key\t\t\t\t", hostLine(H("other"), "here")],
        // An older version's block under the same key: never read.
        ...["nexus-picker\t1", key, hostLine(H("stale"), "here")],
        ...[META_VERSION, key, hostLine(home, "here")],
        ...[hostLine(alpha, "cache"), hostLine(beta, "cache")],
      ].join("\n"),
    );
    // This server's list-sessions, plus a line of the wrong shape that both sides drop.
    const input = `${[...local.map(sessionLine), "$99\tnot enough fields"].join("\n")}\n`;
    const awk = execFileSync("awk", ["-v", `now=${NOW}`, "-v", `peers=${peers}`, ...AWK, meta, "-"], {
      input,
      env: { PATH: process.env.PATH, LC_ALL: "C", NEXUS_KEY: key },
    }).toString("utf8");
    const expected = rowsText(
      [
        { host: home, sessions: local },
        { host: alpha, sessions: cached, ageSec: 90 },
        { host: beta, sessions: [] },
      ],
      NOW,
    );
    expect(awk.split("\n")).toEqual(expected.split("\n"));
  });

  describe("with -v fan: the live frame from the fan-out's answers, as node draws it, or exit 3", () => {
    const key = "key\t\t\t\t";
    const meta = join(dir, "live-meta");
    const hostLine = (h: HostSpec, how: string) => `host\t${h.name}\t${sgr(h.color)}\t${how}`;
    writeFileSync(
      meta,
      [META_VERSION, key, hostLine(home, "here"), hostLine(alpha, "cache"), hostLine(beta, "cache")].join(
        "\n",
      ),
    );
    const remote = [S("alpha", "$3", "tab here and newline"), S("alpha", "$4", "$(touch /tmp/CANARY)")];
    /** A peer's answer as the fan-out stores it: a login shell's noise, then the framed output. */
    const framedAnswer = (lines: string, rc = 0) => {
      const f = frame(["sh", "-c", `cat; exit ${rc}`], lines);
      return {
        tag: f.tag,
        out: `Last login: today\n${execFileSync("sh", ["-c", f.script]).toString("utf8")}`,
      };
    };
    type Answer = { host: string; out: string; rc: string; tag: string; err?: string };
    /** A fan-out's dir as its calls leave it: I.out and I.rc per host. */
    function fanDir(answers: Answer[]): string {
      const fan = mkdtempSync(join(dir, "fan-"));
      answers.forEach((a, i) => {
        writeFileSync(join(fan, `${i}.out`), a.out);
        writeFileSync(join(fan, `${i}.rc`), `${a.rc}\n`);
        writeFileSync(join(fan, `${i}.err`), a.err ?? "");
      });
      return fan;
    }
    /** rows.awk over a fan dir of those answers: its exit status and rows. */
    function fanned(answers: Answer[], jobs?: string) {
      const fan = fanDir(answers);
      const map = jobs ?? answers.map((a, i) => `${a.host}:${i}:${a.tag}`).join(" ");
      try {
        const out = execFileSync(
          "awk",
          ["-v", `now=${NOW}`, "-v", `fan=${fan}`, "-v", `jobs=${map}`, ...AWK, meta, "/dev/null"],
          { env: { PATH: process.env.PATH, LC_ALL: "C", NEXUS_KEY: key } },
        );
        return { code: 0, rows: out.toString("utf8") };
      } catch (e) {
        return { code: (e as { status: number }).status, rows: "" };
      }
    }
    const localOut = `${[...local.map(sessionLine), "$99\tnot enough fields"].join("\n")}\n`;
    const healthy = (): Answer[] => {
      const a = framedAnswer(`${remote.map(sessionLine).join("\n")}\n`);
      const b = framedAnswer("");
      return [
        { host: "home", out: localOut, rc: "0", tag: "-" },
        { host: "alpha", out: a.out, rc: "0", tag: a.tag },
        { host: "beta", out: b.out, rc: "0", tag: b.tag },
      ];
    };

    it("draws exactly what liveFrame draws from the same answers, hostile names included", () => {
      const r = fanned(healthy());
      expect(r.code).toBe(0);
      // node's path: each answer through parseSessions (listHost), then rowsText.
      const expected = rowsText(
        [
          { host: home, sessions: parseSessions("home", localOut).sessions },
          { host: alpha, sessions: remote },
          { host: beta, sessions: [] },
        ],
        NOW,
      );
      expect(r.rows.split("\n")).toEqual(expected.split("\n"));
      expect(r.rows).toContain("alpha:$4\t");
    });

    it("takes a server that is not running as no sessions, as listHost does", () => {
      const answers = healthy();
      answers[0] = {
        host: "home",
        out: "",
        rc: "1",
        tag: "-",
        err: "no server running on /tmp/tmux-0/default\n",
      };
      const noServer = execFileSync("sh", [
        "-c",
        frame(["sh", "-c", "echo 'error connecting to /tmp/x (No such file or directory)' >&2; exit 1"])
          .script,
      ]).toString("utf8");
      answers[2] = { host: "beta", out: noServer, rc: "0", tag: /@@NX:(\w+):OUT/.exec(noServer)![1]! };
      const r = fanned(answers);
      expect(r.code).toBe(0);
      const expected = rowsText(
        [
          { host: home, sessions: [] },
          { host: alpha, sessions: remote },
          { host: beta, sessions: [] },
        ],
        NOW,
      );
      expect(r.rows.split("\n")).toEqual(expected.split("\n"));
    });

    it.each([
      ["ssh failed (255)", (a: ReturnType<typeof healthy>) => (a[1]!.rc = "255")],
      ["the local tmux failed (no server)", (a: ReturnType<typeof healthy>) => (a[0]!.rc = "1")],
      [
        "no status (killed at its deadline before writing it)",
        (a: ReturnType<typeof healthy>) => (a[2]!.rc = ""),
      ],
      [
        "tmux failed on the peer (the frame's status)",
        (a: ReturnType<typeof healthy>) => {
          const f = framedAnswer("", 1);
          a[1] = { ...a[1]!, out: f.out, tag: f.tag };
        },
      ],
      [
        "no frame (a shell that printed something else)",
        (a: ReturnType<typeof healthy>) => (a[1]!.out = "hello\n"),
      ],
      [
        "a frame cut short",
        (a: ReturnType<typeof healthy>) => (a[1]!.out = a[1]!.out.slice(0, a[1]!.out.indexOf(":ERR"))),
      ],
      ["another frame's tag", (a: ReturnType<typeof healthy>) => (a[1]!.tag = "0123456789ab")],
    ])("exits 3 (node draws it) when %s", (_, spoil) => {
      const answers = healthy();
      spoil(answers);
      expect(fanned(answers).code).toBe(3);
    });

    it("the fan-out's tail writes them to fzf's fifo once fzf's reload opens it, however late", async () => {
      const answers = healthy();
      const fan = fanDir(answers);
      const fifo = join(fan, "live");
      execFileSync("mkfifo", [fifo]);
      const jobs = answers.map((a) => ({
        host: a.host,
        tag: a.tag,
        call: { argv: [], settle: (r: never) => r },
      }));
      const tail = drawLive(jobs as never);
      const env = { PATH: process.env.PATH, LC_ALL: "C", NEXUS_KEY: key };
      const { spawn } = await import("node:child_process");
      const sh = spawn("sh", ["-c", tail, "sh", fan, fifo, join(root, "scripts/rows.awk"), meta], { env });
      let report = "";
      sh.stdout.on("data", (b) => (report += b));
      // fzf's reload comes only now, long after the answers: what a fifo holds with nobody
      // reading is lost, so the tail must still be waiting to write.
      await new Promise((r) => setTimeout(r, 300));
      const load = fzfArgs("fifo").find((a) => a.startsWith("--bind=load:"))!;
      const reload = /^--bind=load:reload-sync\((.*)\)\+unbind\(load\)$/.exec(load)![1]!;
      writeFileSync(join(fan, "first"), "first\n");
      const rows = execFileSync("sh", ["-c", reload], {
        encoding: "utf8",
        timeout: 5000,
        env: { ...env, NEXUS_FIFO: fifo, NEXUS_FIRST: join(fan, "first") },
      });
      await new Promise((r) => sh.on("close", r));
      expect(report).toBe("rendered\n");
      // Every row the tail drew, after its `rows` line: the session rows of home, alpha and beta.
      expect(rows).toBe(readFileSync(join(fan, "rows"), "utf8"));
      expect(rows.split("\n").length).toBe(local.length + remote.length + 1);
      expect(rows).toContain("alpha:$3\t");
    });

    it("exits 3 for a host the fan-out did not list, or more rows than a fifo takes at once", () => {
      expect(fanned(healthy(), "home:0:-").code).toBe(3);
      const many = Array.from({ length: 700 }, (_, i) =>
        S("home", `$${i}`, `session-${i}-${"x".repeat(60)}`),
      );
      const big = [
        { host: "home", out: `${many.map(sessionLine).join("\n")}\n`, rc: "0", tag: "-" },
        ...healthy().slice(1),
      ];
      expect(fanned(big).code).toBe(3);
    });
  });

  it("picker.sh, ring.sh and rows.awk take blocks of the meta version node writes, and no other", () => {
    const version = META_VERSION.split("\t")[1];
    for (const file of ["picker.sh", "ring.sh"]) {
      const script = readFileSync(join(root, "scripts", file), "utf8");
      expect(
        [...script.matchAll(/"nexus-picker\$\{tab\}(\w+)"/g)].map((m) => m[1]),
        file,
      ).toEqual([version]);
    }
    const awk = readFileSync(join(root, "scripts/rows.awk"), "utf8");
    expect([...awk.matchAll(/"nexus-picker\\t(\w+)"/g)].map((m) => m[1])).toEqual([version]);
  });

  it("reads this server's sessions in SESSION_FORMAT, as picker.sh asks tmux for them", () => {
    const script = readFileSync(join(root, "scripts/picker.sh"), "utf8");
    expect(/^format='(.*)'$/m.exec(script)?.[1]).toBe(SESSION_FORMAT);
  });
});

describe("writePickerMeta: one block per fleet seen lately", () => {
  const dir = mkdtempSync(join(tmpdir(), "nx-meta-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function ctxFor(file: string, self: string): Ctx {
    const fleet: Fleet = { file, self, hosts: [H(self)], timeouts: { connectMs: 1000, listMs: 1000 } };
    const hosts: Host[] = fleet.hosts.map((spec) => ({ spec, local: true, exec: async () => ({}) as never }));
    return {
      fleet,
      hosts,
      cache: new PeerCache(join(dir, "state", "nexus")),
      env: { XDG_STATE_HOME: join(dir, "state"), TMUX: "/tmp/tmux-0/work,1,0" },
      runtimeDir: dir,
      host: (name) => hosts.find((h) => h.spec.name === name)!,
    };
  }
  const keys = () =>
    readFileSync(metaFile({ XDG_STATE_HOME: join(dir, "state") }, "work"), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("key\t"))
      .map((l) => l.split("\t")[1]);

  it("newest first, the same key replaced, a few kept, and none whose fleet file changed since", () => {
    const files = ["a", "b", "c", "d", "e"].map((n) => join(dir, `${n}.yaml`));
    for (const f of files) writeFileSync(f, "hosts: []\n");
    for (const f of files.slice(0, 3)) writePickerMeta(ctxFor(f, "h"), { configOption: f, selfOption: "" });
    expect(keys()).toEqual([files[2], files[1], files[0]]);
    writePickerMeta(ctxFor(files[0]!, "h"), { configOption: files[0]!, selfOption: "" });
    expect(keys()).toEqual([files[0], files[2], files[1]]);
    for (const f of files.slice(3)) writePickerMeta(ctxFor(f, "h"), { configOption: f, selfOption: "" });
    expect(keys()).toEqual([files[4], files[3], files[0], files[2]]);
    // b's fleet file changes after its block was written: the next write drops that block.
    const later = new Date(Date.now() + 5000);
    utimesSync(files[2]!, later, later);
    writePickerMeta(ctxFor(files[4]!, "h"), { configOption: files[4]!, selfOption: "" });
    expect(keys()).toEqual([files[4], files[3], files[0]]);
  });

  it("drops the blocks an older version wrote, even under the same key", () => {
    const file = metaFile({ XDG_STATE_HOME: join(dir, "state") }, "work");
    const f = join(dir, "v1.yaml");
    writeFileSync(f, "hosts: []\n");
    const v1 = [
      "nexus-picker\t1",
      `key\t${f}\t\t\t`,
      `fleet\t${f}`,
      `written\t${Date.now() + 60_000}`,
      "fzf\t--header-lines=1",
    ];
    writeFileSync(file, `${v1.join("\n")}\n`);
    writePickerMeta(ctxFor(f, "h"), { configOption: join(dir, "other.yaml"), selfOption: "" });
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/nexus-picker\t1|--header-lines/);
    expect(keys()).toEqual([join(dir, "other.yaml")]);
  });

  it("is best effort: a state dir that cannot be written costs the picker nothing", () => {
    const blocked = join(dir, "blocked");
    writeFileSync(blocked, "a file where the state dir would be\n");
    const ctx = {
      ...ctxFor(join(dir, "a.yaml"), "h"),
      env: { XDG_STATE_HOME: blocked, TMUX: "/tmp/tmux-0/work,1,0" },
    };
    expect(() => writePickerMeta(ctx, { configOption: "", selfOption: "" })).not.toThrow();
    expect(existsSync(join(blocked, "nexus"))).toBe(false);
  });
});
