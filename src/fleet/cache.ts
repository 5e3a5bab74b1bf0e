// The peer cache: the last rows seen of each host, one JSON file per host under
// $XDG_STATE_HOME/nexus/peers, written atomically (temp file + rename). The picker's first frame
// and shell completion read it, so they never wait on the network. Beside each JSON file, a TSV
// mirror (`at <ms>`, then one list-sessions line a session) that scripts/rows.awk reads when the
// picker draws its first frame without node.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { makeDirs, writeAtomic } from "../config/paths.js";
import { ID_RE, type Session } from "../model/session.js";
import { sessionLine } from "../tmux/fields.js";

export interface CachedHost {
  v: 1;
  host: string;
  /** ms since the epoch when these rows were listed. */
  at: number;
  sessions: Session[];
  /** Written by another host's hop loop (this host may be unable to reach it itself). */
  pushed?: true;
}

export class PeerCache {
  readonly dir: string;
  private made = false;

  constructor(stateDir: string) {
    this.dir = join(stateDir, "peers");
  }

  write(entry: CachedHost): void {
    // Once a process: nx list writes a host's two files as each host answers.
    if (!this.made) makeDirs(this.dir);
    this.made = true;
    this.put(`${entry.host}.json`, `${JSON.stringify(entry)}\n`);
    this.mirror(entry);
  }

  /** The TSV mirror of an entry; written after its JSON file, so it is never older than it. */
  private mirror(entry: CachedHost): void {
    const lines = [`at\t${Math.round(entry.at)}`, ...entry.sessions.map(sessionLine)];
    this.put(`${entry.host}.tsv`, `${lines.join("\n")}\n`);
  }

  private put(name: string, text: string): void {
    writeAtomic(join(this.dir, name), text);
  }

  /**
   * Rows pushed by another host's hop loop arrive as JSON only (the PUSH script is plain sh): give
   * them their TSV mirror, so the picker's first frame can use them again without node.
   */
  heal(host: string): void {
    const mtime = (ext: string) =>
      statSync(join(this.dir, `${host}.${ext}`), { throwIfNoEntry: false })?.mtimeMs;
    const json = mtime("json");
    const tsv = mtime("tsv");
    if (json === undefined || (tsv !== undefined && tsv >= json)) return;
    const c = this.read(host);
    if (c) this.mirror(c);
  }

  /** Stores a successful listing; a failure keeps the older rows (shown with their age). */
  store(l: { host: string; ok: boolean; sessions?: Session[] }): void {
    if (l.ok && l.sessions) this.write({ v: 1, host: l.host, at: Date.now(), sessions: l.sessions });
  }

  read(host: string): CachedHost | undefined {
    try {
      const c = JSON.parse(readFileSync(join(this.dir, `${host}.json`), "utf8")) as CachedHost;
      if (c.v !== 1 || c.host !== host || !Array.isArray(c.sessions)) return undefined;
      // A cache file may come from another machine's hop loop: keep only well-formed rows of this host.
      return {
        ...c,
        sessions: c.sessions.filter(
          (x) => x?.host === host && ID_RE.test(String(x.id)) && typeof x.name === "string",
        ),
      };
    } catch {
      return undefined; // missing or unreadable: no cached rows for that host
    }
  }
}
