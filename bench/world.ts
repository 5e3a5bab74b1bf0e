// The world a bench run measures, built on the test rig: N peers (rig hosts behind their own sshd on
// 127.0.0.1, three sessions each) and "home", the rig client's own tmux server with nexus.tmux
// loaded, four sessions and the floors' key bindings. Every session prints a marker of its host and
// name, so a screen says where the terminal is. Everything lives under the rig's dir.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { sshOptions } from "../src/exec/ssh.js";
import { type Rig, startRig } from "../test/rig/index.js";
import { procText, timed } from "./measure.js";

export const HOME_SESSIONS = ["fl", "h1", "h2", "h3"];
export const PEER_SESSIONS = ["s1", "s2", "s3"];
export const mark = (host: string, session: string) => `MARK-${host}-${session}`;
/** fzf's prompt in nexus's picker. */
export const PROMPT = "session> ";
/**
 * The terminal shows that session: its marker on the top line, and no picker open. (The picker's
 * preview of a session shows its marker too, inside the popup.)
 */
export const shows = (host: string, session: string) => (screen: string) =>
  screen.startsWith(mark(host, session)) && !screen.includes(PROMPT);
/** Peer session names carry their host, so one fzf query (`'p3-s1`) matches one row. */
export const peerSession = (peer: string, s: string) => `${peer}-${s}`;

export interface Fleets {
  /** home + the peers; at the default path, so the plugin and `nx` use it unless told otherwise. */
  healthy: string;
  /** The same plus the rig's hung and refused hosts. */
  faulty: string;
}

export interface World {
  rig: Rig;
  root: string;
  bundle: string;
  /** bin/nx, the CLI as a user runs it (a plain `nx list` gets its head start there). */
  nx: string;
  /** The client machine's environment (the rig's clientEnv). */
  env: NodeJS.ProcessEnv;
  peers: string[];
  fleets: Fleets;
  /** Rows the picker shows: every home and peer session. */
  rows: number;
  /** tmux on the home server. */
  home(args: string[]): Promise<string>;
  /** `ssh` and nexus's own options (sshOptions), but the floor's own masters (ControlPath). */
  floorSsh: string[];
}

const marked = (host: string, name: string) => [
  "new-session",
  "-d",
  "-s",
  name,
  `echo ${mark(host, name)}; exec cat`,
];

export async function buildWorld(root: string, nPeers: number): Promise<World> {
  const peers = Array.from({ length: nPeers }, (_, i) => `p${i + 1}`);
  const rig = await startRig({ hosts: peers });
  try {
    const env = rig.clientEnv;
    const home = async (args: string[]) =>
      (await execa("tmux", ["-L", "default", ...args], { env, extendEnv: false })).stdout;
    const w: World = {
      rig,
      root,
      bundle: join(root, "dist/nexus.js"),
      nx: join(root, "bin/nx"),
      env,
      peers,
      fleets: writeFleets(rig, peers),
      rows: HOME_SESSIONS.length + peers.length * PEER_SESSIONS.length,
      home,
      floorSsh: floorSsh(rig),
    };
    await startSessions(w);
    await warm(w);
    return w;
  } catch (e) {
    await rig.stop();
    throw e;
  }
}

/** ssh's %n is the host as given on the command line: one floor master per peer. */
function floorSsh(rig: Rig): string[] {
  const settings = {
    connectMs: 2000,
    configFile: rig.sshConfig,
    controlPath: `${rig.dir}/fm-%n`,
    prepare: () => {},
  };
  return ["ssh", ...sshOptions(settings)];
}

function writeFleets(rig: Rig, peers: string[]): Fleets {
  const hosts = [{ name: "home" }, ...peers.map((p) => ({ name: p, ssh: rig.hosts[p]!.alias }))];
  const write = (file: string, list: object[]) => {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify({ self: "home", hosts: list, ssh_config: rig.sshConfig }, null, 2)}\n`,
    );
    return file;
  };
  const faults = [
    { name: "hung", ssh: rig.aliases.hung },
    { name: "refused", ssh: rig.aliases.refused },
  ];
  return {
    healthy: write(join(rig.clientEnv.XDG_CONFIG_HOME as string, "nexus/fleet.yaml"), hosts),
    faulty: write(join(rig.dir, "fleets/faulty.yaml"), [...hosts, ...faults]),
  };
}

/** The floors' bindings: what nexus's picker and ring are compared with, on the same server. */
const FLOOR_KEYS = [
  // DESIGN §8: a popup running `tmux ls | fzf`, fzf laid out as nexus lays it out.
  [
    "F6",
    "display-popup",
    "-w",
    "80%",
    "-h",
    "70%",
    "-E",
    "tmux ls | fzf --layout=reverse --info=inline --prompt='floor> '",
  ],
  // Diagnostic: the same popup started the way the plugin starts its picker (run-shell -b → tmux),
  // its exit status hidden as the plugin hides it (else run-shell shows "returned 130" in the pane).
  [
    "F7",
    "run-shell",
    "-b",
    "tmux display-popup -c #{q:client_name} -w 80% -h 70% -E \"tmux ls | fzf --layout=reverse --info=inline --prompt='floor> '\" >/dev/null 2>&1 || true",
  ],
  // node -e 0 plus tmux switch-client, started the way nexus's ) is (run-shell -b).
  ["F5", "run-shell", "-b", "node -e 0 && tmux switch-client -c #{q:client_name} -n"],
];

async function startSessions(w: World): Promise<void> {
  const [first, ...rest] = HOME_SESSIONS as [string, ...string[]];
  await w.home(["-f", "/dev/null", ...marked("home", first)]);
  for (const s of rest) await w.home(marked("home", s));
  for (const [key, ...command] of FLOOR_KEYS) await w.home(["bind-key", "-T", "prefix", key!, ...command]);
  const plugin = join(w.root, "nexus.tmux");
  await w.home(["run-shell", `'${plugin.replaceAll("'", "'\\''").replaceAll("#", "##")}'`]);
  await Promise.all(
    w.peers.map(async (p) => {
      const [one, ...more] = PEER_SESSIONS.map((s) => peerSession(p, s)) as [string, ...string[]];
      await w.rig.tmux(p, ["-f", "/dev/null", ...marked(p, one)]);
      for (const s of more) await w.rig.tmux(p, marked(p, s));
    }),
  );
}

/** Starts the ssh masters (nexus's and the floor's) and fills the peer cache. */
async function warm(w: World): Promise<void> {
  await timed([w.nx, "list"], w.env);
  await Promise.all(w.peers.map((p) => timed([...w.floorSsh, p, "true"], w.env)));
}

/**
 * nx processes of this world (its rig dir in their environment: other runs on the machine may use
 * the same bundle) still at work: fzf's children (rows, preview) and `nx cycle`. Hop loops stay for
 * as long as their seat, and `nx pick` for as long as its popup.
 */
export const nxBusy = (w: World) => (argv: string, pid: number) =>
  argv.includes(`${w.bundle}\0`) &&
  !/\0(attach|hop|pick)\0/.test(argv) &&
  procText(pid, "environ").includes(`${w.rig.dir}/`);
