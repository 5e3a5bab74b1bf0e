// The dashboard's own tmux server, as argv (pure). It runs on a throwaway socket
// (`tmux -L nexus-dash-<pid> -f /dev/null`), so neither the user's server nor ~/.tmux.conf is
// involved. Data never reaches a tmux format or command string: titles, colours, targets and page
// texts are stored in user options (@nexus-*) that constant formats reference, and tmux does not
// expand an option's value again, so a session named `#(cmd)` is shown, not run. Every word passes
// through arg() (tmux 3.3 splits an argument that ends in `;`).
import { shJoin } from "../exec/quote.js";
import { ID_RE } from "../model/session.js";
import { arg } from "../tmux/argv.js";
import type { Size } from "./layout.js";

export interface DashHost {
  name: string;
  /** -L name of the watched server on that host. */
  socket: string;
  color?: string;
  /** ssh hosts: `ssh -t … DEST <remote>` (SshHost.ttyArgv); absent: a local server. */
  tty?: (remote: string) => string[];
}

export interface Tile {
  host: string;
  id: string;
  name: string;
}

export const DASH_SESSION = "dash";
export const ANCHOR_SESSION = "anchors";
export const dashSocket = (pid: number) => `nexus-dash-${pid}`;
export const tileKey = (t: Pick<Tile, "host" | "id">) => `${t.host}:${t.id}`;

/** tmux refuses to attach inside tmux when $TMUX is set, and a leftover ssh master would keep it. */
const NO_TMUX = ["env", "-u", "TMUX", "-u", "TMUX_PANE"];
const SOCKET_RE = /^[A-Za-z0-9._-]+$/;

/** tmux on a watched host: local argv, or the constant line a remote login shell parses. */
function onHost(h: DashHost, tmuxArgs: readonly string[]): string[] {
  // The remote login shell (sh, bash, fish, tcsh) parses this line: only constant words, the
  // socket name and a $N id, each single-quoted, and no `!`.
  if (!SOCKET_RE.test(h.socket)) throw new Error(`bad tmux socket name ${JSON.stringify(h.socket)}`);
  const argv = ["tmux", "-L", h.socket, ...tmuxArgs];
  return [...NO_TMUX, ...(h.tty ? h.tty(shJoin(argv)) : argv)];
}

/**
 * A tile: a read-only client that the watched server leaves out of its size computation. Keys
 * never reach it (see KEYS), and read-only would drop them anyway.
 */
export function watchArgv(h: DashHost, id: string): string[] {
  if (!ID_RE.test(id)) throw new Error(`bad session id ${JSON.stringify(id)}`);
  return onHost(h, ["attach-session", "-r", "-f", "ignore-size", "-t", id]);
}

/**
 * The size anchor of a watched server. tmux 3.3 honours ignore-size only while some attached
 * client lacks it (resize.c, ignore_client_size): on a server where nobody else is attached the
 * tiles would resize the watched windows. A control-mode client never sizes a window until it
 * sends `refresh-client -C`, so one per host, with ignore-size cleared (ANCHOR_LINE, typed into it
 * because its flag list cannot hold a `!` on a remote command line), keeps every size as it was.
 */
export function anchorArgv(h: DashHost): string[] {
  return onHost(h, ["-C", "attach-session", "-r", "-f", "no-output"]);
}
export const ANCHOR_LINE = "refresh-client -f !ignore-size";

/** The anchor's flags as `#{client_flags}` shows them once it is in force. */
export function isAnchor(flags: string): boolean {
  const f = flags.split(",");
  return f.includes("control-mode") && f.includes("no-output") && !f.includes("ignore-size");
}

const TITLE =
  "#{?pane_dead,#[fg=red]#[bold] lost: #{@nexus-title} ," +
  "#[fg=#{@nexus-color}]#[bold]#{?pane_active,#[reverse],} #{@nexus-title} }";
const LEFT = "#[bold] nexus dash #[nobold]#{@nexus-page}#{?@nexus-note, · #[fg=yellow]#{@nexus-note}#[default],} ";
const RIGHT = "Enter go · arrows move · n/p page · z zoom · r retry · q quit ";
const GO = 'set-option -gF @nexus-go "#{@nexus-target}" ; detach-client';

/**
 * Keys, all in the root table (no prefix): the tiles are read-only, so there is nothing to type
 * into and every key can be the dashboard's. `Any` swallows the rest, so no key, paste or mouse
 * event ever reaches a tile's client (a read-only client still obeys detach and switch keys).
 */
const KEYS: [string, string][] = [
  ["Any", 'display-message "read-only: Enter goes to the session, q quits"'],
  ["q", "kill-server"],
  ["Enter", GO],
  ["DoubleClick1Pane", `select-pane -t = ; ${GO}`],
  ["MouseDown1Pane", "select-pane -t ="],
  ["n", "next-window"],
  ["PageDown", "next-window"],
  ["p", "previous-window"],
  ["PageUp", "previous-window"],
  ["Left", "select-pane -L"],
  ["Right", "select-pane -R"],
  ["Up", "select-pane -U"],
  ["Down", "select-pane -D"],
  ["h", "select-pane -L"],
  ["l", "select-pane -R"],
  ["k", "select-pane -U"],
  ["j", "select-pane -D"],
  ["Tab", "select-pane -t :.+"],
  ["BTab", "select-pane -t :.-"],
  ["z", "resize-pane -Z"],
  ["r", "respawn-pane"],
];

const OPTIONS: string[][] = [
  ["set-option", "-s", "escape-time", "0"],
  // screen-256color: every host has its terminfo (tmux-256color is missing on older systems).
  ["set-option", "-g", "default-terminal", "screen-256color"],
  ["set-option", "-g", "prefix", "None"],
  ["set-option", "-g", "prefix2", "None"],
  ["set-option", "-g", "mouse", "on"],
  ["set-option", "-g", "history-limit", "0"],
  ["set-option", "-g", "display-time", "2000"],
  ["set-option", "-g", "status-left-length", "100"],
  ["set-option", "-g", "status-right-length", "80"],
  ["set-option", "-g", "status-style", "bg=colour236,fg=colour250"],
  ["set-option", "-g", "status-left", LEFT],
  ["set-option", "-g", "status-right", RIGHT],
  ["set-option", "-g", "window-status-format", ""],
  ["set-option", "-g", "window-status-current-format", ""],
  ["set-option", "-g", "window-status-separator", ""],
  // A tile whose client exits (host dropped, session killed) stays, titled "lost: host:name".
  ["set-option", "-g", "remain-on-exit", "on"],
  ["set-option", "-g", "pane-border-status", "top"],
  ["set-option", "-g", "pane-border-format", TITLE],
  ["set-option", "-g", "automatic-rename", "off"],
  ["set-option", "-g", "allow-rename", "off"],
  // If nexus itself is gone (killed), a detached dashboard still goes away on its own.
  ["set-hook", "-g", "client-detached", "run-shell -C -d 10 kill-server"],
  ["unbind-key", "-a", "-T", "root"],
  ["unbind-key", "-a", "-T", "prefix"],
];

/** Starts the server: options, keys, and one anchor per watched host (session "anchors"). */
export function setupCommands(hosts: readonly DashHost[], note: string): string[][] {
  const cmds: string[][] = [["start-server"], ...OPTIONS];
  for (const [key, command] of KEYS) cmds.push(["bind-key", "-n", key, command]);
  cmds.push(["set-option", "-g", "@nexus-note", note]);
  hosts.forEach((h, i) => {
    const w = `=${ANCHOR_SESSION}:${i}`;
    cmds.push(
      i === 0
        ? ["new-session", "-d", "-s", ANCHOR_SESSION, "-x", "80", "-y", "24", ...anchorArgv(h)]
        : ["new-window", "-d", "-t", w, ...anchorArgv(h)],
      ["send-keys", "-t", w, "-l", ANCHOR_LINE],
      ["send-keys", "-t", w, "Enter"],
    );
  });
  return cmds;
}

/** What the status line says about a page. */
export function pageText(page: number, pages: number, shown: number, total: number): string {
  if (pages === 1) return `${total} session${total === 1 ? "" : "s"}`;
  return `page ${page + 1}/${pages} · ${shown} of ${total} (${total - shown} on other pages)`;
}

/** The tiles: one window per page, tiled; each pane's title, colour and target in its options. */
export function tileCommands(pages: readonly Tile[][], hosts: ReadonlyMap<string, DashHost>, size: Size) {
  const total = pages.reduce((n, p) => n + p.length, 0);
  const cmds: string[][] = [];
  pages.forEach((tiles, p) => {
    const win = `=${DASH_SESSION}:${p}`;
    tiles.forEach((t, j) => {
      const h = hosts.get(t.host);
      if (!h) throw new Error(`no host ${t.host} for a tile`);
      const argv = watchArgv(h, t.id);
      if (j > 0) cmds.push(["split-window", "-d", "-t", `${win}.${j - 1}`, ...argv]);
      else if (p > 0) cmds.push(["new-window", "-d", "-t", win, ...argv]);
      else {
        const xy = ["-x", String(size.cols), "-y", String(size.rows)];
        cmds.push(["new-session", "-d", "-s", DASH_SESSION, ...xy, ...argv]);
      }
      if (j > 0) cmds.push(["select-layout", "-t", win, "tiled"]);
      const pane = ["-p", "-t", `${win}.${j}`];
      cmds.push(
        ["set-option", ...pane, "@nexus-title", `${t.host}:${t.name}`],
        ["set-option", ...pane, "@nexus-color", h.color ?? "default"],
        ["set-option", ...pane, "@nexus-target", tileKey(t)],
      );
    });
    cmds.push(["set-option", "-w", "-t", win, "@nexus-page", pageText(p, pages.length, tiles.length, total)]);
  });
  cmds.push(["select-window", "-t", `=${DASH_SESSION}:0`], ["select-pane", "-t", `=${DASH_SESSION}:0.0`]);
  return cmds;
}

/** One tmux invocation for a list of commands: `;` between them, every word through arg(). */
export function chain(cmds: readonly (readonly string[])[]): string[] {
  return cmds.flatMap((c, i) => [...(i === 0 ? [] : [";"]), ...c.map(arg)]);
}
