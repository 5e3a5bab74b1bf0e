// Data the tests share: a session row, and the hostile names of DESIGN §7.
import type { Session } from "../../src/model/session.js";

/** A session row with plain defaults; override any field. */
export const session = (
  host: string,
  id: string,
  name = `${host}${id}`,
  over: Partial<Session> = {},
): Session => ({
  host,
  id,
  name,
  windows: 1,
  attached: 0,
  created: 1,
  activity: 1,
  command: "sh",
  path: "/",
  dead: false,
  ...over,
});

/** Names that must be shown and acted on literally; the canary file must never appear. */
export const hostileNames = (canary: string): string[] => [
  "with space",
  "it's",
  "semi;colon",
  "trailing;",
  `$(touch ${canary})`,
  `\`touch ${canary}\``,
  "#{host}",
  `#(touch ${canary})`,
  "-leading",
  "$1",
  "1",
  "%1",
];
