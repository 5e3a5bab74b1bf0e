#!/bin/sh
# prefix ( and ) (bound by `nx init`): a step between two sessions of this tmux server is one tmux
# call and a switch-client, without node. node (`nx cycle`) takes every other step: off this host's
# edge into the next host of the ring, and whenever the picker's meta file (src/picker/meta.ts) does
# not vouch that this server is a host of the fleet that this key press would load.
# Usage: ring.sh prev|next CLIENT CLIENT_PID CLIENT_TTY SESSION_ID, or sourced with lib=<this dir>
# and those as $1…$5 (the binding does that).
set -u
dir=$1 client=$2 cpid=$3 ctty=$4 session=$5
lib=${lib:-${0%/*}}
bundle=$lib/../dist/nexus.js
tab='	'
case ${XDG_STATE_HOME:-} in
  /*) state=$XDG_STATE_HOME/nexus ;;
  *) state=$HOME/.local/state/nexus ;;
esac

node_cycle() {
  exec "$node" "$bundle" cycle "$dir" --client "$client" --client-pid "$cpid" --client-tty "$ctty" --session "$session"
}

tmux display-message -p '#{socket_path}' \; display-message -p '#{@nexus-node}' \; \
  display-message -p '#{@nexus-config}' \; display-message -p '#{@nexus-self}' \; \
  list-sessions -F '#{session_id}' | {
  IFS= read -r sock && IFS= read -r node && IFS= read -r config && IFS= read -r self || exit 1
  node=${node:-node}
  meta=$state/picker/${sock##*/}.meta
  [ -f "$meta" ] || node_cycle
  key="key$tab$config$tab$self$tab${NEXUS_CONFIG:-}$tab${NEXUS_SELF:-}"
  # The same walk over the meta's blocks as picker.sh's (not shared: a sourced file is one more read
  # per key press, and picker.sh gathers fzf's argv in "$@", which a function cannot). A block of
  # another version (an older nexus wrote it) is never this press's; a unit test keeps the
  # version the same in both, in rows.awk and in src/picker/meta.ts.
  found='' this='' cur='' here='' fleet=''
  while IFS= read -r line; do
    case $line in
      "nexus-picker$tab"*)
        [ -z "$found" ] || break
        this='' cur=''
        if [ "$line" = "nexus-picker${tab}2" ]; then cur=1; fi ;;
      key"$tab"*) if [ -n "$cur" ] && [ "$line" = "$key" ]; then this=1 found=1; fi ;;
      fleet"$tab"*) [ -z "$this" ] || fleet=${line#fleet"$tab"} ;;
      host"$tab"*"${tab}here") [ -z "$this" ] || here=1 ;;
    esac
  done <"$meta"
  [ -n "$here" ] || node_cycle
  # shellcheck disable=SC3013 # -nt: not POSIX, but in every sh nexus runs under (dash, bash, ash, ksh)
  if [ -n "$fleet" ] && [ "$fleet" -nt "$meta" ]; then node_cycle; fi

  # This server's sessions in tmux's order, which is the ring's inside a host (src/handoff/ring.ts).
  before='' after='' seen=''
  while IFS= read -r id; do
    if [ -n "$seen" ]; then
      after=$id
      break
    fi
    if [ "$id" = "$session" ]; then seen=1; else before=$id; fi
  done
  [ -n "$seen" ] || node_cycle
  if [ "$dir" = next ]; then target=$after; else target=$before; fi
  # The first or last session here: the step leaves this host.
  [ -n "$target" ] || node_cycle
  tmux switch-client -c "$client" -t "$target" 2>/dev/null || node_cycle
}
