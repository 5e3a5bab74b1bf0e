// Filters for commands that act on many sessions (broadcast, dash): `[host:]text` and --cmd. Pure.
import { parseSelector } from "./selector.js";
import type { Session } from "./session.js";

export interface Filter {
  host?: string;
  /** Substring of the name, case-insensitive; "" or "*" matches every name. */
  text: string;
  /** Substring of the active pane's command. */
  cmd?: string;
}

export function parseFilter(s: string, hostNames: readonly string[], cmd?: string): Filter {
  const sel = parseSelector(s, hostNames);
  return {
    ...(sel.host === undefined ? {} : { host: sel.host }),
    text: sel.text === "*" ? "" : sel.text,
    ...(cmd === undefined ? {} : { cmd }),
  };
}

export const matches = (f: Filter, s: Session): boolean =>
  (f.host === undefined || s.host === f.host) &&
  s.name.toLowerCase().includes(f.text.toLowerCase()) &&
  (f.cmd === undefined || s.command.includes(f.cmd));
