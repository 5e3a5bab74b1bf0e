// run(): a process's output, its exit status, its deadline; and output that says it is whole
// (an ssh frame's end line) ends the wait before the process does.
import { describe, expect, it } from "vitest";
import { run } from "../../src/exec/spawn.js";

describe("run", () => {
  it("returns the output and exit status once the process has ended", async () => {
    const r = await run(["sh", "-c", "printf out; printf err >&2; exit 3"]);
    expect(r).toEqual({ code: 3, stdout: "out", stderr: "err", timedOut: false });
  });

  it("kills a process at its deadline", async () => {
    const r = await run(["sleep", "5"], { deadlineMs: 100 });
    expect(r.timedOut).toBe(true);
  });

  it("returns as soon as the output is complete, without waiting for the process", async () => {
    const t0 = Date.now();
    const r = await run(["sh", "-c", "printf 'rows\\nEND\\n'; exec sleep 2"], {
      complete: (out) => out.endsWith("END\n"),
      deadlineMs: 5000,
    });
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(r).toEqual({ code: 0, stdout: "rows\nEND\n", stderr: "", timedOut: false });
  });
});
