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

export type Match =
  | { kind: "one"; session: Session }
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
  const tiers: ((s: Session) => boolean)[] = [
    (s) => sel.host !== undefined && !sel.exact && ID_RE.test(t) && s.id === t,
    (s) => s.name === t,
    ...(sel.exact
      ? []
      : [
          (s: Session) => s.name.startsWith(t),
          (s: Session) => s.name.includes(t),
          (s: Session) => s.name.toLowerCase().includes(lower),
          (s: Session) => t !== "" && fuzzy(lower, s.name.toLowerCase()),
        ]),
  ];
  for (const tier of tiers) {
    const hits = pool.filter(tier);
    if (hits.length === 1) return { kind: "one", session: hits[0] as Session };
    if (hits.length > 1) return { kind: "many", sessions: hits };
  }
  return { kind: "none" };
}
