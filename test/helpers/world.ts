// The end-to-end world the crossing-host tests share: a fleet file for home (this machine, the rig
// client) and one for each peer (self: that peer), two marked sessions on every host, and the
// plugin loaded into every tmux server. Each session prints MARK-<host>-<name>, then waits.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Rig } from "../rig/index.js";
import { writeFleet } from "./nx.js";
import type { Terminal } from "./term.js";

export const PLUGIN = join(dirname(fileURLToPath(import.meta.url)), "../../nexus.tmux");

export const marked = (host: string, name: string) => [
  "new-session",
  "-d",
  "-s",
  name,
  `echo MARK-${host}-${name}; exec cat`,
];

/** tmux on home's default server. */
export const homeTmux = (rig: Rig, args: string[]) => rig.localTmux(["-L", "default", ...args]);

/** Sessions h1, h2 on home and <p>1, <p>2 on each peer p; the same fleet (plus extra keys) everywhere. */
export async function buildWorld(
  rig: Rig,
  peers: string[],
  hosts: object[],
  extra: object = {},
): Promise<void> {
  writeFleet(rig.clientEnv, "home", hosts as never, { ssh_config: rig.sshConfig, ...extra });
  for (const h of peers) {
    const cfg = join(rig.hosts[h]!.home, ".config/nexus/fleet.yaml");
    mkdirSync(dirname(cfg), { recursive: true });
    writeFileSync(cfg, JSON.stringify({ self: h, hosts, ssh_config: rig.sshConfig, ...extra }));
  }
  await homeTmux(rig, ["-f", "/dev/null", ...marked("home", "h1")]);
  await homeTmux(rig, marked("home", "h2"));
  await homeTmux(rig, ["run-shell", PLUGIN]);
  for (const h of peers) {
    await rig.tmux(h, ["-f", "/dev/null", ...marked(h, `${h[0]}1`)]);
    await rig.tmux(h, marked(h, `${h[0]}2`));
    await rig.tmux(h, ["run-shell", PLUGIN]);
  }
}

/** Opens the picker on whatever server the terminal shows, types host and name, waits for that row. */
export async function choose(term: Terminal, host: string, name: string): Promise<void> {
  await term.keys("C-b", "\\");
  await term.waitFor(/session>/, 8000, "the picker");
  await term.type(`${host} ${name}`);
  // Rows pad the host column; the prompt line ("session> alpha a2") has a single space.
  await term.waitFor(new RegExp(`> ${host} {2,}${name} `), 8000, `the row ${host}:${name} selected`);
}
