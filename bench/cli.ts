// Command-line trials, timed from spawn to exit: nx --version, nx list --json over the peers, and
// nx list over many local tmux servers; with their floors (node -e 0, ssh from bash).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { shJoin } from "../src/exec/quote.js";
import { timed } from "./measure.js";
import type { World } from "./world.js";

export const version = async (w: World) => ({ version: await timed(["node", w.bundle, "--version"], w.env) });
export const nodeStart = async (w: World) => ({ node: await timed(["node", "-e", "0"], w.env) });
export const rows = async (w: World) => ({ rows: await timed(["node", w.bundle, "rows"], w.env) });
export const rowsLive = async (w: World) => ({
  rowsLive: await timed(["node", w.bundle, "rows", "--live"], w.env),
});
export const list = async (w: World) => ({ list: await timed([w.nx, "list", "--json"], w.env) });

/** bash: `ssh peer tmux ls` to every peer at once (and, for list, the local tmux ls), then wait. */
function fanOut(w: World, local: boolean): string[] {
  const ssh = shJoin([...w.floorSsh]);
  const peers = shJoin(w.peers);
  const here = local ? "tmux -L default ls >/dev/null & " : "";
  return ["bash", "-c", `${here}for h in ${peers}; do ${ssh} "$h" tmux ls >/dev/null & done; wait`];
}

export const listFloor = async (w: World) => ({ listFloor: await timed(fanOut(w, true), w.env) });
export const sshFloor = async (w: World) => ({ sshFloor: await timed(fanOut(w, false), w.env) });

export const SCALE = { hosts: 20, sessions: 50 };

export interface Scale {
  /** 20 local tmux servers (`socket:` entries) × 50 sessions, and the first of them alone. */
  many: string;
  one: string;
  sockets: string[];
}

/**
 * Local tmux servers on -L sockets under the rig client's TMUX_TMPDIR, so the rig's teardown reaps
 * them too. Their panes run `true` and stay dead (remain-on-exit): 1000 sessions, no processes.
 */
export async function startScale(w: World): Promise<Scale> {
  const dir = join(w.rig.dir, "scale");
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, "tmux.conf");
  writeFileSync(conf, "set -g remain-on-exit on\n");
  const sockets = Array.from({ length: SCALE.hosts }, (_, i) => `nxs${String(i + 1).padStart(2, "0")}`);
  await Promise.all(
    sockets.map((sock) => {
      const news = Array.from({ length: SCALE.sessions }, (_, j) => [
        "new-session",
        "-d",
        "-s",
        `w${j}`,
        "true",
      ]);
      const argv = ["-L", sock, "-f", conf, ...news.flatMap((n, j) => (j ? [";", ...n] : n))];
      return execa("tmux", argv, { env: w.env, extendEnv: false });
    }),
  );
  const fleet = (name: string, n: number) => {
    const hosts = sockets.slice(0, n).map((s) => ({ name: s, socket: s }));
    const file = join(dir, name);
    writeFileSync(file, `${JSON.stringify({ self: sockets[0], hosts }, null, 2)}\n`);
    return file;
  };
  return { many: fleet("many.yaml", SCALE.hosts), one: fleet("one.yaml", 1), sockets };
}

export async function stopScale(w: World, s: Scale | undefined): Promise<void> {
  const kill = (sock: string) => execa("tmux", ["-L", sock, "kill-server"], { env: w.env, reject: false });
  await Promise.all((s?.sockets ?? []).map(kill));
}

const nxList = (w: World, fleet: string) => timed([w.nx, "list"], { ...w.env, NEXUS_CONFIG: fleet });
export const scaleMany = async (w: World, s: Scale) => ({ scaleMany: await nxList(w, s.many) });
export const scaleOne = async (w: World, s: Scale) => ({ scaleOne: await nxList(w, s.one) });
