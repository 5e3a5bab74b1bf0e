// The last line of defence: a detached sh that waits for the test process to die, however it dies
// (SIGKILL by vitest on a timeout, Ctrl-C), then kills whatever still mentions the rig dir and removes
// it. A process 'exit' handler never runs on SIGKILL or on an unhandled SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import type { Socket } from "node:net";

// $1 is the rig dir, $2 its tmpfs dir or "" (both go at the end). cat returns when our stdin
// closes, i.e. when the test process is gone. Then it matches as procs.ts pidsMentioning does
// (argv, environ, open files), plus children of what matched, with one grep and one ls over /proc
// rather than a fork per process. grep reads its pattern from stdin so that its own argv does not
// match; $$ (this sh) does match and is left out.
const SCRIPT = `
case "$1" in /tmp/nxr-?*) ;; *) exit 1 ;; esac
case "$2" in '' | /dev/shm/nxr-?*) ;; *) exit 1 ;; esac
cat >/dev/null
hit=$(printf '%s\\n' "$1/" | grep -lsaF -f - /proc/[0-9]*/cmdline /proc/[0-9]*/environ | cut -d/ -f3)
hit="$hit $(ls -l /proc/[0-9]*/fd 2>/dev/null |
  awk -v d="$1/" '/^[/]proc[/][0-9]+[/]fd:$/ { split($0, p, "/"); pid = p[3] } index($0, d) { print pid }')"
hit=$(for pid in $hit; do [ "$pid" = "$$" ] || echo "$pid"; done)
kids=$(cat /proc/[0-9]*/stat 2>/dev/null | awk -v h=" $(echo $hit) " 'index(h, " " $4 " ") { print $1 }')
kill -CONT $hit $kids 2>/dev/null
kill -KILL $hit $kids 2>/dev/null
rm -rf "$1" \${2:+"$2"}
`;

export function startReaper(dir: string, tmpfs = ""): ChildProcess {
  const reaper = spawn("/bin/sh", ["-c", SCRIPT, "nxr-reaper", dir, tmpfs], {
    detached: true, // its own process group: the Ctrl-C that kills the test run does not kill it
    stdio: ["pipe", "ignore", "ignore"],
  });
  reaper.on("error", () => {});
  reaper.unref();
  (reaper.stdin as Socket | null)?.unref();
  return reaper;
}
