// fzf's argv and environment, pure. Only constant command strings go into --bind and --preview
// (the program's own path, quoted once); rows reach commands only through fzf's own quoted {1}.
// --listen is never used: before fzf 0.43 it has no authentication.
import { shJoin } from "../exec/quote.js";

export interface FzfPlan {
  argv: string[];
  env: NodeJS.ProcessEnv;
}

export interface FzfInput {
  /** How fzf's children call nexus: [node, bundle]. */
  self: readonly string[];
  /** The user's FZF_DEFAULT_OPTS and @nexus-fzf-opts. */
  userDefaults: string;
  nexusOpts: string;
  /** Env for the nexus processes fzf starts (NEXUS_CONFIG…). */
  env: NodeJS.ProcessEnv;
}

export const KEYS = { create: "ctrl-n", kill: "ctrl-x" } as const;

export function fzfPlan(i: FzfInput): FzfPlan {
  const nx = (...args: string[]) => shJoin([...i.self, ...args]);
  // fzf quotes what it substitutes for {1}: the placeholder itself must stay bare.
  const nxKey = (verb: string) => `${nx(verb)} {1}`;
  const argv = [
    "fzf",
    "--ansi",
    "--delimiter=\t",
    "--with-nth=2..",
    "--header-lines=1",
    "--print-query",
    `--expect=${KEYS.create}`,
    // The first frame has local and cached rows; live rows replace them in one swap (fzf ≥ 0.36).
    `--bind=load:reload-sync(${nx("rows", "--live")})+unbind(load)`,
    `--bind=${KEYS.kill}:execute(${nxKey("pick-kill")})+reload-sync(${nx("rows", "--live")})`,
    // fzf kills a running preview when the focus moves: the sleep debounces fast scrolling, so
    // no node or ssh starts for rows that are only passed over.
    `--preview=sleep 0.08; exec ${nxKey("preview")}`,
    "--preview-window=down,45%,wrap",
  ];
  // Layered as fzf's own widgets do: the user's defaults, ours, then the user's for nexus.
  const defaults = [i.userDefaults, "--layout=reverse --info=inline --prompt='session> '", i.nexusOpts]
    .filter((s) => s.trim() !== "")
    .join(" ");
  // fzf runs --bind and --preview commands with $SHELL -c: make that sh, whatever the login shell.
  return { argv, env: { ...i.env, FZF_DEFAULT_OPTS: defaults, SHELL: "/bin/sh" } };
}

export type FzfOutcome =
  | { kind: "go"; key: string }
  | { kind: "create"; query: string }
  | { kind: "none" }
  | { kind: "error"; message: string };

/** Maps fzf's exit and output (--print-query, --expect) to what the picker does. */
export function fzfOutcome(code: number, stdout: string): FzfOutcome {
  const [query = "", key = "", selected = ""] = stdout.split("\n");
  if (key === KEYS.create && (code === 0 || code === 1)) return { kind: "create", query };
  if (code === 0 && selected.includes("\t")) return { kind: "go", key: selected.split("\t")[0] as string };
  if (code === 0 || code === 1 || code === 130) return { kind: "none" };
  if (code === 127) return { kind: "error", message: "fzf is not installed (nexus needs fzf ≥ 0.38)" };
  return { kind: "error", message: `fzf failed (exit ${code})` };
}
