// One `hosts:` entry of the fleet file → HostSpec, with every value checked where it is written.

import type { HostSpec } from "../model/host.js";
import { NAME_MAX, validHostName } from "./names.js";
import { bool, type Field, fail, fields, type Src, str } from "./nodes.js";

export const HOST_KEYS = ["name", "ssh", "socket", "color", "enabled"] as const;

/** tmux -L names a file in the socket dir. */
const SOCKET = /^[A-Za-z0-9._-]+$/;
const COLOR_NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];
/** What tmux 3.x accepts in a style (colour_fromstring), less the X11 names: a typo there must not pass. */
const COLOR = new RegExp(
  `^(default|(bright)?(${COLOR_NAMES.join("|")})|colou?r(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|#[0-9a-f]{6})$`,
  "i",
);

export { HOST_NAME, NAME_MAX, validHostName } from "./names.js";

/**
 * An ssh destination (`alias`, `user@host`, `ssh://user@host:port`). It is passed after `--`, but a
 * leading `-` would still read as an option to anyone reading the config, and whitespace or control
 * characters are never part of a real destination.
 */
const validSsh = (s: string): boolean => s !== "" && !s.startsWith("-") && !/[\s\x00-\x1f\x7f]/.test(s);

function name(src: Src, f: Field): string {
  const v = str(src, f, 'a host name such as gpu (quote it if it looks like a number: "1")');
  if (!validHostName(v)) {
    fail(
      src,
      f.line,
      f.key,
      `bad host name ${JSON.stringify(v)}`,
      `use lower-case letters, digits, ".", "_" and "-", starting with a letter or digit, at most ${NAME_MAX} chars`,
    );
  }
  return v;
}

function checked(src: Src, f: Field, ok: (s: string) => boolean, what: string, hint: string): string {
  const v = str(src, f, hint);
  if (!ok(v)) fail(src, f.line, f.key, `bad ${what} ${JSON.stringify(v)}`, hint);
  return v;
}

export function parseHost(src: Src, entry: Field): HostSpec {
  const f = fields(src, entry, HOST_KEYS);
  const nameField = f.get("name");
  if (!nameField) {
    fail(src, entry.line, `${entry.key}.name`, "missing", "every host needs a name: name: devbox");
  }
  const host: HostSpec = { name: name(src, nameField), enabled: true, line: entry.line };
  const ssh = f.get("ssh");
  if (ssh) {
    host.ssh = checked(
      src,
      ssh,
      validSsh,
      "ssh destination",
      "write it as ssh takes it: an alias or user@host",
    );
  }
  const socket = f.get("socket");
  if (socket) {
    host.socket = checked(
      src,
      socket,
      (s) => SOCKET.test(s),
      "tmux socket name",
      "a tmux -L name: letters, digits, . _ -",
    );
  }
  const color = f.get("color");
  if (color) {
    const hint = "a tmux colour: default, red, brightred, colour0-255 or #rrggbb";
    host.color = checked(src, color, (s) => COLOR.test(s), "colour", hint);
  }
  const enabled = f.get("enabled");
  if (enabled) host.enabled = bool(src, enabled);
  return host;
}
