// Selectors: `[host:]name`, `host:$id`, `[host:]=name` (exact name only). Matching order: id,
// exact name, unique prefix, unique substring, fuzzy (in-order letters). Pure.
import { ID_RE, type Session } from "./session.js";

export interface Selector {
  host?: string;
  /** The text after `host:`. */
  text: string;
  /** `=name`: exact name only (as tmux's own `=` prefix), for names such as `$1`. */
  exact: boolean;
}

/** `host:` is a prefix only when it names a fleet host; tmux never puts `:` in a session name. */
export function parseSelector(s: string, hostNames: readonly string[]): Selector {
  const colon = s.indexOf(":");
  let host: string | undefined;
  let text = s;
  if (colon > 0 && hostNames.includes(s.slice(0, colon))) {
    host = s.slice(0, colon);
    text = s.slice(colon + 1);
  }
  const exact = text.startsWith("=");
  return { ...(host === undefined ? {} : { host }), text: exact ? text.slice(1) : text, exact };
}

/** How a selector matched: its id, its exact name, a unique prefix, a part of the name, or fuzzily. */
export type Tier = "id" | "name" | "prefix" | "part" | "fuzzy";

export type Match =
  | { kind: "one"; session: Session; tier: Tier }
  | { kind: "none" }
  | { kind: "many"; sessions: Session[] };

const fuzzy = (needle: string, hay: string) => {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
};

export function match(sessions: readonly Session[], sel: Selector): Match {
  const pool = sel.host === undefined ? sessions : sessions.filter((s) => s.host === sel.host);
  const t = sel.text;
  const lower = t.toLowerCase();
  const tiers: [Tier, (s: Session) => boolean][] = [
    ["id", (s) => sel.host !== undefined && !sel.exact && ID_RE.test(t) && s.id === t],
    ["name", (s) => s.name === t],
    ...(sel.exact
      ? []
      : ([
          ["prefix", (s) => s.name.startsWith(t)],
          ["part", (s) => s.name.includes(t)],
          ["part", (s) => s.name.toLowerCase().includes(lower)],
          ["fuzzy", (s) => t !== "" && fuzzy(lower, s.name.toLowerCase())],
        ] as [Tier, (s: Session) => boolean][])),
  ];
  for (const [tier, test] of tiers) {
    const hits = pool.filter(test);
    if (hits.length === 1) return { kind: "one", session: hits[0] as Session, tier };
    if (hits.length > 1) return { kind: "many", sessions: hits };
  }
  return { kind: "none" };
}
