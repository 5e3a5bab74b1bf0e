import { describe, expect, it } from "vitest";
import { ALIASES, HIDDEN, VERBS } from "../../src/commands/registry.js";

describe("the verb registry", () => {
  it("maps every alias a verb declares to that verb, and no other", async () => {
    const declared: [string, string][] = [];
    for (const [name, load] of Object.entries(VERBS)) {
      const v = await load();
      expect(v.name).toBe(name);
      for (const a of v.aliases) declared.push([a, name]);
    }
    expect(Object.entries(ALIASES).sort()).toEqual(declared.sort());
  });

  it("hides only verbs that exist", () => {
    for (const h of HIDDEN) expect(Object.keys(VERBS)).toContain(h);
  });
});

describe("plumbing options", () => {
  it("are left out of completion: nx list offers --json, not bin/nx's --fan", async () => {
    const { complete } = await import("../../src/commands/completion.js");
    const none = async () => ({ hosts: [], sessions: [] });
    expect(await complete(["nx", "list", "--"], 2, none)).toEqual(["--json", "--config", "--help"]);
    const list = await VERBS.list?.();
    expect(list?.options.fan?.hidden).toBe(true);
  });
});

describe("completion with --config before the verb (cli.ts moves it after)", () => {
  const fleet = async (config?: string) => ({
    hosts: config === "f.yaml" ? ["gpu"] : ["other"],
    sessions: config === "f.yaml" ? [{ host: "gpu", name: "train" }] : [],
  });
  it.each([
    [["nx", "--config", ""], 2, "its FILE", ["__FILES__"]],
    [["nx", "--config", "f.yaml", "pe"], 3, "the verb", ["peek"]],
    [["nx", "--"], 1, "the first word's options", ["--help", "--version", "--config"]],
    [["nx", "--config", "f.yaml", "peek", "tr"], 4, "the sessions of that fleet", ["train"]],
    [["nx", "--config=f.yaml", "peek", "gpu:"], 3, "host:name", ["gpu:train"]],
  ])("%j (word %i): %s", async (words, cword, _what, want) => {
    const { complete } = await import("../../src/commands/completion.js");
    // "::files": the shell's own file completion (completion.ts FILES).
    expect(await complete(words, cword, fleet)).toEqual(want.map((w) => (w === "__FILES__" ? "::files" : w)));
  });
});
