// The rig itself: every simulated host answers over a real sshd with its own HOME and tmux server, every
// fault host fails the way it is meant to, and stop() leaves no process and no file behind.
import { existsSync, realpathSync, statfsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Rig, rigProcesses, startRig } from "../rig/index.js";

describe("test rig", () => {
  let rig: Rig;

  beforeAll(async () => {
    rig = await startRig();
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it("gives each normal host its own HOME over ssh sh -s", async () => {
    for (const name of ["alpha", "beta", "gamma"]) {
      const host = rig.hosts[name]!;
      const script = 'printf "%s|%s\\n" "$HOME" "$TMUX_TMPDIR"\n';
      const result = await rig.ssh(host.alias, "sh -s", { input: script });
      expect(result).toMatchObject({ code: 0, stdout: `${host.home}|${host.tmuxTmpdir}` });
    }
  });

  it("gives each host its own tmux default server", async () => {
    await rig.tmux("alpha", ["new-session", "-d", "-s", "x"]);
    const alpha = await rig.ssh("alpha", "tmux ls -F '#{session_name}'");
    expect(alpha).toMatchObject({ code: 0, stdout: "x" });
    const beta = await rig.ssh("beta", "tmux ls");
    // tmux 3.3a: "no server running" only when a stale socket refuses; none at all is ENOENT.
    expect(beta.code).toBe(1);
    expect(beta.stderr).toMatch(/error connecting to .*beta.* \(No such file or directory\)/);
    await expect(rig.localTmux(["ls"])).rejects.toThrow(/error connecting to .*client/);
  });

  it("refuses connections on refused, fast", async () => {
    const started = Date.now();
    const result = await rig.ssh(rig.aliases.refused, "true");
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/Connection refused/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("times out on hung after ConnectTimeout", async () => {
    const result = await rig.ssh(rig.aliases.hung, "true", { extraArgs: ["-o", "ConnectTimeout=1"] });
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/timed out/);
  });

  it("has sh but no tmux on notmux", async () => {
    const result = await rig.ssh(rig.aliases.notmux, "sh -s", { input: "command -v tmux || echo none\n" });
    expect(result).toMatchObject({ code: 0, stdout: "none" });
    const direct = await rig.ssh(rig.aliases.notmux, "tmux ls");
    expect(direct.code).toBe(127);
  });

  it("fails host key verification on badkey", async () => {
    const result = await rig.ssh(rig.aliases.badkey, "true");
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/Host key verification failed/);
  });

  it("hangs new sessions on frozen behind a live master, until thawed", async () => {
    const master = ["-oControlMaster=auto", `-oControlPath=${rig.dir}/cm-f`, "-oControlPersist=60"];
    const alias = rig.aliases.frozen;
    expect((await rig.ssh(alias, "echo up", { extraArgs: master })).stdout).toBe("up");
    rig.freeze(alias);
    try {
      const check = await rig.ssh(alias, "", { extraArgs: [...master, "-O", "check"], timeoutMs: 5000 });
      expect(check.code).toBe(0);
      const hung = await rig.ssh(alias, "echo hi", { extraArgs: master, timeoutMs: 1500 });
      expect(hung.timedOut).toBe(true);
    } finally {
      rig.thaw(alias);
    }
    const again = await rig.ssh(alias, "echo back", { extraArgs: master, timeoutMs: 5000 });
    expect(again).toMatchObject({ code: 0, stdout: "back" });
  });

  it("stops everything and removes its dir", async () => {
    await rig.ssh("alpha", "tmux new-session -d -s over-ssh");
    await rig.localTmux(["new-session", "-d", "-s", "local"]);
    const { dir } = rig;
    // The client's runtime dir is a tmpfs, as a login session's is, where the rig could make one in
    // /dev/shm (else it is dir/run itself).
    const run = realpathSync(`${dir}/run`);
    const TMPFS_MAGIC = 0x01021994;
    if (run !== `${dir}/run`)
      expect([run.startsWith("/dev/shm/nxr-"), statfsSync(run).type]).toEqual([true, TMPFS_MAGIC]);
    // sshd listeners, their per-connection children, tmux servers, the frozen host's ssh master.
    expect(rigProcesses(dir).length).toBeGreaterThan(5);
    await rig.stop();
    await rig.stop(); // idempotent
    expect(rigProcesses(dir)).toEqual([]);
    expect([existsSync(dir), existsSync(run)]).toEqual([false, false]);
  });
});
