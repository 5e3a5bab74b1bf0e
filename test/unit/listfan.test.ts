// The checks that nx list's script (src/fleet/listfan.ts) makes before it starts any call: this
// machine, the fleet file as node read it, and the runtime dir (its private dir, the ssh masters)
// as node would accept it.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fleetStat, stamp } from "../../src/config/compiled.js";
import { jobsSum } from "../../src/exec/fanout.js";
import { makeCtx } from "../../src/fleet/context.js";
import { listJob } from "../../src/fleet/list.js";
import { adoptFan, listFanDirs, listScript } from "../../src/fleet/listfan.js";
import type { Fleet } from "../../src/model/host.js";

const dir = mkdtempSync(join(tmpdir(), "nx-listfan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const uid = process.getuid?.() ?? 0;

/** A fleet file (or none), a runtime dir, and the script's checks run with sh: their status. */
function world(opts: { file: boolean; ssh: boolean; link?: boolean }) {
  const home = mkdtempSync(join(dir, "home-"));
  const env = { HOME: home, XDG_STATE_HOME: join(home, "state"), XDG_RUNTIME_DIR: join(home, "run") };
  const file = join(home, ".config", "nexus", "fleet.yaml");
  mkdirSync(join(file, ".."), { recursive: true });
  if (opts.file) writeFileSync(opts.link ? `${file}.real` : file, "hosts: []\n");
  if (opts.file && opts.link) symlinkSync(`${file}.real`, file);
  const fleet: Fleet = {
    file: opts.file ? file : "",
    self: "home",
    hosts: [
      { name: "home", enabled: true },
      ...(opts.ssh ? [{ name: "gpu", enabled: true, ssh: "gpu" }] : []),
    ],
    timeouts: { connectMs: 2000, listMs: 1500 },
  };
  const fs = opts.file ? fleetStat({ env, hostname: "h", uid, path: file }) : undefined;
  const ctx = makeCtx(fleet, env, uid, fs && stamp(fs.st));
  mkdirSync(ctx.runtimeDir, { recursive: true, mode: 0o700 });
  const script = listScript(ctx) as string;
  const checks = script.slice(0, script.indexOf("echo 'job 0"));
  const run = () => {
    try {
      execFileSync("sh", ["-c", `${checks}echo ok`, "sh", join(home, "d")], { encoding: "utf8" });
      return 0;
    } catch (e) {
      return (e as { status: number }).status;
    }
  };
  return { file, rdir: ctx.runtimeDir, run, ctx };
}

describe("nx list's script, before any call", () => {
  it("goes on when all is as node saw it", () => {
    for (const file of [true, false])
      for (const ssh of [true, false]) expect(world({ file, ssh }).run()).toBe(0);
  });

  it("is not written for a fleet file whose stat at load is unknown (its stat now vouches for nothing)", () => {
    const home = mkdtempSync(join(dir, "home-"));
    const env = { HOME: home, XDG_RUNTIME_DIR: join(home, "run") };
    const fleet: Fleet = {
      file: join(home, "fleet.yaml"),
      self: "home",
      hosts: [{ name: "home", enabled: true }],
      timeouts: { connectMs: 2000, listMs: 1500 },
    };
    writeFileSync(fleet.file, "hosts: []\n");
    expect(listScript(makeCtx(fleet, env, uid))).toBeUndefined();
    expect(listScript(makeCtx({ ...fleet, file: "" }, env, uid))).toContain("list-sessions");
  });

  it("stops when the fleet file changed, went, or came since", () => {
    const w = world({ file: true, ssh: false });
    utimesSync(w.file, new Date(), new Date(Date.now() + 5000));
    expect(w.run()).toBe(3);
    const gone = world({ file: true, ssh: false });
    rmSync(gone.file);
    expect(gone.run()).toBe(3);
    const came = world({ file: false, ssh: false });
    writeFileSync(came.file, "hosts: []\n");
    expect(came.run()).toBe(3);
  });

  it("follows a symlinked fleet file, as node's stat does", () => {
    const w = world({ file: true, ssh: false, link: true });
    expect(w.run()).toBe(0);
    utimesSync(`${w.file}.real`, new Date(), new Date(Date.now() + 5000));
    expect(w.run()).toBe(3);
  });

  it("stops when the runtime dir is missing, open to others, or a symlink (ensurePrivateDir)", () => {
    // The listing's private dir goes there, ssh host or not; the ssh masters too.
    for (const ssh of [true, false])
      for (const file of [true, false]) {
        const missing = world({ file, ssh });
        rmSync(missing.rdir, { recursive: true });
        expect(missing.run()).toBe(3);
        const open = world({ file, ssh });
        chmodSync(open.rdir, 0o777);
        expect(open.run()).toBe(3);
        const link = world({ file, ssh });
        rmSync(link.rdir, { recursive: true });
        mkdirSync(`${link.rdir}.real`, { mode: 0o700 });
        symlinkSync(`${link.rdir}.real`, link.rdir);
        expect(link.run()).toBe(3);
      }
  });

  it("node takes a finished listing's answers only from a private dir of its own (0700)", () => {
    const { ctx } = world({ file: false, ssh: false });
    const { dir, cache } = listFanDirs(ctx, "4242");
    mkdirSync(dir, { mode: 0o700 });
    mkdirSync(cache, { recursive: true, mode: 0o700 });
    const jobs = ctx.hosts.flatMap((h) => listJob(ctx, h) ?? []);
    writeFileSync(join(dir, "report"), `job 0 home -\nsum ${jobsSum(jobs)}\nready\n`);
    expect(adoptFan(ctx, "4242").fan?.has("home")).toEqual({ i: 0, tag: "-" });
    // Open to others: anyone could have put that report there.
    chmodSync(dir, 0o755);
    const open = adoptFan(ctx, "4242");
    expect(open.fan).toBeUndefined();
    open.done();
    expect([existsSync(dir), existsSync(cache)]).toEqual([false, false]);
  });
});
