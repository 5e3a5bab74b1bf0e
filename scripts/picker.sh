#!/bin/sh
# The picker popup (prefix \, bound by `nx init`), with its first frame on screen before node has
# even started. One tmux call gives this key press's options and this server's sessions; awk draws
# them with the peer cache (rows.awk); fzf shows them at once. The live listing starts first: the
# meta's fan-out script (src/exec/fanout.ts) runs every host's list-sessions, ssh and all, and when
# every host answered cleanly, draws the live rows with rows.awk into the fifo that fzf's load
# binding reads (the one swap), all without node. node starts in the same pipeline: it reads the
# fan-out's results, writes the live rows itself when the fan-out did not (a host failed: node says
# why), updates the peer cache, and, already loaded when Enter comes, acts on fzf's answer. How to
# draw and run fzf comes from the meta file that the last node picker on this server wrote
# (src/picker/meta.ts); when there is none or it is stale, this is the node picker, which writes a
# fresh one.
# Usage: picker.sh CLIENT CLIENT_PID CLIENT_TTY SESSION_ID (expanded by tmux in the binding), or
# sourced with lib=<this dir> and those as $1…$4. The binding runs it with /bin/sh (src/commands/init.ts).
set -u
client=$1 cpid=$2 ctty=$3 session=$4
lib=${lib:-${0%/*}}
bundle=$lib/../dist/nexus.js
tab='	'
case ${XDG_STATE_HOME:-} in
  /*) state=$XDG_STATE_HOME/nexus ;;
  *) state=$HOME/.local/state/nexus ;;
esac
# This press's short-lived files (fifos, each call's answer) go to $XDG_RUNTIME_DIR/nexus/picker, a
# tmpfs under logind, where node makes it with the meta (src/picker/meta.ts), while it is a
# dir of ours and no symlink; else beside the meta.
run=$state/picker
case ${XDG_RUNTIME_DIR:-} in
  /*) r=$XDG_RUNTIME_DIR/nexus/picker
    if [ -d "$r" ] && [ ! -L "$r" ] && [ -O "$r" ]; then run=$r; fi ;;
esac
# SESSION_FORMAT of src/tmux/fields.ts (a unit test keeps them the same).
format='#{session_id}	#{session_windows}	#{session_attached}	#{session_created}	#{session_activity}	#{pane_current_command}	#{pane_current_path}	#{pane_dead}	#{session_name}'

node_picker() {
  if [ -n "${making:-}" ]; then wait "$making"; rm -rf "$fifo" "$fandir"; fi
  exec "$node" "$bundle" pick --client "$client" --client-pid "$cpid" --client-tty "$ctty" --session "$session"
}

tmux display-message -p '#{socket_path}' \; display-message -p '#{@nexus-node}' \; \
  display-message -p '#{@nexus-config}' \; display-message -p '#{@nexus-self}' \; \
  display-message -p '#{@nexus-fzf-opts}' \; list-sessions -F "$format" | {
  # The fifos (live rows, fan-out report) are made while tmux answers.
  fifo=$run/live.$$ first=$run/first.$$
  fandir=$run/fan.$$
  { rm -rf "$fifo" "$fandir"; mkdir -m 700 "$fandir" && mkfifo -m 600 "$fifo" "$fandir/report"; } 2>/dev/null &
  making=$!
  IFS= read -r sock && IFS= read -r node && IFS= read -r config && IFS= read -r self &&
    IFS= read -r fzfopts || exit 1
  node=${node:-node}
  meta=$state/picker/${sock##*/}.meta
  [ -f "$meta" ] || node_picker
  key="key$tab$config$tab$self$tab${NEXUS_CONFIG:-}$tab${NEXUS_SELF:-}"
  # The block of the meta file whose key is this press's: one per fleet seen lately.
  # A block of another version (an older nexus wrote it) is never this press's.
  found='' this='' cur='' fleet='' fself='' base='' here='' fan=''
  set --
  while IFS= read -r line; do
    case $line in
      "nexus-picker$tab"*)
        [ -z "$found" ] || break
        this='' cur=''
        if [ "$line" = "nexus-picker${tab}2" ]; then cur=1; fi ;;
      key"$tab"*) if [ -n "$cur" ] && [ "$line" = "$key" ]; then this=1 found=1; fi ;;
      *)
        [ -n "$this" ] || continue
        case $line in
          fleet"$tab"*) fleet=${line#fleet"$tab"} ;;
          self"$tab"*) fself=${line#self"$tab"} ;;
          opts"$tab"*) base=${line#opts"$tab"} ;;
          fan"$tab"*) fan=${line#fan"$tab"} ;;
          fzf"$tab"*) set -- "$@" "${line#fzf"$tab"}" ;;
          host"$tab"*"${tab}here") here=${line#host"$tab"} here=${here%%"$tab"*} ;;
          host"$tab"*"${tab}cache")
            # Rows another host's hop loop pushed come as JSON only, until node mirrors them.
            h=${line#host"$tab"} h=${h%%"$tab"*}
            # shellcheck disable=SC3013 # -nt: not POSIX, but in every sh nexus runs under (dash, bash, ash, ksh)
            if [ "$state/peers/$h.json" -nt "$state/peers/$h.tsv" ]; then node_picker; fi ;;
        esac ;;
    esac
  done <"$meta"
  if [ -z "$found" ] || [ $# -eq 0 ]; then node_picker; fi
  # shellcheck disable=SC3013
  if [ -n "$fleet" ] && [ "$fleet" -nt "$meta" ]; then node_picker; fi

  wait "$making" || node_picker
  # When the popup ends: the live listing is ended unless it has (its tail may be waiting to write
  # the fifo; once it is done, its pid may be another process's), a reload of fzf's still waiting
  # on the fifo (fzf ended first) is let go, from a name no later open finds, then the files go.
  fanpid=''
  trap '[ -z "$fanpid" ] || [ -e "$fandir/done" ] || kill "$fanpid" 2>/dev/null
    mv -f "$fifo" "$fifo.end" 2>/dev/null && : <>"$fifo.end"; rm -rf "$fifo" "$fifo.end" "$first" "$fandir"' EXIT
  trap 'exit 130' HUP INT TERM
  # The live listing, at once. Its report is held open here (read-write: never blocks) until the
  # popup ends, so that no line is lost before node reads it. Nothing of it holds the popup's tty.
  # On two cores, three things start at once: the first frame (awk, fzf: not niced), the live
  # listing (nice 5: its ssh calls and rows.awk are the live swap's path; unniced, they cost the
  # first frame ~10 ms), and node (nice 15: off both paths when every host answers, it only has to
  # be loaded by the time Enter comes).
  if [ -n "$fan" ] && [ -f "$fan" ]; then
    exec 9<>"$fandir/report"
    NEXUS_KEY=$key nice -n 5 sh "$fan" "$fandir" "$fifo" "$lib/rows.awk" "$meta" </dev/null >&9 2>/dev/null &
    fanpid=$!
  else
    fan=''
  fi

  NEXUS_KEY=$key LC_ALL=C awk -v peers="$state/peers" -v copy="$first" -f "$lib/lib.awk" -f "$lib/rows.awk" "$meta" - |
    {
      # fzf's children (live rows, preview, ctrl-x) see the fleet that node chose; node itself
      # below must not: it checks the meta's key against this press's own inputs.
      NEXUS_NODE=$node NEXUS_BUNDLE=$bundle NEXUS_FIFO=$fifo NEXUS_FIRST=$first \
        NEXUS_CONFIG=$fleet NEXUS_SELF=$fself NEXUS_HERE=$here SHELL=/bin/sh FZF_DEFAULT_OPTS="${FZF_DEFAULT_OPTS:-} $base $fzfopts" "$@"
      printf '\nexit %s\n' "$?"
    } |
    {
      nice -n 15 "$node" "$bundle" pick-agent --live "$fifo" ${fan:+--fan} ${fan:+"$fandir"} \
        --config-option="$config" --self-option="$self" \
        --client "$client" --client-pid "$cpid" --client-tty "$ctty" --session "$session"
      # If node ended without writing the fifo, fzf's reload must not wait for it forever (opened
      # read-write, a fifo never blocks); it then shows the first frame again.
      : <>"$fifo"
    }
}
