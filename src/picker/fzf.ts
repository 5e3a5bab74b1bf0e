// fzf's argv and environment, pure. Only constant command strings go into --bind and --preview
// (the program's own path comes through the env); rows reach commands only through fzf's own
// quoted {1}.
// --listen is never used: before fzf 0.43 it has no authentication.

export interface FzfPlan {
  argv: string[];
  env: NodeJS.ProcessEnv;
}

export interface FzfInput {
  /** How fzf's children call nexus: [node, bundle] (given to them as $NEXUS_NODE $NEXUS_BUNDLE). */
  self: readonly string[];
  /** The user's FZF_DEFAULT_OPTS and @nexus-fzf-opts. */
  userDefaults: string;
  nexusOpts: string;
  /** Env for the nexus processes fzf starts (NEXUS_CONFIG…). */
  env: NodeJS.ProcessEnv;
  /** The fleet host of the tmux server fzf runs under, if any: its rows preview without node. */
  here?: string;
}

export const KEYS = { create: "ctrl-n", kill: "ctrl-x" } as const;

/** Our layer of FZF_DEFAULT_OPTS, between the user's defaults and @nexus-fzf-opts. */
export const BASE_OPTS = "--layout=reverse --info=inline --prompt='session> '";

const HERE_PREVIEW = [
  'n=${FZF_PREVIEW_LINES:-40}; tmux capture-pane -p -J -t "${k#*:}" -S "-$n" 2>&1 |',
  'awk -v n="$n" \'{ l[NR] = $0 } END { e = NR; while (e > 0 && l[e] ~ /^[ \\t]*$/) e--;',
  "for (i = (e > n ? e - n + 1 : 1); i <= e; i++) print l[i] }'",
].join(" ");

/** fzf's children reach nexus through the env, so that these strings are constant. */
const NX = '"$NEXUS_NODE" "$NEXUS_BUNDLE"';
// The live rows come through the fifo $NEXUS_FIFO: a first line `rows`, then the rows, from the
// popup's fan-out (src/picker/meta.ts) or else from the node started beside fzf. Without them
// (node failed, or ended first): the first frame again. stderr is
// let go first: a reload that fzf leaves behind when it exits early must not hold the popup's tty,
// or tmux keeps the popup open.
const FROM_FIFO =
  'exec 2>/dev/null; { IFS= read -r ok && [ "$ok" = rows ] && exec cat; exec cat "$NEXUS_FIRST"; } <"$NEXUS_FIFO"';

/**
 * The header: the keys, fixed for fzf's whole run. Offline hosts are rows (rows.ts), not header lines:
 * a reload that brings header lines (--header-lines) makes fzf 0.38 sleep ticks × 10 ms (its
 * coordinator's turns so far, up to 100 ms) before it draws the rows (core.go), ~40 ms of the swap.
 */
export const HEADER = "enter go · ctrl-n new (host:name) · ctrl-x kill";

/**
 * fzf's argv. live: where the live swap's rows come from: `nx rows --live`, or (scripts/picker.sh)
 * the fifo $NEXUS_FIFO that the node started beside fzf writes them to.
 */
export function fzfArgs(live: "node" | "fifo"): string[] {
  const rowsLive = `${NX} rows --live`;
  // fzf quotes what it substitutes for {1}: the placeholder itself must stay bare.
  const nxKey = (verb: string) => `${NX} ${verb} {1}`;
  return [
    "fzf",
    "--ansi",
    "--delimiter=\t",
    "--with-nth=2..",
    `--header=${HEADER}`,
    // The first frame drawn whole, once it is read: never a part of it, then the rest.
    "--sync",
    "--print-query",
    `--expect=${KEYS.create}`,
    // The first frame has local and cached rows; live rows replace them in one swap (fzf ≥ 0.36).
    `--bind=load:reload-sync(${live === "fifo" ? FROM_FIFO : rowsLive})+unbind(load)`,
    `--bind=${KEYS.kill}:execute(${nxKey("pick-kill")})+reload-sync(${rowsLive})`,
    // fzf kills a running preview when the focus moves: the sleep debounces fast scrolling, so
    // nothing starts for rows that are only passed over. A session of this server ($NEXUS_HERE) is
    // one capture-pane, as `nx preview` would do it (the bottom lines, trailing blanks dropped);
    // other rows are node's, over ssh (an offline host's row, `host:`, says why it is offline).
    `--preview=sleep 0.08; k={1}; case $k in '') ;; "$NEXUS_HERE":?*) ${HERE_PREVIEW} ;; *) exec ${NX} preview "$k" ;; esac`,
    "--preview-window=down,45%,wrap",
  ];
}

export function fzfPlan(i: FzfInput): FzfPlan {
  // Layered as fzf's own widgets do: the user's defaults, ours, then the user's for nexus.
  const defaults = [i.userDefaults, BASE_OPTS, i.nexusOpts].filter((s) => s.trim() !== "").join(" ");
  const [node = "node", bundle = ""] = i.self;
  // fzf runs --bind and --preview commands with $SHELL -c: make that sh, whatever the login shell.
  return {
    argv: fzfArgs("node"),
    env: {
      ...i.env,
      FZF_DEFAULT_OPTS: defaults,
      SHELL: "/bin/sh",
      NEXUS_NODE: node,
      NEXUS_BUNDLE: bundle,
      NEXUS_HERE: i.here ?? "",
    },
  };
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
