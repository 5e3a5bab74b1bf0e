// Makes the README's pictures from a real run: the demo fleet in a throwaway outer tmux (temporary
// HOME and sockets), the picker opened with prefix \ and the dashboard with nx dash, each screen
// captured with `capture-pane -e` and rendered to SVG in docs/. Usage: node scripts/screenshots.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ansiToSvg } from "./ansi-svg.mjs";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "nxshot-"));
const env = {
  ...process.env,
  HOME: tmp,
  XDG_CONFIG_HOME: `${tmp}/c`,
  XDG_STATE_HOME: `${tmp}/s`,
  XDG_RUNTIME_DIR: `${tmp}/r`,
  TMUX_TMPDIR: tmp,
  TMUX: "",
  NODE_EXTRA_CA_CERTS: "",
};
const COLS = 120;
const ROWS = 32;
const outer = (...args) =>
  execFileSync("tmux", ["-L", "shot", "-f", "/dev/null", ...args], { env, encoding: "utf8" });
const capture = (...flags) => outer("capture-pane", ...flags, "-p", "-t", "term");

async function until(what, test, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const screen = capture();
    if (test(screen)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${screen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function shot(name, title) {
  const text = capture("-e");
  writeFileSync(join(root, "docs", `${name}.svg`), ansiToSvg(text, { cols: COLS, title }));
  console.log(`docs/${name}.svg`);
}

try {
  outer(
    "new-session",
    "-d",
    "-x",
    String(COLS),
    "-y",
    String(ROWS),
    "-s",
    "term",
    `cd '${root}' && env -u TMUX node dist/nexus.js demo`,
  );
  outer("set-option", "-g", "status", "off");
  await until("the demo", (s) => s.includes("nexus demo"));
  await until("some agent output", (s) => s.includes("npm test"));
  outer("send-keys", "-t", "term", "C-b", "\\");
  await until("the picker rows", (s) => s.includes("codex-eval") && s.includes("enter go"));
  outer("send-keys", "-t", "term", "Down", "Down");
  await until("the preview", (s) => /\d+\/\d+/.test(s));
  await new Promise((r) => setTimeout(r, 600)); // let the preview draw: a picture, not a test
  shot("picker", "prefix \\ : every session of every host, with a preview");
  outer("send-keys", "-t", "term", "Escape");
  // The dashboard over the same demo fleet, in a second terminal.
  const fleet = join(env.XDG_STATE_HOME, "nexus", "demo", "fleet.yaml");
  // A detached window of its own size, so the dashboard has room for more than two tiles.
  outer(
    "new-session",
    "-d",
    "-x",
    "200",
    "-y",
    "50",
    "-s",
    "dash",
    `cd '${root}' && env -u TMUX node dist/nexus.js dash --config '${fleet}'`,
  );
  const dash = (...flags) => outer("capture-pane", ...flags, "-p", "-t", "dash");
  for (let end = Date.now() + 15000; !/nexus dash /.test(dash()) || !dash().includes("epoch"); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for the dashboard:\n${dash()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 1500)); // let the tiles fill: a picture, not a test
  writeFileSync(
    join(root, "docs", "dash.svg"),
    ansiToSvg(dash("-e"), { cols: 200, title: "nx dash: read-only tiles of every session, across hosts" }),
  );
  console.log("docs/dash.svg");
  outer("send-keys", "-t", "dash", "q");
} finally {
  execFileSync("node", [join(root, "dist/nexus.js"), "demo", "--stop"], { env, stdio: "ignore" });
  try {
    execFileSync("tmux", ["-L", "shot", "kill-server"], { env, stdio: "ignore" });
  } catch {
    // the outer server ends with the demo
  }
  rmSync(tmp, { recursive: true, force: true });
}
