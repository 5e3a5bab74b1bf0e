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
if [ -n "$cwd" ] && [ ! -d "$cwd" ]; then printf 'no directory at %s\\n' "$cwd" >&2; exit 10; fi
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

/** The runtime dir as nexus computes it in node (config/paths.ts runtimeDir), in sh. */
const RUNTIME_DIR = "d=${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/nexus}; d=${d:-/tmp/nexus-$(id -u)}";

/**
 * `$t` (a tty path) → `$f`, encoded as handoff/marker.ts encodeTty does: `%` → `%25`, then `/` →
 * `%2F`. Parameter expansions only: a `printf | sed` pipeline cost the hop three processes.
 */
export const ENCODE_TTY =
  'e=; r=$t; while :; do case $r in *%*) e=$e${r%%"%"*}%25; r=${r#*"%"};; *) e=$e$r; break;; esac; done; f=; r=$e; while :; do case $r in */*) f=$f${r%%/*}%2F; r=${r#*/};; *) f=$f$r; break;; esac; done';

/**
 * The hop loop's attach, run by `ssh -t` on a peer (and by sh locally): one line, no single quotes
 * and no `!`, because the peer's login shell (sh, bash, fish, tcsh) parses the quoted command.
 * $1 hop id, $2 socket, $3 session id. Writes the tty marker, then execs tmux so that the marker's
 * pid is the tmux client's pid. Each process started here delays the session's first frame by a
 * few ms on a busy machine, so: the dir is made only when missing; the tty is $SSH_TTY, which sshd
 * sets to the pty it allocated for this session (the loop unsets it for a local attach, where it
 * may be stale), else tty(1); and a session that is gone is not checked for first: tmux attach
 * exits 1 (ATTACH_FAILED), and the loop asks whether the session is still there.
 */
export const ATTACH = `${RUNTIME_DIR}; { [ -d "$d" ] || mkdir -p -m 700 "$d"; } && t=\${SSH_TTY:-$(tty)} && { ${ENCODE_TTY}; } && printf "%s %s\\n" "$1" "$$" > "$d/tty-$f"; exec tmux -L "$2" attach-session -t "$3"`;

/** tmux attach's exit status when it could not attach (no such session, no server) or lost its server. */
export const ATTACH_FAILED = 1;

/**
 * take: after ssh returns, one round trip claims this loop's intent on that host and lists its
 * sessions. $1 hop id, $2 socket. The dir must be ours and private, the intent a regular file.
 */
export const TAKE = `NX_SOCK=$2
${RUNTIME_DIR}
f="$d/intent-$1.json"; c="$f.taken-$$"
printf 'NOW %s\\n' "$(date +%s)"
if [ -d "$d" ] && mv "$f" "$c" 2>/dev/null; then
  if [ -L "$d" ] || [ ! -O "$d" ]; then echo "BAD the intent dir $d is not owned by you"
  else case $(ls -ld "$d") in drwx------*) ok=1;; *) ok=;; esac
    if [ -z "$ok" ]; then echo "BAD the intent dir $d is not private (chmod 700 $d)"
    elif [ -L "$c" ] || [ ! -f "$c" ]; then echo "BAD the intent is not a regular file"
    else printf 'INTENT '; head -c 4096 "$c"; echo; fi
  fi
  rm -f "$c"
fi
echo ROWS
t list-sessions -F "$3" 2>/dev/null
exit 0
`;

/**
 * push: rows of other hosts into this host's peer cache, unless the file there is as fresh (the
 * peer listed that host itself since). stdin: lines `<host> <at> <json>`. $1 unused ("").
 */
export const PUSH = `p=\${XDG_STATE_HOME:-$HOME/.local/state}/nexus/peers
mkdir -p "$p" || exit 1
while IFS= read -r line; do
  h=\${line%% *}; rest=\${line#* }; at=\${rest%% *}; json=\${rest#* }
  case $h in ""|*/*|.*) continue;; esac
  case $at in ""|*[!0-9]*) continue;; esac
  old=$(sed -n 's/^{"v":1,"host":"[^"]*","at":\\([0-9]*\\).*/\\1/p' "$p/$h.json" 2>/dev/null)
  [ -n "$old" ] && [ "$old" -ge "$at" ] && continue
  printf '%s\\n' "$json" > "$p/$h.json.tmp" && mv "$p/$h.json.tmp" "$p/$h.json"
done
`;

/**
 * broadcast: $1 socket, $2 "text" | "line" (text then Enter) | "keys", $3 number of payload
 * words, then the payload words, then the target ids. One round trip per host; one line of
 * result per target: `ok $id` or `fail $id <reason>`.
 */
export const BROADCAST = `NX_SOCK=$1 mode=$2 n=$3
shift 3
i=0
while [ "$i" -lt "$n" ]; do i=$((i + 1)); eval "w$i=\\$1"; shift; done
for id in "$@"; do
  case $mode in
    keys) set --; i=0; while [ "$i" -lt "$n" ]; do i=$((i + 1)); eval "set -- \\"\\$@\\" \\"\\$w$i\\""; done
          err=$(t send-keys -t "$id" -- "$@" 2>&1);;
    line) err=$(t send-keys -t "$id" -l -- "$w1" 2>&1 && t send-keys -t "$id" Enter 2>&1);;
    *) err=$(t send-keys -t "$id" -l -- "$w1" 2>&1);;
  esac
  if [ $? -eq 0 ]; then printf 'ok %s\\n' "$id"; else printf 'fail %s %s\\n' "$id" "$err" | head -n 1; fi
done
`;
