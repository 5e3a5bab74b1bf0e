// ssh hosts: every call is `ssh <nexus options> -- DEST sh -s` with a framed script on stdin, so
// no user data ever reaches the remote login shell, through one multiplexed master per host.
import type { HostSpec } from "../model/host.js";
import { sshFailure } from "./errors.js";
import { frame } from "./frame.js";
import type { ExecOpts, ExecResult, Host } from "./host.js";
import { type Call, run, runCall } from "./spawn.js";

export interface SshSettings {
  connectMs: number;
  /** ssh -F file, from NEXUS_SSH_CONFIG or the fleet's ssh_config. */
  configFile?: string;
  /** One for every host: it holds %C, so ssh tells destinations apart (config/paths.ts). */
  controlPath: string;
  /** Makes the private dir that holds the ControlPath sockets (once, before the first call). */
  prepare(): void;
}

/** The ssh options nexus always sets. Host-key checking is never turned off. */
export function sshOptions(s: SshSettings): string[] {
  const o = (kv: string) => ["-o", kv];
  return [
    ...(s.configFile ? ["-F", s.configFile] : []),
    ...o("BatchMode=yes"),
    ...o(`ConnectTimeout=${Math.max(1, Math.ceil(s.connectMs / 1000))}`),
    ...o("ServerAliveInterval=5"),
    ...o("ServerAliveCountMax=2"),
    ...o("ControlMaster=auto"),
    ...o(`ControlPath=${s.controlPath}`),
    ...o("ControlPersist=600"),
  ];
}

export class SshHost implements Host {
  readonly local = false;
  constructor(
    readonly spec: HostSpec,
    private readonly settings: SshSettings,
  ) {}

  get dest(): string {
    return this.spec.ssh as string;
  }

  /** argv for an interactive `ssh -t` running a constant remote command (the hop's attach). */
  ttyArgv(remoteCommand: string): string[] {
    this.settings.prepare();
    return ["ssh", ...sshOptions(this.settings), "-t", "--", this.dest, remoteCommand];
  }

  /** `ssh -O check`: is nexus's ControlMaster for this host running? */
  async masterRunning(): Promise<boolean> {
    const r = await run(["ssh", ...sshOptions(this.settings), "-O", "check", "--", this.dest], {
      deadlineMs: 3000,
    });
    return r.code === 0;
  }

  exec(argv: readonly string[], opts: ExecOpts = {}): Promise<ExecResult> {
    return runCall(this.call(argv, opts), opts.deadlineMs);
  }

  call(argv: readonly string[], opts: ExecOpts = {}): Call {
    this.settings.prepare();
    const f = frame(argv, opts.stdin, opts.tag);
    return {
      argv: ["ssh", ...sshOptions(this.settings), "-T", "--", this.dest, "sh -s"],
      stdin: f.script,
      tag: f.tag,
      complete: (out) => f.parse(out) !== undefined,
      settle: (r) => {
        if (r.timedOut) throw sshFailure(this.spec.name, this.dest, r.stderr, opts.deadlineMs);
        const framed = f.parse(r.stdout);
        if (framed) return { ...framed, timedOut: false };
        // No frame: ssh itself failed (255), or the remote has no usable sh.
        throw sshFailure(this.spec.name, this.dest, r.stderr || `exit ${r.code}, no output from sh -s`);
      },
    };
  }
}
