// nx new / peek / send / kill on local and ssh hosts, with hostile names and texts.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shJoin } from "../../src/exec/quote.js";
import { hostileNames } from "../helpers/fixtures.js";
import { BUNDLE, nx, until, writeFleet } from "../helpers/nx.js";
import { type Rig, startRig } from "../rig/index.js";

let rig: Rig;
let canary: string;
const run = (args: string[], input?: string) => nx(rig.clientEnv, args, input === undefined ? {} : { input });
const json = async (args: string[]) => JSON.parse((await run([...args, "--json"])).stdout);
const names = async (host: string) =>
  (await json(["list", host])).hosts[0].sessions.map((s: { name: string }) => s.name) as string[];

beforeAll(async () => {
  rig = await startRig({ hosts: ["alpha", "beta"] });
  canary = join(rig.dir, "CANARY");
  writeFleet(rig.clientEnv, "home", [
    { name: "home" },
    { name: "alpha", ssh: rig.hosts.alpha!.alias },
    { name: "beta", ssh: rig.hosts.beta!.alias },
    { name: "agents", ssh: rig.hosts.beta!.alias, socket: "nx-agents" },
    { name: "hung", ssh: rig.aliases.hung },
    { name: "refused", ssh: rig.aliases.refused },
  ]);
});
afterAll(async () => rig?.stop());

const hostile = () => hostileNames(canary);

describe.each(["home", "alpha"])("hostile session names on %s", (host) => {
  it("are created, listed verbatim, and peek/send/kill hit exactly the intended session", async () => {
    const list = hostile();
    for (const [i, name] of list.entries()) {
      // Each session prints its own marker, then echoes what it is sent.
      const r = await run(["new", host, "--", name, "sh", "-c", `echo MARK-${i}-; exec cat`]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^${host}:.* \\(\\$\\d+\\)\\n$`));
    }
    expect((await names(host)).sort()).toEqual([...list].sort());

    for (const [i, name] of list.entries()) {
      const sel = `${host}:=${name}`;
      const peek = await until(`marker ${i}`, async () => {
        const p = await run(["peek", sel]);
        return p.stdout.includes(`MARK-${i}-`) ? p : undefined;
      });
      expect(peek.code).toBe(0);
      expect(peek.stdout.match(/MARK-\d+-/g)).toEqual([`MARK-${i}-`]);
      expect((await run(["send", sel, `SENT-${i}-`])).code).toBe(0);
    }
    for (const [i, name] of list.entries()) {
      await until(`echo in ${i}`, async () => {
        const out = (await run(["peek", `${host}:=${name}`])).stdout;
        return out.includes(`SENT-${i}-`)
          ? out.match(/SENT-\d+-/g)?.every((m) => m === `SENT-${i}-`)
          : undefined;
      });
    }

    const victim = "semi;colon";
    const k = await run(["kill", "--yes", `${host}:=${victim}`]);
    expect(k.code).toBe(0);
    expect((await names(host)).sort()).toEqual(list.filter((n) => n !== victim).sort());
    for (const name of list) if (name !== victim) await run(["kill", "--yes", `${host}:=${name}`]);
    expect(await names(host)).toEqual([]);
    expect(existsSync(canary)).toBe(false);
  });
});

describe("nx send", () => {
  it.each(["home", "alpha"])("delivers text literally on %s", async (host) => {
    const out = join(rig.dir, `catcher-${host}.txt`);
    const mk = await run(["new", host, "catcher", "sh", "-c", `stty -echo; cat > '${out}'`]);
    expect(mk.code).toBe(0);
    const texts = [
      "ends with;",
      "-starts with dash",
      "Enter",
      "two\nlines",
      "$(touch x) `id` #{host} 'q' \"d\"",
    ];
    for (const t of texts) expect((await run(["send", `${host}:catcher`, "--", t])).code).toBe(0);
    const want = `${texts.join("\n")}\n`;
    await until("catcher output", () => (existsSync(out) && readFileSync(out, "utf8") === want) || undefined);
    expect((await run(["send", "--no-enter", `${host}:catcher`, "partial"])).code).toBe(0);
    expect((await run(["send", "--keys", `${host}:catcher`, "Enter"])).code).toBe(0);
    await until("no-enter then key", () => readFileSync(out, "utf8") === `${want}partial\n` || undefined);
    await run(["kill", "--yes", `${host}:catcher`]);
  });
});

describe("nx new", () => {
  it.each(["home", "alpha"])(
    "reports a command that exits at once on %s, and leaves nothing",
    async (host) => {
      const r = await run(["new", host, "dies", "sh", "-c", "echo boom-output; exit 3"]);
      expect(r.code).toBe(1);
      // Whether tmux kept the status depends on which it handled first: the pty's close or the exit;
      // and its output, whether it read the pty before it reaped the command (seen once in CI).
      expect(r.stderr).toMatch(/exited at once \((status 3|tmux did not keep its status)\)/);
      expect(r.stderr).toMatch(/boom-output|tmux kept no output of it/);
      expect(await names(host)).not.toContain("dies");
    },
  );

  it("says so when tmux kept no status (the command closed its terminal before it exited)", async () => {
    const r = await run([
      "new",
      "home",
      "dies",
      "sh",
      "-c",
      "echo boom-output; exec >/dev/null 2>&1 </dev/null; sleep 0.1; exit 3",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/exited at once \(tmux did not keep its status\)/);
    expect(r.stderr).toContain("boom-output");
    expect(await names("home")).not.toContain("dies");
  });

  it("refuses an invalid name before any ssh call (a hung host would take seconds)", async () => {
    for (const bad of ["a.b", "x:y", "tab\there", ""]) {
      const r = await run(["new", "hung", bad, "true"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/invalid session name/);
      expect(r.ms).toBeLessThan(1500);
    }
  });

  it("--cwd that does not exist on the host: says so and creates nothing", async () => {
    const r = await run(["new", "--cwd", "/nonexistent/dir", "alpha", "nowhere", "sleep", "60"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/alpha: no directory at \/nonexistent\/dir/);
    expect(await names("alpha")).not.toContain("nowhere");
    const dir = join(rig.hosts.alpha!.home, "work dir");
    mkdirSync(dir, { recursive: true });
    expect((await run(["new", "--cwd", dir, "alpha", "somewhere", "sleep", "60"])).code).toBe(0);
    const s = (await json(["list", "alpha"])).hosts[0].sessions.find(
      (x: { name: string }) => x.name === "somewhere",
    );
    expect(s.path).toBe(dir);
    await run(["kill", "--yes", "alpha:somewhere"]);
  });

  it("starts a dedicated socket's server over ssh with nexus's config, and it outlives the login", async () => {
    const r = await run(["new", "agents", "agent-1", "sh", "-c", "echo agent; exec cat"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const show = async (opt: string) =>
      (await rig.tmux("beta", ["-L", "nx-agents", "show-options", "-gv", opt])).trim();
    expect(await show("history-limit")).toBe("100000");
    expect(await show("remain-on-exit")).toBe("on");
    expect(await names("agents")).toEqual(["agent-1"]);
    // The default server on beta is a different one.
    expect(await names("beta")).not.toContain("agent-1");
    await rig.tmux("beta", ["-L", "nx-agents", "kill-server"]);
  });
});

describe("nx peek", () => {
  it("an empty pane is success with empty output", async () => {
    expect((await run(["new", "alpha", "quiet", "sleep", "600"])).code).toBe(0);
    const r = await run(["peek", "alpha:quiet"]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    await run(["kill", "--yes", "alpha:quiet"]);
  });

  it("a missing session exits 3, an unreachable host 5, an ambiguous selector 4", async () => {
    expect((await run(["peek", "alpha:no-such-session"])).code).toBe(3);
    const u = await run(["peek", "refused:anything"]);
    expect(u.code).toBe(5);
    expect(u.stderr).toMatch(/refused: connection refused/);
    await run(["new", "alpha", "twin-a", "sleep", "600"]);
    await run(["new", "beta", "twin-b", "sleep", "600"]);
    const a = await run(["peek", "twin"]);
    expect(a.code).toBe(4);
    expect(a.stderr).toMatch(/matches 2 sessions/);
    expect(a.stderr).toMatch(/alpha:twin-a/);
    await run(["kill", "--yes", "alpha:twin-a"]);
    await run(["kill", "--yes", "beta:twin-b"]);
  });

  it("nothing matched while some hosts did not answer: 5 (the session may be there), naming them", async () => {
    const r = await run(["peek", "surely-no-such-session"]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/not asked \(offline\): .*refused: connection refused/);
  });

  it("kill without --yes and without a terminal refuses and kills nothing", async () => {
    await run(["new", "alpha", "keepme", "sleep", "600"]);
    const r = await run(["kill", "alpha:keepme"]);
    expect(r.code).toBe(2);
    expect(await names("alpha")).toContain("keepme");
    await run(["kill", "--yes", "alpha:keepme"]);
  });
});

describe("kill re-checks the id", () => {
  it("refuses when the id now belongs to another session (the server was restarted)", async () => {
    const { SshHost } = await import("../../src/exec/ssh.js");
    const { kill } = await import("../../src/fleet/ops.js");
    const { listHost } = await import("../../src/fleet/list.js");
    const host = new SshHost(
      { name: "beta", ssh: rig.hosts.beta!.alias, enabled: true },
      {
        connectMs: 2000,
        configFile: rig.sshConfig,
        controlPath: join(rig.dir, "cm-k-%C"),
        prepare() {},
      },
    );
    await rig.tmux("beta", ["kill-server"]).catch(() => {}); // so ids start at $0
    await rig.tmux("beta", ["new-session", "-d", "-s", "original", "sleep 600"]);
    const before = await listHost(host, 5000);
    if (!before.ok) throw before.error;
    const stale = before.sessions.find((s) => s.name === "original")!;
    // Restart the server: ids start again from $0, now on a different session.
    await rig.tmux("beta", ["kill-server"]);
    await rig.tmux("beta", ["new-session", "-d", "-s", "innocent", "sleep 600"]);
    const now = await listHost(host, 5000);
    if (!now.ok) throw now.error;
    expect(now.sessions.map((s) => s.id)).toContain(stale.id);
    await expect(kill(host, stale)).rejects.toMatchObject({
      code: 3,
      message: expect.stringMatching(/no longer original/),
    });
    expect((await rig.tmux("beta", ["list-sessions", "-F", "#{session_name}"])).trim()).toBe("innocent");
    await rig.tmux("beta", ["kill-server"]);
  });
});

// What a demanding user gets wrong, and must not pay for: a mistyped option, a loose name, a
// host that did not answer, an empty filter, a missing terminal.
describe("mistakes that must not reach the wrong session", () => {
  it("a mistyped option where the text starts is an error, and nothing is typed", async () => {
    const out = join(rig.dir, "typo-catcher.txt");
    expect((await run(["new", "home", "typo", "sh", "-c", `stty -echo; cat > '${out}'`])).code).toBe(0);
    for (const typo of ["--no-entr", "-y"]) {
      const r = await run(["send", "home:typo", typo, "echo TYPO"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`unknown option ${typo}.*\\n.*put -- before it`));
    }
    const b = await run(["broadcast", "--yes", "home:typo", "--dry-rn", "echo TYPO"]);
    expect(b.code).toBe(2);
    // After `--` the same word is text, as documented: it arrives.
    expect((await run(["send", "home:typo", "--", "--no-entr"])).code).toBe(0);
    await until("the text after --", () => (readFileSync(out, "utf8") === "--no-entr\n" ? true : undefined));
    await run(["kill", "--yes", "home:=typo"]);
  });

  it("nx new: an unknown option is refused, not run as the command, and nothing is created", async () => {
    const r = await run(["new", "home", "optless", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option --bogus/);
    expect(await names("home")).not.toContain("optless");
  });

  it("verbs without free-form words refuse extra ones", async () => {
    for (const args of [
      ["hosts", "extra"],
      ["doctor", "--bogus"],
      ["peek", "home:x", "extra"],
      ["attach", "home:x", "y"],
    ]) {
      const r = await run(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toMatch(/unexpected argument|unknown option/);
    }
  });

  it("kill --yes takes an id, the exact name or a unique prefix, never a loose match", async () => {
    expect((await run(["new", "home", "web-prod", "sleep", "600"])).code).toBe(0);
    for (const loose of ["home:wpd", "home:prod"]) {
      const r = await run(["kill", "--yes", loose]);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(
        /names home:web-prod \(\$\d+\) only by (fuzzy matching|a part of its name); nothing was killed/,
      );
      expect(r.stderr).toMatch(/nx kill --yes home:=web-prod/);
    }
    expect(await names("home")).toContain("web-prod");
    // A loose match is still fine to look at.
    expect((await run(["peek", "home:wpd"])).code).toBe(0);
    expect((await run(["kill", "--yes", "home:web"])).code).toBe(0);
    expect(await names("home")).not.toContain("web-prod");
  });

  it("with hosts that did not answer, only an exact name is taken without a host", async () => {
    // hung and refused never answer: a session there could be named "agent" exactly.
    expect((await run(["new", "home", "agent-2", "sleep", "600"])).code).toBe(0);
    const r = await run(["kill", "--yes", "agent"]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(
      /"agent" is not home:agent-2's exact name, and (hung, refused|refused, hung) did not answer/,
    );
    expect(r.stderr).toMatch(/name the host to go ahead: home:=agent-2/);
    expect(await names("home")).toContain("agent-2");
    expect((await run(["peek", "agent-2"])).code).toBe(0);
    expect((await run(["kill", "--yes", "home:agent"])).code).toBe(0);
  });

  it("a host that is not in the fleet is named as such, not as a missing session", async () => {
    for (const args of [
      ["peek", "gamma:one"],
      ["send", "gamma:x", "y"],
      ["broadcast", "--yes", "gamma:", "x"],
    ]) {
      const r = await run(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toMatch(/unknown host: gamma/);
      expect(r.stderr).toMatch(/hosts in the fleet: home, alpha, beta/);
    }
  });

  it("an empty broadcast filter or --cmd is refused: * means every session", async () => {
    const e = await run(["broadcast", "--dry-run", "", "x"]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/empty filter[\s\S]*say \*/);
    const c = await run(["broadcast", "--dry-run", "--cmd", "", "*", "x"]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/--cmd is empty/);
  });

  it("attach and new --attach outside tmux without a terminal: exit 2, and nothing is created", async () => {
    const a = await run(["attach", "home:anything"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/not on a terminal: tmux attach needs one/);
    const p = await run(["attach"]);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/not on a terminal, so there is no picker/);
    const n = await run(["new", "home", "attached", "--attach", "sleep", "600"]);
    expect(n.code).toBe(2);
    expect(await names("home")).not.toContain("attached");
  });

  it("a dead pane (remain-on-exit) is not sent to: send fails, broadcast reports it", async () => {
    const home = (args: string[]) => execa("tmux", args, { env: rig.clientEnv, extendEnv: false });
    expect((await run(["new", "home", "crashed", "sh", "-c", "read x; exit 3"])).code).toBe(0);
    await home(["set-option", "-w", "-t", "=crashed:", "remain-on-exit", "on"]);
    await run(["send", "home:=crashed", "bye"]); // its command reads a line and exits
    await until("the pane dead", async () => {
      const l = (await json(["list", "home"])).hosts[0].sessions;
      return l.find((x: { name: string; dead: boolean }) => x.name === "crashed")?.dead || undefined;
    });
    const r = await run(["send", "home:=crashed", "hello"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /home:crashed \(\$\d+\): its pane is dead \(its command exited\); nothing was sent/,
    );
    const b = await run(["broadcast", "--yes", "home:crashed", "hello"]);
    expect(b.code).toBe(6);
    expect(b.stdout).toMatch(/^FAILED home:crashed \(\$\d+\): its pane is dead/m);
    await run(["kill", "--yes", "home:=crashed"]);
  });

  it("an empty name after host: (an unset variable) is refused, not a prefix of every name", async () => {
    expect((await run(["new", "alpha", "only-one", "sleep", "600"])).code).toBe(0);
    for (const args of [
      ["kill", "--yes", "alpha:"],
      ["send", "alpha:=", "x"],
      ["peek", "alpha:"],
    ]) {
      const r = await run(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toMatch(/empty selector/);
    }
    expect(await names("alpha")).toContain("only-one");
    // `=` names a session exactly, and names have no `:`: no host is read into it.
    const e = await run(["peek", "=alpha:x"]);
    expect(e.stderr).not.toMatch(/unknown host/);
    await run(["kill", "--yes", "alpha:=only-one"]);
  });

  it("nx new --attach in a tmux server that is not a fleet host: refused before anything is made", async () => {
    const env = { ...rig.clientEnv, TMUX: `${join(rig.dir, "elsewhere.sock")},1,0` };
    const r = await nx(env, ["new", "home", "unreached", "--attach", "sleep", "600"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/this tmux server is not a host of the fleet/);
    expect(await names("home")).not.toContain("unreached");
  });

  it("--config with no value, or an empty one, is an error, not the default fleet", async () => {
    for (const args of [["--config"], ["--config=", "list"], ["list", "--config", ""]]) {
      const r = await run(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toMatch(/--config needs a value|--config is empty/);
    }
  });

  it("--config also works before the verb", async () => {
    const other = join(rig.dir, "only-home.yaml");
    writeFileSync(other, `${JSON.stringify({ self: "home", hosts: [{ name: "home" }] })}\n`);
    const r = await run(["--config", other, "list", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).hosts.map((h: { name: string }) => h.name)).toEqual(["home"]);
  });
});

describe("on a terminal", () => {
  /** nx on a pty (script(1)), outside tmux; once `when` shows on it, the keys; then nx's status. */
  const onTerminal = (args: string[], when = "", keys = "") =>
    new Promise<{ code: number; out: string }>((resolve, reject) => {
      const cmd = shJoin(["node", BUNDLE, ...args]);
      const env = { ...rig.clientEnv, TMUX: undefined };
      const child = spawn("script", ["-qec", `${cmd}; echo "NXRC=$?"`, "/dev/null"], {
        env,
        stdio: ["pipe", "pipe", "pipe"],
      });
      let out = "";
      let sent = when === "";
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`no answer from nx on a terminal:\n${out}`));
      }, 20_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (!sent && out.includes(when)) {
          sent = true;
          child.stdin.write(keys);
        }
        const rc = /NXRC=(\d+)/.exec(out);
        if (rc) {
          clearTimeout(timer);
          child.stdin.end();
          resolve({ code: Number(rc[1]), out });
        }
      });
    });

  it.each([
    ["n and Enter", "n\r"],
    ["Ctrl-C", "\x03"],
    ["Ctrl-D", "\x04"],
  ])("%s cancels: exit 130, nothing killed", async (_what, keys) => {
    expect((await run(["new", "home", "asked", "sleep", "600"])).code).toBe(0);
    const r = await onTerminal(["kill", "home:=asked"], "[y/N]", keys);
    expect(r.out).toMatch(/kill home:asked \(\$\d+\)\? \[y\/N\]/);
    expect(r.out).toMatch(/cancelled; nothing was done/);
    expect(r.code).toBe(130);
    expect(await names("home")).toContain("asked");
    await run(["kill", "--yes", "home:=asked"]);
  });

  it("nx new --attach creates the session and takes this terminal there", async () => {
    const home = (args: string[]) =>
      execa("tmux", args, { env: rig.clientEnv, extendEnv: false, reject: false }).then((r) =>
        String(r.stdout),
      );
    const attachedTo = async () => (await home(["list-clients", "-F", "#{session_name}"])).split("\n");
    const done = onTerminal(["new", "home", "fresh", "--attach", "sleep", "600"]);
    // Attached: a detach ends the hop loop (no intent), and nx with it.
    await until("the client on fresh", async () =>
      (await attachedTo()).includes("fresh") ? true : undefined,
    );
    await home(["detach-client", "-s", "fresh"]);
    const r = await done;
    expect(r.out).toMatch(/home:fresh \(\$\d+\)/);
    expect(r.code).toBe(0);
    await run(["kill", "--yes", "home:=fresh"]);
  });
});
