// Test what ships: nexus.tmux, loaded into a throwaway tmux server as TPM would, binds the picker key
// (once, on the configured key) or says in a tmux message what is missing and binds nothing.
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pickerCommand } from "../../src/commands/init.js";
import { until } from "../helpers/nx.js";
import { Terminal } from "../helpers/term.js";
import { type Rig, startRig } from "../rig/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PLUGIN = join(ROOT, "nexus.tmux");

let rig: Rig;
let term: Terminal | undefined;
/**
 * A fresh server for each test (its own key tables, options and message log), on a socket of its
 * own: a new server on the socket of one just killed can meet it still exiting ("server exited
 * unexpectedly").
 */
let socket = "";
let servers = 0;

/** tmux on this test's server, in the rig client's environment (never the user's own server). */
async function home(args: string[]): Promise<string> {
  const r = await execa("tmux", ["-L", socket, "-f", "/dev/null", ...args], {
    env: rig.clientEnv,
    extendEnv: false,
    timeout: 10_000,
  });
  return r.stdout;
}

/** As TPM does (it runs the file itself, so no tmux format is expanded in its path). */
const load = (plugin = PLUGIN) =>
  home(["run-shell", `'${plugin.replaceAll("'", "'\\''").replaceAll("#", "##")}'`]);

interface Binding {
  table: string;
  /** As list-keys prints it: `\\` for a backslash. */
  key: string;
  command: string;
}

/** Every binding, in any key table, that runs this bundle (the picker's, and any other nexus key). */
async function nexusBindings(): Promise<Binding[]> {
  const out = await home(["list-keys"]);
  return out
    .split("\n")
    .filter((l) => /nexus\.js|picker\.sh|ring\.sh/.test(l))
    .map((l) => {
      const m = /^bind-key\s+(?:-r\s+)?-T\s+(\S+)\s+(\S+)\s+(.*)$/.exec(l);
      if (!m) throw new Error(`unexpected list-keys line: ${l}`);
      return { table: m[1]!, key: m[2]!, command: m[3]! };
    });
}

/** The picker's bindings, as `table key`. */
const pickerKeys = async () =>
  (await nexusBindings()).filter((b) => /picker\.sh/.test(b.command)).map((b) => `${b.table} ${b.key}`);

/** Every key of the prefix table, bound by anyone. */
const prefixKeys = async () =>
  (await home(["list-keys", "-T", "prefix"])).split("\n").map((l) => {
    const words = l.split(/\s+/);
    return words[words.indexOf("-T") + 2];
  });

/** The status-line messages the server logged (show-messages needs a client: the terminal's). */
const nexusMessages = async () =>
  (await home(["show-messages"]))
    .split("\n")
    .filter((l) => / message: nexus:/.test(l))
    .map((l) => l.slice(l.indexOf("nexus:")));

beforeAll(async () => {
  rig = await startRig({ hosts: [] });
});
afterAll(async () => rig?.stop());

beforeEach(async () => {
  socket = `plugin-${++servers}`;
  await home(["new-session", "-d", "-s", "work"]);
  term = new Terminal(rig.clientEnv);
  await term.start(["tmux", "-L", socket, "attach", "-t", "work"]);
  await until("the terminal's client", async () => (await home(["list-clients"])).trim() !== "" || undefined);
});
afterEach(async () => {
  await term?.stop();
  await execa("tmux", ["-L", socket, "kill-server"], {
    env: rig.clientEnv,
    extendEnv: false,
    reject: false,
  });
});

describe("nexus.tmux binds the picker", () => {
  it("on prefix \\ by default: run-shell -C opening the picker popup of this checkout", async () => {
    await load();
    const picker = (await nexusBindings()).filter((b) => /picker\.sh/.test(b.command));
    expect(picker).toHaveLength(1);
    expect(picker[0]).toMatchObject({ table: "prefix", key: "\\\\" });
    const command = picker[0]!.command;
    // A tmux command, run in the server: no shell that could block the client, no tmux client.
    expect(command).toMatch(/^run-shell -C /);
    // The popup goes to the client that pressed the key, and the picker is told which one it is.
    expect(command).toContain("display-popup -c #{client_name}");
    expect(command).toContain(`exec /bin/sh '${ROOT}/scripts/picker.sh' `);
    expect(await home(["show-options", "-gqv", "@nexus-bound-key"])).toBe("\\");
    expect(await home(["list-keys", "-N", "-T", "prefix"])).toMatch(/\\\s+nexus: pick a session on any host/);
    expect(await nexusMessages()).toEqual([]);
  });

  it("on the key set in @nexus-key, and not on the default one", async () => {
    await home(["set-option", "-g", "@nexus-key", "F"]);
    await load();
    expect(await pickerKeys()).toEqual(["prefix F"]);
    expect(await prefixKeys()).not.toContain("\\\\");
  });

  it("loading twice gives exactly one binding", async () => {
    await load();
    const once = await nexusBindings();
    await load();
    expect(await pickerKeys()).toEqual(["prefix \\\\"]);
    expect(await nexusBindings()).toEqual(once);
  });

  it("changing @nexus-key and reloading moves the binding: the old key is unbound", async () => {
    await load();
    await home(["set-option", "-g", "@nexus-key", "F"]);
    await load();
    expect(await pickerKeys()).toEqual(["prefix F"]);
    expect(await prefixKeys()).not.toContain("\\\\");
    await home(["set-option", "-g", "@nexus-key", "G"]);
    await load();
    expect(await pickerKeys()).toEqual(["prefix G"]);
    expect(await prefixKeys()).not.toContain("F");
    expect(await home(["show-options", "-gqv", "@nexus-bound-key"])).toBe("G");
  });
});

describe("nexus.tmux says what is missing, in a tmux message, and binds nothing", () => {
  /** Loads the plugin and waits for its message (run-shell may return before tmux logs it). */
  async function loadExpectingMessage(plugin = PLUGIN): Promise<string> {
    await load(plugin);
    const [message, ...more] = await until("a nexus: message", async () => {
      const m = await nexusMessages();
      return m.length > 0 ? m : undefined;
    });
    expect(more).toEqual([]);
    expect(await nexusBindings()).toEqual([]);
    expect(await home(["show-options", "-gqv", "@nexus-bound-key"])).toBe("");
    return message!;
  }

  it("@nexus-node names a missing binary: the message names node and the option", async () => {
    await home(["set-option", "-g", "@nexus-node", "/nonexistent/bin/node"]);
    const m = await loadExpectingMessage();
    expect(m).toMatch(/^nexus: node not found \(\/nonexistent\/bin\/node\)/);
    expect(m).toContain("@nexus-node");
  });

  it("node older than 20: the message says which version was found", async () => {
    const old = join(rig.dir, "old-node");
    writeFileSync(old, '#!/bin/sh\n[ "$1" = --version ] && echo v18.19.0 && exit 0\nexit 1\n');
    chmodSync(old, 0o755);
    await home(["set-option", "-g", "@nexus-node", old]);
    expect(await loadExpectingMessage()).toMatch(
      /^nexus: Node\.js 20 or newer is needed \(found v18\.19\.0\)/,
    );
  });

  it("tmux older than 3.2 (no popups): the message names the version", async () => {
    const bin = join(rig.dir, "old-tmux-bin");
    mkdirSync(bin, { recursive: true });
    const real = (await execa("sh", ["-c", "command -v tmux"])).stdout.trim();
    writeFileSync(
      join(bin, "tmux"),
      `#!/bin/sh\n[ "$1" = -V ] && echo 'tmux 3.1c' && exit 0\nexec '${real}' "$@"\n`,
    );
    chmodSync(join(bin, "tmux"), 0o755);
    // run-shell's jobs get the server's global environment.
    await home(["set-environment", "-g", "PATH", `${bin}:${rig.clientEnv.PATH}`]);
    expect(await loadExpectingMessage()).toMatch(/^nexus: tmux 3\.2 or newer is needed .*tmux 3\.1c/);
  });

  it("the plugin without dist/ (a broken install): the message names the missing bundle", async () => {
    const dir = join(rig.dir, "plugin copy");
    mkdirSync(dir, { recursive: true });
    copyFileSync(PLUGIN, join(dir, "nexus.tmux"));
    const m = await loadExpectingMessage(join(dir, "nexus.tmux"));
    expect(m).toContain(`nexus: ${dir}/dist/nexus.js is missing`);
  });

  it.each(["plain", "my plugins/#1 nexus", "it's #{host} #(touch x) $(id) `id` ;"])(
    "the picker key's popup command reaches picker.sh intact, whatever the shell, from %j",
    async (where) => {
      // A checkout at that path whose picker.sh prints its own path and its arguments.
      const root = join(rig.dir, "checkouts", where);
      mkdirSync(join(root, "scripts"), { recursive: true });
      writeFileSync(join(root, "scripts", "picker.sh"), `printf '<%s>' "$0" "$@"\n`);
      // tmux expands and parses the command as at a key press, but into an option instead of a popup.
      const probe = pickerCommand(join(root, "dist", "nexus.js")).replace(
        /^display-popup .* -E /,
        "set-option -g @probe ",
      );
      await home(["run-shell", "-C", "-t", "work", probe]);
      const command = await home(["show-options", "-gv", "@probe"]);
      const id = await home(["display-message", "-p", "-t", "work", "#{session_id}"]);
      // tmux fills the client's fields from the one client attached: the terminal's.
      const [name, pid, tty] = (
        await home(["list-clients", "-F", "#{client_name} #{client_pid} #{client_tty}"])
      ).split(" ");
      // tmux 3.3 runs a popup's command with /bin/sh -c; later ones with the default-shell.
      for (const shell of ["/bin/sh", "bash", "zsh", "fish"]) {
        const r = await execa(shell, ["-c", command], {
          env: { PATH: process.env.PATH, HOME: rig.dir },
          extendEnv: false,
          reject: false,
        });
        expect(r.stdout, `${shell}: ${r.stderr}`).toBe(
          `<${join(root, "scripts", "picker.sh")}><${name}><${pid}><${tty}><${id}>`,
        );
      }
    },
  );

  it("a # in the plugin's path is shown as it is, not expanded as a tmux format", async () => {
    const dir = join(rig.dir, "nx #{session_name} dir");
    mkdirSync(dir, { recursive: true });
    copyFileSync(PLUGIN, join(dir, "nexus.tmux"));
    const m = await loadExpectingMessage(join(dir, "nexus.tmux"));
    expect(m).toContain(`nexus: ${dir}/dist/nexus.js is missing`);
  });
});
