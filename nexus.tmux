#!/usr/bin/env bash
# nexus: the TPM entry. Checks tmux, node and the bundle, then lets the bundle bind the keys.
# TPM hides what a plugin prints, so problems go to `tmux display-message`.
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# display-message expands formats: double every # so a path with #{…} or #(…) is shown, not run.
say() { msg="nexus: $*"; tmux display-message "${msg//#/##}"; exit 0; }

version="$(tmux -V | sed 's/[^0-9.]*\([0-9][0-9]*\)\.\([0-9][0-9]*\).*/\1 \2/')"
read -r major minor <<<"$version"
if [ "${major:-0}" -lt 3 ] || { [ "$major" -eq 3 ] && [ "${minor:-0}" -lt 2 ]; }; then
  say "tmux 3.2 or newer is needed for popups (this is $(tmux -V)); upgrade tmux"
fi

node="$(tmux show-option -gqv @nexus-node)"
node="${node:-node}"
command -v "$node" >/dev/null 2>&1 ||
  say "node not found ($node); install Node.js 20+ or set -g @nexus-node /path/to/node"
"$node" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  say "Node.js 20 or newer is needed (found $("$node" --version)); upgrade it or set @nexus-node"
[ -f "$dir/dist/nexus.js" ] ||
  say "$dir/dist/nexus.js is missing; reinstall the plugin (prefix I) or: git -C '$dir' checkout dist"

"$node" "$dir/dist/nexus.js" init || say "binding keys failed; run: $node $dir/dist/nexus.js init"
