// The whole dashboard as data (pure): which tiles on which page, each tile's command, and the
// tmux commands that build the server. commands/dash.ts only runs it; --dry-run prints it.
import { paginate, perPage, type Size } from "./layout.js";
import {
  type DashHost,
  dashSocket,
  type PaneTile,
  setupCommands,
  type Tile,
  tileCommands,
  watchArgv,
} from "./server.js";

export interface DashPlan {
  socket: string;
  perPage: number;
  pages: PaneTile[][];
  /** One tmux invocation: the server's options and keys, then the tiles, one window a page. */
  commands: string[][];
}

/** `size` is the terminal less its status line. */
export function planDash(
  tiles: readonly Tile[],
  hosts: ReadonlyMap<string, DashHost>,
  size: Size,
  pid: number,
  note = "",
): DashPlan {
  const per = perPage(size);
  const host = (name: string) => {
    const h = hosts.get(name);
    if (!h) throw new Error(`no host ${name} for a tile`);
    return h;
  };
  const pages = paginate(
    tiles.map((t): PaneTile => {
      const h = host(t.host);
      return { ...t, argv: watchArgv(h, t.id), ...(h.color === undefined ? {} : { color: h.color }) };
    }),
    per,
  );
  return {
    socket: dashSocket(pid),
    perPage: per,
    pages,
    commands: [...setupCommands(), ...tileCommands(pages, size, note)],
  };
}
