// Columns and colours for terminal output (colours only when stdout is a terminal).
import { sgr } from "../picker/rows.js";
import type { Io } from "./types.js";

export function paint(io: Pick<Io, "color">, color: string | undefined, text: string): string {
  return io.color ? `\x1b[${sgr(color)}m${text}\x1b[0m` : text;
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
