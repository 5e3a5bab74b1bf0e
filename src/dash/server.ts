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

/** A tile with what its pane runs and its host's colour. */
export interface PaneTile extends Tile {
  argv: string[];
  color?: string;
}

export const DASH_SESSION = "dash";
export const dashSocket = (pid: number) => `nexus-dash-${pid}`;
export const tileKey = (t: Pick<Tile, "host" | "id">) => `${t.host}:${t.id}`;

/**
 * TMUX unset: tmux will not attach from inside tmux, and an ssh master that a tile happens to start
 * (ControlPersist) would otherwise keep the dash socket's name in its environment after the dash.
 */
const NO_TMUX = ["env", "-u", "TMUX", "-u", "TMUX_PANE"];
const SOCKET_RE = /^[A-Za-z0-9._-]+$/;

/**
 * What a tile runs on the watched host, locally or over `ssh -t` ($1 socket, $2 session id): a
 * read-only client that the watched server leaves out of its size computation, started only once
 * a size guard is in force.
 *
 * The guard: tmux 3.3 honours a client's ignore-size only while some other attached client lacks
 * that flag (resize.c, ignore_client_size), so on a server where nobody else is attached the tile
 * would resize the watched window to itself. A control-mode client sizes nothing until it sends
 * `refresh-client -C`, so each tile first attaches one (read-only, no output, marked with
 * pause-after=$$ so that this script finds it) and clears its ignore-size flag: a command on its
 * stdin, accepted only once it is attached; the writer then holds the pipe open. Then the tile
 * execs. Guard, writer and tile are one process group watching one session: they end together,
 * with the session or with the tile's terminal (SIGHUP). A tile that cannot be guarded is not
 * started (exit 98); a session that is gone is exit 97.
 *
 * One line, no `'`, no `!` and no `\\`: the remote login shell (sh, bash, zsh, fish, tcsh) parses
 * it inside single quotes.
 */
export const WATCH = `tmux -L "$1" has-session -t "$2" 2>/dev/null || { echo "nexus: session $2 is gone"; exit 97; }; \
g() { tmux -L "$1" list-clients -F "#{client_flags}" 2>/dev/null | grep "pause-after=$$,"; }; \
{ i=0; k=0; while [ $i -lt 200 ]; do case $(g "$1") in \
*ignore-size*) if [ $i -ge $k ]; then printf "refresh-client -f \\041ignore-size\\n"; k=$((i + 20)); fi;; \
?*) exec sleep 2147483647;; esac; sleep 0.05 2>/dev/null || sleep 1; i=$((i + 1)); done; } | \
tmux -L "$1" -C attach-session -r -f "no-output,pause-after=$$" -t "$2" >/dev/null 2>&1 & \
i=0; while [ $i -lt 200 ]; do case $(g "$1") in *ignore-size*|"") ;; \
*) exec tmux -L "$1" attach-session -r -f ignore-size -t "$2";; esac; \
sleep 0.05 2>/dev/null || sleep 1; i=$((i + 1)); done; \
echo "nexus: cannot watch $2 without resizing it"; exit 98`;

/** A tile's argv: the script through sh locally, or as the constant remote command of `ssh -t`. */
export function watchArgv(h: DashHost, id: string): string[] {
  if (!SOCKET_RE.test(h.socket)) throw new Error(`bad tmux socket name ${JSON.stringify(h.socket)}`);
  if (!ID_RE.test(id)) throw new Error(`bad session id ${JSON.stringify(id)}`);
  const argv = ["sh", "-c", WATCH, "sh", h.socket, id];
  return [...NO_TMUX, ...(h.tty ? h.tty(shJoin(argv)) : argv)];
}

const TITLE =
  "#{?pane_dead,#[fg=red]#[bold] lost: #{@nexus-title} ," +
  "#[fg=#{@nexus-color}]#[bold]#{?pane_active,#[reverse],} #{@nexus-title} }";
const LEFT =
  "#[bold] nexus dash #[nobold]#{@nexus-page}#{?@nexus-note, · #[fg=yellow]#{@nexus-note}#[default],} ";
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
  // A new title, so that the next death (titled "lost") redraws the border again.
  ["r", "respawn-pane ; select-pane -T retried"],
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
  // tmux 3.3 does not redraw pane borders when a pane dies; a new pane title does (the title
  // itself is not shown: the format shows @nexus-title).
  ["set-option", "-g", "remain-on-exit", "on"],
  ["set-hook", "-g", "pane-died", "select-pane -T lost"],
  ["set-option", "-g", "pane-border-status", "top"],
  ["set-option", "-g", "pane-border-format", TITLE],
  ["set-option", "-g", "automatic-rename", "off"],
  ["set-option", "-g", "allow-rename", "off"],
  // If nexus itself is gone (killed), a detached dashboard still goes away on its own.
  ["set-hook", "-g", "client-detached", "run-shell -C -d 10 kill-server"],
  ["unbind-key", "-a", "-T", "root"],
  ["unbind-key", "-a", "-T", "prefix"],
];

/**
 * The server's options and keys. They must run in the same tmux invocation as the tiles: a
 * server started with no session exits at once (exit-empty), options and all.
 */
export function setupCommands(): string[][] {
  const cmds: string[][] = [["start-server"], ...OPTIONS];
  for (const [key, command] of KEYS) cmds.push(["bind-key", "-n", key, command]);
  return cmds;
}

/** What the status line says about a page. */
export function pageText(page: number, pages: number, shown: number, total: number): string {
  if (pages === 1) return `${total} session${total === 1 ? "" : "s"}`;
  return `page ${page + 1}/${pages} · ${shown} of ${total} (${total - shown} on other pages)`;
}

/**
 * Panes start as placeholders and get their tile command (respawn-pane) once every layout is
 * final: a client that starts while tiled is still resizing its pane can miss the SIGWINCH (ssh
 * forwards the size it read at start) and draw a stale size.
 */
const PLACEHOLDER = ["sleep", "2147483647"];

/**
 * The tiles: one window per page, tiled; each pane's title, colour and target in its options.
 * `note` (offline hosts…) is shown on the status line.
 */
export function tileCommands(pages: readonly PaneTile[][], size: Size, note = ""): string[][] {
  const total = pages.reduce((n, p) => n + p.length, 0);
  const cmds: string[][] = [["set-option", "-g", "@nexus-note", note]];
  const start: string[][] = [];
  pages.forEach((tiles, p) => {
    const win = `=${DASH_SESSION}:${p}`;
    tiles.forEach((t, j) => {
      const xy = ["-x", String(size.cols), "-y", String(size.rows)];
      if (j > 0) cmds.push(["split-window", "-d", "-t", `${win}.${j - 1}`, ...PLACEHOLDER]);
      else if (p > 0) cmds.push(["new-window", "-d", "-t", win, ...PLACEHOLDER]);
      else cmds.push(["new-session", "-d", "-s", DASH_SESSION, ...xy, ...PLACEHOLDER]);
      if (j > 0) cmds.push(["select-layout", "-t", win, "tiled"]);
      const pane = ["-p", "-t", `${win}.${j}`];
      cmds.push(
        ["set-option", ...pane, "@nexus-title", `${t.host}:${t.name}`],
        ["set-option", ...pane, "@nexus-color", t.color ?? "default"],
        ["set-option", ...pane, "@nexus-target", tileKey(t)],
      );
      start.push(["respawn-pane", "-k", "-t", `${win}.${j}`, ...t.argv]);
    });
    cmds.push(["set-option", "-w", "-t", win, "@nexus-page", pageText(p, pages.length, tiles.length, total)]);
  });
  cmds.push(
    ...start,
    ["select-window", "-t", `=${DASH_SESSION}:0`],
    ["select-pane", "-t", `=${DASH_SESSION}:0.0`],
    // tmux 3.3 leaves its socket file behind after kill-server: nexus removes it by this path.
    ["display-message", "-p", "#{socket_path}"],
  );
  return cmds;
}

/** The dashboard's panes, for lostCommands. */
export const LIST_PANES = [
  "list-panes",
  "-s",
  "-t",
  `=${DASH_SESSION}`,
  "-F",
  "#{pane_id} #{pane_dead} #{pane_title}",
];

/**
 * Titles the dead panes that the pane-died hook missed. tmux 3.3 sometimes misses the SIGCHLD of
 * two tiles that end at once (an ssh master going away): the pane reads as dead but its border is
 * not redrawn and the hook does not run until the next signal; a new pane title redraws it.
 */
export function lostCommands(listPanes: string): string[][] {
  return listPanes
    .split("\n")
    .map((l) => l.split(" "))
    .filter(([id, dead, title]) => /^%\d+$/.test(id ?? "") && dead === "1" && title !== "lost")
    .map(([id]) => ["select-pane", "-t", id as string, "-T", "lost"]);
}

/** One tmux invocation for a list of commands: `;` between them, every word through arg(). */
export function chain(cmds: readonly (readonly string[])[]): string[] {
  return cmds.flatMap((c, i) => [...(i === 0 ? [] : [";"]), ...c.map(arg)]);
}

/**
 * A tmux client sends its whole argv in one message of at most 16 KiB (MAX_IMSGSIZE; above that:
 * "command too long"), and a tile's ssh command line is over 1 KiB: split the commands into
 * invocations of at most `limit` bytes. The first holds the options and the first tile, so the
 * server it starts has a session and stays.
 */
export function batches(cmds: readonly (readonly string[])[], limit = 12_000): string[][] {
  const out: string[][] = [];
  let cur: (readonly string[])[] = [];
  let size = 0;
  for (const c of cmds) {
    const n = c.reduce((sum, w) => sum + Buffer.byteLength(arg(w)) + 1, 2);
    if (cur.length > 0 && size + n > limit) {
      out.push(chain(cur));
      cur = [];
      size = 0;
    }
    cur.push(c);
    size += n;
  }
  if (cur.length > 0) out.push(chain(cur));
  return out;
}
