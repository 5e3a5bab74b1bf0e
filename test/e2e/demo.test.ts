// The newcomer's first command: npm run demo in a terminal (an outer tmux plays it).

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { popupOpen, stopAllTerminals, Terminal } from "../helpers/term.js";
import { type Rig, startRig } from "../rig/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
let rig: Rig;
beforeAll(async () => {
  rig = await startRig({ hosts: [] });
});
afterAll(async () => {
  await stopAllTerminals();
  await rig?.stop();
});

const demoServers = async () => {
  const alive: string[] = [];
  for (const h of ["laptop", "devbox", "gpu"]) {
    const r = await execa("tmux", ["-L", `nexus-demo-${h}`, "list-sessions"], {
      env: rig.clientEnv,
      extendEnv: false,
      reject: false,
    });
    if (r.exitCode === 0) alive.push(h);
  }
  return alive;
};

describe("npm run demo", () => {
  it("shows three hosts in the picker, cycles, and leaves nothing behind", async () => {
    const term = new Terminal(rig.clientEnv);
    await term.start(`cd '${ROOT}' && npm run -s demo; echo DEMO-ENDED; exec sleep 600`);
    await term.waitFor(/nexus demo: prefix \\ pick/, 15_000, "the demo's banner");
    await term.waitFor(/refactor the session cache/, 5000, "the agent session");
    await term.keys("C-b", "\\");
    await term.waitFor(
      (s) => popupOpen(s) && ["laptop", "devbox", "gpu"].every((h) => new RegExp(`${h} {2,}\\S`).test(s)),
      8000,
      "rows of all three hosts",
    );
    await term.keys("Escape");
    // fzf's text goes before the popup does; a key sent in between goes to the popup, not tmux.
    await term.waitFor((s) => !s.includes("enter go ·") && !popupOpen(s), 5000, "the popup to close");
    await term.keys("C-b", ")");
    await term.waitFor(/a shell on this host/, 8000, "laptop's second session");
    await term.keys("C-b", ")");
    await term.waitFor(/ devbox /, 8000, "devbox");
    await term.keys("C-b", "d");
    await term.waitFor(/DEMO-ENDED/, 10_000, "the demo to end");
    expect(await demoServers()).toEqual([]);
  });

  it("nx demo --stop removes a running demo", async () => {
    const term = new Terminal(rig.clientEnv);
    await term.start(`cd '${ROOT}' && node dist/nexus.js demo; exec sleep 600`);
    await term.waitFor(/nexus demo: prefix/, 15_000, "the demo");
    const r = await execa("node", [join(ROOT, "dist/nexus.js"), "demo", "--stop"], {
      env: rig.clientEnv,
      extendEnv: false,
      reject: false,
    });
    expect(r.exitCode).toBe(0);
    expect(await demoServers()).toEqual([]);
    const ls = await execa("sh", ["-c", 'ls "$TMUX_TMPDIR"/tmux-*/ 2>/dev/null'], {
      env: rig.clientEnv,
      extendEnv: false,
      reject: false,
    });
    expect(String(ls.stdout)).not.toMatch(/nexus-demo/);
  });
});
