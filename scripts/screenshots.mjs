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

async function until(what, test, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const screen = outer("capture-pane", "-p", "-t", "term");
    if (test(screen)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${screen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function shot(name, title) {
  const text = outer("capture-pane", "-e", "-p", "-t", "term");
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
} finally {
  execFileSync("node", [join(root, "dist/nexus.js"), "demo", "--stop"], { env, stdio: "ignore" });
  try {
    execFileSync("tmux", ["-L", "shot", "kill-server"], { env, stdio: "ignore" });
  } catch {
    // the outer server ends with the demo
  }
  rmSync(tmp, { recursive: true, force: true });
}
