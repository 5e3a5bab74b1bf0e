// The dashboard's pure parts: which sessions, how many a page, what each tile runs, and that no
// session name reaches a shell or a tmux format.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cellSize, MAX_PER_PAGE, paginate, perPage, tiledGrid } from "../../src/dash/layout.js";
import { planDash } from "../../src/dash/plan.js";
import {
  batches,
  chain,
  type DashHost,
  lostCommands,
  pageText,
  type Tile,
  WATCH,
  watchArgv,
} from "../../src/dash/server.js";
import { shJoin } from "../../src/exec/quote.js";
import { matches, parseFilter } from "../../src/model/filter.js";
import { session } from "../helpers/fixtures.js";

const S = (host: string, id: string, name: string, command = "sh") => session(host, id, name, { command });
const SESSIONS = [
  S("home", "$0", "api", "claude"),
  S("home", "$1", "build", "make"),
  S("gpu", "$0", "train", "python3"),
  S("gpu", "$4", "Claude-web", "claude"),
];
const HOSTS = ["home", "gpu"];
/** ssh as SshHost.ttyArgv builds it, without the options. */
const tty = (remote: string) => ["ssh", "-t", "--", "gpu-rig", remote];
const hostMap = new Map<string, DashHost>([
  ["home", { name: "home", socket: "default", color: "green" }],
  ["gpu", { name: "gpu", socket: "nexus", tty }],
]);

describe("dash: which sessions", () => {
  it.each([
    ["", undefined, ["home:$0", "home:$1", "gpu:$0", "gpu:$4"]],
    ["gpu:", undefined, ["gpu:$0", "gpu:$4"]],
    ["*", undefined, ["home:$0", "home:$1", "gpu:$0", "gpu:$4"]],
    ["claude", undefined, ["gpu:$4"]], // a part of the name, any case
    ["", "claude", ["home:$0", "gpu:$4"]], // --cmd: the active pane's command
    ["home:", "claude", ["home:$0"]],
    ["gpu:tr", "python", ["gpu:$0"]],
    ["nothing", undefined, []],
    ["zz:api", undefined, []], // not a fleet host: the whole text is a name part
  ])("%j --cmd %j → %j", (text, cmd, keys) => {
    const f = parseFilter(text, HOSTS, cmd);
    expect(SESSIONS.filter((s) => matches(f, s)).map((s) => `${s.host}:${s.id}`)).toEqual(keys);
  });
});

describe("dash: pages", () => {
  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [3, 2, 2],
    [4, 2, 2],
    [5, 3, 2],
    [6, 3, 2],
    [7, 3, 3],
    [10, 4, 3],
  ])("tmux tiles %i panes as %i rows × %i columns", (n, rows, cols) => {
    expect(tiledGrid(n)).toEqual({ rows, cols });
  });

  it.each([
    // terminal less its status line → tiles a page
    [160, 44, 6], // 2 columns × 3 rows of 79×14
    [100, 29, 2], // 2 rows of 100×14; 3 tiles would make 49-column cells
    [80, 23, 1], // one tile, however small
    [20, 5, 1],
    [250, 70, 20], // 5 rows × 4 columns of 61×13
    [1000, 400, MAX_PER_PAGE],
  ])("%i×%i holds %i tiles of at least 60×12", (cols, rows, n) => {
    expect(perPage({ cols, rows })).toBe(n);
    const cell = cellSize(n, { cols, rows });
    if (n > 1) expect(cell.cols >= 60 && cell.rows >= 12).toBe(true);
  });

  it("pages in order, the last one short", () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 3)).toEqual([]);
  });

  it.each([
    [0, 1, 3, 3, "3 sessions"],
    [0, 1, 1, 1, "1 session"],
    [0, 3, 6, 14, "page 1/3 · 6 of 14 (8 on other pages)"],
    [2, 3, 2, 14, "page 3/3 · 2 of 14 (12 on other pages)"],
  ])("page %i of %i with %i of %i tiles: %j", (page, pages, shown, total, text) => {
    expect(pageText(page, pages, shown, total)).toBe(text);
  });
});

describe("dash: what a tile runs", () => {
  it("local: the watch script through sh, with TMUX unset, by socket and $id", () => {
    expect(watchArgv({ name: "home", socket: "default" }, "$3")).toEqual([
      "env",
      "-u",
      "TMUX",
      "-u",
      "TMUX_PANE",
      "sh",
      "-c",
      WATCH,
      "sh",
      "default",
      "$3",
    ]);
  });

  it("ssh: one constant line for the remote login shell, each word single-quoted", () => {
    const argv = watchArgv({ name: "gpu", socket: "nexus", tty }, "$12");
    expect(argv.slice(0, 9)).toEqual(["env", "-u", "TMUX", "-u", "TMUX_PANE", "ssh", "-t", "--", "gpu-rig"]);
    const line = argv[9] as string;
    expect(line).toBe(shJoin(["sh", "-c", WATCH, "sh", "nexus", "$12"]));
    expect(line.endsWith(" 'sh' 'nexus' '$12'")).toBe(true);
  });

  it("the script survives any login shell's single quotes: one line, no ' ! or \\\\", () => {
    expect(WATCH).not.toMatch(/['!\n]|\\\\/);
    expect(WATCH).toContain("attach-session -r -f ignore-size");
    expect(WATCH).toContain("refresh-client -f \\041ignore-size");
    execFileSync("sh", ["-n", "-c", WATCH]); // parses as POSIX sh
  });

  it.each([
    ["$1;touch x", "default"],
    ["1", "default"],
    ["%1", "default"],
    ["$1", "a b"],
    ["$1", "x'y"],
    ["$1", ""],
  ])("refuses id %j on socket %j", (id, socket) => {
    expect(() => watchArgv({ name: "h", socket, tty }, id)).toThrow(/bad/);
  });
});

describe("dash: names are data", () => {
  const HOSTILE = [
    "a;",
    "#{pane_id}",
    "#(touch /tmp/canary)",
    "$(touch /tmp/canary)",
    "`id`",
    "-t x",
    "it's",
    'say "hi"',
    "\\;",
  ];
  const tiles: Tile[] = HOSTILE.map((name, i) => ({ host: i % 2 ? "gpu" : "home", id: `$${i}`, name }));
  const plan = planDash(tiles, hostMap, { cols: 160, rows: 44 }, 42, "offline: beta");

  it("pages the tiles on the dash's own socket", () => {
    expect(plan.socket).toBe("nexus-dash-42");
    expect(plan.perPage).toBe(6);
    expect(plan.pages.map((p) => p.length)).toEqual([6, 3]);
    expect(plan.pages[0]?.[0]?.color).toBe("green");
    expect(plan.pages[0]?.[1]?.color).toBeUndefined();
  });

  it("a name only ever is the value of @nexus-title, which constant formats show unexpanded", () => {
    for (const name of HOSTILE) {
      const uses = plan.commands.filter((c) => c.some((w) => w.includes(name)));
      expect(uses.length, name).toBeGreaterThan(0);
      for (const c of uses) {
        expect(c.slice(0, 4), name).toEqual(["set-option", "-p", "-t", c[3]]);
        expect(c[4]).toBe("@nexus-title");
        expect(c.indexOf(c.find((w) => w.includes(name)) as string)).toBe(5);
      }
    }
    // Every tmux format the dashboard sets is constant.
    const formats = plan.commands.filter(
      (c) => c[0] === "set-option" && c[1] === "-g" && !c[2]?.startsWith("@"),
    );
    for (const c of formats) for (const name of HOSTILE) expect(c.join(" ")).not.toContain(name);
  });

  it("chains commands with `;` and escapes a trailing `;` in any word", () => {
    const argv = chain(plan.commands);
    const seps = argv.filter((w) => w === ";").length;
    expect(seps).toBe(plan.commands.length - 1);
    expect(argv).toContain("home:a\\;");
    expect(argv).toContain("home:\\\\;"); // tmux reads `\\;` back as `\;`
    expect(argv.filter((w) => w.endsWith(";") && w !== ";" && !w.endsWith("\\;"))).toEqual([]);
  });

  it("targets tiles by host:$id, never by name", () => {
    const targets = plan.commands.filter((c) => c[4] === "@nexus-target").map((c) => c[5]);
    expect(targets).toEqual(tiles.map((t) => `${t.host}:${t.id}`));
    for (const t of plan.pages.flat()) expect(t.argv.join(" ")).not.toContain(t.name);
  });
});

describe("dash: running the plan", () => {
  it("splits the commands into tmux invocations under the 16 KiB message limit", () => {
    const tiles: Tile[] = Array.from({ length: 30 }, (_, i) => ({ host: "gpu", id: `$${i}`, name: `s${i}` }));
    const plan = planDash(tiles, hostMap, { cols: 400, rows: 120 }, 7);
    const runs = batches(plan.commands);
    expect(runs.length).toBeGreaterThan(1);
    for (const argv of runs)
      expect(argv.reduce((n, w) => n + Buffer.byteLength(w) + 1, 0)).toBeLessThan(16_000);
    // Together, the same words in the same order; the first run starts the server and its session.
    expect(runs.flatMap((r, i) => (i === 0 ? r : [";", ...r]))).toEqual(chain(plan.commands));
    expect(runs[0]).toContain("new-session");
    expect(runs[runs.length - 1]?.slice(-3)).toEqual(["display-message", "-p", "#{socket_path}"]);
  });

  it("titles the dead panes the pane-died hook missed", () => {
    const panes = "%0 0 vm\n%1 1 vm\n%2 1 lost\n%3 1 retried\nbad 1 x\n";
    expect(lostCommands(panes)).toEqual([
      ["select-pane", "-t", "%1", "-T", "lost"],
      ["select-pane", "-t", "%3", "-T", "lost"],
    ]);
  });
});
