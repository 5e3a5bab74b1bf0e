// Which fleet host this process runs on: `self:` in the file, NEXUS_SELF, @nexus-self, the hostname.

import { validHostName } from "./names.js";

export interface SelfInputs {
  env: NodeJS.ProcessEnv;
  hostname: string;
  /** The tmux option @nexus-self, when the caller runs inside tmux. */
  tmuxSelf?: string;
}

export interface ResolvedSelf {
  name: string;
  /** Where the name came from, for the error that says it is not in the fleet. */
  source: string;
}

/** `GPU-Box.lan` → `gpu-box`: the short hostname, lower-cased, as a fleet host name. */
export const shortHostname = (hostname: string): string => (hostname.split(".")[0] ?? "").toLowerCase();

/** First match wins; empty values count as unset, since tmux options default to "". */
export function resolveSelf(fromFile: string | undefined, o: SelfInputs): ResolvedSelf {
  if (fromFile !== undefined) return { name: fromFile, source: "self: in the fleet file" };
  if (o.env.NEXUS_SELF) return { name: o.env.NEXUS_SELF, source: "NEXUS_SELF" };
  if (o.tmuxSelf) return { name: o.tmuxSelf, source: "the tmux option @nexus-self" };
  return { name: shortHostname(o.hostname), source: `the hostname (${o.hostname})` };
}

/**
 * Makes any self name a valid host name, for the one-host fleet used when there is no fleet file:
 * `My_Mac` → `my-mac`. Falls back to `local` when nothing usable is left.
 */
export function sanitizeHostName(s: string): string {
  const v = s
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, "-")
    .replace(/^[._-]+/, "")
    .slice(0, 32);
  return validHostName(v) ? v : "local";
}
