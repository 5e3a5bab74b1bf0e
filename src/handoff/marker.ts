// The tty marker: the hop loop's attach snippet writes `<hop id> <pid>` to tty-<encoded tty> in the
// runtime dir before it execs `tmux attach`, so the tmux client's pid is that pid. A picker reads
// the marker for #{client_tty} and trusts it only when the pid is #{client_pid}: a marker left by
// a loop that died never redirects anyone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HOP_RE } from "./intent.js";

/** Injective: `%` first, then `/`. The attach snippet does the same with sed. */
export const encodeTty = (tty: string) => tty.replaceAll("%", "%25").replaceAll("/", "%2F");

export const markerFile = (dir: string, tty: string) => join(dir, `tty-${encodeTty(tty)}`);

export function readMarker(dir: string, tty: string, clientPid: number): string | undefined {
  let text: string;
  try {
    text = readFileSync(markerFile(dir, tty), "utf8");
  } catch {
    return undefined;
  }
  const [hop, pid] = text.trim().split(" ");
  return hop && HOP_RE.test(hop) && Number(pid) === clientPid ? hop : undefined;
}
