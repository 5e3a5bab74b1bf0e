// Which sessions the dashboard shows (pure): the positional filter `[host:]text` (`host:` alone is
// all of that host, `=name` an exact name, otherwise a case-insensitive substring of the name) and
// --cmd, a case-insensitive prefix of the active pane's command (`claude`, `python` for python3).
import { parseSelector } from "../model/selector.js";
import type { Session } from "../model/session.js";
import { usageError } from "../report.js";

export interface DashFilter {
  host?: string;
  /** "" matches every name. */
  text: string;
  exact: boolean;
  cmd?: string;
}

export function parseFilter(
  arg: string | undefined,
  cmd: string | undefined,
  hostNames: readonly string[],
): DashFilter {
  if (cmd !== undefined && cmd.trim() === "")
    throw usageError("--cmd takes a command name", "for example: nx dash --cmd claude");
  const sel = parseSelector(arg ?? "", hostNames);
  return {
    ...(sel.host === undefined ? {} : { host: sel.host }),
    text: sel.text,
    exact: sel.exact,
    ...(cmd === undefined ? {} : { cmd: cmd.trim() }),
  };
}

export function matches(f: DashFilter, s: Session): boolean {
  if (f.host !== undefined && s.host !== f.host) return false;
  if (f.cmd !== undefined && !s.command.toLowerCase().startsWith(f.cmd.toLowerCase())) return false;
  if (f.exact) return s.name === f.text;
  return s.name.toLowerCase().includes(f.text.toLowerCase());
}

/** The filter as the user would type it again, for messages. */
export function describeFilter(f: DashFilter): string {
  const sel = `${f.host === undefined ? "" : `${f.host}:`}${f.exact ? "=" : ""}${f.text}`;
  const parts = [sel === "" ? "" : JSON.stringify(sel), f.cmd === undefined ? "" : `--cmd ${f.cmd}`];
  return parts.filter((p) => p !== "").join(" ") || "(no filter)";
}
