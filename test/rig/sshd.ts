// One throwaway sshd per simulated host: its key, its sshd_config, starting it on a free port and
// waiting until it speaks. The way OpenSSH's own regress suite runs sshd, on 127.0.0.1 only.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { execa } from "execa";
import { freePorts, waitForSshBanner } from "./ports.js";

// Run by absolute path: OpenSSH 9.2 re-execs itself per connection and otherwise refuses to start
// ("sshd re-exec requires execution with an absolute path").
const SSHD = "/usr/sbin/sshd";
const START_DEADLINE_MS = 5000;
const PORT_ATTEMPTS = 5;

export interface SshdSpec {
  name: string;
  /** Directory holding this host's key, config, pid file and log. */
  dir: string;
  /** The client public key that may log in. */
  authorizedKeys: string;
  /** Session environment, set with SetEnv (OpenSSH 9.2 applies it after HOME and PATH, so it wins). */
  setEnv: Record<string, string>;
}

export interface Sshd {
  port: number;
  pid: number;
  child: ChildProcess;
  /** "ssh-ed25519 AAAA…", for known_hosts. */
  hostKey: string;
  log: string;
  exited: boolean;
}

/** An ed25519 key pair without passphrase at path and path.pub; returns the public key line. */
export async function keygen(path: string, comment: string): Promise<string> {
  await execa("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path]);
  return readFileSync(`${path}.pub`, "utf8").trim();
}

/** sshd's privilege separation directory; Debian creates it at boot only when sshd runs as a service. */
export function ensurePrivsepDir(): void {
  if (process.getuid?.() === 0) mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });
}

function sshdConfig(spec: SshdSpec, port: number): string {
  const env = Object.entries(spec.setEnv).map(([key, value]) => `${key}=${value}`);
  return [
    `# nexus test rig: simulated host ${spec.name}`,
    "ListenAddress 127.0.0.1",
    `Port ${port}`,
    `HostKey ${spec.dir}/host_key`,
    `PidFile ${spec.dir}/sshd.pid`,
    `AuthorizedKeysFile ${spec.authorizedKeys}`,
    // The rig dir is under /tmp; sshd's ownership checks on the path would reject it.
    "StrictModes no",
    "UsePAM no",
    "PermitRootLogin prohibit-password",
    "PasswordAuthentication no",
    "KbdInteractiveAuthentication no",
    // Keep interactive (-t) logins quiet so end-to-end screens only show what tests put there.
    "PrintMotd no",
    "PrintLastLog no",
    "LogLevel ERROR",
    `SetEnv ${env.join(" ")}`,
    "",
  ].join("\n");
}

/** Generates the host key, then starts sshd on a free port, retrying when another process takes it. */
export async function startSshd(spec: SshdSpec): Promise<Sshd> {
  mkdirSync(spec.dir, { recursive: true });
  const hostKey = await keygen(`${spec.dir}/host_key`, `nxr-${spec.name}`);
  for (let attempt = 1; ; attempt++) {
    const [port] = await freePorts(1);
    const sshd = await trySshd(spec, port!, hostKey);
    if (sshd) return sshd;
    if (attempt === PORT_ATTEMPTS)
      throw new Error(`sshd for ${spec.name}: no free port after ${attempt} tries`);
  }
}

/** The running sshd, or undefined when the port was taken; throws on any other failure. */
async function trySshd(spec: SshdSpec, port: number, hostKey: string): Promise<Sshd | undefined> {
  const config = `${spec.dir}/sshd_config`;
  const log = `${spec.dir}/sshd.log`;
  writeFileSync(config, sshdConfig(spec, port));
  const logFd = openSync(log, "a");
  // -D: stay in the foreground as our child; -e: log to stderr, which is the log file.
  const child = spawn(SSHD, ["-D", "-e", "-f", config], {
    stdio: ["ignore", "ignore", logFd],
    env: { PATH: process.env.PATH },
  });
  closeSync(logFd);
  child.unref();
  const sshd: Sshd = { port, pid: child.pid!, child, hostKey, log, exited: false };
  const exited = new Promise<"exited">((resolve) => {
    child.once("exit", () => {
      sshd.exited = true;
      resolve("exited");
    });
    child.once("error", () => resolve("exited"));
  });
  const ready = waitForSshBanner(port, Date.now() + START_DEADLINE_MS, () => sshd.exited).then(
    () => "ready" as const,
  );
  const outcome = await Promise.race([ready, exited]).catch((error: Error) => error);
  if (outcome === "ready" && !sshd.exited) return sshd;
  child.kill("SIGKILL");
  const text = readFileSync(log, "utf8");
  if (outcome === "exited" && text.includes("Address already in use")) return undefined;
  throw new Error(`sshd for ${spec.name} did not start on port ${port}: ${String(outcome)}\n${text}`);
}
