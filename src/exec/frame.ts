// Wraps a remote command in sentinel lines so that whatever a login shell prints (a chatty .bashrc,
// a MOTD) cannot be mistaken for the command's output, and so the remote command's own exit status
// is told apart from ssh's 255.
import { randomBytes } from "node:crypto";
import { shJoin } from "./quote.js";

export interface Framed {
  script: string;
  tag: string;
  parse(stdout: string): { code: number; stdout: string; stderr: string } | undefined;
}

/**
 * The script runs argv under `sh -s` with stdin from a quoted here-document (so the command cannot
 * read the rest of the script), stdout framed, and stderr captured and framed after it.
 */
export function frame(argv: readonly string[], stdin?: string, n = newTag()): Framed {
  const tag = `@@NX:${n}`;
  const input =
    stdin === undefined
      ? "</dev/null"
      : `<<'NX_EOF_${n}'\n${stdin.endsWith("\n") ? stdin : `${stdin}\n`}NX_EOF_${n}\n`;
  const script = [
    `printf '%s\\n' '${tag}:OUT'`,
    "exec 3>&1",
    // stderr goes to the command substitution, stdout straight to fd 3 (the real stdout).
    `nx_err=$( { ${shJoin(argv)} ; } 2>&1 1>&3 3>&- ${input})`,
    "nx_rc=$?",
    `printf '\\n%s %s\\n' '${tag}:ERR' "$nx_rc"`,
    `printf '%s' "$nx_err"`,
    `printf '\\n%s\\n' '${tag}:END'`,
    "",
  ].join("\n");
  return { script, tag: n, parse: (stdout) => unframe(stdout, tag) };
}

/** A frame's random part: a frame written ahead of time (the picker's fan-out script) keeps it. */
export const newTag = () => randomBytes(6).toString("hex");

function unframe(text: string, tag: string) {
  const open = `${tag}:OUT\n`;
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  const body = start + open.length;
  const errAt = text.indexOf(`\n${tag}:ERR `, body);
  if (errAt < 0) return undefined;
  const errLineEnd = text.indexOf("\n", errAt + 1 + tag.length + 5);
  const endAt = text.indexOf(`\n${tag}:END`, errLineEnd);
  if (errLineEnd < 0 || endAt < 0) return undefined;
  const code = Number(text.slice(errAt + 1 + tag.length + 5, errLineEnd));
  if (!Number.isInteger(code)) return undefined;
  return { code, stdout: text.slice(body, errAt), stderr: text.slice(errLineEnd + 1, endAt) };
}
