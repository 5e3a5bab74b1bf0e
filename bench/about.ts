// What a run ran on, for the report: tools and their versions, the machine, the bundle's size, and
// what was done about NODE_EXTRA_CA_CERTS.
import { statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { execa } from "execa";
import { SCALE } from "./cli.js";
import type { World } from "./world.js";

const tool = async (argv: string[]) => {
  const r = await execa(argv[0] as string, argv.slice(1), { reject: false });
  return `${r.stdout}${r.stderr}`.split("\n")[0]?.trim() ?? "?";
};

export async function about(
  w: World,
  o: { hosts: number; rounds: number; warmup: number; reps: number },
  ca: string | undefined,
  loadAtStart: number,
) {
  const [tmux, fzf, ssh] = await Promise.all([
    tool(["tmux", "-V"]),
    tool(["fzf", "--version"]),
    tool(["ssh", "-V"]),
  ]);
  const kb = Math.round(statSync(w.bundle).size / 1024);
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "?"})`;
  const summary =
    `nexus bench, ${new Date().toISOString().slice(0, 10)}: ${o.hosts} peers (rig hosts, each its own sshd on ` +
    `127.0.0.1, 3 sessions each), scale on ${SCALE.hosts} local tmux sockets; ${o.rounds} rounds after ` +
    `${o.warmup} warm-up (CLI cases ${o.reps}× a round); node ${process.version}, ${tmux}, fzf ${fzf}, ` +
    `${ssh.split(",")[0]}; ${machine}; dist/nexus.js ${kb} KB.`;
  const caNote = ca
    ? `NODE_EXTRA_CA_CERTS was set (${ca}); it is unset for every node this bench starts (it adds 55-80 ms to a node start).`
    : "NODE_EXTRA_CA_CERTS was not set; the bench keeps it unset for every node it starts.";
  const load = [loadAtStart, loadavg()[0] as number].map((l) => l.toFixed(1));
  const loadNote =
    `load average ${load[0]} at the start, ${load[1]} at the end, on ${cpus().length} cores` +
    (Math.max(loadAtStart, loadavg()[0] as number) > cpus().length / 2
      ? ": other work ran on this machine; every number is noisier (the floors share the noise)."
      : ".");
  return { summary, caNote, loadNote, opts: o };
}
