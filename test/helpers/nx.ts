// Runs the shipped bundle (dist/nexus.js) as a user would, inside a rig's client environment.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";

export const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), "../../dist/nexus.js");

export interface NxResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export async function nx(
  env: NodeJS.ProcessEnv,
  args: string[],
  opts: { input?: string; timeoutMs?: number } = {},
): Promise<NxResult> {
  const t0 = performance.now();
  const r = await execa("node", [BUNDLE, ...args], {
    env,
    extendEnv: false,
    reject: false,
    stripFinalNewline: false,
    timeout: opts.timeoutMs ?? 20_000,
    ...(opts.input === undefined ? { stdin: "ignore" as const } : { input: opts.input }),
  });
  return {
    code: r.exitCode ?? -1,
    stdout: String(r.stdout),
    stderr: String(r.stderr),
    ms: performance.now() - t0,
  };
}

export interface FleetHost {
  name: string;
  ssh?: string;
  socket?: string;
  color?: string;
}

/** Writes $XDG_CONFIG_HOME/nexus/fleet.yaml for that env (JSON is YAML). */
export function writeFleet(
  env: NodeJS.ProcessEnv,
  self: string,
  hosts: FleetHost[],
  extra: object = {},
): string {
  const file = join(env.XDG_CONFIG_HOME as string, "nexus", "fleet.yaml");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ self, hosts, timeouts: { connect: "2s", list: "1500ms" }, ...extra }, null, 2)}\n`,
  );
  return file;
}

/** Polls until check() returns a value, or fails after the deadline. No fixed sleeps. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  ms = 5000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
