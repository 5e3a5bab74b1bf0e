// Typed tmux operations that only build argv. Every piece of user data passes through arg()
// (tmux 3.3 splits an argument that ends in `;` into a new command) and every name through
// name() as well (new-session -s, -c and rename expand formats, so `#{…}` and `#(…)` would run).
import type { HostSpec } from "../model/host.js";
import { SESSION_FORMAT } from "./fields.js";

/** tmux strips exactly one `\` before a trailing `;`, so adding one keeps any argument literal. */
export const arg = (s: string): string => (s.endsWith(";") ? `${s.slice(0, -1)}\\;` : s);

/** For arguments tmux expands as formats: `#` → `##`. */
export const fmt = (s: string): string => arg(s.replaceAll("#", "##"));

/**
 * Always an explicit -L: without one, tmux follows $TMUX, so a command run from a popup or a
 * binding would reach the server the user is on rather than the host's own.
 */
export const tmuxBase = (h: Pick<HostSpec, "socket">): string[] => ["tmux", "-L", h.socket ?? "default"];

/** The -L name of a host's server. */
export const socketName = (h: Pick<HostSpec, "socket">): string => h.socket ?? "default";

/**
 * A format as one client sees it. -t as well as -c: tmux 3.3 expands display-message -p formats
 * for the -t target, else for its "best" client, which is not always the one that pressed the key.
 */
export const clientFormat = (h: HostSpec, client: string | undefined, format: string) => [
  ...tmuxBase(h),
  "display-message",
  "-p",
  ...(client ? ["-c", client, "-t", client] : []),
  format,
];

export const switchClient = (h: HostSpec, client: string | undefined, id: string) => [
  ...tmuxBase(h),
  "switch-client",
  ...(client ? ["-c", client] : []),
  "-t",
  id,
];

/** A message on one client's status line; the text is data: `#` doubled, a trailing `;` escaped. */
export const displayMessage = (h: HostSpec, client: string | undefined, text: string) => [
  ...tmuxBase(h),
  "display-message",
  ...(client ? ["-c", client] : []),
  "--",
  fmt(text),
];

export const listSessions = (h: HostSpec) => [...tmuxBase(h), "list-sessions", "-F", SESSION_FORMAT];

export const version = (h: HostSpec) => [...tmuxBase(h), "-V"];

/** The bottom of the active pane: `lines` of history above the visible screen, joined lines. */
export const capturePane = (h: HostSpec, id: string, lines: number) => [
  ...tmuxBase(h),
  "capture-pane",
  "-p",
  "-J",
  "-t",
  id,
  "-S",
  String(-lines),
];

/** Literal text, then Enter as its own send-keys (DESIGN §4), in one tmux invocation. */
export function sendText(h: HostSpec, id: string, text: string, enter: boolean): string[] {
  const argv = [...tmuxBase(h), "send-keys", "-t", id, "-l", "--", arg(text)];
  return enter ? [...argv, ";", "send-keys", "-t", id, "Enter"] : argv;
}

/** Key names (C-c, Enter, Up…), each its own argument. */
export const sendKeys = (h: HostSpec, id: string, keys: readonly string[]) => [
  ...tmuxBase(h),
  "send-keys",
  "-t",
  id,
  "--",
  ...keys.map(arg),
];
