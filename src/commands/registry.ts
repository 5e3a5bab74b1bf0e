// The verbs nx knows, their aliases and the global options: data that cli.ts dispatches on and
// shell completion reads (cli.ts runs main() when imported, so the table lives here).
import type { OptSpec } from "../args.js";
import type { Verb } from "./types.js";

/** Verbs load lazily: esbuild keeps a dynamically imported module's top level unevaluated until then. */
export const VERBS: Record<string, () => Promise<Verb>> = {
  list: async () => (await import("./list.js")).listVerb,
  new: async () => (await import("./new.js")).newVerb,
  peek: async () => (await import("./act.js")).peekVerb,
  send: async () => (await import("./act.js")).sendVerb,
  kill: async () => (await import("./act.js")).killVerb,
  hosts: async () => (await import("./hosts.js")).hostsVerb,
  pick: async () => (await import("./pick.js")).pickVerb,
  rows: async () => (await import("./pick.js")).rowsVerb,
  preview: async () => (await import("./pick.js")).previewVerb,
  "pick-kill": async () => (await import("./pick.js")).pickKillVerb,
  "pick-agent": async () => (await import("./pick.js")).pickAgentVerb,
  broadcast: async () => (await import("./broadcast.js")).broadcastVerb,
  doctor: async () => (await import("./doctor.js")).doctorVerb,
  demo: async () => (await import("./demo.js")).demoVerb,
  attach: async () => (await import("./hop.js")).attachVerb,
  hop: async () => (await import("./hop.js")).hopVerb,
  cycle: async () => (await import("./cycle.js")).cycleVerb,
  init: async () => (await import("./init.js")).initVerb,
  completion: async () => (await import("./completion.js")).completionVerb,
  dash: async () => (await import("./dash.js")).dashVerb,
  __complete: async () => (await import("./completion.js")).completeVerb,
};
/** Plumbing for the plugin, fzf and shell completion, left out of the overview. */
export const HIDDEN = new Set([
  "rows",
  "preview",
  "pick-kill",
  "pick-agent",
  "init",
  "hop",
  "cycle",
  "__complete",
]);
export const ALIASES: Record<string, string> = {
  ls: "list",
  n: "new",
  p: "peek",
  s: "send",
  k: "kill",
  a: "attach",
  b: "broadcast",
  d: "dash",
};

export const GLOBAL: Record<string, OptSpec> = {
  config: {
    type: "string",
    value: "FILE",
    desc: "fleet file (default $NEXUS_CONFIG, then $XDG_CONFIG_HOME/nexus/fleet.yaml)",
  },
  help: { type: "boolean", short: "h", desc: "show help" },
};
