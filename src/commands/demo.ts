// nx demo: a fleet of three "hosts" on this machine (tmux sockets, no ssh), with the plugin loaded
// and sessions that look like a working day, attached in this terminal through the hop loop.
// Leaving it (prefix d) or `nx demo --stop` removes all of it. Inside tmux it opens in a popup,
// so the user's own server is not nested and its prefix key does not get in the way.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stateDir } from "../config/paths.js";
import { shJoin } from "../exec/quote.js";
import { run, runAttached } from "../exec/spawn.js";
import { loadCtx } from "../fleet/context.js";
import { hopLoop } from "../handoff/loop.js";
import { Exit, NexusError } from "../report.js";
import { loopIo } from "./hop.js";
import type { Verb } from "./types.js";

const HOSTS = [
  {
    name: "laptop",
    color: "cyan",
    sessions: [
      ["claude-api", "agent"],
      ["notes", "shell"],
    ],
  },
  {
    name: "devbox",
    color: "yellow",
    sessions: [
      ["build", "log"],
      ["aider-web", "agent"],
    ],
  },
  {
    name: "gpu",
    color: "magenta",
    sessions: [
      ["train", "train"],
      ["codex-eval", "agent"],
    ],
  },
] as const;
const socket = (host: string) => `nexus-demo-${host}`;

const SCRIPTS: Record<string, string> = {
  agent: `i=0; printf '\\033[1m> refactor the session cache and add tests\\033[0m\\n\\n'
while :; do i=$((i+1))
  printf '\\033[36m●\\033[0m Reading src/cache.ts\\n'; sleep 1.5
  printf '\\033[36m●\\033[0m Edit src/cache.ts (+%s -%s)\\n' $((i*3)) $i; sleep 1.5
  printf '\\033[32m✓\\033[0m npm test: %s passed\\n\\n' $((40+i)); sleep 2
done`,
  log: `i=0; while :; do i=$((i+1)); printf '%s INFO  build step %s: compiled %s modules\\n' "$(date +%T)" $i $((i*7)); sleep 1; done`,
  train: `e=0; while :; do e=$((e+1)); printf 'epoch %3s  loss %s  gpu 97%%  eta %sm\\n' $e "0.$((900-e*7))" $((120-e)); sleep 1.2; done`,
  shell: `printf 'a shell on this host: try nx list, or the keys below.\\n'; exec "\${SHELL:-sh}"`,
};

function demoConf(dir: string, host: string, plugin: string): string {
  return [
    `set -g @nexus-config ${shJoin([join(dir, "fleet.yaml")])}`,
    `set -g @nexus-self ${host}`,
    "set -g status-style bg=colour236,fg=colour250",
    `set -g status-left '#[bold] ${host} #[default] '`,
    "set -g status-left-length 20",
    "set -g status-right ' nexus demo: prefix \\ pick · prefix ( ) ring · prefix d leave '",
    "set -g status-right-length 80",
    `run-shell ${shJoin([plugin])}`,
  ].join("\n");
}

/** Kills the demo servers and removes their socket files (tmux 3.3 leaves them behind). */
async function stop(dir: string): Promise<void> {
  await Promise.all(
    HOSTS.map(async (h) => {
      const tmux = ["tmux", "-L", socket(h.name)];
      await run([...tmux, "kill-server"], { deadlineMs: 3000 });
      // Where tmux puts -L sockets: $TMUX_TMPDIR (or /tmp), then tmux-UID.
      const uid = process.getuid?.() ?? 0;
      rmSync(join(process.env.TMUX_TMPDIR || "/tmp", `tmux-${uid}`, socket(h.name)), { force: true });
    }),
  );
  rmSync(dir, { recursive: true, force: true });
}

async function start(dir: string, bundle: string): Promise<void> {
  await stop(dir);
  mkdirSync(dir, { recursive: true });
  const fleet = {
    self: "laptop",
    hosts: HOSTS.map((h) => ({ name: h.name, socket: socket(h.name), color: h.color })),
  };
  writeFileSync(join(dir, "fleet.yaml"), `${JSON.stringify(fleet, null, 2)}\n`);
  for (const [name, body] of Object.entries(SCRIPTS)) writeFileSync(join(dir, `${name}.sh`), `${body}\n`);
  const plugin = join(dirname(bundle), "..", "nexus.tmux");
  for (const h of HOSTS) {
    const conf = join(dir, `${h.name}.conf`);
    writeFileSync(conf, `${demoConf(dir, h.name, plugin)}\n`);
    for (const [i, [name, kind]] of h.sessions.entries()) {
      const cmd = ["sh", join(dir, `${kind}.sh`)];
      const base = ["tmux", "-L", socket(h.name), ...(i === 0 ? ["-f", conf] : [])];
      const r = await run([...base, "new-session", "-d", "-x", "160", "-y", "45", "-s", name, "--", ...cmd], {
        deadlineMs: 5000,
        env: { ...process.env, TMUX: undefined },
      });
      if (r.code !== 0)
        throw new NexusError(Exit.failure, `demo: cannot start ${h.name}: ${r.stderr.trim()}`);
    }
  }
}

export const demoVerb: Verb = {
  name: "demo",
  aliases: [],
  usage: "nx demo [--stop]",
  summary: "try nexus: three demo hosts on this machine (tmux sockets), the picker and the ring",
  options: { stop: { type: "boolean", desc: "remove the demo: its tmux servers and files" } },
  positionals: 0,
  needsFleet: false,
  async run(p, _ctx, io) {
    const dir = join(stateDir(process.env), "demo");
    const bundle = process.argv[1] as string;
    if (p.opts.stop) {
      await stop(dir);
      io.err("nexus demo removed\n");
      return Exit.ok;
    }
    if (process.env.TMUX) {
      const cmd = shJoin(["env", "-u", "TMUX", process.execPath, bundle, "demo"]);
      return (await runAttached(["tmux", "display-popup", "-E", "-w", "95%", "-h", "95%", cmd])) === 0
        ? Exit.ok
        : Exit.failure;
    }
    if (!existsSync(join(dirname(bundle), "..", "nexus.tmux")))
      throw new NexusError(Exit.failure, "demo: nexus.tmux is not next to dist/", {
        hint: "run the demo from a clone of nexus",
      });
    await start(dir, bundle);
    io.err(
      "nexus demo: three hosts (laptop, devbox, gpu). Keys: prefix \\ pick · prefix ( ) ring · prefix d leave\n",
    );
    try {
      const ctx = await loadCtx({ config: join(dir, "fleet.yaml") });
      return await hopLoop(ctx, { host: "laptop", id: "$0" }, loopIo(ctx, io));
    } finally {
      await stop(dir);
      io.err("nexus demo removed. Install: see the README (TPM, then a fleet file).\n");
    }
  },
};
