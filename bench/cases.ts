// The cases of the report: which samples are nexus's, which are the floor's, and the budget (a
// multiple of the floor's median, measured in the same run; DESIGN §8 and the table).

export interface Case {
  id: string;
  label: string;
  /** The sample key of what nexus does, and of its floor. */
  value: string;
  floor: string;
  floorLabel: string;
  unit: "ms" | "MB";
  /** Over budget when nexus's median > times × the floor's median (+ one node start, if plusNode). */
  times: number;
  plusNode?: boolean;
}

export const CASES: Case[] = [
  {
    id: "picker-first",
    label: "picker first frame: prefix \\ → local + cached rows on screen",
    value: "pickFirst",
    floor: "popupFloor",
    floorLabel: 'display-popup -E "tmux ls | fzf" → rows on screen',
    unit: "ms",
    times: 2,
  },
  {
    id: "picker-faulty",
    label: "picker first frame, one hung + one refused peer",
    value: "pickFaulty",
    floor: "pickFirst",
    floorLabel: "the same picker, every peer healthy",
    unit: "ms",
    times: 1.1,
  },
  {
    id: "picker-live",
    label: "picker live swap: prefix \\ → every peer's live rows on screen",
    value: "pickLive",
    floor: "sshFloor",
    floorLabel: "bash: N parallel `ssh peer tmux ls` (slowest)",
    unit: "ms",
    times: 2,
    plusNode: true,
  },
  {
    id: "list",
    label: "nx list --json, N warm peers",
    value: "list",
    floor: "listFloor",
    floorLabel: "bash: local tmux ls + N parallel `ssh peer tmux ls`",
    unit: "ms",
    times: 2,
  },
  {
    id: "hop",
    label: "hop: Enter on a peer's row → its session on screen",
    value: "hop",
    floor: "hopFloor",
    floorLabel: "prefix d, then `ssh -tt peer tmux attach` → screen",
    unit: "ms",
    times: 2,
  },
  {
    id: "cycle",
    label: "local prefix ) → next session on screen",
    value: "cycle",
    floor: "cycleFloor",
    floorLabel: "run-shell -b 'node -e 0 && tmux switch-client -n'",
    unit: "ms",
    times: 1.5,
  },
  {
    id: "version",
    label: "node dist/nexus.js --version",
    value: "version",
    floor: "node",
    floorLabel: "node -e 0",
    unit: "ms",
    times: 1.3,
  },
  {
    id: "scale",
    label: "scale: nx list, 20 local sockets × 50 sessions",
    value: "scaleMany",
    floor: "scaleOne",
    floorLabel: "the same, 1 socket × 50 sessions",
    unit: "ms",
    times: 3,
  },
  {
    id: "memory",
    label: "peak memory (VmHWM) of the hop loop, attached to a peer",
    value: "hopMb",
    floor: "nodeMb",
    floorLabel: "node -e 'setTimeout(()=>{},1e3)'",
    unit: "MB",
    times: 1.5,
  },
];

/** Measured for the analysis of where the time goes; no budget. */
export const DIAGNOSTICS: { key: string; label: string }[] = [
  {
    key: "popupByRunShell",
    label: "the floor popup started as the plugin starts its picker: run-shell -b 'tmux display-popup …'",
  },
  {
    key: "rows",
    label: "nx rows: the first frame's text (node, fleet file, local tmux, cache), spawn → exit",
  },
  { key: "rowsLive", label: "nx rows --live: the live frame's text (every peer over ssh), spawn → exit" },
  { key: "firstToLive", label: "picker: first frame on screen → live rows on screen" },
];
