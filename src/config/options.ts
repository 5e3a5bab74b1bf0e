// The tmux @nexus-* options: their names, defaults and meaning, and how to read them back from tmux.

export interface OptionSpec {
  name: `@nexus-${string}`;
  default: string;
  doc: string;
}

export const OPTIONS = [
  { name: "@nexus-key", default: "\\", doc: "key after the prefix that opens the picker" },
  { name: "@nexus-prev-key", default: "(", doc: "key after the prefix for the previous session of the ring" },
  { name: "@nexus-next-key", default: ")", doc: "key after the prefix for the next session of the ring" },
  { name: "@nexus-popup-width", default: "80%", doc: "picker popup width (display-popup -w)" },
  { name: "@nexus-popup-height", default: "70%", doc: "picker popup height (display-popup -h)" },
  { name: "@nexus-fzf-opts", default: "", doc: "extra fzf options for the picker" },
  { name: "@nexus-config", default: "", doc: "fleet file, as --config (default: the XDG path)" },
  { name: "@nexus-self", default: "", doc: "this machine's fleet host name, when it is not the hostname" },
  { name: "@nexus-node", default: "node", doc: "node binary that runs nexus (tmux's PATH may lack yours)" },
] as const satisfies readonly OptionSpec[];

export type OptionName = (typeof OPTIONS)[number]["name"];
export type NexusOptions = Record<OptionName, string>;

// tmux 3.3a `show-options` (cmd-show-options.c → args_escape) prints a value: '' when empty; a lone
// special character as \c (\\ \# \' \~ \$ \{); in "…" when it holds any of ` #';${}%` (then " and $
// are escaped as \" \$); in '…' when it holds a space or "; bare otherwise. Inside, vis(3) C-style
// escapes: \\ \t \n \r and \ooo for other control bytes.
const C_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\x07",
  b: "\b",
  v: "\v",
  f: "\f",
  s: " ",
};

/** Undoes tmux's quoting of one value as `show-options` prints it. */
export function unescapeTmuxValue(s: string): string {
  const quoted = s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0]);
  const body = quoted ? s.slice(1, -1) : s;
  // Octal escapes are bytes; tmux prints valid UTF-8 as is, so only ASCII control bytes get here.
  return body.replace(/\\([0-7]{3}|[\s\S])/g, (_, e: string) =>
    e.length === 3 ? String.fromCharCode(Number.parseInt(e, 8)) : (C_ESCAPES[e] ?? e),
  );
}

/** `tmux show-options -g` output → name → value. Array options keep their `name[i]` form. */
export function parseShowOptions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const sp = line.indexOf(" ");
    if (sp < 0) out.set(line, "");
    else out.set(line.slice(0, sp), unescapeTmuxValue(line.slice(sp + 1)));
  }
  return out;
}

/** Every @nexus-* option, set or default. An empty value means the default: `set -g @nexus-node ''`
 * is how tmux users clear an option, and an empty key or node is never meant. */
export function resolveOptions(set: ReadonlyMap<string, string>): NexusOptions {
  const out = {} as NexusOptions;
  for (const o of OPTIONS) out[o.name] = set.get(o.name) || o.default;
  return out;
}
