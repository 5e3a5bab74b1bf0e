// One interface to run a command on any fleet host: locally as argv, or over ssh as `sh -s`.
import type { Fleet, HostSpec } from "../model/host.js";
import { isLocal } from "../model/host.js";
import { HostError } from "./errors.js";
import { type Call, type ExecResult, runCall } from "./spawn.js";
import { SshHost, type SshSettings } from "./ssh.js";

export type { Call, ExecResult };

export interface ExecOpts {
  stdin?: string;
  deadlineMs?: number;
  /** ssh hosts: the frame's tag, when the call was written ahead of time (exec/fanout.ts). */
  tag?: string;
}

export interface Host {
  readonly spec: HostSpec;
  readonly local: boolean;
  /**
   * Runs argv there. A non-zero exit of the command is data (in the result); a host that cannot be
   * reached (ssh failure, deadline) throws HostError.
   */
  exec(argv: readonly string[], opts?: ExecOpts): Promise<ExecResult>;
  /** The process that would run argv (hosts that have one can be listed in a fan-out). */
  call?(argv: readonly string[], opts?: ExecOpts): Call;
}

export class LocalHost implements Host {
  readonly local = true;
  constructor(readonly spec: HostSpec) {}

  exec(argv: readonly string[], opts: ExecOpts = {}): Promise<ExecResult> {
    return runCall(this.call(argv, opts), opts.deadlineMs);
  }

  call(argv: readonly string[], opts: ExecOpts = {}): Call {
    return {
      argv,
      ...(opts.stdin === undefined ? {} : { stdin: opts.stdin }),
      settle: (r) => {
        if (r.timedOut)
          throw new HostError(
            this.spec.name,
            "timeout",
            // A script (sh) here waits on this host's tmux: name what the user knows.
            `${argv[0] === "sh" ? "tmux" : argv[0]} gave no answer within ${opts.deadlineMs} ms`,
          );
        return r;
      },
    };
  }
}

export function hostFor(fleet: Fleet, spec: HostSpec, ssh: SshSettings): Host {
  return isLocal(fleet, spec) ? new LocalHost(spec) : new SshHost(spec, ssh);
}
