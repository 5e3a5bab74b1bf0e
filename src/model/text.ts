// Text from panes and hosts is shown, never interpreted: strip escape sequences and control bytes.

// CSI/OSC/other ESC sequences, then any C0 control except newline and tab, and DEL / C1.
const ESCAPES =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])|[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/g;

export const stripControl = (s: string): string => s.replace(ESCAPES, "");

/** The last n lines of text, without the blank lines tmux pads the bottom of a screen with. */
export function lastLines(text: string, n: number): string[] {
  const lines = stripControl(text).split("\n");
  while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === "") lines.pop();
  return lines.slice(Math.max(0, lines.length - n));
}

/** "3s", "5m", "2h", "4d" */
export function age(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  if (s < 86400) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}
