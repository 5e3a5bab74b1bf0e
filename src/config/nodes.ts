// Reads a yaml Document node by node, keeping positions, so every error can say file:line: key.
// In dist/ the yaml import is compiled on first use, not at every start: see lazyYaml in build.mjs.

import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, parseDocument } from "yaml";
import { usageError } from "../report.js";

/** A parsed fleet file: the source of every line number. */
export interface Src {
  file: string;
  doc: Document;
  lc: LineCounter;
}

/** A value found under a key, with the dotted path and the line of its key. */
export interface Field {
  key: string;
  line: number;
  node: unknown;
}

export function fail(src: Src, line: number, key: string, message: string, hint: string): never {
  throw usageError(`${src.file}:${line}: ${key}: ${message}`, hint);
}

/** 1-based line where a node starts; 1 for a node with no position (an empty document). */
export function lineOf(src: Src, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? src.lc.linePos(range[0]).line : 1;
}

/** Follows `*alias` to its `&anchor` node, so anchors work as YAML users expect. */
function deref(src: Src, f: Field): unknown {
  if (!isAlias(f.node)) return f.node;
  const target = f.node.resolve(src.doc);
  if (target === undefined) {
    fail(src, f.line, f.key, `unknown alias *${f.node.source}`, "define the &anchor first");
  }
  return target;
}

export function parseSrc(text: string, file: string, lc: LineCounter): Src {
  // uniqueKeys: false because `fields` reports duplicates itself, with the key's full path.
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    throw usageError(
      `${file}:${lc.linePos(err.pos[0]).line}: yaml: ${err.message}`,
      "fix the YAML syntax there",
    );
  }
  return { file, doc, lc };
}

/**
 * The fields of a map, checking that keys are known and unique. `where` is the map's own field
 * (key "" for the top level).
 */
export function fields(src: Src, where: Field, allowed: readonly string[]): Map<string, Field> {
  const node = deref(src, where);
  const name = where.key || "(top level)";
  if (!isMap(node)) fail(src, where.line, name, "expected a map", `write it as key: value lines`);
  const out = new Map<string, Field>();
  for (const pair of node.items) {
    const line = lineOf(src, pair.key);
    const k = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof k !== "string") {
      fail(src, line, name, "keys must be plain words", `expected one of ${allowed.join(", ")}`);
    }
    const key = where.key ? `${where.key}.${k}` : k;
    const expected = `expected one of ${allowed.join(", ")}`;
    if (!allowed.includes(k)) {
      fail(src, line, key, `unknown key (${expected})`, "fix the spelling or remove it");
    }
    const first = out.get(k);
    if (first) fail(src, line, key, `duplicate key (first at line ${first.line})`, "keep only one of them");
    out.set(k, { key, line, node: pair.value });
  }
  return out;
}

/** The items of a list, each as a field `key[i]` at its own line. */
export function items(src: Src, f: Field, hint: string): Field[] {
  const node = deref(src, f);
  if (!isSeq(node) || node.items.length === 0) fail(src, f.line, f.key, "expected a non-empty list", hint);
  return node.items.map((n, i) => ({ key: `${f.key}[${i}]`, line: n ? lineOf(src, n) : f.line, node: n }));
}

function scalar(src: Src, f: Field): unknown {
  const node = deref(src, f);
  return isScalar(node) ? node.value : node === null ? null : node;
}

const describe = (v: unknown): string =>
  v === null ? "nothing" : typeof v === "object" ? "a list or map" : `${typeof v} ${JSON.stringify(v)}`;

export function str(src: Src, f: Field, hint: string): string {
  const v = scalar(src, f);
  if (typeof v === "string") return v;
  return fail(src, f.line, f.key, `expected a string, got ${describe(v)}`, hint);
}

/** Only YAML's true and false: `"yes"`, `1` or `on` are errors, not guesses. */
export function bool(src: Src, f: Field): boolean {
  const v = scalar(src, f);
  if (typeof v === "boolean") return v;
  return fail(src, f.line, f.key, `expected true or false, got ${describe(v)}`, "write true or false");
}

/** A scalar as its raw value, for fields that accept a string or a number (durations). */
export function stringOrNumber(src: Src, f: Field): string | number | undefined {
  const v = scalar(src, f);
  return typeof v === "string" || typeof v === "number" ? v : undefined;
}
