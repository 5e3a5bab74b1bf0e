// nx doctor: what nexus needs, checked; each problem with the command that fixes it.
import { run } from "../exec/spawn.js";
import type { SshHost } from "../exec/ssh.js";
import type { Ctx } from "../fleet/context.js";
import { Exit, NexusError } from "../report.js";
import { probe } from "./hosts.js";
import { JSON_OPT, type Verb } from "./types.js";

export interface Check {
  what: string;
  ok: boolean;
  /** true: a warning, not a failure. */
  soft?: boolean;
  detail: string;
  fix?: string;
}

const atLeast = (v: string, min: [number, number]) => {
  const [a = 0, b = 0] = v.split(".").map((x) => Number.parseInt(x, 10));
  return a > min[0] || (a === min[0] && b >= min[1]);
};

async function tool(
  what: string,
  argv: string[],
  re: RegExp,
  min: [number, number] | undefined,
  fix: string,
): Promise<Check> {
  const r = await run(argv, { deadlineMs: 5000 });
  if (r.code === 127) return { what, ok: false, detail: "not found", fix };
  const v = re.exec(`${r.stdout}${r.stderr}`)?.[1];
  if (!v) return { what, ok: false, detail: `cannot read its version: ${(r.stdout + r.stderr).trim()}`, fix };
  if (min && !atLeast(v, min))
    return { what, ok: false, detail: `${v}, nexus needs ${min.join(".")} or newer`, fix };
  return { what, ok: true, detail: v };
}

export async function localChecks(): Promise<Check[]> {
  const node = process.versions.node;
  const nodeOk = atLeast(node, [20, 0]);
  return [
    {
      what: "node",
      ok: nodeOk,
      detail: node,
      ...(nodeOk
        ? {}
        : {
            fix: "install Node.js 20 or newer (and set -g @nexus-node to its path if tmux's PATH lacks it)",
          }),
    },
    ...(await Promise.all([
      tool(
        "tmux",
        ["tmux", "-V"],
        /tmux (?:next-)?(\d+\.\d+)/,
        [3, 2],
        "install tmux 3.2 or newer: apt-get install tmux",
      ),
      tool(
        "fzf",
        ["fzf", "--version"],
        /^(\d+\.\d+(?:\.\d+)?)/,
        [0, 38],
        "install fzf 0.38 or newer: apt-get install fzf",
      ),
      tool(
        "ssh",
        ["ssh", "-V"],
        /OpenSSH_([\d.]+\w*)/,
        undefined,
        "install OpenSSH: apt-get install openssh-client",
      ),
    ])),
  ];
}

async function hostChecks(ctx: Ctx): Promise<Check[]> {
  const per = await Promise.all(
    ctx.hosts.map(async (h): Promise<Check[]> => {
      const p = await probe(ctx, h);
      const what = `host ${h.spec.name}`;
      if (!p.ok)
        return [
          {
            what,
            ok: false,
            detail: p.error?.message ?? "unreachable",
            ...(p.error?.hint ? { fix: p.error.hint } : {}),
          },
        ];
      const out: Check[] = [
        {
          what,
          ok: p.tmux !== null && atLeast(p.tmux, [3, 2]),
          detail: `reachable in ${p.ms} ms, tmux ${p.tmux}, ${p.sessions} sessions, nexus ${p.nexus ? "installed" : "not installed"}`,
          fix: "install tmux 3.2 or newer there",
        },
      ];
      if (!h.local) {
        const up = await (h as SshHost).masterRunning();
        out.push({
          what: `  multiplexing to ${h.spec.name}`,
          ok: up,
          soft: true,
          detail: up ? "ControlMaster running" : "no ControlMaster: every call pays a full ssh connection",
          fix: `check that ${ctx.runtimeDir} is writable and ControlMaster is not forced off in your ssh config`,
        });
      }
      return out;
    }),
  );
  return per.flat();
}

async function bindingCheck(): Promise<Check> {
  const tmux = ["tmux", ...(process.env.TMUX ? [] : ["-L", "default"])];
  // list-keys would start a server just to answer: ask whether one runs first.
  const up = await run([...tmux, "list-sessions"], { deadlineMs: 3000 });
  const r = up.code === 0 ? await run([...tmux, "list-keys", "-T", "prefix"], { deadlineMs: 3000 }) : up;
  if (r.code !== 0)
    return { what: "plugin", ok: true, soft: true, detail: "no tmux server running: bindings not checked" };
  // The picker and ring keys run the plugin's scripts, which start the bundle when they need it.
  const bound = r.stdout.split("\n").filter((l) => /nexus\.js|\/picker\.sh|\/ring\.sh/.test(l));
  return bound.length
    ? { what: "plugin", ok: true, detail: `${bound.length} key bindings in the running tmux server` }
    : {
        what: "plugin",
        ok: false,
        soft: true,
        detail: "the running tmux server has no nexus bindings",
        fix: "add `set -g @plugin '<you>/nexus'` to ~/.tmux.conf and press prefix I, or: tmux run-shell <path>/nexus.tmux",
      };
}

export const doctorVerb: Verb = {
  name: "doctor",
  aliases: [],
  usage: "nx doctor [--json]",
  summary:
    "check tmux, fzf, node, ssh, the fleet file, every host and the plugin; say how to fix each problem",
  options: { ...JSON_OPT },
  positionals: 0,
  needsFleet: false,
  async run(p, _ctx, io) {
    const checks = await localChecks();
    try {
      const { loadCtx } = await import("../fleet/context.js");
      const ctx = await loadCtx(typeof p.opts.config === "string" ? { config: p.opts.config } : {});
      checks.push({
        what: "fleet",
        ok: true,
        detail: `${ctx.fleet.file || "no fleet file: this machine only"} (self: ${ctx.fleet.self}, ${ctx.hosts.length} hosts)`,
      });
      checks.push(...(await hostChecks(ctx)));
    } catch (e) {
      if (!(e instanceof NexusError)) throw e;
      checks.push({ what: "fleet", ok: false, detail: e.message, ...(e.hint ? { fix: e.hint } : {}) });
    }
    checks.push(await bindingCheck());
    if (p.opts.json) io.out(`${JSON.stringify({ v: 1, checks }, null, 2)}\n`);
    else
      for (const c of checks)
        io.out(
          `${c.ok ? "ok  " : c.soft ? "warn" : "FAIL"} ${c.what}: ${c.detail}${!c.ok && c.fix ? `\n       fix: ${c.fix}` : ""}\n`,
        );
    return checks.some((c) => !c.ok && !c.soft) ? Exit.failure : Exit.ok;
  },
};
