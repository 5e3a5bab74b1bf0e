import { describe, expect, it } from "vitest";
import { parseArgv } from "../../src/args.js";
import { sshFailure, tmuxFailure } from "../../src/exec/errors.js";
import { match, parseSelector } from "../../src/model/selector.js";
import { age, lastLines, stripControl } from "../../src/model/text.js";
import { arg, fmt, sendText } from "../../src/tmux/argv.js";
import { parseSessions, SESSION_FORMAT } from "../../src/tmux/fields.js";
import { session } from "../helpers/fixtures.js";

const S = (host: string, id: string, name: string) => session(host, id, name);
const FLEET = [
  S("a", "$0", "main"),
  S("a", "$1", "claude-api"),
  S("a", "$2", "$1"),
  S("b", "$0", "main"),
  S("b", "$3", "logs"),
  S("b", "$4", "claude-web"),
  S("b", "$5", "Build"),
];
const HOSTS = ["a", "b"];

describe("selectors", () => {
  it.each([
    ["a:main", "a", "main", false],
    ["main", undefined, "main", false],
    ["a:=main", "a", "main", true],
    ["=x", undefined, "x", true],
    ["zz:main", undefined, "zz:main", false],
    ["a:$1", "a", "$1", false],
  ])("parses %j", (text, host, rest, exact) => {
    expect(parseSelector(text, HOSTS)).toEqual({ ...(host ? { host } : {}), text: rest, exact });
  });

  it.each([
    ["a:$1", "one", "a:$1", "id"], // id first
    ["a:=$1", "one", "a:$2", "name"], // exact name only: the session named "$1"
    ["$1", "one", "a:$2", "name"], // no host: ids are per host, so a name
    ["a:main", "one", "a:$0", "name"],
    ["main", "many", "", ""], // same exact name on two hosts
    ["logs", "one", "b:$3", "name"],
    ["lo", "one", "b:$3", "prefix"], // unique prefix
    ["claude", "many", "", ""], // prefix of two
    ["web", "one", "b:$4", "part"], // unique substring
    ["build", "one", "b:$5", "part"], // case-insensitive substring
    ["cdw", "one", "b:$4", "fuzzy"], // fuzzy: in-order letters
    ["nothing", "none", "", ""],
    ["b:$9", "none", "", ""],
  ])("matches %j → %s %s (%s)", (text, kind, key, tier) => {
    const m = match(FLEET, parseSelector(text, HOSTS));
    expect(m.kind).toBe(kind);
    if (m.kind === "one") expect([`${m.session.host}:${m.session.id}`, m.tier]).toEqual([key, tier]);
  });
});

describe("session rows", () => {
  it("builds the format from the same list it parses: id first, name last", () => {
    expect(SESSION_FORMAT.startsWith("#{session_id}\t")).toBe(true);
    expect(SESSION_FORMAT.endsWith("\t#{session_name}")).toBe(true);
  });

  it("parses good rows and drops and counts bad ones", () => {
    const good = "$3\t2\t1\t1700000000\t1700000100\tclaude\t/home/u/x y\t0\tagent; rm -rf ~";
    const rows = [
      good,
      "$4\t1\t0\t1\t2\tsh\t/\t1\tdead one",
      "garbage",
      "$x\t1\t0\t1\t2\tsh\t/\t0\tbad id",
      "$5\t1",
    ];
    const p = parseSessions("gpu", `${rows.join("\n")}\n`);
    expect(p.dropped).toBe(3);
    expect(p.sessions).toEqual([
      {
        host: "gpu",
        id: "$3",
        windows: 2,
        attached: 1,
        created: 1700000000,
        activity: 1700000100,
        command: "claude",
        path: "/home/u/x y",
        dead: false,
        name: "agent; rm -rf ~",
      },
      { ...S("gpu", "$4", "dead one"), created: 1, activity: 2, dead: true },
    ]);
  });
});

describe("tmux argv", () => {
  it.each([
    ["plain", "plain", "plain"],
    ["x;", "x\\;", "x\\;"],
    [";", "\\;", "\\;"],
    ["a\\;", "a\\\\;", "a\\\\;"],
    ["#{host}", "#{host}", "##{host}"],
    ["#(touch x);", "#(touch x)\\;", "##(touch x)\\;"],
  ])("escapes %j for tmux", (input, asArg, asFormat) => {
    expect(arg(input)).toBe(asArg);
    expect(fmt(input)).toBe(asFormat);
  });

  it("sends text literally, then Enter as its own send-keys", () => {
    expect(sendText({ name: "h", enabled: true, socket: "s" }, "$1", "-rf;", true)).toEqual([
      "tmux",
      "-L",
      "s",
      "send-keys",
      "-t",
      "$1",
      "-l",
      "--",
      "-rf\\;",
      ";",
      "send-keys",
      "-t",
      "$1",
      "Enter",
    ]);
  });
});

describe("errors", () => {
  it.each([
    ["ssh: connect to host 127.0.0.1 port 1: Connection refused", "refused"],
    ["Connection timed out during banner exchange", "timeout"],
    ["ssh: Could not resolve hostname nope: Name or service not known", "unknown-host"],
    ["Host key verification failed.", "host-key"],
    ["root@127.0.0.1: Permission denied (publickey).", "auth"],
    ["kex_exchange_identification: read: Connection reset by peer", "ssh"],
  ])("classifies %j", (stderr, reason) => {
    expect(sshFailure("h", "dest", stderr).reason).toBe(reason);
  });

  it("a deadline is a timeout whatever ssh printed", () => {
    expect(sshFailure("h", "d", "", 1500).message).toBe("h: no answer within 1500 ms");
  });

  it.each([
    [1, "no server running on /tmp/tmux-0/default", "no-server"],
    [1, "error connecting to /tmp/tmux-0/x (No such file or directory)", "no-server"],
    [1, "can't find session: $9", "no-session"],
    [127, "sh: 1: tmux: not found", "no-tmux"],
    [1, "duplicate session: x", "other"],
  ])("reads tmux's exit %i %j", (code, stderr, kind) => {
    expect(tmuxFailure(code, stderr)).toBe(kind);
  });
});

describe("argv parsing", () => {
  const spec = {
    cwd: { type: "string" as const, short: "c", desc: "" },
    yes: { type: "boolean" as const, desc: "" },
  };
  // [argv, positionals, tail, opts, args]
  it.each([
    [["gpu", "x"], 2, false, {}, ["gpu", "x"]],
    [
      ["--cwd", "/d", "gpu", "x", "python", "t.py", "--lr", "3"],
      2,
      true,
      { cwd: "/d" },
      ["gpu", "x", "python", "t.py", "--lr", "3"],
    ],
    [["gpu", "x", "--cwd=/d", "cmd"], 2, true, { cwd: "/d" }, ["gpu", "x", "cmd"]],
    [["gpu", "-c", "/d", "x"], 2, false, { cwd: "/d" }, ["gpu", "x"]],
    [["sel", "--", "--yes"], 1, true, {}, ["sel", "--yes"]],
    [["sel", "--", "-rf", "now"], 1, true, {}, ["sel", "-rf", "now"]],
    [["sel", "--yes", "text"], 1, true, { yes: true }, ["sel", "text"]],
    [["sel", "text", "--yes"], 1, true, {}, ["sel", "text", "--yes"]],
    [["--", "-odd"], 1, false, {}, ["-odd"]],
    [["a", "b", "c"], Number.POSITIVE_INFINITY, false, {}, ["a", "b", "c"]],
  ])("%j with %i positionals, tail %s", (argv, n, tail, opts, args) => {
    expect(parseArgv(argv, spec, n, { tail })).toEqual({ opts, args });
  });

  // [argv, positionals, tail, error]
  it.each([
    [["--nope", "x"], 2, true, /unknown option --nope/],
    [["--cwd"], 2, true, /needs a value/],
    [["--yes=1", "x"], 2, true, /takes no value/],
    // A mistyped option where the text begins is not typed into the session.
    [["sel", "--no-entr", "hi"], 1, true, /unknown option --no-entr/],
    [["sel", "-rf", "now"], 1, true, /unknown option -rf/],
    [["gpu", "x", "--bogus"], 2, true, /unknown option --bogus/],
    // A verb without a tail takes no more words than its positionals.
    [["sel", "extra"], 1, false, /unexpected argument: extra/],
    [["--bogus"], 0, false, /unknown option --bogus/],
    [["extra"], 0, false, /unexpected argument: extra/],
    [["sel", "--", "a", "b"], 1, false, /unexpected argument: a/],
    [["a", "--nope"], Number.POSITIVE_INFINITY, false, /unknown option --nope/],
  ])("rejects %j with %i positionals, tail %s", (argv, n, tail, re) => {
    expect(() => parseArgv(argv, spec, n, { tail })).toThrow(re);
  });
});

describe("text", () => {
  it("strips escape sequences and control bytes, keeps text", () => {
    expect(stripControl("\x1b[31mred\x1b[0m \x1b]0;title\x07ok\x00\x07\tx")).toBe("red ok\tx");
  });
  it("takes the last lines without the blank bottom of the screen", () => {
    expect(lastLines("a\nb\nc\n\n\n", 2)).toEqual(["b", "c"]);
    expect(lastLines("\n\n", 5)).toEqual([]);
  });
  it.each([
    [5, "5s"],
    [125, "2m"],
    [7300, "2h"],
    [200000, "2d"],
  ])("age %i = %s", (s, txt) => {
    expect(age(s)).toBe(txt);
  });
});
