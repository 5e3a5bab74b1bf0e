// Crossing trials. The hop: Enter on a peer's row in the picker → that peer's session on screen,
// against the floor's detach + `ssh -tt peer tmux attach`. The ring: a local prefix ) against
// `node -e 0 && tmux switch-client -n`. And the hop loop's peak memory against an idle node.
import { spawn } from "node:child_process";
import { peakMb, settle, sleep } from "./measure.js";
import { closePicker, openPicker } from "./picker.js";
import { hopLoopPid, pressUntil, type Seat, setFloorNext } from "./seats.js";
import { nxBusy, peerSession, shows, type World } from "./world.js";

/** Round i goes to peer i (mod N), session s1, so every peer's path is measured. */
const peerOf = (w: World, i: number) => w.peers[i % w.peers.length] as string;

export async function hop(w: World, seat: Seat, i: number) {
  const peer = peerOf(w, i);
  const target = peerSession(peer, "s1");
  // The live frame first, so that no swap redraws the list under the Enter.
  await openPicker(w, seat, w.fleets.healthy, true);
  await seat.screen.type(`'${target}`);
  await seat.screen
    .until((s) => /< 1\/\d+/.test(s), `one row matching ${target}`)
    .catch(async (e) => {
      await closePicker(w, seat);
      throw e;
    });
  await settle(nxBusy(w)); // the preview of that row, as a person reading it before Enter
  const t0 = await seat.screen.keys("Enter");
  const seen = await seat.screen.until(shows(peer, target), `${target} on screen`);
  const hopMb = peakMb(hopLoopPid(w, seat));
  // prefix d on the peer ends the loop; the seat starts a new one at home:h1.
  await pressUntil(seat, ["C-b", "d"], "home", "h1");
  await settle(nxBusy(w));
  return { hop: seen.at - t0, hopMb };
}

export async function hopFloor(w: World, seat: Seat, i: number) {
  const peer = peerOf(w, i);
  const target = peerSession(peer, "s1");
  setFloorNext(w, peer);
  const t0 = await seat.screen.keys("C-b", "d");
  const seen = await seat.screen.until(shows(peer, target), `floor: ${target} on screen`);
  await pressUntil(seat, ["C-b", "d"], "home", "fl");
  return { hopFloor: seen.at - t0 };
}

/** prefix ) (nexus) or prefix F5 (the floor) from home:h1 to home:h2, then back by plain tmux. */
async function ring(w: World, seat: Seat, key: string): Promise<number> {
  const t0 = await seat.screen.keys("C-b", key);
  const seen = await seat.screen.until(shows("home", "h2"), `${key}: home:h2`);
  await w.home(["switch-client", "-c", seat.client, "-t", "=h1"]);
  await seat.screen.until(shows("home", "h1"), "home:h1 again");
  await settle(nxBusy(w));
  return seen.at - t0;
}

export const cycle = async (w: World, seat: Seat) => ({ cycle: await ring(w, seat, ")") });
export const cycleFloor = async (w: World, seat: Seat) => ({ cycleFloor: await ring(w, seat, "F5") });

/** The memory floor: VmHWM of `node -e 'setTimeout(()=>{},1e3)'`, read at 800 ms. */
export async function nodeMemory(w: World) {
  const child = spawn("node", ["-e", "setTimeout(()=>{},1e3)"], { env: w.env, stdio: "ignore" });
  const exited = new Promise((r) => child.once("exit", r));
  await sleep(800);
  const mb = peakMb(child.pid as number);
  await exited;
  return { nodeMb: mb };
}
