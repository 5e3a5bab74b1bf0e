// Columns and colours for terminal output (colours only when stdout is a terminal).
import type { Io } from "./types.js";

const ANSI: Record<string, number> = {
  black: 30,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  white: 37,
};

export function paint(io: Io, color: string | undefined, text: string): string {
  if (!io.color) return text;
  const c = color === undefined ? undefined : ANSI[color.replace(/^bright/, "")];
  return c === undefined ? `\x1b[1m${text}\x1b[0m` : `\x1b[1;${c}m${text}\x1b[0m`;
}

const width = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, "")].length;

/** Left-aligned columns (colour codes do not count); trailing spaces trimmed. */
export function table(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(c));
    });
  return rows.map((r) =>
    r
      .map((c, i) => c + " ".repeat((widths[i] ?? 0) - width(c)))
      .join("  ")
      .trimEnd(),
  );
}
