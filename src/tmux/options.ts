// Reads the @nexus-* options of the tmux server this process runs under ($TMUX), at key-press time.
import { type NexusOptions, parseShowOptions, resolveOptions } from "../config/options.js";
import { run } from "../exec/spawn.js";

/** The options of the current server; the defaults when not under tmux or tmux does not answer. */
export async function readTmuxOptions(env: NodeJS.ProcessEnv = process.env): Promise<NexusOptions> {
  if (!env.TMUX) return resolveOptions(new Map());
  // No -L here on purpose: $TMUX names the server whose key was pressed.
  const r = await run(["tmux", "show-options", "-g"], { deadlineMs: 2000, env });
  return resolveOptions(r.code === 0 ? parseShowOptions(r.stdout) : new Map());
}

/** The -L name of the server in $TMUX (`/tmp/tmux-0/default,123,0` → `default`). */
export function currentSocket(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.TMUX?.split(",")[0];
  return path ? path.slice(path.lastIndexOf("/") + 1) : undefined;
}
