// How many tiles fit a page legibly (pure). tmux's `select-layout tiled` (layout-set.c,
// layout_set_tiled in 3.3) picks its own grid for n panes: rows grow first, then columns, until
// rows × columns ≥ n. A page holds the most tiles whose cells, in that grid, stay at least
// MIN_TILE; the rest go to further pages.

export interface Size {
  cols: number;
  rows: number;
}

/** The smallest tile worth reading: a title line and about a dozen lines of a 60-column screen. */
export const MIN_TILE: Size = { cols: 60, rows: 12 };
/** Past this many panes a window is unreadable on any screen, and tmux splits get slow. */
export const MAX_PER_PAGE = 36;

/** tmux's tiled grid for n panes. */
export function tiledGrid(n: number): Size {
  let rows = 1;
  let cols = 1;
  while (rows * cols < n) {
    rows++;
    if (rows * cols < n) cols++;
  }
  return { cols, rows };
}

/** The cell each pane gets in a window of that size (one column or line of border between). */
export function cellSize(n: number, window: Size): Size {
  const g = tiledGrid(n);
  return {
    cols: Math.floor((window.cols - (g.cols - 1)) / g.cols),
    rows: Math.floor((window.rows - (g.rows - 1)) / g.rows),
  };
}

/** Tiles per page for a window of that size: at least 1, however small the terminal. */
export function perPage(window: Size, min: Size = MIN_TILE, max = MAX_PER_PAGE): number {
  let n = 1;
  while (n < max) {
    const c = cellSize(n + 1, window);
    if (c.cols < min.cols || c.rows < min.rows) break;
    n++;
  }
  return n;
}

export function paginate<T>(items: readonly T[], per: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += per) pages.push(items.slice(i, i + per));
  return pages;
}
