import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { frame } from "../../src/exec/frame.js";
import { shJoin, shq, shWord } from "../../src/exec/quote.js";

const HOSTILE = [
  "plain",
  "",
  "it's",
  'say "hi"',
  "$(touch /tmp/nx-canary)",
  "`touch /tmp/nx-canary`",
  "a;b",
  "trailing;",
  "back\\slash",
  "#{host} #(id)",
  "multi\nline\n",
  "-leading",
  "'",
  "''\\''",
  "tab\there",
  "ünïcödé ✓",
];

describe("shq", () => {
  it.each(HOSTILE)("round-trips %j through sh", (word) => {
    const out = execFileSync("sh", ["-c", `printf '%s' ${shq(word)}`], { encoding: "utf8" });
    expect(out).toBe(word);
  });

  it("keeps words apart", () => {
    const out = execFileSync("sh", ["-c", `for a in ${shJoin(HOSTILE)}; do printf '<%s>' "$a"; done`], {
      encoding: "utf8",
    });
    expect(out).toBe(HOSTILE.map((w) => `<${w}>`).join(""));
  });

  it("refuses NUL", () => {
    expect(() => shq("a\0b")).toThrow(/NUL/);
  });
});

describe("shWord (hints)", () => {
  it.each(HOSTILE)("round-trips %j through sh", (word) => {
    const out = execFileSync("sh", ["-c", `printf '%s' ${shWord(word)}`], { encoding: "utf8" });
    expect(out).toBe(word);
  });

  it("leaves a word bare when sh reads it as it is", () => {
    expect(shWord("home:=web-prod")).toBe("home:=web-prod");
    expect(shWord("a b")).toBe("'a b'");
  });
});

describe("frame", () => {
  const runFramed = (argv: string[], stdin?: string, noise = "") => {
    const f = frame(argv, stdin);
    // A login shell that prints before and after: the frame must survive it.
    const stdout = execFileSync("sh", ["-c", `printf '%s' ${shq(noise)}; sh -s; echo bye`], {
      input: f.script,
      encoding: "utf8",
    });
    return f.parse(stdout);
  };

  it("separates stdout, stderr and the exit code", () => {
    const r = runFramed(
      ["sh", "-c", "echo out; echo err >&2; printf tail; exit 7"],
      undefined,
      "MOTD: welcome\n",
    );
    expect(r).toEqual({ code: 7, stdout: "out\ntail", stderr: "err" });
  });

  it("passes stdin literally and keeps the command from reading the script", () => {
    const data = "line $(x) `y` 'z'\nNX_EOF\n";
    expect(runFramed(["cat"], data)).toEqual({ code: 0, stdout: data, stderr: "" });
    expect(runFramed(["cat"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("is not fooled by output that imitates a sentinel", () => {
    const r = runFramed(["printf", "%s\\n", "@@NX:000000000000:ERR 0"]);
    expect(r?.code).toBe(0);
    expect(r?.stdout).toBe("@@NX:000000000000:ERR 0\n");
  });

  it("returns undefined when the frame is missing", () => {
    expect(frame(["true"]).parse("ssh: connect to host x port 22: Connection refused\n")).toBeUndefined();
  });
});
