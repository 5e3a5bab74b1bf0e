// The one shell quoting function. nexus builds shell text only at the ssh boundary (the remote
// login shell may be bash, fish or tcsh, so everything it sees is the constant `sh -s`; the
// script fed to that sh is built here from argv arrays).

/** Quotes one word for POSIX sh: single quotes, with each `'` written as `'\''`. */
export function shq(word: string): string {
  if (word.includes("\0")) throw new Error("a NUL byte cannot be passed to a command");
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/** A word as a person would type it in a hint: bare when sh reads it as it is, else quoted. */
export const shWord = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : shq(word));

/** Quotes argv as one sh command line. */
export const shJoin = (argv: readonly string[]): string => argv.map(shq).join(" ");
