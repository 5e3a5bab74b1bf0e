// Shell completion: `nx completion bash|zsh|fish` prints a script, and the script asks
// `nx __complete` for candidates, which come from the verb table, the fleet file and the peer cache
// only: a tab never waits on the network, and never runs tmux.
import { leadingConfig, type OptSpec } from "../args.js";
import { Exit, usageError } from "../report.js";
import { ALIASES, GLOBAL, HIDDEN, VERBS } from "./registry.js";
import type { Verb } from "./types.js";

/** Answered instead of candidates where a local path goes (--config FILE): the shell completes files. */
const FILES = "::files";

type Kind = "host" | "session" | "none" | string[];
interface Fleetish {
  hosts: string[];
  sessions: { host: string; name: string }[];
}

/**
 * What each positional is, read from the usage line, so a new verb completes without a table to
 * update: <host> and [host…] are hosts, <selector> and <filter> sessions, a|b a choice, `…` repeats.
 */
export function argKinds(usage: string): { kinds: Kind[]; repeat: boolean } {
  const kinds: Kind[] = [];
  let repeat = false;
  for (const t of usage.match(/\[[^\]]*\]|<[^>]*>|\S+/g)?.slice(2) ?? []) {
    const w = t.replace(/^[[<]|[\]>]$/g, "");
    if (w.startsWith("-") || /^[A-Z][A-Z0-9_]*$/.test(w)) continue; // options and their VALUEs
    repeat = w.endsWith("…");
    const word = w.replace(/…$/, "");
    if (word === "host") kinds.push("host");
    else if (/^(selector|sel|filter)$/.test(word)) kinds.push("session");
    else kinds.push(word.includes("|") ? word.split("|") : "none");
  }
  return { kinds, repeat };
}

type Want = { option: OptSpec } | "options" | { arg: number } | "nothing";

/** Walks the words before the current one the way parseArgv reads them. */
function want(
  before: readonly string[],
  cur: string,
  spec: Record<string, OptSpec>,
  positionals: number,
): Want {
  const short = new Map(Object.entries(spec).flatMap(([k, o]) => (o.short ? [[`-${o.short}`, k]] : [])));
  const optionOf = (w: string) => spec[w.startsWith("--") ? w.slice(2).split("=")[0]! : (short.get(w) ?? "")];
  let args = 0;
  for (let i = 0; i < before.length; i++) {
    const w = before[i] as string;
    if (w === "--") return "nothing";
    const o = optionOf(w);
    if (o?.type === "string" && !w.includes("=")) {
      if (++i === before.length) return { option: o };
    } else if (!o && !(w.startsWith("-") && w !== "-")) {
      if (args >= positionals) return "nothing"; // the free-form tail has begun
      args++;
    }
  }
  if (cur.startsWith("-")) return cur.includes("=") ? "nothing" : "options";
  return args >= positionals && positionals !== Number.POSITIVE_INFINITY ? "nothing" : { arg: args };
}

const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const starting = (words: Iterable<string>, cur: string) =>
  [...new Set(words)].filter((w) => w.startsWith(cur) && !CONTROL.test(w));

/** Candidates for words[cword], unquoted; loads a verb, the fleet file and the cache only as needed. */
export async function complete(
  given: readonly string[],
  cword: number,
  fleet: (config?: string) => Promise<Fleetish>,
): Promise<string[]> {
  // `--config FILE` before the verb (cli.ts moves it after): its FILE, or the words as if after.
  const verbAt = 1 + leadingConfig(given.slice(1, cword));
  if (verbAt > cword) return [FILES];
  const cur = given[cword] ?? "";
  if (cword <= verbAt) {
    if (cur.startsWith("-")) return starting(["--help", "--version", "--config"], cur);
    const names = Object.keys(VERBS).filter((v) => !HIDDEN.has(v));
    return starting(
      [...names, ...Object.keys(ALIASES).filter((a) => names.includes(ALIASES[a]!)), "help"],
      cur,
    );
  }
  // The verb first, then the --config words: every later word keeps its index.
  const words = [given[0] ?? "", given[verbAt] ?? "", ...given.slice(1, verbAt), ...given.slice(verbAt + 1)];
  const typed = words[1] as string;
  const name = Object.hasOwn(ALIASES, typed) ? (ALIASES[typed] as string) : typed;
  if (!Object.hasOwn(VERBS, name)) return [];
  const verb: Verb = await (VERBS[name] as () => Promise<Verb>)();
  const spec = { ...verb.options, ...GLOBAL };
  const w = want(words.slice(2, cword), cur, spec, verb.positionals);
  if (w === "nothing") return [];
  if (w === "options") {
    const flags = Object.entries(spec).flatMap(([k, o]) =>
      o.hidden ? [] : [`--${k}`, ...(o.short ? [`-${o.short}`] : [])],
    );
    return starting(cur.startsWith("--") ? flags.filter((f) => f.startsWith("--")) : flags, cur);
  }
  if ("option" in w) return w.option.value === "FILE" ? [FILES] : [];
  const { kinds, repeat } = argKinds(verb.usage);
  const kind = kinds[w.arg] ?? (repeat ? kinds[kinds.length - 1] : undefined) ?? "none";
  if (Array.isArray(kind)) return starting(kind, cur);
  if (kind === "none") return [];
  const f = await fleet(configIn(words.slice(2, cword)));
  if (kind === "host") return starting(f.hosts, cur);
  // tmux turns `:` in a session name into `_`, so a name with one can only come from a forged cache.
  const rows = f.sessions.filter((s) => s.name !== "" && !s.name.includes(":"));
  return starting([...rows.map((s) => s.name), ...rows.map((s) => `${s.host}:${s.name}`)], cur);
}

/** The --config given so far (the last one wins, as in parseArgv). */
function configIn(words: readonly string[]): string | undefined {
  let file: string | undefined;
  words.forEach((w, i) => {
    if (w === "--config") file = words[i + 1] ?? file;
    else if (w.startsWith("--config=")) file = w.slice("--config=".length);
  });
  return file;
}

/** Enabled hosts of the fleet file and their cached rows; a broken fleet file just completes nothing. */
async function fleetFromDisk(config?: string): Promise<Fleetish> {
  try {
    const { loadCtx } = await import("../fleet/context.js");
    const ctx = await loadCtx(config === undefined ? {} : { config });
    const hosts = ctx.hosts.map((h) => h.spec.name);
    const sessions = hosts.flatMap((host) =>
      (ctx.cache.read(host)?.sessions ?? []).flatMap((s) =>
        typeof s?.name === "string" ? [{ host, name: s.name }] : [],
      ),
    );
    return { hosts, sessions };
  } catch {
    return { hosts: [], sessions: [] };
  }
}

interface BashWord {
  /** The word with bash's quoting removed (no expansion: `$(…)` stays text). */
  value: string;
  /** The quote still open at the cursor, if any. */
  quote: "" | "'" | '"';
  /** How much of value lies before readline's word start (after a COMP_WORDBREAKS char or open quote). */
  head: number;
}

/** Splits the line before the cursor into words as bash does for completion; the last one is the current. */
export function lexBash(line: string, breaks: string): BashWord[] {
  const words: BashWord[] = [];
  let w: BashWord = { value: "", quote: "", head: 0 };
  let started = false;
  let quoteAt = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (w.quote === "'" || (w.quote === '"' && c !== "\\")) {
      if (c === w.quote) {
        w.quote = "";
        if (breaks.includes(c)) w.head = w.value.length;
      } else w.value += c;
    } else if (c === "\\") {
      const n = line[++i];
      if (n !== undefined && n !== "\n") w.value += w.quote === '"' && !'$`"\\'.includes(n) ? `\\${n}` : n;
      started = true;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (started) words.push(w);
      w = { value: "", quote: "", head: 0 };
      started = false;
    } else if (c === "'" || c === '"') {
      w.quote = c;
      quoteAt = w.value.length;
      started = true;
    } else {
      w.value += c;
      started = true;
      if (breaks.includes(c)) w.head = w.value.length;
    }
  }
  if (w.quote) w.head = quoteAt;
  words.push(w);
  return words;
}

/**
 * Candidates as readline must insert them: only the part after the word start, quoted for the
 * context. Readline inserts COMPREPLY verbatim and closes an open quote itself; with bash's
 * `compgen -W` the names would be expanded (and `$(…)` in a session name run), so nothing here
 * goes through compgen.
 */
export function forReadline(cands: readonly string[], w: BashWord): string[] {
  const quote = (s: string) =>
    w.quote === "'"
      ? s.replaceAll("'", "'\\''")
      : w.quote === '"'
        ? s.replace(/[\\"$`]/g, "\\$&")
        : s.replace(/[^\w@%+,./:=\u00a0-\u{10ffff}-]/gu, "\\$&");
  const head = w.value.slice(0, w.head);
  return cands.filter((c) => c.startsWith(head)).map((c) => quote(c.slice(head.length)));
}

// Each script only moves words between the shell and `nx __complete`; the shell quotes what it
// inserts (zsh's compadd, fish's complete), and for bash nx quotes it (forReadline).
const BASH = `# bash completion for nx (nexus). In ~/.bashrc:  source <(nx completion bash)
# (bash 3.2, as on macOS, cannot source a pipe: eval "$(nx completion bash)")
_nx() {
  local reply line
  COMPREPLY=()
  reply=$(nx __complete --breaks "$COMP_WORDBREAKS" --bash "\${COMP_LINE:0:COMP_POINT}" 2>/dev/null) || return 0
  if [[ $reply == ${FILES} ]]; then
    compopt -o default 2>/dev/null # bash 4+: readline's own file name completion
    return 0
  fi
  while IFS= read -r line; do
    [[ -n $line ]] && COMPREPLY+=("$line")
  done <<<"$reply"
}
complete -F _nx nx
`;

const ZSH = `#compdef nx
# zsh completion for nx (nexus). In ~/.zshrc:  source <(nx completion zsh)
# (it runs compinit if ~/.zshrc has not), or save it as _nx in a directory of $fpath.
_nx() {
  local reply
  local -a cands
  reply=$(nx __complete $((CURRENT - 1)) "\${(@Q)words[1,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null) || return 1
  if [[ $reply == ${FILES} ]]; then
    _files
    return
  fi
  [[ -n $reply ]] || return 1
  cands=("\${(@f)reply}")
  compadd -- "\${cands[@]}"
}
if [[ \${funcstack[1]-} == _nx ]]; then
  _nx "$@"
else
  (( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit -i; }
  compdef _nx nx
fi
`;

const FISH = `# fish completion for nx (nexus):  nx completion fish | source
# or save it as ~/.config/fish/completions/nx.fish
function __nx_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct | string unescape 2>/dev/null)
    set -l reply (nx __complete (count $words) $words "$cur" 2>/dev/null)
    if test "$reply" = ${FILES}
        __fish_complete_path "$cur"
    else
        string join \\n -- $reply
    end
end
complete -c nx -f -a '(__nx_complete)'
`;

const SCRIPTS = new Map([
  ["bash", BASH],
  ["zsh", ZSH],
  ["fish", FISH],
]);

export const completionVerb: Verb = {
  name: "completion",
  aliases: [],
  usage: "nx completion <bash|zsh|fish>",
  summary: "print the shell completion script for bash, zsh or fish",
  details: `Verbs, options, hosts, and sessions as of the last list (the peer cache): a tab never waits on a host.
  bash  source <(nx completion bash)            in ~/.bashrc
  zsh   source <(nx completion zsh)             in ~/.zshrc (runs compinit if it has not run)
  fish  nx completion fish | source             in ~/.config/fish/config.fish`,
  options: {},
  positionals: 1,
  needsFleet: false,
  async run(p, _ctx, io) {
    const script = SCRIPTS.get(p.args[0] ?? "");
    if (!script) throw usageError("which shell?", `usage: ${this.usage}`);
    io.out(script);
    return Exit.ok;
  },
};

export const completeVerb: Verb = {
  name: "__complete",
  aliases: [],
  usage: "nx __complete <cword> <words…> | --bash LINE [--breaks CHARS]",
  summary: "candidates for words[cword] (unquoted), one a line; --bash: for readline, from the line",
  options: {
    bash: { type: "string", value: "LINE", desc: "the bash command line up to the cursor" },
    breaks: { type: "string", value: "CHARS", desc: "bash's COMP_WORDBREAKS" },
  },
  positionals: 1,
  tail: true,
  needsFleet: false,
  async run(p, _ctx, io) {
    const line = p.opts.bash;
    const bw = typeof line === "string" ? lexBash(line, String(p.opts.breaks ?? "")) : undefined;
    const words = bw ? bw.map((w) => w.value) : p.args.slice(1);
    const cword = bw ? bw.length - 1 : Number(p.args[0]);
    if (!Number.isInteger(cword) || cword < 0 || cword >= words.length)
      throw usageError("nx __complete wants the index of the current word, then the words");
    const cands = await complete(words, cword, fleetFromDisk);
    const out = bw && cands[0] !== FILES ? forReadline(cands, bw[cword] as BashWord) : cands;
    if (out.length) io.out(`${out.join("\n")}\n`);
    return Exit.ok;
  },
};
