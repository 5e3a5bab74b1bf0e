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
