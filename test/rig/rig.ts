// startRig: a fleet of simulated hosts on this machine, each behind its own sshd on 127.0.0.1, plus the
// fault hosts, all under one short temp dir that stop() removes. See index.ts for the API.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { execa } from "execa";
import { knownHostsLine, makeClientEnv, type SshEntry, sshConfigText } from "./client.js";
import { checkHostNames, FAULTS, type HostLayout, hostEnv, hostLayout } from "./hosts.js";
import { freePorts, startHungListener } from "./ports.js";
import { signal, treeOf } from "./procs.js";
import { startReaper } from "./reaper.js";
import { run } from "./run.js";
import { ensurePrivsepDir, keygen, type Sshd, startSshd } from "./sshd.js";
import { type Owned, teardown, teardownSync } from "./teardown.js";
import type { Rig, RigHost, SshOptions } from "./types.js";

const DEFAULT_HOSTS = ["alpha", "beta", "gamma"];
const SSH_TIMEOUT_MS = 15_000;

export async function startRig(opts: { hosts?: string[] } = {}): Promise<Rig> {
  const names = opts.hosts ?? DEFAULT_HOSTS;
  checkHostNames(names);
  ensurePrivsepDir();
  // Short on purpose: tmux and ControlPath sockets under it must stay below ~90 bytes (sun_path).
  const dir = mkdtempSync("/tmp/nxr-");
  const owned: Owned = { dir, sshds: [], tmuxEnvs: [] };
  const onExit = () => teardownSync(owned);
  process.on("exit", onExit);
  owned.tmpfs = tmpfsDir();
  owned.reaper = startReaper(dir, owned.tmpfs);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= keepingAlive(teardown(owned)).finally(() => process.off("exit", onExit));
    return stopping;
  };
  try {
    return await keepingAlive(build(owned, names, stop));
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A dir on tmpfs for the client's XDG_RUNTIME_DIR, as a login session's /run/user/UID is (the
 * calls of a listing leave their dozens of small files there): /dev/shm where it is one, else none.
 */
function tmpfsDir(): string | undefined {
  try {
    return mkdtempSync("/dev/shm/nxr-");
  } catch {
    return undefined;
  }
}

/**
 * sshd, the reaper and the hung listener are unref'd so that a forgotten stop() cannot keep the test
 * process alive; while the rig waits on them, a ref'd timer keeps node from exiting under a plain
 * script (vitest's own IPC channel hides this).
 */
async function keepingAlive<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => {}, 60_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

async function build(owned: Owned, names: string[], stop: () => Promise<void>): Promise<Rig> {
  const { dir } = owned;
  const layouts = [...names, "frozen", "notmux", "badkey"].map((name) => hostLayout(dir, name));
  const identity = `${dir}/id`;
  const started = await Promise.allSettled([
    keygen(identity, "nxr-client"),
    freePorts(1),
    startHungListener().then((hung) => (owned.hung = hung)),
    ...layouts.map((layout) =>
      startSshd({ ...layout, authorizedKeys: `${identity}.pub` }).then((sshd) => {
        owned.sshds.push(sshd);
        return sshd;
      }),
    ),
  ]);
  const failed = started.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  const refusedPort = (started[1] as PromiseFulfilledResult<number[]>).value[0]!;

  const sshConfig = `${dir}/ssh_config`;
  const knownHosts = `${dir}/known_hosts`;
  const sshds = started.slice(3) as PromiseFulfilledResult<Sshd>[];
  const sshdOf = new Map(layouts.map((layout, i) => [layout.name, sshds[i]!.value]));
  const entries: SshEntry[] = [
    ...layouts.map((layout) => ({ alias: layout.name, port: sshdOf.get(layout.name)!.port })),
    { alias: "refused", port: refusedPort },
    { alias: "hung", port: owned.hung!.port },
  ];
  writeFileSync(sshConfig, sshConfigText(entries, identity, knownHosts, userInfo().username));
  const known = [...sshdOf].filter(([name]) => name !== "badkey");
  writeFileSync(knownHosts, known.map(([, sshd]) => `${knownHostsLine(sshd.port, sshd.hostKey)}\n`).join(""));

  const clientEnv = makeClientEnv(dir, sshConfig, owned.tmpfs);
  const hosts = Object.fromEntries(layouts.map((layout) => [layout.name, rigHost(layout, sshdOf)]));
  owned.tmuxEnvs = [...layouts.map((layout) => hostEnv(layout)), clientEnv].map((env) => ({
    ...env,
    PATH: process.env.PATH, // notmux's PATH has no tmux, but a test may have started one there anyway
  }));
  const rig = makeRig({ dir, sshConfig, knownHosts, hosts, clientEnv, sshdOf, stop });
  await checkLogins(rig, layouts, sshdOf);
  return rig;
}

function rigHost(layout: HostLayout, sshdOf: Map<string, Sshd>): RigHost {
  const { name, dir, home, tmuxTmpdir } = layout;
  return { name, alias: name, port: sshdOf.get(name)!.port, dir, home, tmuxTmpdir, env: hostEnv(layout) };
}

interface RigParts {
  dir: string;
  sshConfig: string;
  knownHosts: string;
  hosts: Record<string, RigHost>;
  clientEnv: NodeJS.ProcessEnv;
  sshdOf: Map<string, Sshd>;
  stop: () => Promise<void>;
}

function makeRig({ dir, sshConfig, knownHosts, hosts, clientEnv, sshdOf, stop }: RigParts): Rig {
  const sshdFor = (host: string) => {
    const sshd = sshdOf.get(host);
    if (!sshd || sshd.exited) throw new Error(`rig: no running sshd for ${host}`);
    return sshd;
  };
  const host = (name: string) => {
    const found = hosts[name];
    if (!found) throw new Error(`rig: no host ${name}`);
    return found;
  };
  return {
    dir,
    sshConfig,
    knownHosts,
    hosts,
    aliases: Object.fromEntries(FAULTS.map((alias) => [alias, alias])) as Rig["aliases"],
    clientEnv,
    tmux: async (name, args) => (await execa("tmux", args, { env: host(name).env, extendEnv: false })).stdout,
    localTmux: async (args) => (await execa("tmux", args, { env: clientEnv, extendEnv: false })).stdout,
    ssh: (alias, command, opts) => ssh(sshConfig, clientEnv, alias, command, opts),
    freeze: (name) => freeze(sshdFor(name).pid),
    thaw: (name) => signal(treeOf([sshdFor(name).pid]), "SIGCONT"),
    stop, // it continues frozen processes itself
  };
}

/**
 * SIGSTOP an sshd and its whole tree: the listener first, so that it accepts no one, then its
 * per-connection children and their sessions, again until the tree stops growing (a child may fork a
 * session while we walk).
 */
function freeze(listener: number): void {
  const stopped = new Set<number>();
  for (let fresh = [listener]; fresh.length > 0; ) {
    signal(fresh, "SIGSTOP");
    for (const pid of fresh) stopped.add(pid);
    fresh = treeOf([listener]).filter((pid) => !stopped.has(pid));
  }
}

function ssh(
  sshConfig: string,
  env: NodeJS.ProcessEnv,
  alias: string,
  command: string,
  opts: SshOptions = {},
) {
  // extraArgs before our BatchMode: for ssh the first value given wins, so a test can override it.
  const args = ["-F", sshConfig, ...(opts.extraArgs ?? []), "-o", "BatchMode=yes", alias];
  if (command !== "") args.push(command);
  return run("ssh", args, { env, input: opts.input ?? "", timeoutMs: opts.timeoutMs ?? SSH_TIMEOUT_MS });
}

/** A plain `ssh alias true` on every sshd host, so the rig is known to work before any test runs. */
async function checkLogins(rig: Rig, layouts: HostLayout[], sshdOf: Map<string, Sshd>): Promise<void> {
  await Promise.all(
    layouts.map(async ({ name, dir }) => {
      // Only this check: sntrup761 key exchange (OpenSSH 9 default) costs ~70 ms of CPU a side, and six
      // of them at once on two cores made up most of startup time.
      const extraArgs = ["-o", "KexAlgorithms=curve25519-sha256"];
      if (name === "badkey") {
        // badkey's key is deliberately missing from known_hosts; check it against its own key alone.
        const sshd = sshdOf.get(name)!;
        writeFileSync(`${dir}/known_hosts`, `${knownHostsLine(sshd.port, sshd.hostKey)}\n`);
        extraArgs.push("-o", `UserKnownHostsFile=${dir}/known_hosts`);
      }
      const result = await rig.ssh(name, "true", { extraArgs, timeoutMs: 5000 });
      if (result.code !== 0) {
        const log = readFileSync(sshdOf.get(name)!.log, "utf8");
        throw new Error(`rig: ssh ${name} true exited ${result.code}: ${result.stderr}\nsshd log:\n${log}`);
      }
    }),
  );
}
