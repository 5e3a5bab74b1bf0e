// Picker trials on nexus's seat: prefix \ → the first frame (local and cached rows) and the live
// swap (every peer's rows, listed now); and the floor, a popup running `tmux ls | fzf`.
import { settle } from "./measure.js";
import type { Seat } from "./seats.js";
import { HOME_SESSIONS, nxBusy, PROMPT, type World } from "./world.js";

const FLOOR_PROMPT = "floor> ";
/** Cached rows carry their age: the live frame has none (every peer healthy). */
const CACHED = / ago\)/;

/** fzf's inline info (`< matched/total`): every row read, none filtered out. */
export function allRows(screen: string, rows: number): boolean {
  const m = /< (\d+)\/(\d+)/.exec(screen);
  return m !== null && Number(m[1]) === rows && Number(m[2]) === rows;
}

/** Opens the picker with that fleet file; returns ms to the first frame and, if asked, to the live one. */
export async function openPicker(w: World, seat: Seat, fleet: string, live: boolean) {
  await w.home(["set-option", "-g", "@nexus-config", fleet]);
  const t0 = await seat.screen.keys("C-b", "\\");
  const first = await seat.screen.until((s) => s.includes(PROMPT) && allRows(s, w.rows), "first frame");
  if (!live) return { first: first.at - t0, live: Number.NaN };
  const swap = await seat.screen.until((s) => !CACHED.test(s) && allRows(s, w.rows), "live rows");
  return { first: first.at - t0, live: swap.at - t0 };
}

export async function closePicker(w: World, seat: Seat): Promise<void> {
  await seat.screen.keys("Escape");
  await seat.screen.until((s) => !s.includes(PROMPT), "the picker closed");
  await settle(nxBusy(w));
}

/** nexus's picker on the healthy fleet: its first frame and its live swap. */
export async function pickerHealthy(w: World, seat: Seat) {
  const r = await openPicker(w, seat, w.fleets.healthy, true);
  await closePicker(w, seat);
  return { pickFirst: r.first, pickLive: r.live, firstToLive: r.live - r.first };
}

/** The same with the hung and the refused host in the fleet: only the first frame matters here. */
export async function pickerFaulty(w: World, seat: Seat) {
  const r = await openPicker(w, seat, w.fleets.faulty, false);
  await closePicker(w, seat); // settle waits out `nx rows --live` and its deadlines
  await w.home(["set-option", "-g", "@nexus-config", w.fleets.healthy]);
  return { pickFaulty: r.first };
}

/** prefix F6: display-popup -E "tmux ls | fzf" (world.ts), until every row is drawn; F7 by run-shell. */
async function floorPopup(w: World, seat: Seat, key: string): Promise<number> {
  const t0 = await seat.screen.keys("C-b", key);
  const at = (
    await seat.screen.until(
      (s) => s.includes(FLOOR_PROMPT) && allRows(s, HOME_SESSIONS.length),
      "floor popup",
    )
  ).at;
  await seat.screen.keys("Escape");
  await seat.screen.until((s) => !s.includes(FLOOR_PROMPT), "the floor popup closed");
  await settle(nxBusy(w));
  return at - t0;
}

export const popupFloor = async (w: World, seat: Seat) => ({ popupFloor: await floorPopup(w, seat, "F6") });
export const popupByRunShell = async (w: World, seat: Seat) => ({
  popupByRunShell: await floorPopup(w, seat, "F7"),
});
