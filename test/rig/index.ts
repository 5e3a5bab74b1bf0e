// The integration-test rig: simulated ssh hosts on 127.0.0.1, each with its own sshd, HOME and tmux
// server, plus fault hosts (refused, hung, frozen, notmux, badkey). Nothing touches the real user's
// tmux server, ~/.ssh or ~/.tmux.conf.
//
//   const rig = await startRig();            // alpha, beta, gamma + the fault hosts
//   await rig.tmux("alpha", ["new-session", "-d", "-s", "x"]);
//   await execa("node", ["dist/nexus.js", "list"], { env: rig.clientEnv, extendEnv: false });
//   await rig.stop();
export { commandLines, pidsMentioning, rigProcesses } from "./procs.js";
export { startRig } from "./rig.js";
export type { Rig, RigHost, SshOptions, SshResult } from "./types.js";
