// The fleet when there is no fleet file: this machine alone. Kept apart from fleet.ts so that this
// case never loads the YAML parser.
import type { Fleet } from "../model/host.js";
import { expandHome } from "./paths.js";
import { resolveSelf, type SelfInputs, sanitizeHostName } from "./self.js";

export const DEFAULT_TIMEOUTS: Fleet["timeouts"] = { connectMs: 2000, listMs: 1500 };

/** No fleet file: nexus still works on one machine, as a host named after it. */
export function oneHostFleet(opts: SelfInputs & { env: NodeJS.ProcessEnv }): Fleet {
  const self = sanitizeHostName(resolveSelf(undefined, opts).name);
  const fleet: Fleet = {
    file: "",
    self,
    hosts: [{ name: self, enabled: true }],
    timeouts: { ...DEFAULT_TIMEOUTS },
  };
  if (opts.env.NEXUS_SSH_CONFIG) fleet.sshConfig = expandHome(opts.env.NEXUS_SSH_CONFIG, opts.env);
  return fleet;
}
