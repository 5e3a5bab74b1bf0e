// Crossing hosts as a person would: an outer tmux plays the terminal; home is this machine, alpha
// and beta are real sshd rig hosts, each with the plugin loaded. Home cannot be reached from the
// peers (its ssh: is the refused fault host), like a laptop behind NAT.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { until } from "../helpers/nx.js";
import { stopAllTerminals, Terminal } from "../helpers/term.js";
import { buildWorld, choose, homeTmux } from "../helpers/world.js";
import { type Rig, startRig } from "../rig/index.js";

let rig: Rig;
const PEERS = ["alpha", "beta"];
const fleet = () => [
  { name: "home", ssh: rig.aliases.refused },
  ...PEERS.map((h) => ({ name: h, ssh: rig.hosts[h]!.alias })),
];
const home = (args: string[]) => homeTmux(rig, args);

beforeAll(async () => {
  rig = await startRig({ hosts: PEERS });
  await buildWorld(rig, PEERS, fleet());
});
afterEach(async () => stopAllTerminals());
afterAll(async () => rig?.stop());

async function pick(term: Terminal, host: string, name: string) {
  await choose(term, host, name);
  await term.keys("Enter");
}

describe("hop and ring", () => {
  it("picks across hosts without nesting, walks the ring, and prefix d ends the chain", async () => {
    const term = new Terminal(rig.clientEnv);
    await term.start("tmux -L default attach -t h1; echo CHAIN-ENDED; exec sleep 600");
    await term.waitFor(/MARK-home-h1/, 5000);

    await pick(term, "alpha", "a2");
    await term.waitFor(/MARK-alpha-a2/, 10_000, "alpha's session on screen").catch(async (e) => {
      console.log("MSGS", await home(["show-messages"]));
      throw e;
    });
    // No nested tmux: the home server has no client now; the terminal runs one ssh -t client.
    await until("home has no client", async () => (await home(["list-clients"])).trim() === "" || undefined);

    await pick(term, "beta", "b1");
    await term.waitFor(/MARK-beta-b1/, 10_000, "beta's session on screen");
    expect((await rig.tmux("alpha", ["list-clients"])).trim()).toBe("");

    await pick(term, "home", "h2");
    await term.waitFor(/MARK-home-h2/, 10_000, "back home");

    // The ring: home h1, h2, alpha a1, a2, beta b1, b2, and around.
    const ring = [
      "MARK-alpha-a1",
      "MARK-alpha-a2",
      "MARK-beta-b1",
      "MARK-beta-b2",
      "MARK-home-h1",
      "MARK-home-h2",
    ];
    for (const mark of ring) {
      await term.keys("C-b", ")");
      await term.waitFor((s) => s.includes(mark), 10_000, mark);
    }
    for (const mark of ["MARK-home-h1", "MARK-beta-b2", "MARK-beta-b1"]) {
      await term.keys("C-b", "(");
      await term.waitFor((s) => s.includes(mark), 10_000, mark);
    }

    // prefix d on a remote host lands in the shell that started the chain.
    await term.keys("C-b", "d");
    await term.waitFor(/CHAIN-ENDED/, 10_000, "the end of the chain");
  });
});
