// Shell completion as a shell runs it: the shipped bundle's scripts sourced into bash (and zsh and
// fish when installed), over a fleet file and a written peer cache that holds a hostile session name.
// Candidates must come from disk only, and the name must come out quoted, never run.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PeerCache } from "../../src/fleet/cache.js";
import type { Session } from "../../src/model/session.js";
import { BUNDLE, writeFleet } from "../helpers/nx.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const HOSTILE = "a b'$(touch CANARY)`touch CANARY`;touch CANARY";

let dir: string;
let env: NodeJS.ProcessEnv;

/** Rebuilds dist/ only when a source is newer: rewriting the bundle under other tests running it is a race. */
function bundleIsStale(): boolean {
  if (!existsSync(BUNDLE)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  const newer = (p: string): boolean =>
    statSync(p).isDirectory() ? readdirSync(p).some((e) => newer(join(p, e))) : statSync(p).mtimeMs > built;
  return ["src", "share", "build.mjs", "package.json"].some((f) => newer(join(ROOT, f)));
}

const row = (host: string, id: string, name: string): Session => ({
  host,
  id,
  name,
  windows: 1,
  attached: 0,
  created: 1_700_000_000,
  activity: 1_700_000_000,
  command: "sh",
  path: "/",
  dead: false,
});

beforeAll(async () => {
  if (bundleIsStale()) await execa("npm", ["run", "-s", "build"], { cwd: ROOT });
  dir = mkdtempSync(join(tmpdir(), "nx-completion-"));
  const bin = join(dir, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "nx"), `#!/bin/sh\nexec '${process.execPath}' '${BUNDLE}' "$@"\n`);
  // Completion must never reach a host: tmux or ssh leave a mark if anything runs them.
  for (const tool of ["tmux", "ssh"])
    writeFileSync(join(bin, tool), `#!/bin/sh\ntouch '${dir}/RAN-${tool}'\n`);
  for (const f of readdirSync(bin)) chmodSync(join(bin, f), 0o755);
  env = {
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, "config"),
    XDG_STATE_HOME: join(dir, "state"),
    XDG_RUNTIME_DIR: join(dir, "run"),
    PATH: `${bin}:/usr/bin:/bin`,
    LANG: "C.UTF-8",
  };
  writeFleet(env, "home", [
    { name: "home" },
    { name: "alpha", ssh: "alpha.invalid" },
    { name: "gpu", ssh: "gpu" },
  ]);
  const cache = new PeerCache(join(dir, "state", "nexus"));
  const at = Date.now();
  cache.write({
    v: 1,
    host: "alpha",
    at,
    sessions: [row("alpha", "$1", "agent"), row("alpha", "$2", HOSTILE)],
  });
  cache.write({ v: 1, host: "gpu", at, sessions: [row("gpu", "$1", "train")] });
});

afterAll(() => {
  if (!dir) return;
  const left = readdirSync(dir);
  rmSync(dir, { recursive: true, force: true });
  // Checked here too, so that no test order hides a canary or a tmux/ssh run.
  expect(left.filter((f) => f === "CANARY" || f.startsWith("RAN-"))).toEqual([]);
});

const has = (tool: string) =>
  execa("sh", ["-c", `command -v ${tool}`], { reject: false }).then((r) => r.exitCode === 0);

async function sh(shell: string, args: string[]): Promise<string> {
  const r = await execa(shell, args, { env, extendEnv: false, cwd: dir, timeout: 20_000 });
  expect(r.stderr).toBe("");
  return r.stdout;
}

/**
 * What bash's programmable completion would put in COMPREPLY for `line` with the cursor at its end.
 * COMP_WORDS is split on blanks only: the function reads COMP_LINE and COMP_POINT, as bash sets them.
 */
async function bash(line: string): Promise<string[]> {
  const out = await sh("bash", [
    "--norc",
    "--noprofile",
    "-c",
    `source <(nx completion bash) || exit 9
    COMP_LINE=$1 COMP_POINT=\${#1}
    read -ra COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 ))
    _nx
    printf '%s\\n' "\${COMPREPLY[@]}"`,
    "bash",
    line,
  ]);
  return out === "" ? [] : out.split("\n");
}

/** The word as bash reads it once the line runs: eval (where a badly quoted name would run). */
const asBashReads = async (word: string) =>
  sh("bash", ["--norc", "--noprofile", "-c", 'eval "set -- $1"; printf %s "$1"', "bash", word]);

const noMarks = () =>
  expect(readdirSync(dir).filter((f) => f === "CANARY" || f.startsWith("RAN-"))).toEqual([]);

describe("nx completion bash", () => {
  it("completes verbs and aliases, but not plumbing", async () => {
    const verbs = await bash("nx ");
    expect(verbs).toEqual(
      expect.arrayContaining(["list", "new", "peek", "send", "kill", "attach", "completion"]),
    );
    expect(verbs).toEqual(expect.arrayContaining(["ls", "n", "p", "a", "help"]));
    for (const hidden of ["__complete", "rows", "preview", "hop", "init"])
      expect(verbs).not.toContain(hidden);
    expect(await bash("nx pe")).toEqual(["peek"]);
    expect(await bash("nx -")).toEqual(["--help", "--version", "--config"]);
  });

  it("completes the options of the verb, with the global ones", async () => {
    expect((await bash("nx peek --")).sort()).toEqual(["--config", "--follow", "--help", "--lines"]);
    expect((await bash("nx p --f")).sort()).toEqual(["--follow"]);
    expect(await bash("nx kill -")).toEqual(expect.arrayContaining(["--yes", "-y"]));
  });

  it("completes hosts from the fleet file", async () => {
    expect(await bash("nx new ")).toEqual(["home", "alpha", "gpu"]);
    expect(await bash("nx new g")).toEqual(["gpu"]);
    expect(await bash("nx list gpu a")).toEqual(["alpha"]);
    expect(await bash("nx new gpu ")).toEqual([]); // the session name is new: nothing to offer
  });

  it("completes sessions from the peer cache, as host:name and name", async () => {
    const al = await bash("nx peek al");
    expect(al).toContain("alpha:agent");
    expect(al.every((c) => c.startsWith("alpha:"))).toBe(true);
    expect(al).toHaveLength(2);
    expect(await bash("nx send tr")).toEqual(["train"]);
    // After `host:` readline replaces only the text after the colon (a COMP_WORDBREAKS character).
    expect(await bash("nx peek gpu:")).toEqual(["train"]);
    expect(await bash("nx a alpha:ag")).toEqual(["agent"]);
    noMarks();
  });

  it.each([
    // [typed word, what readline keeps before the reply, what it appends after it]
    ["a\\ b", "", ""],
    ["alpha:a\\ b", "alpha:", ""],
    ["'a b", "'", "'"],
    ['"a b', '"', '"'],
  ])(
    "offers the hostile name literally after %s, and bash reads it back unchanged",
    async (typed, keep, close) => {
      const reply = await bash(`nx peek ${typed}`);
      expect(reply).toHaveLength(1);
      const word = `${keep}${reply[0]}${close}`;
      expect(await asBashReads(word)).toBe(keep === "alpha:" ? `alpha:${HOSTILE}` : HOSTILE);
      noMarks();
    },
  );

  it("answers from disk alone, and --config FILE hands over to file name completion", async () => {
    const t0 = performance.now();
    expect(await bash("nx peek ")).toHaveLength(6);
    expect(performance.now() - t0).toBeLessThan(5000);
    const r = await execa("nx", ["__complete", "3", "nx", "peek", "--config", ""], { env, extendEnv: false });
    expect(r.stdout).toBe("::files");
    expect(await bash("nx peek --config ")).toEqual([]);
    noMarks();
  });

  it("completes verbs even when the fleet file is broken", async () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "hosts: [\n");
    expect(await bash(`nx new --config ${broken} `)).toEqual([]);
    expect(await bash("nx compl")).toEqual(["completion"]);
    expect(await bash("nx completion ")).toEqual(["bash", "zsh", "fish"]);
  });
});

describe("nx completion zsh", async () => {
  const zsh = await has("zsh");
  it.skipIf(!zsh)("loads without compinit having run, and feeds compadd", async () => {
    // compadd is stubbed: outside a completion widget it cannot run; zsh's own quoting is not under test.
    const cands = (words: string, prefix: string) =>
      sh("zsh", [
        "-f",
        "-c",
        `source <(nx completion zsh) || exit 9
        compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }
        words=(\${=1} "$2"); CURRENT=\${#words}; PREFIX=$2
        _nx`,
        "zsh",
        words,
        prefix,
      ]).then((s) => s.split("\n"));
    expect(await cands("nx", "pe")).toEqual(["peek"]);
    expect(await cands("nx new", "")).toEqual(["home", "alpha", "gpu"]);
    expect(await cands("nx peek", "al")).toEqual(["alpha:agent", `alpha:${HOSTILE}`]);
    // A word typed with quotes reaches nx unquoted.
    expect(await cands("nx peek", "a\\ b")).toEqual([HOSTILE]);
    noMarks();
  });
});

describe("nx completion fish", async () => {
  const fish = await has("fish");
  it.skipIf(!fish)("completes through complete --do-complete", async () => {
    const cands = (line: string) =>
      sh("fish", [
        "--no-config",
        "-c",
        "nx completion fish | source; complete --do-complete $argv[1]",
        line,
      ]).then((s) => s.split("\n"));
    expect(await cands("nx pe")).toEqual(["peek"]);
    expect(await cands("nx new g")).toEqual(["gpu"]);
    expect((await cands("nx peek al")).sort()).toEqual(["alpha:agent", `alpha:${HOSTILE}`].sort());
    expect(await cands("nx peek 'a b")).toEqual([HOSTILE]);
    noMarks();
  });
});
