// The one field list that both builds `list-sessions -F` and parses its rows (libtmux's
// get_output_format / parse_output). Id first, name last; a row with the wrong field count is
// dropped and counted, never half-used.
import { ID_RE, type Session } from "../model/session.js";

type Parse = (v: string) => unknown;
const int: Parse = (v) => (/^\d+$/.test(v) ? Number(v) : undefined);
const str: Parse = (v) => v;
const bool: Parse = (v) => (v === "1" ? true : v === "0" || v === "" ? false : undefined);

const FIELDS: [keyof Session, string, Parse][] = [
  ["id", "session_id", (v) => (ID_RE.test(v) ? v : undefined)],
  ["windows", "session_windows", int],
  ["attached", "session_attached", int],
  ["created", "session_created", int],
  ["activity", "session_activity", int],
  ["command", "pane_current_command", str],
  ["path", "pane_current_path", str],
  ["dead", "pane_dead", bool],
  ["name", "session_name", str],
];

export const SESSION_FORMAT = FIELDS.map(([, f]) => `#{${f}}`).join("\t");

export interface Parsed {
  sessions: Session[];
  /** Lines that did not parse. */
  dropped: number;
}

export function parseSessions(host: string, stdout: string): Parsed {
  const sessions: Session[] = [];
  let dropped = 0;
  for (const line of stdout.split("\n")) {
    if (line === "") continue;
    const row = parseRow(host, line);
    if (row) sessions.push(row);
    else dropped++;
  }
  return { sessions, dropped };
}

function parseRow(host: string, line: string): Session | undefined {
  const cells = line.split("\t");
  if (cells.length !== FIELDS.length) return undefined;
  const row: Record<string, unknown> = { host };
  for (const [i, [key, , parse]] of FIELDS.entries()) {
    const v = parse(cells[i] as string);
    if (v === undefined) return undefined;
    row[key] = v;
  }
  return row as unknown as Session;
}

/** One session as a `list-sessions -F SESSION_FORMAT` line (the peer cache's TSV mirror, read by
 * scripts/rows.awk): tabs and newlines in text fields become spaces, so it stays one 9-field line. */
export function sessionLine(s: Session): string {
  const one = (v: unknown) => String(v).replace(/[\t\n\r]/g, " ");
  return FIELDS.map(([key]) => {
    const v = s[key];
    return typeof v === "boolean" ? (v ? "1" : "0") : one(v);
  }).join("\t");
}
