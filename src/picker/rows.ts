// Rows for fzf: `key<TAB>label`. The key (`host:$id`) is the only thing bindings receive ({1});
// the label is columns shown with --with-nth 2.. . An offline host has a row of its own, keyed
// `host:` (no session), in its place in the ring: fzf's header is the static key help (fzf.ts).
import type { HostSpec } from "../model/host.js";
import type { Session } from "../model/session.js";
import { age, stripControl } from "../model/text.js";

const ANSI: Record<string, string> = {
  black: "30",
  red: "31",
  green: "32",
  yellow: "33",
  blue: "34",
  magenta: "35",
  cyan: "36",
  white: "37",
};

/** A tmux colour as an SGR code: names, bright names, colourN, #rrggbb; bold when unknown. */
export function sgr(color: string | undefined): string {
  if (color === undefined) return "1";
  const c = color.toLowerCase();
  const bright = c.startsWith("bright") ? ANSI[c.slice(6)] : undefined;
  if (bright) return `1;${Number(bright) + 60}`;
  if (ANSI[c]) return `1;${ANSI[c]}`;
  const n = /^colou?r(\d{1,3})$/.exec(c);
  if (n) return `1;38;5;${n[1]}`;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(c);
  if (hex)
    return `1;38;2;${hex
      .slice(1)
      .map((h) => Number.parseInt(h, 16))
      .join(";")}`;
  return "1";
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));

export interface RowSource {
  host: HostSpec;
  sessions: Session[];
  /** Seconds since these rows were listed (cached rows), else undefined. */
  ageSec?: number;
  /** Why the host did not answer just now: its row, before its cached rows (if any). */
  offline?: string;
}

/** One fzf item per row: a newline or tab in a name (from a cache file) must not make another. */
const flat = (t: string) => stripControl(t).replace(/[\n\t]/g, " ");

export function row(host: HostSpec, s: Session, nowSec: number, stale?: number): string {
  const name = flat(s.name);
  const cols = [
    hostCol(host),
    pad(name, 24),
    pad(flat(s.command), 12),
    pad(`idle ${age(nowSec - s.activity)}`, 10),
    s.attached ? "attached" : "        ",
    s.dead ? "\x1b[31mdead\x1b[0m" : "",
    stale === undefined ? "" : `\x1b[2m(${age(stale)} ago)\x1b[0m`,
  ];
  // The key names the host the row is shown under, whatever a cache file claims.
  return `${host.name}:${s.id}\t${cols.join(" ").trimEnd()}`;
}

const hostCol = (host: HostSpec) => `\x1b[${sgr(host.color)}m${pad(host.name, 10)}\x1b[0m`;

/** An offline host's row: its key names no session, so Enter and ctrl-x on it only say why. */
export function offlineRow(host: HostSpec, why: string): string {
  return `${host.name}:\t${hostCol(host)} \x1b[31moffline\x1b[0m: ${flat(why)}`;
}

/** Every row, in ring order; each host's offline row (if any) before its sessions. */
export function rowsText(sources: readonly RowSource[], nowSec = Date.now() / 1000): string {
  const lines: string[] = [];
  for (const src of sources) {
    if (src.offline !== undefined) lines.push(offlineRow(src.host, src.offline));
    for (const s of src.sessions) lines.push(row(src.host, s, nowSec, src.ageSec));
  }
  return lines.map((l) => `${l}\n`).join("");
}

/** `alpha:$3` → { host, id }; `alpha:` (an offline host's row) → { host }; anything else → undefined. */
export function parseKey(key: string): { host: string; id?: string } | undefined {
  const m = /^([a-z0-9][a-z0-9._-]*):(\$\d+)?$/.exec(key.trim());
  if (!m) return undefined;
  return m[2] ? { host: m[1] as string, id: m[2] } : { host: m[1] as string };
}
