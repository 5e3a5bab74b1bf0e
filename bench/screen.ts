// What the person sees, read tightly: one tmux control-mode client (`tmux -C`, tmux 3.3) on a test
// Terminal's outer server. A key press or a capture-pane is a line on its stdin and a %begin/%end
// block back, ~0.06 ms, where a `tmux capture-pane` process costs ~4 ms of one of the two cores the
// measured code needs. So the screen can be polled every 2 ms without disturbing what it measures.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import type { Terminal } from "../test/helpers/term.js";

export const POLL_MS = 2;

/** A screen that passed a check, and when: the send time of the capture that first showed it. */
export interface Seen {
  at: number;
  screen: string;
}

/**
 * A word for tmux's command parser: single-quoted words are literal; one holding a `'` (an fzf
 * exact-match query) goes in double quotes, where `\`, `"` and `$` take a `\` (checked on tmux 3.3a).
 */
const word = (s: string) => (s.includes("'") ? `"${s.replace(/[\\"$]/g, "\\$&")}"` : `'${s}'`);

export class Screen {
  private readonly child: ChildProcessWithoutNullStreams;
  private buf = "";
  private block: string[] | undefined;
  /** One per command in flight, oldest first; the first is the reply to attach itself. */
  private readonly replies: ((out: string) => void)[] = [];
  private readonly ready: Promise<string>;

  constructor(term: Terminal, env: NodeJS.ProcessEnv) {
    // ignore-size: this client must not change the terminal's size; no-output: no %output lines.
    const argv = ["-L", term.socket, "-C", "attach", "-f", "ignore-size,no-output", "-t", "term"];
    this.child = spawn("tmux", argv, { env: { ...env, TMUX: undefined }, stdio: "pipe" });
    this.child.stdout.setEncoding("utf8").on("data", (d: string) => this.read(d));
    this.child.stdin.on("error", () => {});
    this.ready = new Promise((r) => this.replies.push(r));
  }

  private read(data: string): void {
    this.buf += data;
    for (let i = this.buf.indexOf("\n"); i >= 0; i = this.buf.indexOf("\n")) {
      const line = this.buf.slice(0, i);
      this.buf = this.buf.slice(i + 1);
      if (this.block === undefined) {
        if (line.startsWith("%begin ")) this.block = [];
        continue; // notifications (%session-changed…) between blocks
      }
      if (line.startsWith("%end ") || line.startsWith("%error ")) {
        const out = this.block.join("\n");
        this.block = undefined;
        this.replies.shift()?.(out);
      } else this.block.push(line);
    }
  }

  async command(...words: string[]): Promise<string> {
    await this.ready;
    return new Promise((resolve) => {
      this.replies.push(resolve);
      this.child.stdin.write(`${words.map(word).join(" ")}\n`);
    });
  }

  /** Presses keys (send-keys names: 'C-b', '\\', 'Enter'); returns the moment they were sent. */
  async keys(...names: string[]): Promise<number> {
    await this.ready;
    const t0 = performance.now();
    await this.command("send-keys", "-t", "term", ...names);
    return t0;
  }

  /** Literal text, as typed. */
  async type(text: string): Promise<void> {
    await this.command("send-keys", "-t", "term", "-l", text);
  }

  capture(): Promise<string> {
    return this.command("capture-pane", "-p", "-t", "term");
  }

  /** Polls every POLL_MS until check passes; throws with the last screen after ms. */
  async until(check: (screen: string) => boolean, what: string, ms = 10_000): Promise<Seen> {
    const end = performance.now() + ms;
    for (;;) {
      const at = performance.now();
      const screen = await this.capture();
      if (check(screen)) return { at, screen };
      if (at > end) throw new Error(`bench: no ${what} after ${ms} ms; the screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  close(): void {
    this.child.kill();
  }
}
