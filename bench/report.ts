// From samples to the report: per case median, p90, the floor's, the ratio and the verdict; shown
// as a terminal table, as the README's Markdown table, and saved as JSON with every sample.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CASES, type Case, DIAGNOSTICS } from "./cases.js";
import { median, p90 } from "./measure.js";

export type Samples = Record<string, number[]>;

export interface Result {
  id: string;
  label: string;
  unit: Case["unit"];
  n: number;
  median: number;
  p90: number;
  floor: { label: string; n: number; median: number; p90: number };
  ratio: number;
  /** The budget in the case's unit, and how it is made. */
  limit: number;
  budget: string;
  over: boolean;
}

export function results(samples: Samples): Result[] {
  const nodeStart = median(samples.node ?? []);
  // With --only, the cases that were not run are left out.
  return CASES.filter((c) => (samples[c.value]?.length ?? 0) > 0).map((c) => {
    const v = samples[c.value] ?? [];
    const f = samples[c.floor] ?? [];
    const fm = median(f);
    const limit = c.times * fm + (c.plusNode ? nodeStart : 0);
    return {
      id: c.id,
      label: c.label,
      unit: c.unit,
      n: v.length,
      median: median(v),
      p90: p90(v),
      floor: { label: c.floorLabel, n: f.length, median: fm, p90: p90(f) },
      ratio: median(v) / fm,
      limit,
      budget: `≤ ${c.times.toFixed(1)}× floor${c.plusNode ? " + node start" : ""}`,
      over: !(median(v) <= limit),
    };
  });
}

const num = (x: number, unit: string) =>
  Number.isNaN(x) ? "-" : unit === "MB" ? `${x.toFixed(1)} MB` : `${Math.round(x)} ms`;
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "-");
const verdict = (r: Result) => (r.over ? "OVER" : "ok");

/** The terminal table; the cases' full descriptions follow it, keyed by id. */
export function table(rs: Result[]): string {
  const head = ["case", "median", "p90", "floor", "floor p90", "ratio", "budget", ""];
  const rows = rs.map((r) => [
    r.id,
    num(r.median, r.unit),
    num(r.p90, r.unit),
    num(r.floor.median, r.unit),
    num(r.floor.p90, r.unit),
    times(r.ratio),
    `${r.budget} = ${num(r.limit, r.unit)}`,
    verdict(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const legend = rs.map(
    (r) => `  ${r.id.padEnd(widths[0]!)}  ${r.label}\n  ${"".padEnd(widths[0]!)}  floor: ${r.floor.label}`,
  );
  return [line(head), ...rows.map(line), "", ...legend].join("\n").replace(/ +$/gm, "");
}

/** The diagnostics: median and p90 of each, no floor, no budget. */
export function diagnostics(samples: Samples): string {
  const cell = (k: string) =>
    `${num(median(samples[k] ?? []), "ms").padStart(7)} ${num(p90(samples[k] ?? []), "ms").padStart(7)}`;
  return [
    "diagnostics (no budget)  median     p90",
    ...DIAGNOSTICS.map((d) => `  ${cell(d.key)}  ${d.label}`),
  ].join("\n");
}

/** The README's Speed table (Markdown). */
export function markdown(rs: Result[], about: string): string {
  const esc = (s: string) => s.replaceAll("|", "\\|");
  const rows = rs.map(
    (r) =>
      `| ${esc(r.label)} | ${num(r.median, r.unit)} (${num(r.p90, r.unit)}) | ${esc(r.floor.label)} | ` +
      `${num(r.floor.median, r.unit)} (${num(r.floor.p90, r.unit)}) | ${times(r.ratio)} | ${r.budget} | ${verdict(r)} |`,
  );
  return [
    about,
    "",
    "| case | nexus: median (p90) | floor, measured in the same run | floor: median (p90) | ratio | budget | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

export const START = "<!-- speed:start -->";
export const END = "<!-- speed:end -->";

/** Replaces what lies between the speed markers in the README; throws if they are missing. */
export function updateReadme(file: string, text: string): void {
  const readme = readFileSync(file, "utf8");
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`bench: ${file} has no ${START} … ${END} section to update`);
  writeFileSync(file, `${readme.slice(0, a + START.length)}\n${text}\n${readme.slice(b)}`);
}

export interface About {
  summary: string;
  caNote: string;
  loadNote: string;
}

/** Prints the report, writes results/<stamp>.json (every sample) and .md, and the README if asked. */
export function publish(root: string, stamp: string, info: About, samples: Samples, readme: boolean): void {
  const rs = results(samples);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`\n${info.summary}\n${info.caNote}\n${info.loadNote}\n\n${table(rs)}\n\n${diagnostics(samples)}\n`);
  const over = rs.filter((r) => r.over).map((r) => r.id);
  out(over.length ? `over budget: ${over.join(", ")}` : "every case within budget");
  const dir = join(root, "bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${stamp}.json`),
    `${JSON.stringify({ ...info, results: rs, samples }, null, 2)}\n`,
  );
  const md = markdown(rs, `${info.summary} ${info.caNote}`);
  writeFileSync(join(dir, `${stamp}.md`), `${md}\n`);
  out(`wrote bench/results/${stamp}.json and .md (the README table)`);
  if (!readme) return;
  updateReadme(join(root, "README.md"), md);
  out("updated the Speed section of README.md");
}
