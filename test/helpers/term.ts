// A terminal for end-to-end tests: an OUTER tmux server on its own -L socket plays the user's
// terminal emulator. The command it runs (usually `tmux attach` to the server under test) sees a
// real pty of a fixed size; keys go in with send-keys, the screen comes out with capture-pane.
// Always started in a rig's clientEnv, so it can never reach the real user's tmux server.
import { randomBytes } from "node:crypto";
import { execa } from "execa";

export interface TerminalOptions {
  width?: number;
  height?: number;
}

/** Screens a test waits for: a pattern, or a predicate over the captured text. */
export type ScreenCheck = RegExp | ((screen: string) => boolean);

/** tmux 3.3 takes an argument that ends in `;` as a command separator; one `\` keeps it literal. */
const literalArg = (s: string) => (s.endsWith(";") ? `${s.slice(0, -1)}\\;` : s);

/**
 * A popup is open while its border is on the screen: after fzf has exited, nexus may still be
 * finishing in it (creating, switching), and keys sent then go to that popup, not to tmux.
 */
export const popupOpen = (screen: string) => /┌─+┐/.test(screen);

const live = new Set<Terminal>();

/** Stops every terminal still running (for an afterEach/afterAll that must not depend on a test). */
export async function stopAllTerminals(): Promise<void> {
  await Promise.all([...live].map((t) => t.stop()));
}

export class Terminal {
  /** The outer server's -L socket, under the env's TMUX_TMPDIR. */
  readonly socket = `nxterm-${randomBytes(4).toString("hex")}`;
  readonly width: number;
  readonly height: number;
  private readonly env: NodeJS.ProcessEnv;
  private started = false;

  constructor(env: NodeJS.ProcessEnv, opts: TerminalOptions = {}) {
    if (!env.TMUX_TMPDIR) throw new Error("Terminal: env needs its own TMUX_TMPDIR (use a rig's clientEnv)");
    // TMUX unset: a stray $TMUX would lead commands to the server the tests run under.
    this.env = { ...env, TMUX: undefined, TMUX_PANE: undefined };
    this.width = opts.width ?? 160;
    this.height = opts.height ?? 45;
  }

  /** tmux on the outer server; returns stdout, throws on a non-zero exit. */
  async outer(args: string[]): Promise<string> {
    const r = await execa("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], {
      env: this.env,
      extendEnv: false,
      timeout: 5000,
    });
    return r.stdout;
  }

  /**
   * Opens the terminal running argv (a string: run by sh -c). TMUX and TMUX_PANE, which the outer
   * server sets in every pane, are removed first: `tmux attach` refuses to nest otherwise.
   */
  async start(command: string | readonly string[]): Promise<void> {
    if (this.started) throw new Error("Terminal: already started");
    this.started = true;
    live.add(this);
    const argv = typeof command === "string" ? ["sh", "-c", command] : [...command];
    await this.outer([
      "start-server",
      ";",
      // No status line, so the pane is the whole terminal; keep the pane when its command exits, so
      // that a test can still read the last screen.
      "set-option",
      "-g",
      "status",
      "off",
      ";",
      "set-option",
      "-g",
      "remain-on-exit",
      "on",
      ";",
      "new-session",
      "-d",
      "-s",
      "term",
      "-x",
      String(this.width),
      "-y",
      String(this.height),
      "--",
      "env",
      "-u",
      "TMUX",
      "-u",
      "TMUX_PANE",
      ...argv.map(literalArg),
    ]);
  }

  /** The pty the command runs on: a tmux client attached from here is named after it. */
  async tty(): Promise<string> {
    return (await this.outer(["display-message", "-p", "-t", "term", "#{pane_tty}"])).trim();
  }

  /** The visible screen as plain text (no escape sequences), one line per row. */
  async screen(): Promise<string> {
    return this.outer(["capture-pane", "-p", "-t", "term"]);
  }

  /** Key names, as send-keys knows them: 'C-b', '\\', 'Enter', 'Down', 'Escape'. */
  async keys(...names: string[]): Promise<void> {
    await this.outer(["send-keys", "-t", "term", "--", ...names.map(literalArg)]);
  }

  /** Literal text (send-keys -l), as if typed. */
  async type(text: string): Promise<void> {
    await this.outer(["send-keys", "-t", "term", "-l", "--", literalArg(text)]);
  }

  /** Polls the screen every ~25 ms until check passes; returns that screen. */
  async waitFor(check: ScreenCheck, ms = 5000, what?: string): Promise<string> {
    const ok = typeof check === "function" ? check : (s: string) => check.test(s);
    const end = Date.now() + ms;
    let last = "";
    for (;;) {
      last = await this.screen().catch((e: unknown) => `(capture-pane failed: ${String(e)})`);
      if (ok(last)) return last;
      if (Date.now() > end) {
        const label = what ?? (typeof check === "function" ? "the screen" : String(check));
        throw new Error(`timed out after ${ms} ms waiting for ${label}; last screen:\n${frame(last)}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Kills the outer server and with it whatever runs in it. Idempotent; never throws. */
  async stop(): Promise<void> {
    live.delete(this);
    if (!this.started) return;
    this.started = false;
    await execa("tmux", ["-L", this.socket, "kill-server"], {
      env: this.env,
      extendEnv: false,
      reject: false,
      timeout: 5000,
    });
  }
}

/** A screen with a border, so blank lines and trailing spaces show in an error message. */
function frame(screen: string): string {
  const lines = screen.replace(/\n$/, "").split("\n");
  return ["┌", ...lines.map((l) => `│${l}`), "└"].join("\n");
}
