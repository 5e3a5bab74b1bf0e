// A small argv parser: flags and values, `--opt=value`, short aliases, and a free-form tail.
// Options are read until `--`, or until the verb has its positionals and the next word is not one
// of its options: `nx new gpu train python t.py --lr 3` passes `--lr 3` to python, and
// `nx send agent -- --help` sends the text `--help`. A tail's first word that looks like an option
// is a mistyped one (`nx send agent --no-entr hi` must not type `--no-entr hi`): an error, unless
// it comes after `--`. A verb without a tail takes no more words than its positionals.
import { usageError } from "./report.js";

export interface OptSpec {
  type: "boolean" | "string";
  short?: string;
  /** Placeholder for the value in help: FILE, N… */
  value?: string;
  desc: string;
  /** Plumbing (bin/nx's): neither help nor completion shows it. */
  hidden?: boolean;
}

export interface Parsed {
  opts: Record<string, string | boolean | undefined>;
  /** Positionals, then the tail verbatim. */
  args: string[];
}

export function parseArgv(
  argv: readonly string[],
  spec: Record<string, OptSpec>,
  positionals: number,
  /** tail: free-form words after the positionals (text to send, a command); usage: for errors. */
  { tail = false, usage }: { tail?: boolean | undefined; usage?: string } = {},
): Parsed {
  const unexpected = (word: string) =>
    usageError(`unexpected argument: ${word}`, usage ? `usage: ${usage}` : "see --help");
  const opts: Parsed["opts"] = {};
  const args: string[] = [];
  const byShort = new Map(Object.entries(spec).flatMap(([k, o]) => (o.short ? [[o.short, k] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      if (!tail && args.length > positionals) throw unexpected(args[positionals] as string);
      break;
    }
    const eq = a.indexOf("=");
    const key = a.startsWith("--")
      ? a.slice(2, eq > 0 ? eq : undefined)
      : /^-[A-Za-z]$/.test(a)
        ? byShort.get(a.slice(1))
        : undefined;
    const o = key === undefined ? undefined : spec[key];
    const isOpt = a.startsWith("-") && a !== "-";
    if (!o || key === undefined) {
      if (isOpt)
        throw usageError(
          `unknown option ${a}`,
          "see --help; to pass text that starts with -, put -- before it",
        );
      if (args.length >= positionals) {
        if (!tail) throw unexpected(a);
        args.push(...argv.slice(i));
        break;
      }
      args.push(a);
      continue;
    }
    if (o.type === "boolean") {
      if (eq > 0) throw usageError(`option --${key} takes no value`);
      opts[key] = true;
    } else if (eq > 0 && a.startsWith("--")) {
      opts[key] = a.slice(eq + 1);
    } else {
      const v = argv[++i];
      if (v === undefined) throw usageError(`option ${a} needs a value (${o.value ?? "VALUE"})`);
      opts[key] = v;
    }
  }
  return { opts, args };
}

/**
 * How many leading words of argv are the global `--config FILE` or `--config=FILE`, as given before
 * the verb (cli.ts moves them after it; completion reads past them). Past argv's end: a FILE is missing.
 */
export function leadingConfig(argv: readonly string[]): number {
  let i = 0;
  while (argv[i] === "--config" || argv[i]?.startsWith("--config=")) i += argv[i] === "--config" ? 2 : 1;
  return i;
}

export function intOpt(v: string | boolean | undefined, name: string, dflt: number, max = 1_000_000): number {
  if (v === undefined) return dflt;
  if (typeof v !== "string" || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max)
    throw usageError(`--${name} takes a whole number from 1 to ${max}, not ${JSON.stringify(v)}`);
  return Number(v);
}
