// Fleet file, paths, durations and @nexus-* options: tables of inputs and what they must give.

import { chmodSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDuration } from "../../src/config/duration.js";
import { type FleetContext, loadFleet, parseFleet } from "../../src/config/fleet.js";
import { OPTIONS, parseShowOptions, resolveOptions, unescapeTmuxValue } from "../../src/config/options.js";
import {
  CONTROL_PATH_MAX,
  configFile,
  controlPath,
  controlPathFits,
  controlPathMax,
  ensurePrivateDir,
  runtimeDir,
  stateDir,
} from "../../src/config/paths.js";
import type { Fleet } from "../../src/model/host.js";
import { Exit, NexusError } from "../../src/report.js";

const F = "/home/u/.config/nexus/fleet.yaml";
const y = (...lines: string[]): string => (lines.length ? `${lines.join("\n")}\n` : "");
const ctx = (o: Partial<FleetContext> = {}): FleetContext => ({
  env: { HOME: "/home/u", XDG_RUNTIME_DIR: "/run/user/1000" },
  hostname: "laptop.lan",
  uid: 1000,
  platform: "linux",
  ...o,
});
const T = { connectMs: 2000, listMs: 1500 };

function thrown(fn: () => unknown): NexusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof NexusError) return e;
    throw e;
  }
  throw new Error("expected a NexusError");
}

const BASE = ["hosts:", "  - name: laptop", "  - name: devbox", "    ssh: devbox"];
const TWO = [
  { name: "laptop", enabled: true, line: 2 },
  { name: "devbox", ssh: "devbox", enabled: true, line: 3 },
];

const DESIGN = y(
  "self: laptop              # optional",
  "hosts:",
  "  - name: laptop",
  "    ssh: laptop",
  "  - name: devbox",
  "    ssh: devbox",
  "  - name: gpu",
  "    ssh: gpu-rig",
  "    socket: nexus",
  "    color: magenta",
  "  - name: scratch         # no ssh: another tmux socket on this machine",
  "    socket: scratch",
  "timeouts: { connect: 2s, list: 1500ms }",
);
const DESIGN_HOSTS = [
  { name: "laptop", ssh: "laptop", enabled: true, line: 3 },
  { name: "devbox", ssh: "devbox", enabled: true, line: 5 },
  { name: "gpu", ssh: "gpu-rig", socket: "nexus", color: "magenta", enabled: true, line: 7 },
  { name: "scratch", socket: "scratch", enabled: true, line: 11 },
];

describe("parseFleet: valid files", () => {
  const valid: [string, string, FleetContext, Fleet][] = [
    [
      "minimal, self from the hostname",
      y(...BASE),
      ctx(),
      { file: F, self: "laptop", hosts: TWO, timeouts: T },
    ],
    ["DESIGN §2 example", DESIGN, ctx(), { file: F, self: "laptop", hosts: DESIGN_HOSTS, timeouts: T }],
    [
      "DESIGN §2 example seen from devbox: scratch is a socket there",
      DESIGN.replace("self: laptop", "self: devbox"),
      ctx(),
      { file: F, self: "devbox", hosts: DESIGN_HOSTS, timeouts: T },
    ],
    [
      "local socket hosts and options",
      y(
        "hosts:",
        "  - name: laptop",
        "  - name: s1",
        "    socket: one",
        "  - name: s.2_x",
        "    socket: Two.2",
        "    color: '#A0b0C0'",
        "    enabled: false",
      ),
      ctx(),
      {
        file: F,
        self: "laptop",
        hosts: [
          { name: "laptop", enabled: true, line: 2 },
          { name: "s1", socket: "one", enabled: true, line: 3 },
          { name: "s.2_x", socket: "Two.2", color: "#A0b0C0", enabled: false, line: 5 },
        ],
        timeouts: T,
      },
    ],
    [
      "ssh_config with ~/ and an anchor",
      y("hosts:", "  - &me", "    name: laptop", "ssh_config: ~/.ssh/nx"),
      ctx(),
      {
        file: F,
        self: "laptop",
        hosts: [{ name: "laptop", enabled: true, line: 3 }],
        timeouts: T,
        sshConfig: "/home/u/.ssh/nx",
      },
    ],
    [
      "ssh_config relative to the fleet file; NEXUS_SSH_CONFIG wins",
      y(...BASE, "ssh_config: ssh.conf"),
      ctx({ env: { HOME: "/home/u", NEXUS_SSH_CONFIG: "~/env.conf" } }),
      { file: F, self: "laptop", hosts: TWO, timeouts: T, sshConfig: "/home/u/env.conf" },
    ],
  ];
  it.each(valid)("%s", (_, text, c, want) => {
    expect(parseFleet(text, F, c)).toEqual(want);
  });

  it("resolves ssh_config relative to the fleet file's dir", () => {
    expect(parseFleet(y(...BASE, "ssh_config: ssh.conf"), F, ctx()).sshConfig).toBe(
      "/home/u/.config/nexus/ssh.conf",
    );
  });

  it.each([
    ["connect: 2s", 2000, 1500],
    ["connect: 1.5s", 1500, 1500],
    ["list: 1m", 2000, 60_000],
    ["list: 250ms", 2000, 250],
    ["connect: 3000", 3000, 1500],
    ["{ connect: '100', list: 10m }", 100, 600_000],
  ])("timeouts %s", (t, connectMs, listMs) => {
    const text = t.startsWith("{") ? y(...BASE, `timeouts: ${t}`) : y(...BASE, "timeouts:", `  ${t}`);
    expect(parseFleet(text, F, ctx()).timeouts).toEqual({ connectMs, listMs });
  });

  const selfFile = y("hosts:", ...["a", "b", "c", "d"].flatMap((h) => [`  - name: ${h}`, `    ssh: ${h}`]));
  it.each([
    ["self: in the file beats all", `self: a\n${selfFile}`, { NEXUS_SELF: "b" }, "c", "d.x", "a"],
    ["NEXUS_SELF beats @nexus-self", selfFile, { NEXUS_SELF: "b" }, "c", "d.x", "b"],
    ["@nexus-self beats the hostname", selfFile, { NEXUS_SELF: "" }, "c", "d.x", "c"],
    ["short hostname, lower-cased", selfFile, {}, "", "D.example.com", "d"],
  ])("self: %s", (_, text, env, tmuxSelf, hostname, want) => {
    expect(parseFleet(text, F, ctx({ env, tmuxSelf, hostname })).self).toBe(want);
  });
});

describe("parseFleet: errors name file:line: key, exit 2", () => {
  const dev = (...extra: string[]) => y("hosts:", "  - name: laptop", "  - name: devbox", ...extra);
  const longRun = { HOME: "/home/u", XDG_RUNTIME_DIR: `/${"r".repeat(80)}` };
  const errors: [string, string, string, Partial<FleetContext>?][] = [
    ["YAML syntax", dev("    ssh devbox"), "4: yaml: Implicit map keys need to be followed by map values"],
    [
      "YAML tab indent",
      y("hosts:", "  - name: laptop", "\t- name: x"),
      "3: yaml: Tabs are not allowed as indentation",
    ],
    [
      "duplicate YAML key",
      dev("    ssh: a", "    ssh: b"),
      "5: hosts[1].ssh: duplicate key (first at line 4)",
    ],
    [
      "unknown top-level key",
      y(...BASE, "colr: red"),
      "5: colr: unknown key (expected one of self, hosts, timeouts, ssh_config)",
    ],
    [
      "unknown host key",
      y(
        "hosts:",
        "  - name: laptop",
        "    ssh: laptop",
        "  - name: devbox",
        "    ssh: devbox",
        "    color: red",
        "    colr: blue",
      ),
      "7: hosts[1].colr: unknown key (expected one of name, ssh, socket, color, enabled)",
    ],
    ["empty file", "", "1: hosts: missing: the file is empty"],
    ["no hosts", y("self: laptop"), "1: hosts: missing"],
    ["empty hosts", y("hosts: []"), "1: hosts: expected a non-empty list"],
    ["hosts not a list", y("hosts: laptop"), "1: hosts: expected a non-empty list"],
    ["top level a list", y("- name: laptop"), "1: (top level): expected a map"],
    ["host entry not a map", y("hosts:", "  - laptop"), "2: hosts[0]: expected a map"],
    ["bad name", y("hosts:", "  - name: laptop", "  - name: GPU"), '3: hosts[1].name: bad host name "GPU"'],
    ["name with a leading -", y("hosts:", "  - name: -x"), '2: hosts[0].name: bad host name "-x"'],
    [
      "name too long",
      y("hosts:", `  - name: ${"a".repeat(33)}`),
      `2: hosts[0].name: bad host name "${"a".repeat(33)}"`,
    ],
    ["name a number", y("hosts:", "  - name: 123"), "2: hosts[0].name: expected a string, got number 123"],
    ["name missing", y("hosts:", "  - name: laptop", "  - ssh: devbox"), "3: hosts[1].name: missing"],
    ["unknown alias", y("hosts:", "  - name: *me"), "2: hosts[0].name: unknown alias *me"],
    [
      "duplicate host",
      dev("    ssh: a", "  - name: devbox", "    ssh: b"),
      "5: hosts[2].name: duplicate host devbox (first at line 3)",
    ],
    [
      "self from the file not found",
      y("self: gpu", ...BASE),
      '1: self: "gpu" (from self: in the fleet file) is not one of the hosts: laptop, devbox',
    ],
    [
      "self from NEXUS_SELF not found",
      y(...BASE),
      '1: self: "gpu" (from NEXUS_SELF) is not',
      { env: { NEXUS_SELF: "gpu" } },
    ],
    [
      "self from @nexus-self not found",
      y(...BASE),
      '1: self: "gpu" (from the tmux option @nexus-self)',
      { tmuxSelf: "gpu" },
    ],
    [
      "self from the hostname not found",
      y(...BASE),
      '1: self: "gpu" (from the hostname (GPU.lan))',
      { hostname: "GPU.lan" },
    ],
    ["self not a string", y("self: 1", ...BASE), "1: self: expected a string, got number 1"],
    [
      "two default-socket local hosts",
      dev(),
      "3: hosts[1]: devbox and laptop (line 2) are both the default tmux socket on this machine (laptop)",
    ],
    [
      "two local hosts on one socket",
      y("hosts:", "  - name: laptop", "  - name: a", "    socket: s", "  - name: b", "    socket: s"),
      "5: hosts[2].socket: b and a (line 3) are both tmux socket s on this machine (laptop)",
    ],
    [
      "ssh starting with -",
      dev("    ssh: -oProxyCommand=x"),
      '4: hosts[1].ssh: bad ssh destination "-oProxyCommand=x"',
    ],
    ["ssh with a space", dev('    ssh: "dev box"'), '4: hosts[1].ssh: bad ssh destination "dev box"'],
    ["ssh empty", dev('    ssh: ""'), '4: hosts[1].ssh: bad ssh destination ""'],
    ["ssh with no value", dev("    ssh:"), "4: hosts[1].ssh: expected a string, got nothing"],
    ["bad socket", dev("    socket: a/b"), '4: hosts[1].socket: bad tmux socket name "a/b"'],
    ["bad color", dev("    ssh: d", "    color: purple"), '5: hosts[1].color: bad colour "purple"'],
    [
      "colour out of range",
      dev("    ssh: d", "    color: colour256"),
      '5: hosts[1].color: bad colour "colour256"',
    ],
    [
      "enabled a string",
      dev("    ssh: d", '    enabled: "yes"'),
      '5: hosts[1].enabled: expected true or false, got string "yes"',
    ],
    [
      "enabled: yes (YAML 1.2)",
      dev("    ssh: d", "    enabled: yes"),
      '5: hosts[1].enabled: expected true or false, got string "yes"',
    ],
    [
      "enabled a number",
      dev("    ssh: d", "    enabled: 1"),
      "5: hosts[1].enabled: expected true or false, got number 1",
    ],
    [
      "bad duration unit",
      y(...BASE, "timeouts:", "  connect: 2h"),
      "6: timeouts.connect: expected a duration",
    ],
    ["zero duration", y(...BASE, "timeouts:", "  list: 0"), "6: timeouts.list: must be more than 0ms"],
    [
      "negative duration",
      y(...BASE, "timeouts: { connect: -1s }"),
      "5: timeouts.connect: must be more than 0ms",
    ],
    ["duration over 10m", y(...BASE, "timeouts:", "  list: 11m"), "6: timeouts.list: must be at most 10m"],
    [
      "duration not a scalar",
      y(...BASE, "timeouts:", "  list: [1]"),
      "6: timeouts.list: expected a duration",
    ],
    [
      "unknown timeouts key",
      y(...BASE, "timeouts:", "  conect: 2s"),
      "6: timeouts.conect: unknown key (expected one of connect, list)",
    ],
    ["timeouts not a map", y(...BASE, "timeouts: 2s"), "5: timeouts: expected a map"],
    ["ssh_config empty", y(...BASE, 'ssh_config: ""'), "5: ssh_config: empty path"],
    ["ssh_config ~user", y(...BASE, "ssh_config: ~bob/x"), "5: ssh_config: cannot expand ~"],
    [
      "ControlPath too long",
      y(...BASE),
      `3: hosts[1].ssh: the ssh ControlPath ${longRun.XDG_RUNTIME_DIR}/nexus/cm-%C is 131 bytes once ssh makes %C 40 chars, over the 90`,
      { env: longRun },
    ],
  ];
  it.each(errors)("%s", (_, text, want, over) => {
    const e = thrown(() => parseFleet(text, F, ctx(over)));
    expect(e.message.startsWith(`${F}:${want}`), `${e.message}\n  does not start with\n${F}:${want}`).toBe(
      true,
    );
    expect(e.code).toBe(Exit.usage);
    expect(e.hint).toBeTruthy();
  });

  it("skips the ControlPath check for self and disabled hosts", () => {
    const env = { HOME: "/home/u", XDG_RUNTIME_DIR: `/${"r".repeat(80)}` };
    const text = y(
      "hosts:",
      "  - name: laptop",
      "    ssh: laptop",
      "  - name: devbox",
      "    ssh: d",
      "    enabled: false",
    );
    expect(parseFleet(text, F, ctx({ env })).hosts).toHaveLength(2);
  });
});

describe("loadFleet", () => {
  const dir = mkdtempSync(join(tmpdir(), "nexus-config-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { HOME: join(dir, "home"), XDG_CONFIG_HOME: join(dir, "cfg") };

  it("with no file at the default path, is a one-host fleet named after this machine", () => {
    expect(loadFleet({ env, hostname: "My Mac.local", uid: 1000 })).toEqual({
      file: "",
      self: "my-mac",
      hosts: [{ name: "my-mac", enabled: true }],
      timeouts: T,
    });
    expect(loadFleet({ env: { ...env, NEXUS_SELF: "Box_1" }, hostname: "x", uid: 1000 }).self).toBe("box_1");
  });

  it.each([
    ["--config", { path: join(dir, "nope.yaml") }, env],
    ["NEXUS_CONFIG", {}, { ...env, NEXUS_CONFIG: join(dir, "nope.yaml") }],
  ])("with %s naming a missing file, exits 2", (_, o, e) => {
    const err = thrown(() => loadFleet({ ...o, env: e, hostname: "laptop", uid: 1000 }));
    expect(err.message).toBe(`no fleet file at ${join(dir, "nope.yaml")}`);
    expect(err.code).toBe(Exit.usage);
    expect(err.hint).toContain("hosts:");
  });

  it("reads the file at the XDG path and records its absolute path", () => {
    mkdirSync(join(dir, "cfg", "nexus"), { recursive: true });
    const file = join(dir, "cfg", "nexus", "fleet.yaml");
    writeFileSync(file, y(...BASE));
    expect(loadFleet({ env, hostname: "laptop", uid: 1000 })).toMatchObject({
      file,
      self: "laptop",
      hosts: TWO,
    });
  });
});

describe("paths", () => {
  it.each([
    [{ HOME: "/h" }, "/h/.config/nexus/fleet.yaml", "/h/.local/state/nexus", "/tmp/nexus-1000"],
    [
      { HOME: "/h", XDG_CONFIG_HOME: "/c", XDG_STATE_HOME: "/s", XDG_RUNTIME_DIR: "/run/user/1000" },
      "/c/nexus/fleet.yaml",
      "/s/nexus",
      "/run/user/1000/nexus",
    ],
    [
      { HOME: "/h", XDG_CONFIG_HOME: "rel", XDG_STATE_HOME: "", XDG_RUNTIME_DIR: "r" },
      "/h/.config/nexus/fleet.yaml",
      "/h/.local/state/nexus",
      "/tmp/nexus-1000",
    ],
    [
      { HOME: "/h", NEXUS_CONFIG: "~/f.yaml", XDG_CONFIG_HOME: "/c" },
      "/h/f.yaml",
      "/h/.local/state/nexus",
      "/tmp/nexus-1000",
    ],
  ])("%j", (env, config, state, runtime) => {
    expect(configFile(env)).toBe(config);
    expect(stateDir(env)).toBe(state);
    expect(runtimeDir(env, 1000)).toBe(runtime);
  });

  it("needs HOME when no XDG dir says otherwise", () => {
    expect(thrown(() => configFile({})).code).toBe(Exit.usage);
  });

  it("ControlPath: 108-byte sun_path, minus NUL, minus ssh's 17-byte temp suffix", () => {
    expect(CONTROL_PATH_MAX).toBe(90);
    expect(controlPathMax("darwin")).toBe(86);
    // One per destination: ssh makes %C a 40-char hash of local host, remote host, port and user.
    expect(controlPath("/run/user/1000/nexus")).toBe("/run/user/1000/nexus/cm-%C");
    // 90 - "/cm-" - 40: a runtime dir of 46 bytes fits, 47 does not; bytes, not chars.
    expect(controlPathFits(`/${"x".repeat(45)}`, "linux")).toBe(true);
    expect(controlPathFits(`/${"x".repeat(46)}`, "linux")).toBe(false);
    expect(controlPathFits(`/${"é".repeat(23)}`, "linux")).toBe(false);
  });
});

describe("ensurePrivateDir", () => {
  const dir = mkdtempSync(join(tmpdir(), "nexus-priv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const uid = process.getuid?.() ?? 0;

  it("creates a missing dir (and parents) mode 0700", () => {
    const p = join(dir, "a", "b", "nexus");
    expect(ensurePrivateDir(p, uid)).toBe(p);
    expect(lstatSync(p).mode & 0o777).toBe(0o700);
    expect(ensurePrivateDir(p, uid)).toBe(p);
  });

  it.each([
    [
      "open to others",
      (p: string) => {
        mkdirSync(p);
        chmodSync(p, 0o755);
      },
      uid,
      "has mode 0755",
      "chmod 700",
    ],
    ["a symlink", (p: string) => symlinkSync(dir, p), uid, "is a symlink", "rm"],
    ["a file", (p: string) => writeFileSync(p, ""), uid, "is not a directory", "rm"],
    [
      "someone else's",
      (p: string) => mkdirSync(p, { mode: 0o700 }),
      uid + 1,
      `is owned by uid ${uid}`,
      "rm -r",
    ],
  ])("refuses a dir that is %s", (name, make, asUid, what, fix) => {
    const p = join(dir, name.replaceAll(" ", "-"));
    make(p);
    const e = thrown(() => ensurePrivateDir(p, asUid));
    expect(e.code).toBe(Exit.failure);
    expect(e.message).toContain(p);
    expect(e.message).toContain(what);
    expect(e.hint).toContain(fix);
  });
});

describe("parseDuration", () => {
  it.each([
    ["2s", 2000],
    ["1500ms", 1500],
    ["1.5s", 1500],
    ["1m", 60_000],
    ["10m", 600_000],
    ["250", 250],
    [250, 250],
    ["0.5ms", 1],
  ])("%j → %d ms", (v, ms) => expect(parseDuration(v)).toEqual({ ok: true, ms }));

  it.each([
    "",
    "2h",
    "1d",
    "2 s",
    "s",
    ".5s",
    "1e3",
    "-1s",
    "0",
    0,
    -5,
    "0.1ms",
    "10m1ms",
    "601s",
    600_001,
    "2S",
  ])("%j is rejected", (v) => expect(parseDuration(v).ok).toBe(false));
});

describe("tmux options", () => {
  // Captured from tmux 3.3a `show-options -g` after `set -g` of the values below (plus stock lines).
  const SHOW = String.raw`@nexus-config "\~/my fleet.yaml"
@nexus-fzf-opts "--bind 'ctrl-a:select-all' --prompt \"> \" --pointer $"
@nexus-key \\
@nexus-next-key \~
@nexus-node "/opt/node 20/bin/node\t#x"
@nexus-popup-height 'a"b'
@nexus-popup-width "90%"
@nexus-prev-key (
@nexus-self ''
activity-action other
default-command ''
status-left "[#{session_name}] "
word-separators "!\"#$%&'()*+,-./:;<=>?@[\\]^${"`"}{|}~"
`;

  it("parses show-options output back to the values that were set", () => {
    const m = parseShowOptions(SHOW);
    expect(Object.fromEntries(m)).toEqual({
      "@nexus-config": "~/my fleet.yaml",
      "@nexus-fzf-opts": `--bind 'ctrl-a:select-all' --prompt "> " --pointer $`,
      "@nexus-key": "\\",
      "@nexus-next-key": "~",
      "@nexus-node": "/opt/node 20/bin/node\t#x",
      "@nexus-popup-height": 'a"b',
      "@nexus-popup-width": "90%",
      "@nexus-prev-key": "(",
      "@nexus-self": "",
      "activity-action": "other",
      "default-command": "",
      "status-left": "[#{session_name}] ",
      "word-separators": "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~",
    });
  });

  // More tmux 3.3a output, one value each: what was set → how show-options printed it.
  it.each([
    ["\\", String.raw`\\`],
    ["#", String.raw`\#`],
    ["'", String.raw`\'`],
    ['"', String.raw`\"`],
    ["$", String.raw`\$`],
    ["{", String.raw`\{`],
    [" ", `" "`],
    ["a\\b", String.raw`a\\b`],
    ["a\\ b", String.raw`"a\\ b"`],
    ["$HOME/bin/node", String.raw`"\$HOME/bin/node"`],
    ['say "hi"', String.raw`"say \"hi\""`],
    ["~/x y", String.raw`"\~/x y"`],
    ["a\nb", String.raw`a\nb`],
    ["a\x01b\x1bc\rd", String.raw`a\001b\033c\rd`],
    ["a\x7fb", String.raw`a\177b`],
    ["héllo", "héllo"],
  ])("%j printed as %s", (value, printed) => expect(unescapeTmuxValue(printed)).toBe(value));

  it("fills defaults for unset and empty options", () => {
    const o = resolveOptions(
      parseShowOptions("@nexus-key g\n@nexus-node ''\n@nexus-fzf-opts \"--no-sort\"\n"),
    );
    expect(o["@nexus-key"]).toBe("g");
    expect(o["@nexus-node"]).toBe("node");
    expect(o["@nexus-fzf-opts"]).toBe("--no-sort");
    expect(o["@nexus-prev-key"]).toBe("(");
    expect(Object.keys(o)).toEqual(OPTIONS.map((x) => x.name));
  });
});
