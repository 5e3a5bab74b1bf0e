// npm run bench [-- --hosts N --quick --rounds R --update-readme]: brings up the rig, runs every
// trial once per round (nexus and its floor side by side, so noise hits both), reports, and stops
// everything, also on Ctrl-C or an error. What each case measures: bench/README.md.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { stopAllTerminals } from "../test/helpers/term.js";
import { about } from "./about.js";
import {
  list,
  listFloor,
  nodeStart,
  rows,
  rowsLive,
  type Scale,
  scaleMany,
  scaleOne,
  sshFloor,
  startScale,
  stopScale,
  version,
} from "./cli.js";
import { cycle, cycleFloor, hop, hopFloor, nodeMemory } from "./hop.js";
import { pickerFaulty, pickerHealthy, popupByRunShell, popupFloor } from "./picker.js";
import { publish, type Samples } from "./report.js";
import { floorSeat, leave, loopSeat, type Seat } from "./seats.js";
import { buildWorld, type World } from "./world.js";

interface Trial {
  /** Which cases it feeds (--only picks trials by these). */
  cases: string[];
  reps: number;
  run(round: number): Promise<Record<string, number>>;
}

const USAGE = `usage: npm run bench [-- --hosts N] [--quick] [--rounds R] [--only CASE,…] [--update-readme]
  --hosts N          peers on the rig (default 5), three sessions each
  --quick            4 rounds after 1 warm-up (default 12 after 2)
  --rounds R         measured rounds
  --only CASE,…      only the trials of these cases (ids as in the table: picker-first, hop, …)
  --update-readme    write the Speed table between the speed markers of README.md\n`;

function options(argv: string[]) {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      hosts: { type: "string", default: "5" },
      quick: { type: "boolean", default: false },
      rounds: { type: "string" },
      only: { type: "string" },
      "update-readme": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const hosts = Number(v.hosts);
  const rounds = Number(v.rounds ?? (v.quick ? 4 : 12));
  if (v.only && v["update-readme"])
    throw new Error(`bench: the README's table needs every case: no --only\n${USAGE}`);
  if (!(Number.isInteger(hosts) && hosts >= 1 && hosts <= 30) || !(Number.isInteger(rounds) && rounds >= 1))
    throw new Error(`bench: --hosts takes 1..30 and --rounds a positive integer\n${USAGE}`);
  return {
    hosts,
    rounds,
    warmup: v.quick ? 1 : 2,
    reps: v.quick ? 2 : 3,
    readme: v["update-readme"],
    only: v.only?.split(",").filter((c) => c !== ""),
    help: v.help,
  };
}

function trials(w: World, seat: Seat, floor: Seat, scale: Scale, reps: number): Trial[] {
  const once = (cases: string, run: Trial["run"]): Trial => ({ cases: cases.split(","), reps: 1, run });
  const many = (cases: string, run: Trial["run"]): Trial => ({ cases: cases.split(","), reps, run });
  const picker = "picker-first,picker-faulty,picker-live";
  return [
    once(picker, () => pickerHealthy(w, seat)),
    once("cycle", () => cycle(w, seat)), // while the live swap's peer cache is fresh (cycle lists stale peers)
    once("picker-first", () => popupFloor(w, seat)),
    once("cycle", () => cycleFloor(w, seat)),
    once("picker-first", () => popupByRunShell(w, seat)),
    once("picker-faulty", () => pickerFaulty(w, seat)),
    once("hop,memory", (i) => hop(w, seat, i)),
    once("hop", (i) => hopFloor(w, floor, i)),
    once("memory", () => nodeMemory(w)),
    many("list", () => list(w)),
    many("list", () => listFloor(w)),
    many("picker-live", () => sshFloor(w)),
    many("version", () => version(w)),
    many("version,picker-live", () => nodeStart(w)),
    many("picker-first", () => rows(w)),
    many("picker-live", () => rowsLive(w)),
    many("scale", () => scaleMany(w, scale)),
    many("scale", () => scaleOne(w, scale)),
  ];
}

/** Every trial once per round, repeated ones interleaved; the warm-up rounds are dropped. */
async function measure(ts: Trial[], warmup: number, rounds: number): Promise<Samples> {
  const samples: Samples = {};
  const most = Math.max(...ts.map((t) => t.reps));
  for (let i = 0; i < warmup + rounds; i++) {
    const t0 = performance.now();
    for (let k = 0; k < most; k++)
      for (const t of ts.filter((x) => x.reps > k)) {
        const r = await t.run(i);
        if (i < warmup) continue;
        for (const [key, v] of Object.entries(r)) {
          samples[key] ??= [];
          samples[key].push(v);
        }
      }
    const what = i < warmup ? "warm-up" : `round ${i - warmup + 1}/${rounds}`;
    process.stderr.write(`bench: ${what} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  return samples;
}

export async function main(argv: string[], ctx: { root: string; caCerts?: string }): Promise<number> {
  const o = options(argv);
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const s: { w?: World; seat?: Seat; floor?: Seat; scale?: Scale } = {};
  const stop = async () => {
    await Promise.all([leave(s.seat), leave(s.floor), stopAllTerminals()]);
    if (s.w) await stopScale(s.w, s.scale);
    await s.w?.rig.stop();
  };
  const onSignal = (sig: string) => {
    process.stderr.write(`\nbench: ${sig}: stopping everything it started…\n`);
    void stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  const started = new Date();
  const loadAtStart = loadavg()[0] as number;
  try {
    const w = await buildWorld(ctx.root, o.hosts);
    s.w = w;
    s.scale = await startScale(w);
    s.seat = await loopSeat(w);
    s.floor = await floorSeat(w);
    process.stderr.write(`bench: rig up (${o.hosts} peers), ${o.warmup} warm-up + ${o.rounds} rounds\n`);
    const all = trials(w, s.seat, s.floor, s.scale, o.reps);
    const chosen = o.only ? all.filter((t) => t.cases.some((c) => o.only?.includes(c))) : all;
    if (chosen.length === 0) throw new Error(`bench: --only ${o.only?.join(",")} names no case\n${USAGE}`);
    const samples = await measure(chosen, o.warmup, o.rounds);
    const info = await about(w, o, ctx.caCerts, loadAtStart);
    const stamp = started.toISOString().replace(/[:.]/g, "-");
    publish(ctx.root, stamp, info, samples, o.readme);
    return 0;
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    await stop();
  }
}
