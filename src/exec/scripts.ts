// The remote sh scripts: constant POSIX sh bodies, run as `sh -c BODY sh ARGS…` (locally as argv;
// over ssh that argv is quoted once by shJoin). Data only ever arrives as positional parameters.

/** `t` runs tmux on the socket in $NX_SOCK ("" = the default server). */
const PRELUDE = `t() { tmux -L "\${NX_SOCK:-default}" "$@"; }
command -v tmux >/dev/null 2>&1 || { echo 'tmux: not found' >&2; exit 127; }
`;

export const script = (body: string, args: readonly string[]): string[] => [
  "sh",
  "-c",
  PRELUDE + body,
  "sh",
  ...args,
];

/** Exit codes the scripts use, besides tmux's own 1 and sh's 127. */
export const ScriptExit = { gone: 3, changed: 4, noDir: 10, died: 11 } as const;

/**
 * kill: $1 socket, $2 id, $3 expected "created name". Ids restart with the server, so the id must
 * still belong to the session that was listed.
 */
export const KILL = `NX_SOCK=$1
cur=$(t display-message -p -t "$2" '#{session_created} #{session_name}' 2>/dev/null) || exit 3
[ "$cur" = "$3" ] || { printf '%s\\n' "$cur" >&2; exit 4; }
t kill-session -t "$2"
`;

/**
 * new: $1 socket, $2 nexus tmux.conf text ("" unless a dedicated socket), $3 cwd ("" = default),
 * $4 cwd as tmux should read it (escaped), $5 name (escaped), $6 "1" to check that the command
 * survives its start, then the command words. A dedicated socket whose server is not running is
 * started with nexus's config; tmux daemonizes, so it outlives the ssh login that started it.
 * remain-on-exit is set in the same tmux command list as new-session, before the child can exit,
 * so a command that dies at once leaves its last screen to report.
 */
export const NEW = `NX_SOCK=$1 conf=$2 cwd=$3 tcwd=$4 name=$5 check=$6
shift 6
if [ -n "$cwd" ] && [ ! -d "$cwd" ]; then printf 'no such directory: %s\\n' "$cwd" >&2; exit 10; fi
if [ $# -gt 0 ]; then set -- -d -P -F '#{session_id}' -s "$name" -- "$@"
else set -- -d -P -F '#{session_id}' -s "$name"; fi
[ -n "$cwd" ] && set -- -c "$tcwd" "$@"
if [ -n "$NX_SOCK" ] && [ -n "$conf" ] && ! t list-sessions >/dev/null 2>&1; then
  d=\${XDG_CONFIG_HOME:-$HOME/.config}/nexus
  mkdir -p "$d" && printf '%s\\n' "$conf" >"$d/tmux.conf" || exit 1
  set -- -f "$d/tmux.conf" new-session "$@"
else
  set -- new-session "$@"
fi
set -- -L "\${NX_SOCK:-default}" "$@"
id=$(tmux "$@" \\; set-option -w remain-on-exit on) || exit 1
if [ "$check" = 1 ]; then
  sleep 0.3 2>/dev/null || sleep 1
  st=$(t display-message -p -t "$id" '#{pane_dead} #{pane_dead_status}' 2>/dev/null) || st="1 ?"
  case $st in "1 "*)
    t capture-pane -p -S -200 -t "$id" 2>/dev/null | grep -v -e '^$' -e '^Pane is dead' | tail -n 10 >&2
    t kill-session -t "$id" 2>/dev/null
    printf '%s\\n' "\${st#1 }"
    exit 11;;
  esac
fi
t set-option -wu -t "$id" remain-on-exit
printf '%s\\n' "$id"
`;

/** probe for `nx hosts`: tmux version, session count, nexus there. $1 socket. */
export const PROBE = `NX_SOCK=$1
printf 'tmux=%s\\n' "$(tmux -V)"
printf 'sessions=%s\\n' "$(t list-sessions -F x 2>/dev/null | wc -l)"
if command -v nx >/dev/null 2>&1 || ls "$HOME"/.tmux/plugins/*/dist/nexus.js >/dev/null 2>&1; then echo nexus=yes; else echo nexus=no; fi
`;
