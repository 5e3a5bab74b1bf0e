// NexusError and the exit codes of DESIGN §6; the one place that turns an error into output.

export const Exit = {
  ok: 0,
  failure: 1,
  usage: 2,
  noSession: 3,
  ambiguous: 4,
  unreachable: 5,
  partial: 6,
  cancelled: 130,
} as const;
export type ExitCode = (typeof Exit)[keyof typeof Exit];

export class NexusError extends Error {
  readonly code: ExitCode;
  readonly hint: string | undefined;

  constructor(code: ExitCode, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "NexusError";
    this.code = code;
    this.hint = opts.hint;
  }
}

export const usageError = (message: string, hint?: string) =>
  new NexusError(Exit.usage, message, hint === undefined ? {} : { hint });

/** Prints an error as `nx: message` plus an indented hint; returns the exit code to use. */
export function report(err: unknown, write: (s: string) => void = (s) => process.stderr.write(s)): ExitCode {
  if (err instanceof NexusError) {
    write(`nx: ${err.message}\n`);
    if (err.hint) write(`  ${err.hint.replaceAll("\n", "\n  ")}\n`);
    return err.code;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  write(`nx: internal error: ${e.stack ?? e.message}\n`);
  return Exit.failure;
}
