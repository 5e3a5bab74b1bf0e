#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/report.ts
function report(err, write = (s) => process.stderr.write(s)) {
  if (err instanceof NexusError) {
    write(`nx: ${err.message}
`);
    if (err.hint) write(`  ${err.hint.replaceAll("\n", "\n  ")}
`);
    return err.code;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  write(`nx: internal error: ${e.stack ?? e.message}
`);
  return Exit.failure;
}
var Exit, NexusError, usageError;
var init_report = __esm({
  "src/report.ts"() {
    "use strict";
    Exit = {
      ok: 0,
      failure: 1,
      usage: 2,
      noSession: 3,
      ambiguous: 4,
      unreachable: 5,
      partial: 6,
      cancelled: 130
    };
    NexusError = class extends Error {
      code;
      hint;
      constructor(code, message, opts = {}) {
        super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
        this.name = "NexusError";
        this.code = code;
        this.hint = opts.hint;
      }
    };
    usageError = (message, hint) => new NexusError(Exit.usage, message, hint === void 0 ? {} : { hint });
  }
});

// src/args.ts
function parseArgv(argv, spec, positionals) {
  const opts = {};
  const args = [];
  const byShort = new Map(Object.entries(spec).flatMap(([k, o]) => o.short ? [[o.short, k]] : []));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.indexOf("=");
    const key = a.startsWith("--") ? a.slice(2, eq > 0 ? eq : void 0) : /^-[A-Za-z]$/.test(a) ? byShort.get(a.slice(1)) : void 0;
    const o = key === void 0 ? void 0 : spec[key];
    const isOpt = a.startsWith("-") && a !== "-";
    if (!o || key === void 0) {
      if (isOpt && args.length < positionals)
        throw usageError(
          `unknown option ${a}`,
          "see --help; to pass text that starts with -, put -- before it"
        );
      if (args.length >= positionals) {
        args.push(...argv.slice(i));
        break;
      }
      args.push(a);
      continue;
    }
    if (o.type === "boolean") {
      if (eq > 0) throw usageError(`option --${key} takes no value`);
      opts[key] = true;
    } else if (eq > 0 && a.startsWith("--")) {
      opts[key] = a.slice(eq + 1);
    } else {
      const v = argv[++i];
      if (v === void 0) throw usageError(`option ${a} needs a value (${o.value ?? "VALUE"})`);
      opts[key] = v;
    }
  }
  return { opts, args };
}
function intOpt(v, name2, dflt2, max = 1e6) {
  if (v === void 0) return dflt2;
  if (typeof v !== "string" || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max)
    throw usageError(`--${name2} takes a whole number from 1 to ${max}, not ${JSON.stringify(v)}`);
  return Number(v);
}
var init_args = __esm({
  "src/args.ts"() {
    "use strict";
    init_report();
  }
});

// src/exec/errors.ts
function sshFailure(host, dest, stderr, deadlineMs) {
  const test = `ssh ${dest} true`;
  if (deadlineMs !== void 0)
    return new HostError(
      host,
      "timeout",
      `no answer within ${deadlineMs} ms`,
      `the host or its sshd is hung; check with: ${test}`
    );
  const rules = [
    [/connection refused/i, "refused", "connection refused", `is sshd running there? try: ${test}`],
    [/timed out|timeout/i, "timeout", "connection timed out", `is the host up and reachable? try: ${test}`],
    [
      /could not resolve hostname|name or service not known/i,
      "unknown-host",
      "unknown host name",
      "check the ssh: destination in the fleet file, or add a Host alias to your ssh config"
    ],
    [
      /host key verification failed|remote host identification has changed|no .*host key is known/i,
      "host-key",
      "host key not known or changed",
      `nexus never turns host-key checking off; connect once by hand to check and accept the key: ssh ${dest}`
    ],
    [
      /permission denied/i,
      "auth",
      "permission denied (key not accepted)",
      "nexus runs ssh with BatchMode=yes: load your key into ssh-agent (ssh-add) or set IdentityFile for this host"
    ]
  ];
  for (const [re, reason, msg, hint] of rules)
    if (re.test(stderr)) return new HostError(host, reason, msg, hint);
  return new HostError(host, "ssh", `ssh failed: ${lastLine(stderr) || "exit 255"}`, `try: ${test}`);
}
function tmuxFailure(code, stderr) {
  if (code === 127 || /tmux: (command )?not found|tmux: No such file/i.test(stderr)) return "no-tmux";
  if (/no server running|error connecting to .*(No such file|Connection refused)|server exited unexpectedly/i.test(
    stderr
  ))
    return "no-server";
  if (/can't find session|session not found|can't find pane|can't find window/i.test(stderr))
    return "no-session";
  return "other";
}
var HostError, lastLine, noTmux;
var init_errors = __esm({
  "src/exec/errors.ts"() {
    "use strict";
    init_report();
    HostError = class extends NexusError {
      host;
      reason;
      constructor(host, reason, message, hint) {
        super(Exit.unreachable, `${host}: ${message}`, hint === void 0 ? {} : { hint });
        this.host = host;
        this.reason = reason;
      }
      /** The short reason shown next to an offline host: "connection refused". */
      get short() {
        return this.message.slice(this.host.length + 2);
      }
    };
    lastLine = (s) => s.trim().split("\n").filter((l) => l.trim() !== "").pop() ?? "";
    noTmux = (host) => new HostError(
      host,
      "no-tmux",
      "tmux not found",
      "install tmux 3.2 or newer on that host (apt-get install tmux)"
    );
  }
});

// src/model/session.ts
var ID_RE;
var init_session = __esm({
  "src/model/session.ts"() {
    "use strict";
    ID_RE = /^\$\d+$/;
  }
});

// src/tmux/fields.ts
function parseSessions(host, stdout) {
  const sessions = [];
  let dropped = 0;
  for (const line of stdout.split("\n")) {
    if (line === "") continue;
    const row2 = parseRow(host, line);
    if (row2) sessions.push(row2);
    else dropped++;
  }
  return { sessions, dropped };
}
function parseRow(host, line) {
  const cells2 = line.split("	");
  if (cells2.length !== FIELDS.length) return void 0;
  const row2 = { host };
  for (const [i, [key, , parse]] of FIELDS.entries()) {
    const v = parse(cells2[i]);
    if (v === void 0) return void 0;
    row2[key] = v;
  }
  return row2;
}
function sessionLine(s) {
  const one = (v) => String(v).replace(/[\t\n\r]/g, " ");
  return FIELDS.map(([key]) => {
    const v = s[key];
    return typeof v === "boolean" ? v ? "1" : "0" : one(v);
  }).join("	");
}
var int, str, bool, FIELDS, SESSION_FORMAT;
var init_fields = __esm({
  "src/tmux/fields.ts"() {
    "use strict";
    init_session();
    int = (v) => /^\d+$/.test(v) ? Number(v) : void 0;
    str = (v) => v;
    bool = (v) => v === "1" ? true : v === "0" || v === "" ? false : void 0;
    FIELDS = [
      ["id", "session_id", (v) => ID_RE.test(v) ? v : void 0],
      ["windows", "session_windows", int],
      ["attached", "session_attached", int],
      ["created", "session_created", int],
      ["activity", "session_activity", int],
      ["command", "pane_current_command", str],
      ["path", "pane_current_path", str],
      ["dead", "pane_dead", bool],
      ["name", "session_name", str]
    ];
    SESSION_FORMAT = FIELDS.map(([, f]) => `#{${f}}`).join("	");
  }
});

// src/tmux/argv.ts
var argv_exports = {};
__export(argv_exports, {
  arg: () => arg,
  capturePane: () => capturePane,
  clientFormat: () => clientFormat,
  displayMessage: () => displayMessage,
  fmt: () => fmt,
  listSessions: () => listSessions,
  sendKeys: () => sendKeys,
  sendText: () => sendText,
  socketName: () => socketName,
  switchClient: () => switchClient,
  tmuxBase: () => tmuxBase,
  version: () => version
});
function sendText(h, id, text, enter) {
  const argv = [...tmuxBase(h), "send-keys", "-t", id, "-l", "--", arg(text)];
  return enter ? [...argv, ";", "send-keys", "-t", id, "Enter"] : argv;
}
var arg, fmt, tmuxBase, socketName, clientFormat, switchClient, displayMessage, listSessions, version, capturePane, sendKeys;
var init_argv = __esm({
  "src/tmux/argv.ts"() {
    "use strict";
    init_fields();
    arg = (s) => s.endsWith(";") ? `${s.slice(0, -1)}\\;` : s;
    fmt = (s) => arg(s.replaceAll("#", "##"));
    tmuxBase = (h) => ["tmux", "-L", h.socket ?? "default"];
    socketName = (h) => h.socket ?? "default";
    clientFormat = (h, client, format) => [
      ...tmuxBase(h),
      "display-message",
      "-p",
      ...client ? ["-c", client, "-t", client] : [],
      format
    ];
    switchClient = (h, client, id) => [
      ...tmuxBase(h),
      "switch-client",
      ...client ? ["-c", client] : [],
      "-t",
      id
    ];
    displayMessage = (h, client, text) => [
      ...tmuxBase(h),
      "display-message",
      ...client ? ["-c", client] : [],
      "--",
      fmt(text)
    ];
    listSessions = (h) => [...tmuxBase(h), "list-sessions", "-F", SESSION_FORMAT];
    version = (h) => [...tmuxBase(h), "-V"];
    capturePane = (h, id, lines) => [
      ...tmuxBase(h),
      "capture-pane",
      "-p",
      "-J",
      "-t",
      id,
      "-S",
      String(-lines)
    ];
    sendKeys = (h, id, keys2) => [
      ...tmuxBase(h),
      "send-keys",
      "-t",
      id,
      "--",
      ...keys2.map(arg)
    ];
  }
});

// src/fleet/list.ts
async function listHost(host, deadlineMs) {
  const name2 = host.spec.name;
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  try {
    const r = await host.exec(listSessions(host.spec), { deadlineMs });
    if (r.code === 0) return { host: name2, ok: true, ...parseSessions(name2, r.stdout), ms: ms() };
    const why = tmuxFailure(r.code, r.stderr);
    if (why === "no-server") return { host: name2, ok: true, sessions: [], dropped: 0, ms: ms() };
    const error = why === "no-tmux" ? noTmux(name2) : new HostError(name2, "tmux", `tmux failed: ${r.stderr.trim() || r.code}`);
    return { host: name2, ok: false, error, ms: ms() };
  } catch (e) {
    if (e instanceof HostError) return { host: name2, ok: false, error: e, ms: ms() };
    throw e;
  }
}
async function listAll(ctx, only) {
  const hosts = ctx.hosts.filter((h) => only === void 0 || only.includes(h.spec.name));
  const listings = await Promise.all(hosts.map((h) => listHost(h, deadlineFor(ctx, h))));
  ctx.cache.store(listings);
  return listings;
}
var deadlineFor;
var init_list = __esm({
  "src/fleet/list.ts"() {
    "use strict";
    init_errors();
    init_argv();
    init_fields();
    deadlineFor = (ctx, host) => host.local ? ctx.fleet.timeouts.listMs : ctx.fleet.timeouts.connectMs + ctx.fleet.timeouts.listMs;
  }
});

// src/model/text.ts
function lastLines(text, n) {
  const lines = stripControl(text).split("\n");
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.slice(Math.max(0, lines.length - n));
}
function age(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m`;
  if (s < 86400) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}
var ESCAPES, stripControl;
var init_text = __esm({
  "src/model/text.ts"() {
    "use strict";
    ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])|[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/g;
    stripControl = (s) => s.replace(ESCAPES, "");
  }
});

// src/picker/rows.ts
function sgr(color) {
  if (color === void 0) return "1";
  const c = color.toLowerCase();
  const bright = c.startsWith("bright") ? ANSI[c.slice(6)] : void 0;
  if (bright) return `1;${Number(bright) + 60}`;
  if (ANSI[c]) return `1;${ANSI[c]}`;
  const n = /^colou?r(\d{1,3})$/.exec(c);
  if (n) return `1;38;5;${n[1]}`;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(c);
  if (hex)
    return `1;38;2;${hex.slice(1).map((h) => Number.parseInt(h, 16)).join(";")}`;
  return "1";
}
function row(host, s, nowSec, stale) {
  const name2 = flat(s.name);
  const cols = [
    `\x1B[${sgr(host.color)}m${pad(host.name, 10)}\x1B[0m`,
    pad(name2, 24),
    pad(flat(s.command), 12),
    pad(`idle ${age(nowSec - s.activity)}`, 10),
    s.attached ? "attached" : "        ",
    s.dead ? "\x1B[31mdead\x1B[0m" : "",
    stale === void 0 ? "" : `\x1B[2m(${age(stale)} ago)\x1B[0m`
  ];
  return `${host.name}:${s.id}	${cols.join(" ").trimEnd()}`;
}
function rowsText(sources, header2, nowSec = Date.now() / 1e3) {
  const lines = [`	${header2}`];
  for (const src of sources) for (const s of src.sessions) lines.push(row(src.host, s, nowSec, src.ageSec));
  return `${lines.join("\n")}
`;
}
function parseKey(key) {
  const m = /^([a-z0-9][a-z0-9._-]*):(\$\d+)$/.exec(key.trim());
  return m ? { host: m[1], id: m[2] } : void 0;
}
var ANSI, pad, flat;
var init_rows = __esm({
  "src/picker/rows.ts"() {
    "use strict";
    init_text();
    ANSI = {
      black: "30",
      red: "31",
      green: "32",
      yellow: "33",
      blue: "34",
      magenta: "35",
      cyan: "36",
      white: "37"
    };
    pad = (s, n) => s + " ".repeat(Math.max(0, n - [...s].length));
    flat = (t) => stripControl(t).replace(/[\n\t]/g, " ");
  }
});

// src/commands/style.ts
function paint(io2, color, text) {
  return io2.color ? `\x1B[${sgr(color)}m${text}\x1B[0m` : text;
}
function table(rows) {
  const widths = [];
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(c));
    });
  return rows.map(
    (r) => r.map((c, i) => c + " ".repeat((widths[i] ?? 0) - width(c))).join("  ").trimEnd()
  );
}
var width;
var init_style = __esm({
  "src/commands/style.ts"() {
    "use strict";
    init_rows();
    width = (s) => [...s.replace(/\x1b\[[0-9;]*m/g, "")].length;
  }
});

// src/commands/types.ts
function clientOf(opts) {
  const str3 = (k) => typeof opts[k] === "string" && opts[k] !== "" ? opts[k] : void 0;
  const pid = str3("client-pid");
  const tty = str3("client-tty");
  return {
    name: str3("client"),
    known: pid !== void 0 && /^\d+$/.test(pid) && tty !== void 0 ? { pid, tty } : void 0,
    session: str3("session")
  };
}
var JSON_OPT, CLIENT_OPTS;
var init_types = __esm({
  "src/commands/types.ts"() {
    "use strict";
    JSON_OPT = {
      json: { type: "boolean", desc: "print JSON (stable; see the README)" }
    };
    CLIENT_OPTS = {
      client: { type: "string", value: "NAME", desc: "the tmux client to move (#{client_name})" },
      "client-pid": { type: "string", value: "PID", desc: "its #{client_pid}" },
      "client-tty": { type: "string", value: "TTY", desc: "its #{client_tty}" },
      session: { type: "string", value: "ID", desc: "its #{session_id}" }
    };
  }
});

// src/commands/list.ts
var list_exports = {};
__export(list_exports, {
  exitFor: () => exitFor,
  listVerb: () => listVerb,
  listingsJson: () => listingsJson
});
function exitFor(listings) {
  const bad = listings.filter((l) => !l.ok).length;
  if (bad === 0) return Exit.ok;
  return bad === listings.length ? Exit.unreachable : Exit.partial;
}
function listingsJson(ctx, listings) {
  return {
    v: 1,
    self: ctx.fleet.self,
    hosts: listings.map((l) => ({
      name: l.host,
      local: ctx.host(l.host).local,
      ok: l.ok,
      ms: l.ms,
      error: l.ok ? null : { reason: l.error.reason, message: l.error.short, hint: l.error.hint ?? null },
      dropped: l.ok ? l.dropped : 0,
      sessions: l.ok ? l.sessions : []
    }))
  };
}
function render(ctx, listings, io2) {
  const now = Date.now() / 1e3;
  const out = [];
  for (const l of listings) {
    const spec = ctx.host(l.host).spec;
    const title = paint(io2, spec.color, l.host);
    if (!l.ok) {
      out.push(`${title}  offline: ${l.error.short}${l.error.hint ? ` (${l.error.hint})` : ""}`);
      continue;
    }
    const n = l.sessions.length;
    out.push(`${title}  ${n === 0 ? "no sessions" : `${n} session${n === 1 ? "" : "s"}`}`);
    if (l.dropped) out.push(`  (${l.dropped} unreadable row${l.dropped === 1 ? "" : "s"} from tmux skipped)`);
    out.push(...table(l.sessions.map((s) => cells(s, now))).map((r) => `  ${r}`));
  }
  return `${out.join("\n")}
`;
}
var listVerb, cells;
var init_list2 = __esm({
  "src/commands/list.ts"() {
    "use strict";
    init_list();
    init_text();
    init_report();
    init_style();
    init_types();
    listVerb = {
      name: "list",
      aliases: ["ls"],
      usage: "nx list [host\u2026] [--json]",
      summary: "list the sessions of every host (or the named ones)",
      options: { ...JSON_OPT },
      positionals: Number.POSITIVE_INFINITY,
      async run(p, ctx, io2) {
        for (const h of p.args) ctx.host(h);
        const listings = await listAll(ctx, p.args.length ? p.args : void 0);
        if (p.opts.json) io2.out(`${JSON.stringify(listingsJson(ctx, listings), null, 2)}
`);
        else io2.out(render(ctx, listings, io2));
        return exitFor(listings);
      }
    };
    cells = (s, now) => [
      s.name,
      s.id,
      `${s.windows}w`,
      s.command,
      `idle ${age(now - s.activity)}`,
      s.attached ? "attached" : "",
      s.dead ? "dead" : ""
    ].map(stripControl);
  }
});

// share/tmux.conf
var tmux_default;
var init_tmux = __esm({
  "share/tmux.conf"() {
    tmux_default = "# nexus's tmux config for a dedicated socket (a fleet host with `socket:`), used when `nx new`\n# starts that socket's server. Your own ~/.tmux.conf is read first, so your keys and looks stay.\nsource-file -q ~/.tmux.conf\n# Long-running agents and builds: keep plenty of history to peek at.\nset -g history-limit 100000\n# A crashed agent's last screen stays readable (the pane shows as dead in nx list).\nset -g remain-on-exit on\n# Activity shows in nx list (idle time) and the status line.\nsetw -g monitor-activity on\nset -g visual-activity off\n";
  }
});

// src/exec/scripts.ts
var PRELUDE, script, ScriptExit, KILL, NEW, PROBE, RUNTIME_DIR, ATTACH, ATTACH_GONE, TAKE, PUSH, BROADCAST;
var init_scripts = __esm({
  "src/exec/scripts.ts"() {
    "use strict";
    PRELUDE = `t() { tmux -L "\${NX_SOCK:-default}" "$@"; }
command -v tmux >/dev/null 2>&1 || { echo 'tmux: not found' >&2; exit 127; }
`;
    script = (body, args) => [
      "sh",
      "-c",
      PRELUDE + body,
      "sh",
      ...args
    ];
    ScriptExit = { gone: 3, changed: 4, noDir: 10, died: 11 };
    KILL = `NX_SOCK=$1
cur=$(t display-message -p -t "$2" '#{session_created} #{session_name}' 2>/dev/null) || exit 3
[ "$cur" = "$3" ] || { printf '%s\\n' "$cur" >&2; exit 4; }
t kill-session -t "$2"
`;
    NEW = `NX_SOCK=$1 conf=$2 cwd=$3 tcwd=$4 name=$5 check=$6
shift 6
if [ -n "$cwd" ] && [ ! -d "$cwd" ]; then printf 'no such directory: %s\\n' "$cwd" >&2; exit 10; fi
if [ $# -gt 0 ]; then set -- -d -P -F '#{session_id}' -s "$name" -- "$@"
else set -- -d -P -F '#{session_id}' -s "$name"; fi
[ -n "$cwd" ] && set -- -c "$tcwd" "$@"
if [ -n "$NX_SOCK" ] && [ -n "$conf" ] && ! t list-sessions >/dev/null 2>&1; then
  d=\${XDG_CONFIG_HOME:-$HOME/.config}/nexus
  mkdir -p "$d" && printf '%s\\n' "$conf" >"$d/tmux.conf" || exit 1
  set -- -f "$d/tmux.conf" new-session "$@"
else
  set -- new-session "$@"
fi
set -- -L "\${NX_SOCK:-default}" "$@"
id=$(tmux "$@" \\; set-option -w remain-on-exit on) || exit 1
if [ "$check" = 1 ]; then
  sleep 0.3 2>/dev/null || sleep 1
  st=$(t display-message -p -t "$id" '#{pane_dead} #{pane_dead_status}' 2>/dev/null) || st="1 ?"
  case $st in "1 "*)
    t capture-pane -p -S -200 -t "$id" 2>/dev/null | grep -v -e '^$' -e '^Pane is dead' | tail -n 10 >&2
    t kill-session -t "$id" 2>/dev/null
    printf '%s\\n' "\${st#1 }"
    exit 11;;
  esac
fi
t set-option -wu -t "$id" remain-on-exit
printf '%s\\n' "$id"
`;
    PROBE = `NX_SOCK=$1
printf 'tmux=%s\\n' "$(tmux -V)"
printf 'sessions=%s\\n' "$(t list-sessions -F x 2>/dev/null | wc -l)"
if command -v nx >/dev/null 2>&1 || ls "$HOME"/.tmux/plugins/*/dist/nexus.js >/dev/null 2>&1; then echo nexus=yes; else echo nexus=no; fi
`;
    RUNTIME_DIR = "d=${XDG_RUNTIME_DIR:+$XDG_RUNTIME_DIR/nexus}; d=${d:-/tmp/nexus-$(id -u)}";
    ATTACH = `${RUNTIME_DIR}; tmux -L "$2" has-session -t "$3" 2>/dev/null || exit 97; mkdir -p -m 700 "$d" && t=$(tty) && f=$(printf %s "$t" | sed -e s/%/%25/g -e s,/,%2F,g) && printf "%s %s\\n" "$1" "$$" > "$d/tty-$f"; exec tmux -L "$2" attach-session -t "$3"`;
    ATTACH_GONE = 97;
    TAKE = `NX_SOCK=$2
${RUNTIME_DIR}
f="$d/intent-$1.json"; c="$f.taken-$$"
printf 'NOW %s\\n' "$(date +%s)"
if [ -d "$d" ] && mv "$f" "$c" 2>/dev/null; then
  if [ -L "$d" ] || [ ! -O "$d" ]; then echo "BAD the intent dir $d is not owned by you"
  else case $(ls -ld "$d") in drwx------*) ok=1;; *) ok=;; esac
    if [ -z "$ok" ]; then echo "BAD the intent dir $d is not private (chmod 700 $d)"
    elif [ -L "$c" ] || [ ! -f "$c" ]; then echo "BAD the intent is not a regular file"
    else printf 'INTENT '; head -c 4096 "$c"; echo; fi
  fi
  rm -f "$c"
fi
echo ROWS
t list-sessions -F "$3" 2>/dev/null
exit 0
`;
    PUSH = `p=\${XDG_STATE_HOME:-$HOME/.local/state}/nexus/peers
mkdir -p "$p" || exit 1
while IFS= read -r line; do
  h=\${line%% *}; rest=\${line#* }; at=\${rest%% *}; json=\${rest#* }
  case $h in ""|*/*|.*) continue;; esac
  case $at in ""|*[!0-9]*) continue;; esac
  old=$(sed -n 's/^{"v":1,"host":"[^"]*","at":\\([0-9]*\\).*/\\1/p' "$p/$h.json" 2>/dev/null)
  [ -n "$old" ] && [ "$old" -ge "$at" ] && continue
  printf '%s\\n' "$json" > "$p/$h.json.tmp" && mv "$p/$h.json.tmp" "$p/$h.json"
done
`;
    BROADCAST = `NX_SOCK=$1 mode=$2 n=$3
shift 3
i=0
while [ "$i" -lt "$n" ]; do i=$((i + 1)); eval "w$i=\\$1"; shift; done
for id in "$@"; do
  case $mode in
    keys) set --; i=0; while [ "$i" -lt "$n" ]; do i=$((i + 1)); eval "set -- \\"\\$@\\" \\"\\$w$i\\""; done
          err=$(t send-keys -t "$id" -- "$@" 2>&1);;
    line) err=$(t send-keys -t "$id" -l -- "$w1" 2>&1 && t send-keys -t "$id" Enter 2>&1);;
    *) err=$(t send-keys -t "$id" -l -- "$w1" 2>&1);;
  esac
  if [ $? -eq 0 ]; then printf 'ok %s\\n' "$id"; else printf 'fail %s %s\\n' "$id" "$err" | head -n 1; fi
done
`;
  }
});

// src/fleet/ops.ts
function check(host, r, what) {
  if (r.code === 0) return r;
  const why = tmuxFailure(r.code, r.stderr);
  if (why === "no-tmux") throw noTmux(host.spec.name);
  if (why === "no-session" || why === "no-server")
    throw new NexusError(Exit.noSession, `${host.spec.name}: ${what}: the session is gone`);
  throw new NexusError(
    Exit.failure,
    `${host.spec.name}: ${what} failed: ${r.stderr.trim() || `exit ${r.code}`}`
  );
}
async function capture(host, id, lines) {
  const r = await host.exec(capturePane(host.spec, id, lines), { deadlineMs: OP_DEADLINE_MS });
  return check(host, r, "capture-pane").stdout;
}
async function send(host, s, text, enter) {
  check(
    host,
    await host.exec(sendText(host.spec, s.id, text, enter), { deadlineMs: OP_DEADLINE_MS }),
    "send-keys"
  );
}
async function keys(host, s, names) {
  check(host, await host.exec(sendKeys(host.spec, s.id, names), { deadlineMs: OP_DEADLINE_MS }), "send-keys");
}
async function kill(host, s) {
  const argv = script(KILL, [host.spec.socket ?? "", s.id, `${s.created} ${s.name}`]);
  const r = await host.exec(argv, { deadlineMs: OP_DEADLINE_MS });
  if (r.code === ScriptExit.gone)
    throw new NexusError(Exit.noSession, `${s.host}: ${s.name} (${s.id}) is gone`);
  if (r.code === ScriptExit.changed)
    throw new NexusError(Exit.noSession, `${s.host}: ${s.id} is no longer ${s.name}; nothing killed`, {
      hint: "the tmux server was restarted and reused the id; list again and retry"
    });
  check(host, r, "kill-session");
}
async function create(host, o) {
  const h = host.spec;
  const argv = script(NEW, [
    h.socket ?? "",
    h.socket ? tmux_default : "",
    o.cwd ?? "",
    fmt(o.cwd ?? ""),
    fmt(o.name),
    o.command.length > 0 ? "1" : "0",
    ...o.command.map(arg)
  ]);
  const r = await host.exec(argv, { deadlineMs: OP_DEADLINE_MS });
  const where = `${h.name}:${o.name}`;
  if (r.code === ScriptExit.noDir)
    throw new NexusError(Exit.failure, `${h.name}: no such directory: ${o.cwd}`, {
      hint: "nothing was created"
    });
  if (r.code === ScriptExit.died)
    throw new NexusError(Exit.failure, `${where}: the command exited at once (status ${r.stdout.trim()})`, {
      hint: r.stderr.trim() ? `its last output:
${r.stderr.trim()}` : "it printed nothing; the session was removed"
    });
  if (r.code !== 0 && /duplicate session/.test(r.stderr))
    throw new NexusError(Exit.failure, `${where} already exists`, { hint: `nx attach ${where} to go there` });
  const id = check(host, r, "new-session").stdout.trim();
  if (!/^\$\d+$/.test(id))
    throw new HostError(h.name, "tmux", `new-session printed no id: ${JSON.stringify(id)}`);
  return id;
}
var OP_DEADLINE_MS;
var init_ops = __esm({
  "src/fleet/ops.ts"() {
    "use strict";
    init_tmux();
    init_errors();
    init_scripts();
    init_report();
    init_argv();
    OP_DEADLINE_MS = 1e4;
  }
});

// src/commands/new.ts
var new_exports = {};
__export(new_exports, {
  checkName: () => checkName,
  newVerb: () => newVerb
});
function checkName(name2) {
  const bad = (why) => usageError(
    `invalid session name ${JSON.stringify(name2)}: ${why}`,
    "nothing was created; choose another name"
  );
  if (name2 === "") throw bad("it is empty");
  if (/[.:]/.test(name2)) throw bad("tmux does not allow . or : in session names");
  if (/[\x00-\x1f\x7f]/.test(name2)) throw bad("it contains a control character (tab, newline\u2026)");
  if ([...name2].length > 120) throw bad("longer than 120 characters");
}
var newVerb;
var init_new = __esm({
  "src/commands/new.ts"() {
    "use strict";
    init_ops();
    init_report();
    newVerb = {
      name: "new",
      aliases: ["n"],
      usage: "nx new <host> <name> [--cwd DIR] [command\u2026]",
      summary: "create a session on a host, running a command or the default shell",
      details: "Prints host:name ($id). Options go before the command; `--` ends them.",
      options: {
        cwd: { type: "string", short: "c", value: "DIR", desc: "start directory on that host (must exist)" }
      },
      positionals: 2,
      async run(p, ctx, io2) {
        const [hostName, name2, ...command] = p.args;
        if (hostName === void 0 || name2 === void 0)
          throw usageError("missing argument", `usage: ${this.usage}`);
        checkName(name2);
        const host = ctx.host(hostName);
        const cwd = typeof p.opts.cwd === "string" ? p.opts.cwd : void 0;
        if (cwd === "") throw usageError("--cwd is empty");
        const id = await create(host, { name: name2, command, ...cwd === void 0 ? {} : { cwd } });
        io2.out(`${hostName}:${name2} (${id})
`);
        return Exit.ok;
      }
    };
  }
});

// src/model/selector.ts
function parseSelector(s, hostNames) {
  const colon = s.indexOf(":");
  let host;
  let text = s;
  if (colon > 0 && hostNames.includes(s.slice(0, colon))) {
    host = s.slice(0, colon);
    text = s.slice(colon + 1);
  }
  const exact = text.startsWith("=");
  return { ...host === void 0 ? {} : { host }, text: exact ? text.slice(1) : text, exact };
}
function match(sessions, sel) {
  const pool = sel.host === void 0 ? sessions : sessions.filter((s) => s.host === sel.host);
  const t = sel.text;
  const lower = t.toLowerCase();
  const tiers = [
    (s) => sel.host !== void 0 && !sel.exact && ID_RE.test(t) && s.id === t,
    (s) => s.name === t,
    ...sel.exact ? [] : [
      (s) => s.name.startsWith(t),
      (s) => s.name.includes(t),
      (s) => s.name.toLowerCase().includes(lower),
      (s) => t !== "" && fuzzy(lower, s.name.toLowerCase())
    ]
  ];
  for (const tier of tiers) {
    const hits = pool.filter(tier);
    if (hits.length === 1) return { kind: "one", session: hits[0] };
    if (hits.length > 1) return { kind: "many", sessions: hits };
  }
  return { kind: "none" };
}
var fuzzy;
var init_selector = __esm({
  "src/model/selector.ts"() {
    "use strict";
    init_session();
    fuzzy = (needle, hay) => {
      let i = 0;
      for (const ch of hay) if (ch === needle[i]) i++;
      return i === needle.length;
    };
  }
});

// src/fleet/resolve.ts
async function resolve(ctx, text, choose2) {
  if (text === "")
    throw usageError("empty selector", "name a session: [host:]name, host:$id or [host:]=name");
  const sel = parseSelector(
    text,
    ctx.fleet.hosts.map((h) => h.name)
  );
  if (sel.host !== void 0) ctx.host(sel.host);
  const listings = await listAll(ctx, sel.host === void 0 ? void 0 : [sel.host]);
  const failed = listings.filter((l) => !l.ok);
  if (sel.host !== void 0 && failed[0]) throw failed[0].error;
  const sessions = listings.flatMap((l) => l.ok ? l.sessions : []);
  const m = match(sessions, sel);
  const offline = failed.length ? `; not asked (offline): ${failed.map((f) => f.error.message).join("; ")}` : "";
  if (m.kind === "none")
    throw new NexusError(
      failed.length ? Exit.unreachable : Exit.noSession,
      `no session matches ${JSON.stringify(text)}`,
      {
        hint: `nx list shows every session${offline}`
      }
    );
  let session = m.kind === "one" ? m.session : void 0;
  if (m.kind === "many") {
    if (!choose2)
      throw new NexusError(Exit.ambiguous, `${JSON.stringify(text)} matches ${m.sessions.length} sessions`, {
        hint: `${m.sessions.map(describe).join("\n")}
name one exactly: host:=name or host:$id`
      });
    session = await choose2(m.sessions);
    if (!session) throw new NexusError(Exit.cancelled, "cancelled");
  }
  const s = session;
  return { host: ctx.host(s.host), session: s };
}
var describe;
var init_resolve = __esm({
  "src/fleet/resolve.ts"() {
    "use strict";
    init_selector();
    init_report();
    init_list();
    describe = (s) => `${s.host}:${s.name} (${s.id})`;
  }
});

// src/exec/spawn.ts
var spawn_exports = {};
__export(spawn_exports, {
  run: () => run,
  runAttached: () => runAttached,
  runOnTty: () => runOnTty
});
function run(argv, opts = {}) {
  const [cmd, ...args] = argv;
  if (cmd === void 0) throw new Error("run: empty argv");
  return new Promise((resolve4) => {
    const child = (0, import_node_child_process.spawn)(cmd, args, { env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let timedOut = false;
    const letGo = () => {
      child.stdout.destroy();
      child.stderr.destroy();
    };
    const timer = opts.deadlineMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
      letGo();
      finish(137);
    }, opts.deadlineMs);
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.stdin.on("error", () => {
    });
    child.stdin.end(opts.stdin ?? "");
    let done = false;
    const finish = (code, extraErr = "") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(grace);
      resolve4({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8") + extraErr,
        timedOut
      });
    };
    child.on(
      "error",
      (e) => finish(e.code === "ENOENT" ? 127 : 126, `${cmd}: ${e.message}
`)
    );
    let grace;
    child.on("exit", (code, signal) => {
      grace = setTimeout(() => {
        letGo();
        finish(code ?? (signal ? 137 : 1));
      }, 200);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 137 : 1)));
  });
}
function runOnTty(argv, input, env) {
  const [cmd, ...args] = argv;
  if (cmd === void 0) throw new Error("runOnTty: empty argv");
  return new Promise((resolve4) => {
    const child = (0, import_node_child_process.spawn)(cmd, args, { env: env ?? process.env, stdio: ["pipe", "pipe", "inherit"] });
    const out = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
    const done = (code) => resolve4({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: "", timedOut: false });
    child.on("error", () => done(127));
    child.on("close", (code) => done(code ?? 130));
  });
}
function runAttached(argv, env) {
  const [cmd, ...args] = argv;
  if (cmd === void 0) throw new Error("runAttached: empty argv");
  return new Promise((resolve4) => {
    const child = (0, import_node_child_process.spawn)(cmd, args, { env: env ?? process.env, stdio: "inherit" });
    child.on("error", () => resolve4(127));
    child.on("exit", (code, signal) => resolve4(code ?? (signal === "SIGHUP" ? 129 : 128 + 9)));
  });
}
var import_node_child_process;
var init_spawn = __esm({
  "src/exec/spawn.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
  }
});

// src/commands/ask.ts
async function confirm(io2, question, yes) {
  if (yes) return;
  if (!io2.interactive) throw usageError("not on a terminal, so nothing was done", "pass --yes to go ahead");
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await new Promise((res) => rl.question(`${question} [y/N] `, res));
  rl.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new NexusError(Exit.cancelled, "cancelled; nothing was done");
}
function chooser(io2) {
  if (!io2.interactive) return void 0;
  return async (sessions) => {
    const rows = sessions.map((s, i) => `${i}	${s.host}:${s.name}  (${s.id}, ${s.command})`).join("\n");
    const env = { ...process.env, FZF_DEFAULT_OPTS: "" };
    const r = await runOnTty(
      ["fzf", "--delimiter=	", "--with-nth=2..", "--height=40%", "--reverse", "--prompt=which session? "],
      `${rows}
`,
      env
    );
    if (r.code === 127)
      throw new NexusError(Exit.ambiguous, "several sessions match and fzf is not installed");
    if (r.code !== 0) return void 0;
    return sessions[Number(r.stdout.split("	")[0])];
  };
}
var init_ask = __esm({
  "src/commands/ask.ts"() {
    "use strict";
    init_spawn();
    init_report();
  }
});

// src/commands/act.ts
var act_exports = {};
__export(act_exports, {
  killVerb: () => killVerb,
  newLines: () => newLines,
  peekVerb: () => peekVerb,
  sendVerb: () => sendVerb
});
function newLines(before, now) {
  for (let k = Math.min(before.length, now.length); k > 0; k--) {
    const tail = before.slice(before.length - k);
    if (tail.every((l, i) => l === now[i])) return now.slice(k);
  }
  return before.length === 0 ? [...now] : now.filter((l, i) => l !== before[before.length - now.length + i]);
}
var need, peekVerb, sendVerb, killVerb;
var init_act = __esm({
  "src/commands/act.ts"() {
    "use strict";
    init_args();
    init_ops();
    init_resolve();
    init_text();
    init_report();
    init_ask();
    need = (args, n, usage) => {
      if (args.length < n) throw usageError("missing argument", `usage: ${usage}`);
    };
    peekVerb = {
      name: "peek",
      aliases: ["p"],
      usage: "nx peek <selector> [-n LINES] [--follow]",
      summary: "print the last lines of a session's active pane",
      options: {
        lines: { type: "string", short: "n", value: "N", desc: "how many lines (default 30)" },
        follow: { type: "boolean", short: "f", desc: "keep printing new lines until interrupted" }
      },
      positionals: 1,
      async run(p, ctx, io2) {
        need(p.args, 1, this.usage);
        if (p.args.length > 1) throw usageError(`unexpected argument: ${p.args[1]}`, `usage: ${this.usage}`);
        const n = intOpt(p.opts.lines, "lines", 30, 1e5);
        const { host, session } = await resolve(ctx, p.args[0], chooser(io2));
        let shown = lastLines(await capture(host, session.id, n), n);
        if (shown.length) io2.out(`${shown.join("\n")}
`);
        while (p.opts.follow) {
          await new Promise((r) => setTimeout(r, 500));
          const now = lastLines(await capture(host, session.id, Math.max(n, 200)), Math.max(n, 200));
          for (const line of newLines(shown, now)) io2.out(`${line}
`);
          shown = now;
        }
        return Exit.ok;
      }
    };
    sendVerb = {
      name: "send",
      aliases: ["s"],
      usage: "nx send <selector> [--no-enter | --keys] <text\u2026>",
      summary: "type text into a session (literally), then Enter",
      details: "Words are joined with spaces. To send text that starts like an option, put -- before it.",
      options: {
        "no-enter": { type: "boolean", desc: "do not press Enter after the text" },
        keys: { type: "boolean", desc: "the words are tmux key names (C-c, Up, Enter\u2026), sent as keys" }
      },
      positionals: 1,
      async run(p, ctx, io2) {
        need(p.args, 2, this.usage);
        const [sel, ...words] = p.args;
        const { host, session } = await resolve(ctx, sel, chooser(io2));
        if (p.opts.keys) await keys(host, session, words);
        else await send(host, session, words.join(" "), !p.opts["no-enter"]);
        return Exit.ok;
      }
    };
    killVerb = {
      name: "kill",
      aliases: ["k"],
      usage: "nx kill <selector> [--yes]",
      summary: "kill a session (asks first on a terminal)",
      options: { yes: { type: "boolean", short: "y", desc: "do not ask" } },
      positionals: 1,
      async run(p, ctx, io2) {
        need(p.args, 1, this.usage);
        if (p.args.length > 1) throw usageError(`unexpected argument: ${p.args[1]}`, `usage: ${this.usage}`);
        const { host, session } = await resolve(ctx, p.args[0], chooser(io2));
        await confirm(io2, `kill ${describe(session)}?`, p.opts.yes === true);
        await kill(host, session);
        io2.err(`killed ${describe(session)}
`);
        return Exit.ok;
      }
    };
  }
});

// src/commands/hosts.ts
var hosts_exports = {};
__export(hosts_exports, {
  hostsVerb: () => hostsVerb,
  probe: () => probe
});
async function probe(ctx, host) {
  const t0 = performance.now();
  const base = { name: host.spec.name, local: host.local, tmux: null, sessions: null, nexus: null };
  const fail2 = (e) => ({
    ...base,
    ok: false,
    ms: Math.round(performance.now() - t0),
    error: { reason: e.reason, message: e.short, hint: e.hint ?? null }
  });
  try {
    const r = await host.exec(script(PROBE, [host.spec.socket ?? ""]), {
      deadlineMs: deadlineFor(ctx, host)
    });
    const ms = Math.round(performance.now() - t0);
    if (r.code !== 0) {
      const why = tmuxFailure(r.code, r.stderr);
      return fail2(new HostError(host.spec.name, why === "no-tmux" ? "no-tmux" : "tmux", r.stderr.trim()));
    }
    const kv = new Map(
      r.stdout.split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])
    );
    return {
      ...base,
      ok: true,
      ms,
      tmux: kv.get("tmux")?.replace(/^tmux /, "") ?? null,
      sessions: Number(kv.get("sessions") ?? 0),
      nexus: kv.get("nexus") === "yes",
      error: null
    };
  } catch (e) {
    if (e instanceof HostError) return fail2(e);
    throw e;
  }
}
var hostsVerb;
var init_hosts = __esm({
  "src/commands/hosts.ts"() {
    "use strict";
    init_errors();
    init_scripts();
    init_list();
    init_list2();
    init_style();
    init_types();
    hostsVerb = {
      name: "hosts",
      aliases: [],
      usage: "nx hosts [--json]",
      summary: "per host: reachable, latency, tmux version, sessions, nexus installed",
      options: { ...JSON_OPT },
      positionals: 0,
      async run(_p, ctx, io2) {
        const probes = await Promise.all(ctx.hosts.map((h) => probe(ctx, h)));
        if (_p.opts.json) io2.out(`${JSON.stringify({ v: 1, self: ctx.fleet.self, hosts: probes }, null, 2)}
`);
        else {
          const rows = probes.map((p) => [
            paint(io2, ctx.host(p.name).spec.color, p.name),
            p.local ? "local" : "ssh",
            p.ok ? "up" : `down: ${p.error?.message}`,
            `${p.ms} ms`,
            p.tmux ? `tmux ${p.tmux}` : "",
            p.sessions === null ? "" : `${p.sessions} sessions`,
            p.nexus === null ? "" : p.nexus ? "nexus" : "no nexus"
          ]);
          io2.out(`${table(rows).join("\n")}
`);
        }
        return exitFor(probes);
      }
    };
  }
});

// src/handoff/plan.ts
function plan(w, t) {
  if (w.current !== void 0 && t.host === w.current)
    return { kind: "switch", host: t.host, client: w.client, id: t.id };
  return { kind: "handoff", host: t.host, id: t.id, client: w.client };
}
function currentHost(fleet, socket2) {
  if (socket2 === void 0) return void 0;
  const local = fleet.hosts.filter((h) => h.name === fleet.self || h.ssh === void 0);
  return local.find((h) => (h.socket ?? "default") === socket2)?.name;
}
var init_plan = __esm({
  "src/handoff/plan.ts"() {
    "use strict";
  }
});

// src/picker/frame.ts
async function firstFrame(ctx) {
  const now = Date.now();
  const sources = await Promise.all(
    ctx.hosts.map(async (h) => {
      if (h.local) {
        const l = await listHost(h, ctx.fleet.timeouts.listMs);
        return { host: h.spec, sessions: l.ok ? l.sessions : [] };
      }
      const c = ctx.cache.read(h.spec.name);
      return c ? { host: h.spec, sessions: c.sessions, ageSec: (now - c.at) / 1e3 } : { host: h.spec, sessions: [] };
    })
  );
  return rowsText(sources, firstHeader(ctx));
}
function firstHeader(ctx) {
  const peers = ctx.hosts.filter((h) => !h.local).length;
  return peers ? `asking ${peers} peer${peers === 1 ? "" : "s"}\u2026` : header([]);
}
async function liveFrame(ctx) {
  const listings = await listAll(ctx);
  const now = Date.now();
  const sources = listings.map((l) => {
    const host = ctx.host(l.host).spec;
    if (l.ok) return { host, sessions: l.sessions };
    const c = ctx.cache.read(l.host);
    return c ? { host, sessions: c.sessions, ageSec: (now - c.at) / 1e3 } : { host, sessions: [] };
  });
  return rowsText(sources, header(listings));
}
function header(listings) {
  const off = listings.flatMap((l) => l.ok ? [] : [`${l.host}: ${l.error.short}`]);
  const keys2 = "enter go \xB7 ctrl-n new (host:name) \xB7 ctrl-x kill";
  return off.length ? `offline: ${off.join(" \xB7 ")} \xB7 ${keys2}` : keys2;
}
var init_frame = __esm({
  "src/picker/frame.ts"() {
    "use strict";
    init_list();
    init_rows();
  }
});

// src/picker/fzf.ts
function fzfArgs(live) {
  const rowsLive = `${NX} rows --live`;
  const nxKey = (verb) => `${NX} ${verb} {1}`;
  return [
    "fzf",
    "--ansi",
    "--delimiter=	",
    "--with-nth=2..",
    "--header-lines=1",
    "--print-query",
    `--expect=${KEYS.create}`,
    // The first frame has local and cached rows; live rows replace them in one swap (fzf ≥ 0.36).
    `--bind=load:reload-sync(${live === "fifo" ? FROM_FIFO : rowsLive})+unbind(load)`,
    `--bind=${KEYS.kill}:execute(${nxKey("pick-kill")})+reload-sync(${rowsLive})`,
    // fzf kills a running preview when the focus moves: the sleep debounces fast scrolling, so
    // no node or ssh starts for rows that are only passed over.
    `--preview=sleep 0.08; exec ${nxKey("preview")}`,
    "--preview-window=down,45%,wrap"
  ];
}
function fzfPlan(i) {
  const defaults = [i.userDefaults, BASE_OPTS, i.nexusOpts].filter((s) => s.trim() !== "").join(" ");
  const [node = "node", bundle = ""] = i.self;
  return {
    argv: fzfArgs("node"),
    env: { ...i.env, FZF_DEFAULT_OPTS: defaults, SHELL: "/bin/sh", NEXUS_NODE: node, NEXUS_BUNDLE: bundle }
  };
}
function fzfOutcome(code, stdout) {
  const [query = "", key = "", selected = ""] = stdout.split("\n");
  if (key === KEYS.create && (code === 0 || code === 1)) return { kind: "create", query };
  if (code === 0 && selected.includes("	")) return { kind: "go", key: selected.split("	")[0] };
  if (code === 0 || code === 1 || code === 130) return { kind: "none" };
  if (code === 127) return { kind: "error", message: "fzf is not installed (nexus needs fzf \u2265 0.38)" };
  return { kind: "error", message: `fzf failed (exit ${code})` };
}
var KEYS, BASE_OPTS, NX, FROM_FIFO;
var init_fzf = __esm({
  "src/picker/fzf.ts"() {
    "use strict";
    KEYS = { create: "ctrl-n", kill: "ctrl-x" };
    BASE_OPTS = "--layout=reverse --info=inline --prompt='session> '";
    NX = '"$NEXUS_NODE" "$NEXUS_BUNDLE"';
    FROM_FIFO = 'cat "$NEXUS_FIFO" >"$NEXUS_LIVE"; if [ -s "$NEXUS_LIVE" ]; then cat "$NEXUS_LIVE"; else cat "$NEXUS_FIRST"; fi';
  }
});

// src/config/paths.ts
function xdg(env, name2) {
  const v = env[name2];
  return v?.startsWith("/") ? v : void 0;
}
function home(env, what) {
  const h = env.HOME;
  if (!h) throw usageError(`HOME is not set, so there is no default ${what}`, "set HOME (or the XDG_* dir)");
  return h;
}
function expandHome(p, env) {
  if (p === "~") return home(env, "home dir");
  return p.startsWith("~/") ? (0, import_node_path.join)(home(env, "home dir"), p.slice(2)) : p;
}
function configFile(env) {
  if (env.NEXUS_CONFIG) return expandHome(env.NEXUS_CONFIG, env);
  const base = xdg(env, "XDG_CONFIG_HOME") ?? (0, import_node_path.join)(home(env, "config dir"), ".config");
  return (0, import_node_path.join)(base, "nexus", "fleet.yaml");
}
function stateDir(env) {
  return (0, import_node_path.join)(xdg(env, "XDG_STATE_HOME") ?? (0, import_node_path.join)(home(env, "state dir"), ".local", "state"), "nexus");
}
function runtimeDir(env, uid) {
  const base = xdg(env, "XDG_RUNTIME_DIR");
  return base ? (0, import_node_path.join)(base, "nexus") : `/tmp/nexus-${uid}`;
}
function controlPathMax(platform = process.platform) {
  return sunPathSize(platform) - 1 - MUX_TEMP_SUFFIX;
}
function controlPathFits(path, platform = process.platform) {
  return Buffer.byteLength(path) <= controlPathMax(platform);
}
function maxHostNameBytes(runtime, platform = process.platform) {
  return controlPathMax(platform) - Buffer.byteLength(controlPath(runtime, ""));
}
function ensurePrivateDir(dir, uid = process.getuid?.() ?? -1) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch (err) {
    const code = err.code ?? String(err);
    throw new NexusError(Exit.failure, `cannot create ${dir}: ${code}`, {
      hint: `remove whatever is in the way (rm ${dir}) or set XDG_RUNTIME_DIR to a dir of your own`,
      cause: err
    });
  }
  const st = (0, import_node_fs.lstatSync)(dir);
  const bad = (what, fix) => new NexusError(Exit.failure, `${dir} ${what}; nexus keeps private files there`, { hint: fix });
  if (st.isSymbolicLink()) throw bad("is a symlink", `remove it (rm ${dir}); nexus creates it itself`);
  if (!st.isDirectory()) throw bad("is not a directory", `remove it (rm ${dir}); nexus creates it itself`);
  if (st.uid !== uid) {
    throw bad(
      `is owned by uid ${st.uid}, not you (uid ${uid})`,
      `remove it (sudo rm -r ${dir}) or set XDG_RUNTIME_DIR`
    );
  }
  const mode = st.mode & 511;
  if ((mode & 63) !== 0) {
    throw bad(`has mode ${mode.toString(8).padStart(4, "0")}, open to other users`, `chmod 700 ${dir}`);
  }
  return dir;
}
var import_node_fs, import_node_path, controlPath, MUX_TEMP_SUFFIX, sunPathSize, CONTROL_PATH_MAX;
var init_paths = __esm({
  "src/config/paths.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    init_report();
    controlPath = (runtime, hostName) => (0, import_node_path.join)(runtime, `cm-${hostName}`);
    MUX_TEMP_SUFFIX = 17;
    sunPathSize = (platform) => platform === "linux" ? 108 : 104;
    CONTROL_PATH_MAX = controlPathMax("linux");
  }
});

// src/config/options.ts
function unescapeTmuxValue(s) {
  const quoted = s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0]);
  const body = quoted ? s.slice(1, -1) : s;
  return body.replace(
    /\\([0-7]{3}|[\s\S])/g,
    (_, e) => e.length === 3 ? String.fromCharCode(Number.parseInt(e, 8)) : C_ESCAPES[e] ?? e
  );
}
function parseShowOptions(text) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const sp = line.indexOf(" ");
    if (sp < 0) out.set(line, "");
    else out.set(line.slice(0, sp), unescapeTmuxValue(line.slice(sp + 1)));
  }
  return out;
}
function resolveOptions(set) {
  const out = {};
  for (const o of OPTIONS) out[o.name] = set.get(o.name) || o.default;
  return out;
}
var OPTIONS, C_ESCAPES;
var init_options = __esm({
  "src/config/options.ts"() {
    "use strict";
    OPTIONS = [
      { name: "@nexus-key", default: "\\", doc: "key after the prefix that opens the picker" },
      { name: "@nexus-prev-key", default: "(", doc: "key after the prefix for the previous session of the ring" },
      { name: "@nexus-next-key", default: ")", doc: "key after the prefix for the next session of the ring" },
      { name: "@nexus-popup-width", default: "80%", doc: "picker popup width (display-popup -w)" },
      { name: "@nexus-popup-height", default: "70%", doc: "picker popup height (display-popup -h)" },
      { name: "@nexus-fzf-opts", default: "", doc: "extra fzf options for the picker" },
      { name: "@nexus-config", default: "", doc: "fleet file, as --config (default: the XDG path)" },
      { name: "@nexus-self", default: "", doc: "this machine's fleet host name, when it is not the hostname" },
      { name: "@nexus-node", default: "node", doc: "node binary that runs nexus (tmux's PATH may lack yours)" }
    ];
    C_ESCAPES = {
      n: "\n",
      t: "	",
      r: "\r",
      a: "\x07",
      b: "\b",
      v: "\v",
      f: "\f",
      s: " "
    };
  }
});

// src/tmux/options.ts
var options_exports = {};
__export(options_exports, {
  currentSocket: () => currentSocket,
  readTmuxOptions: () => readTmuxOptions
});
async function readTmuxOptions(env = process.env) {
  if (!env.TMUX) return resolveOptions(/* @__PURE__ */ new Map());
  const r = await run(["tmux", "show-options", "-g"], { deadlineMs: 2e3, env });
  return resolveOptions(r.code === 0 ? parseShowOptions(r.stdout) : /* @__PURE__ */ new Map());
}
function currentSocket(env = process.env) {
  const path = env.TMUX?.split(",")[0];
  return path ? path.slice(path.lastIndexOf("/") + 1) : void 0;
}
var init_options2 = __esm({
  "src/tmux/options.ts"() {
    "use strict";
    init_options();
    init_spawn();
  }
});

// src/picker/meta.ts
function pickerMeta(ctx, key, socket2, nowMs = Date.now()) {
  const here = currentHost(ctx.fleet, socket2);
  const env = ctx.env;
  const lines = [
    META_VERSION,
    ["key", key.configOption, key.selfOption, env.NEXUS_CONFIG ?? "", env.NEXUS_SELF ?? ""].join("	"),
    `written	${nowMs}`,
    `fleet	${ctx.fleet.file}`,
    `self	${ctx.fleet.self}`,
    `header	${firstHeader(ctx)}`,
    `opts	${BASE_OPTS}`,
    ...fzfArgs("fifo").map((a) => `fzf	${a}`),
    ...ctx.hosts.map(
      (h) => `host	${h.spec.name}	${sgr(h.spec.color)}	${h.spec.name === here ? "here" : "cache"}`
    )
  ];
  return `${lines.join("\n")}
`;
}
function writePickerMeta(ctx, key) {
  const socket2 = currentSocket(ctx.env);
  if (socket2 === void 0) return;
  for (const h of ctx.hosts) ctx.cache.heal(h.spec.name);
  const file = metaFile(ctx.env, socket2);
  (0, import_node_fs2.mkdirSync)((0, import_node_path2.join)(file, ".."), { recursive: true, mode: 448 });
  const block = pickerMeta(ctx, key, socket2);
  const others = blocks(file).filter((b) => b.key !== keyLine(block) && b.fresh);
  const tmp = `${file}.${process.pid}.tmp`;
  (0, import_node_fs2.writeFileSync)(tmp, [block, ...others.slice(0, KEEP - 1).map((b) => b.text)].join(""), { mode: 384 });
  (0, import_node_fs2.renameSync)(tmp, file);
}
function blocks(file) {
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch {
    return [];
  }
  return text.split(`${META_VERSION}
`).filter((b) => b !== "").map((b) => {
    const field = (name2) => new RegExp(`^${name2}	(.*)$`, "m").exec(b)?.[1];
    const fleet = field("fleet");
    const mtime = fleet ? (0, import_node_fs2.statSync)(fleet, { throwIfNoEntry: false })?.mtimeMs : void 0;
    const fresh = mtime === void 0 ? fleet === "" : mtime <= Number(field("written"));
    return { key: b.split("\n")[0] ?? "", text: `${META_VERSION}
${b}`, fresh };
  });
}
var import_node_fs2, import_node_path2, META_VERSION, KEEP, metaFile, keyLine;
var init_meta = __esm({
  "src/picker/meta.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    init_paths();
    init_plan();
    init_options2();
    init_frame();
    init_fzf();
    init_rows();
    META_VERSION = "nexus-picker	1";
    KEEP = 4;
    metaFile = (env, socket2) => (0, import_node_path2.join)(stateDir(env), "picker", `${socket2}.meta`);
    keyLine = (block) => block.split("\n")[1] ?? "";
  }
});

// src/exec/quote.ts
function shq(word) {
  if (word.includes("\0")) throw new Error("a NUL byte cannot be passed to a command");
  return `'${word.replaceAll("'", "'\\''")}'`;
}
var shJoin;
var init_quote = __esm({
  "src/exec/quote.ts"() {
    "use strict";
    shJoin = (argv) => argv.map(shq).join(" ");
  }
});

// src/handoff/intent.ts
function makeIntent(hop, target, nowSec = Date.now() / 1e3) {
  return {
    v: 1,
    hop,
    nonce: (0, import_node_crypto.randomBytes)(8).toString("hex"),
    createdAt: Math.floor(nowSec),
    action: "attach",
    target
  };
}
function writeIntent(dir, intent) {
  const file = intentFile(dir, intent.hop);
  const tmp = `${file}.${intent.nonce}.tmp`;
  (0, import_node_fs3.writeFileSync)(tmp, JSON.stringify(intent), { mode: 384, flag: "wx" });
  (0, import_node_fs3.renameSync)(tmp, file);
}
function checkIntent(raw, hop, nowSec, fleet) {
  let x;
  try {
    x = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  if (typeof x !== "object" || x === null) return { ok: false, reason: "not an object" };
  if (x.v !== 1) return { ok: false, reason: `version ${JSON.stringify(x.v)}, expected 1` };
  if (x.hop !== hop) return { ok: false, reason: "for another hop loop" };
  if (x.action !== "attach") return { ok: false, reason: `unknown action ${JSON.stringify(x.action)}` };
  const age2 = nowSec - Number(x.createdAt);
  if (!Number.isFinite(age2) || age2 < -5 || age2 > MAX_AGE_S)
    return { ok: false, reason: `stale (${Math.round(age2)} s old)` };
  const t = x.target;
  if (!t || typeof t.host !== "string" || typeof t.id !== "string" || typeof t.name !== "string")
    return { ok: false, reason: "no target" };
  if (!fleet.hosts.some((h) => h.name === t.host && h.enabled))
    return { ok: false, reason: `host ${JSON.stringify(t.host)} is not in the fleet` };
  if (!ID_RE.test(t.id)) return { ok: false, reason: `bad session id ${JSON.stringify(t.id)}` };
  return { ok: true, intent: x };
}
function claimLocal(dir, hop) {
  const file = intentFile(dir, hop);
  const claimed = `${file}.claimed-${process.pid}`;
  try {
    (0, import_node_fs3.renameSync)(file, claimed);
  } catch {
    return {};
  }
  try {
    if (!(0, import_node_fs3.lstatSync)(claimed).isFile()) return { reason: "not a regular file (a symlink?)" };
    return { raw: (0, import_node_fs3.readFileSync)(claimed, "utf8") };
  } finally {
    (0, import_node_fs3.rmSync)(claimed, { force: true, recursive: true });
  }
}
var import_node_crypto, import_node_fs3, import_node_path3, MAX_AGE_S, HOP_RE, newHopId, intentFile;
var init_intent = __esm({
  "src/handoff/intent.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs3 = require("node:fs");
    import_node_path3 = require("node:path");
    init_session();
    MAX_AGE_S = 30;
    HOP_RE = /^[0-9a-f]{16}$/;
    newHopId = () => (0, import_node_crypto.randomBytes)(8).toString("hex");
    intentFile = (dir, hop) => (0, import_node_path3.join)(dir, `intent-${hop}.json`);
  }
});

// src/handoff/marker.ts
function readMarker(dir, tty, clientPid) {
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(markerFile(dir, tty), "utf8");
  } catch {
    return void 0;
  }
  const [hop, pid] = text.trim().split(" ");
  return hop && HOP_RE.test(hop) && Number(pid) === clientPid ? hop : void 0;
}
var import_node_fs4, import_node_path4, encodeTty, markerFile;
var init_marker = __esm({
  "src/handoff/marker.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = require("node:path");
    init_intent();
    encodeTty = (tty) => tty.replaceAll("%", "%25").replaceAll("/", "%2F");
    markerFile = (dir, tty) => (0, import_node_path4.join)(dir, `tty-${encodeTty(tty)}`);
  }
});

// src/commands/go.ts
var go_exports = {};
__export(go_exports, {
  go: () => go,
  notAFleetServer: () => notAFleetServer
});
async function go(ctx, host, id, name2, client, known) {
  const current = currentHost(ctx.fleet, currentSocket(ctx.env));
  const p = plan({ fleet: ctx.fleet, current, client }, { host: host.spec.name, id });
  if (p.kind === "switch") {
    const r2 = await host.exec(switchClient(host.spec, client, id), { deadlineMs: 5e3 });
    if (r2.code !== 0)
      throw new NexusError(Exit.noSession, `${host.spec.name}: cannot switch to ${id}: ${r2.stderr.trim()}`);
    return Exit.ok;
  }
  const here = current === void 0 ? void 0 : ctx.host(current);
  if (!here) throw notAFleetServer(ctx);
  if (!client) throw new NexusError(Exit.usage, `no client to move: use nx attach ${host.spec.name}:${id}`);
  const asked = known ? void 0 : await here.exec(clientFormat(here.spec, client, "#{client_pid} #{client_tty}"));
  const [pid = "", tty = ""] = known ? [known.pid, known.tty] : asked?.stdout.trim().split(" ") ?? [];
  ensurePrivateDir(ctx.runtimeDir);
  const loop = readMarker(ctx.runtimeDir, tty, Number(pid));
  const hop = loop ?? newHopId();
  writeIntent(ctx.runtimeDir, makeIntent(hop, { host: host.spec.name, id, name: name2 }));
  const detach = [...tmuxBase(here.spec), "detach-client", "-t", client];
  const into = loop ? [] : ["-E", shJoin(hopCommand(ctx, hop))];
  const r = await here.exec([...detach, ...into], { deadlineMs: 5e3 });
  if (r.code !== 0) throw new NexusError(Exit.failure, `cannot detach ${client}: ${r.stderr.trim()}`);
  return Exit.ok;
}
function hopCommand(ctx, hop) {
  const config = ctx.fleet.file ? ["--config", ctx.fleet.file] : [];
  return [
    "env",
    `NEXUS_SELF=${ctx.fleet.self}`,
    process.execPath,
    process.argv[1],
    "hop",
    "--intent",
    hop,
    ...config
  ];
}
function notAFleetServer(ctx) {
  if (!ctx.env.TMUX) return new NexusError(Exit.usage, "not inside tmux: use nx attach outside tmux");
  const sock = currentSocket(ctx.env);
  return new NexusError(
    Exit.usage,
    `this tmux server (-L ${sock}) is not a local host of ${ctx.fleet.file || "the fleet"}`,
    {
      hint: `give self (${ctx.fleet.self}) socket: ${sock} in the fleet file, or set -g @nexus-self to the entry of this server`
    }
  );
}
var init_go = __esm({
  "src/commands/go.ts"() {
    "use strict";
    init_paths();
    init_quote();
    init_intent();
    init_marker();
    init_plan();
    init_report();
    init_argv();
    init_options2();
  }
});

// src/commands/pick.ts
var pick_exports = {};
__export(pick_exports, {
  choose: () => choose,
  pickAgentVerb: () => pickAgentVerb,
  pickKillVerb: () => pickKillVerb,
  pickVerb: () => pickVerb,
  previewVerb: () => previewVerb,
  rowsVerb: () => rowsVerb
});
function keyOf(ctx, text) {
  const k = text === void 0 ? void 0 : parseKey(text);
  if (!k) throw usageError(`expected ${KEY_USAGE}, got ${JSON.stringify(text ?? "")}`);
  return { host: ctx.host(k.host), id: k.id };
}
function readAll(stream) {
  return new Promise((resolve4, reject) => {
    const chunks = [];
    stream.on("data", (b) => chunks.push(b));
    stream.on("end", () => resolve4(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}
async function choose(ctx, nexusOpts) {
  const plan2 = fzfPlan({
    self: [process.execPath, process.argv[1]],
    userDefaults: process.env.FZF_DEFAULT_OPTS ?? "",
    nexusOpts,
    // fzf's children (rows, preview, pick-kill) see the same fleet as this process.
    env: {
      ...process.env,
      NEXUS_CONFIG: ctx.fleet.file || process.env.NEXUS_CONFIG,
      NEXUS_SELF: ctx.fleet.self
    }
  });
  const r = await runOnTty(plan2.argv, await firstFrame(ctx), plan2.env);
  return answerTarget(ctx, fzfOutcome(r.code, r.stdout));
}
async function answerTarget(ctx, o) {
  if (o.kind === "none") return void 0;
  if (o.kind === "error")
    throw new NexusError(Exit.failure, o.message, { hint: "nx doctor checks what nexus needs" });
  if (o.kind === "go") {
    const { host: host2, id } = keyOf(ctx, o.key);
    return { host: host2.spec.name, id };
  }
  const sel = parseSelector(
    o.query.trim(),
    ctx.fleet.hosts.map((h) => h.name)
  );
  const host = ctx.host(sel.host ?? currentHost(ctx.fleet, currentSocket(ctx.env)) ?? ctx.fleet.self);
  checkName(sel.text);
  return { host: host.spec.name, id: await create(host, { name: sel.text, command: [] }) };
}
var import_promises, KEY_USAGE, pickVerb, metaKey, pickAgentVerb, rowsVerb, previewVerb, pickKillVerb;
var init_pick = __esm({
  "src/commands/pick.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    init_spawn();
    init_list();
    init_ops();
    init_plan();
    init_selector();
    init_text();
    init_frame();
    init_fzf();
    init_meta();
    init_rows();
    init_report();
    init_options2();
    init_ask();
    init_go();
    init_new();
    init_types();
    KEY_USAGE = "a picker row key, host:$id";
    pickVerb = {
      name: "pick",
      aliases: [],
      usage: "nx pick [--client NAME]",
      summary: "the picker: fzf over every session of every host (what prefix \\ opens)",
      options: { ...CLIENT_OPTS },
      positionals: 0,
      tmuxOptions: true,
      async run(p, ctx, _io, opts) {
        const c = clientOf(p.opts);
        if (opts) writePickerMeta(ctx, metaKey(opts));
        const t = await choose(ctx, opts?.["@nexus-fzf-opts"] ?? "");
        return t ? go(ctx, ctx.host(t.host), t.id, t.id, c.name, c.known) : Exit.ok;
      }
    };
    metaKey = (o) => ({ configOption: o["@nexus-config"], selfOption: o["@nexus-self"] });
    pickAgentVerb = {
      name: "pick-agent",
      aliases: [],
      usage: "nx pick-agent --live FIFO [--client NAME]",
      summary: "the picker's node half (scripts/picker.sh): live rows into FIFO, then fzf's answer from stdin",
      options: {
        ...CLIENT_OPTS,
        live: { type: "string", value: "FIFO", desc: "where fzf's load binding reads the live rows" }
      },
      positionals: 0,
      tmuxOptions: true,
      exits: true,
      async run(p, ctx, _io, opts) {
        const answer = readAll(process.stdin);
        const fifo = p.opts.live;
        if (typeof fifo === "string")
          liveFrame(ctx).then((text2) => (0, import_promises.writeFile)(fifo, text2)).catch(() => {
          });
        if (opts) writePickerMeta(ctx, metaKey(opts));
        const text = await answer;
        const end = text.lastIndexOf("\nexit ");
        const code = end < 0 ? 2 : Number(text.slice(end + 6).trim());
        const t = await answerTarget(ctx, fzfOutcome(code, end < 0 ? "" : text.slice(0, end)));
        const c = clientOf(p.opts);
        return t ? go(ctx, ctx.host(t.host), t.id, t.id, c.name, c.known) : Exit.ok;
      }
    };
    rowsVerb = {
      name: "rows",
      aliases: [],
      usage: "nx rows [--live]",
      summary: "picker rows: local and cached (first frame), or --live from every host",
      options: { live: { type: "boolean", desc: "ask every host (each under its deadline)" } },
      positionals: 0,
      async run(p, ctx, io2) {
        io2.out(p.opts.live ? await liveFrame(ctx) : await firstFrame(ctx));
        return Exit.ok;
      }
    };
    previewVerb = {
      name: "preview",
      aliases: [],
      usage: "nx preview <host:$id>",
      summary: "the bottom of a session's active pane, escape bytes removed (the picker's preview)",
      options: {},
      positionals: 1,
      async run(p, ctx, io2) {
        if (!p.args[0]) return Exit.ok;
        const { host, id } = keyOf(ctx, p.args[0]);
        const lines = Number(process.env.FZF_PREVIEW_LINES) || 40;
        try {
          const text = await capture(host, id, lines);
          io2.out(`${lastLines(text, lines).join("\n")}
`);
        } catch (e) {
          io2.out(`${e instanceof Error ? e.message : String(e)}
`);
        }
        return Exit.ok;
      }
    };
    pickKillVerb = {
      name: "pick-kill",
      aliases: [],
      usage: "nx pick-kill <host:$id>",
      summary: "ask, then kill the session of a picker row",
      options: {},
      positionals: 1,
      async run(p, ctx) {
        if (!p.args[0]) return Exit.ok;
        const { host, id } = keyOf(ctx, p.args[0]);
        const l = await listHost(host, ctx.fleet.timeouts.connectMs + ctx.fleet.timeouts.listMs);
        if (!l.ok) throw l.error;
        const s = l.sessions.find((x) => x.id === id);
        if (!s) throw new NexusError(Exit.noSession, `${host.spec.name}: ${id} is gone`);
        await confirm({ interactive: true }, `kill ${s.host}:${s.name}?`, false);
        await kill(host, s);
        return Exit.ok;
      }
    };
  }
});

// src/model/filter.ts
function parseFilter(s, hostNames, cmd) {
  const sel = parseSelector(s, hostNames);
  return {
    ...sel.host === void 0 ? {} : { host: sel.host },
    text: sel.text === "*" ? "" : sel.text,
    ...cmd === void 0 ? {} : { cmd }
  };
}
var matches;
var init_filter = __esm({
  "src/model/filter.ts"() {
    "use strict";
    init_selector();
    matches = (f, s) => (f.host === void 0 || s.host === f.host) && s.name.toLowerCase().includes(f.text.toLowerCase()) && (f.cmd === void 0 || s.command.includes(f.cmd));
  }
});

// src/commands/broadcast.ts
var broadcast_exports = {};
__export(broadcast_exports, {
  broadcastVerb: () => broadcastVerb
});
var broadcastVerb;
var init_broadcast = __esm({
  "src/commands/broadcast.ts"() {
    "use strict";
    init_errors();
    init_scripts();
    init_list();
    init_filter();
    init_report();
    init_argv();
    init_ask();
    broadcastVerb = {
      name: "broadcast",
      aliases: ["b"],
      usage: "nx broadcast <filter> [--cmd CMD] [--yes] [--dry-run] [--no-enter | --keys] <text\u2026>",
      summary: "type the same text into every matching session on every host",
      details: "filter: [host:]text, a case-insensitive part of the name (`*` or `host:` for all). Shows the targets and asks;\nwithout a terminal, --yes is required.",
      options: {
        cmd: { type: "string", value: "CMD", desc: "only sessions whose active pane runs CMD (e.g. claude)" },
        yes: { type: "boolean", short: "y", desc: "do not ask" },
        "dry-run": { type: "boolean", short: "n", desc: "show the targets, send nothing" },
        "no-enter": { type: "boolean", desc: "do not press Enter after the text" },
        keys: { type: "boolean", desc: "the words are tmux key names (C-c, Enter\u2026)" }
      },
      positionals: 1,
      async run(p, ctx, io2) {
        const [filterText, ...words] = p.args;
        if (filterText === void 0 || words.length === 0)
          throw usageError("missing argument", `usage: ${this.usage}`);
        const cmd = typeof p.opts.cmd === "string" ? p.opts.cmd : void 0;
        const f = parseFilter(
          filterText,
          ctx.fleet.hosts.map((h) => h.name),
          cmd
        );
        if (f.host !== void 0) ctx.host(f.host);
        const listings = await listAll(ctx, f.host === void 0 ? void 0 : [f.host]);
        const byHost = /* @__PURE__ */ new Map();
        for (const l of listings)
          if (l.ok)
            byHost.set(
              l.host,
              l.sessions.filter((s) => matches(f, s))
            );
        const down = listings.flatMap((l) => l.ok ? [] : [l.error]);
        const total = [...byHost.values()].reduce((n, s) => n + s.length, 0);
        for (const [host, sessions] of byHost)
          if (sessions.length) io2.err(`${host}: ${sessions.map((s) => `${s.name} (${s.id})`).join(", ")}
`);
        for (const e of down) io2.err(`${e.host}: not reached: ${e.short}
`);
        if (total === 0)
          throw new NexusError(
            down.length ? Exit.unreachable : Exit.noSession,
            `no session matches ${JSON.stringify(filterText)}`
          );
        if (p.opts["dry-run"]) return down.length ? Exit.partial : Exit.ok;
        await confirm(io2, `send to these ${total} session${total === 1 ? "" : "s"}?`, p.opts.yes === true);
        const mode = p.opts.keys ? "keys" : p.opts["no-enter"] ? "text" : "line";
        const payload = mode === "keys" ? words : [words.join(" ")];
        const results = await Promise.all(
          [...byHost].filter(([, s]) => s.length).map(async ([host, sessions]) => {
            const h = ctx.host(host);
            const argv = script(BROADCAST, [
              socketName(h.spec),
              mode,
              String(payload.length),
              ...payload.map(arg),
              ...sessions.map((s) => s.id)
            ]);
            try {
              const r = await h.exec(argv, { deadlineMs: ctx.fleet.timeouts.connectMs + 1e4 });
              return sessions.map((s) => {
                const line = r.stdout.split("\n").find((l) => l.split(" ")[1] === s.id);
                return {
                  s,
                  ok: line?.startsWith("ok ") === true,
                  why: line?.slice(line.indexOf(s.id) + s.id.length + 1) || r.stderr.trim()
                };
              });
            } catch (e) {
              if (!(e instanceof HostError)) throw e;
              return sessions.map((s) => ({ s, ok: false, why: e.short }));
            }
          })
        );
        let failed = down.length;
        for (const r of results.flat()) {
          io2.out(`${r.ok ? "sent" : "FAILED"} ${r.s.host}:${r.s.name} (${r.s.id})${r.ok ? "" : `: ${r.why}`}
`);
          if (!r.ok) failed++;
        }
        return failed ? Exit.partial : Exit.ok;
      }
    };
  }
});

// src/config/compiled.ts
function fleetKey(o) {
  const file = (0, import_node_path5.resolve)(o.path ? expandHome(o.path, o.env) : configFile(o.env));
  try {
    const st = (0, import_node_fs5.statSync)(file);
    const env = [o.env.NEXUS_SSH_CONFIG, o.env.XDG_RUNTIME_DIR, o.env.HOME].map((v) => v ?? null);
    return JSON.stringify([3, file, st.mtimeMs, st.size, st.ino, env, o.hostname, o.uid]);
  } catch {
    return void 0;
  }
}
function readCompiled(cacheFile, key, self) {
  try {
    const c = JSON.parse((0, import_node_fs5.readFileSync)(cacheFile, "utf8"));
    return c.key === key && (self === c.self || self === c.fleet.self) ? c.fleet : void 0;
  } catch {
    return void 0;
  }
}
function writeCompiled(cacheFile, key, self, fleet) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    (0, import_node_fs5.writeFileSync)(tmp, JSON.stringify({ key, self, fleet }), { mode: 384 });
    (0, import_node_fs5.renameSync)(tmp, cacheFile);
  } catch {
  }
}
var import_node_fs5, import_node_path5, selfAsked;
var init_compiled = __esm({
  "src/config/compiled.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path5 = require("node:path");
    init_paths();
    selfAsked = (o) => o.env.NEXUS_SELF || o.tmuxSelf || null;
  }
});

// src/model/host.ts
var isLocal;
var init_host = __esm({
  "src/model/host.ts"() {
    "use strict";
    isLocal = (fleet, h) => h.name === fleet.self || h.ssh === void 0;
  }
});

// src/exec/frame.ts
function frame(argv, stdin) {
  const n = (0, import_node_crypto2.randomBytes)(6).toString("hex");
  const tag = `@@NX:${n}`;
  const input = stdin === void 0 ? "</dev/null" : `<<'NX_EOF_${n}'
${stdin.endsWith("\n") ? stdin : `${stdin}
`}NX_EOF_${n}
`;
  const script2 = [
    `printf '%s\\n' '${tag}:OUT'`,
    "exec 3>&1",
    // stderr goes to the command substitution, stdout straight to fd 3 (the real stdout).
    `nx_err=$( { ${shJoin(argv)} ; } 2>&1 1>&3 3>&- ${input})`,
    "nx_rc=$?",
    `printf '\\n%s %s\\n' '${tag}:ERR' "$nx_rc"`,
    `printf '%s' "$nx_err"`,
    `printf '\\n%s\\n' '${tag}:END'`,
    ""
  ].join("\n");
  return { script: script2, parse: (stdout) => unframe(stdout, tag) };
}
function unframe(text, tag) {
  const open = `${tag}:OUT
`;
  const start2 = text.indexOf(open);
  if (start2 < 0) return void 0;
  const body = start2 + open.length;
  const errAt = text.indexOf(`
${tag}:ERR `, body);
  if (errAt < 0) return void 0;
  const errLineEnd = text.indexOf("\n", errAt + 1 + tag.length + 5);
  const endAt = text.indexOf(`
${tag}:END`, errLineEnd);
  if (errLineEnd < 0 || endAt < 0) return void 0;
  const code = Number(text.slice(errAt + 1 + tag.length + 5, errLineEnd));
  if (!Number.isInteger(code)) return void 0;
  return { code, stdout: text.slice(body, errAt), stderr: text.slice(errLineEnd + 1, endAt) };
}
var import_node_crypto2;
var init_frame2 = __esm({
  "src/exec/frame.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_quote();
  }
});

// src/exec/ssh.ts
function sshOptions(spec, s) {
  const o = (kv) => ["-o", kv];
  return [
    ...s.configFile ? ["-F", s.configFile] : [],
    ...o("BatchMode=yes"),
    ...o(`ConnectTimeout=${Math.max(1, Math.ceil(s.connectMs / 1e3))}`),
    ...o("ServerAliveInterval=5"),
    ...o("ServerAliveCountMax=2"),
    ...o("ControlMaster=auto"),
    ...o(`ControlPath=${s.controlPath(spec.name)}`),
    ...o("ControlPersist=600")
  ];
}
var SshHost;
var init_ssh = __esm({
  "src/exec/ssh.ts"() {
    "use strict";
    init_errors();
    init_frame2();
    init_spawn();
    SshHost = class {
      constructor(spec, settings) {
        this.spec = spec;
        this.settings = settings;
      }
      spec;
      settings;
      local = false;
      get dest() {
        return this.spec.ssh;
      }
      /** argv for an interactive `ssh -t` running a constant remote command (the hop's attach). */
      ttyArgv(remoteCommand) {
        this.settings.prepare();
        return ["ssh", ...sshOptions(this.spec, this.settings), "-t", "--", this.dest, remoteCommand];
      }
      /** `ssh -O check`: is nexus's ControlMaster for this host running? */
      async masterRunning() {
        const r = await run(["ssh", ...sshOptions(this.spec, this.settings), "-O", "check", "--", this.dest], {
          deadlineMs: 3e3
        });
        return r.code === 0;
      }
      async exec(argv, opts = {}) {
        this.settings.prepare();
        const f = frame(argv, opts.stdin);
        const sshArgv = ["ssh", ...sshOptions(this.spec, this.settings), "-T", "--", this.dest, "sh -s"];
        const r = await run(sshArgv, {
          stdin: f.script,
          ...opts.deadlineMs === void 0 ? {} : { deadlineMs: opts.deadlineMs }
        });
        if (r.timedOut) throw sshFailure(this.spec.name, this.dest, r.stderr, opts.deadlineMs);
        const framed = f.parse(r.stdout);
        if (framed) return { ...framed, timedOut: false };
        throw sshFailure(this.spec.name, this.dest, r.stderr || `exit ${r.code}, no output from sh -s`);
      }
    };
  }
});

// src/exec/host.ts
function hostFor(fleet, spec, ssh) {
  return isLocal(fleet, spec) ? new LocalHost(spec) : new SshHost(spec, ssh);
}
var LocalHost;
var init_host2 = __esm({
  "src/exec/host.ts"() {
    "use strict";
    init_host();
    init_errors();
    init_spawn();
    init_ssh();
    LocalHost = class {
      constructor(spec) {
        this.spec = spec;
      }
      spec;
      local = true;
      async exec(argv, opts = {}) {
        const r = await run(argv, opts);
        if (r.timedOut)
          throw new HostError(
            this.spec.name,
            "timeout",
            `${argv[0]} gave no answer within ${opts.deadlineMs} ms`
          );
        return r;
      }
    };
  }
});

// src/fleet/cache.ts
var import_node_fs6, import_node_path6, PeerCache;
var init_cache = __esm({
  "src/fleet/cache.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path6 = require("node:path");
    init_session();
    init_fields();
    PeerCache = class {
      dir;
      constructor(stateDir2) {
        this.dir = (0, import_node_path6.join)(stateDir2, "peers");
      }
      write(entry) {
        (0, import_node_fs6.mkdirSync)(this.dir, { recursive: true, mode: 448 });
        this.put(`${entry.host}.json`, `${JSON.stringify(entry)}
`);
        this.mirror(entry);
      }
      /** The TSV mirror of an entry; written after its JSON file, so it is never older than it. */
      mirror(entry) {
        const lines = [`at	${Math.round(entry.at)}`, ...entry.sessions.map(sessionLine)];
        this.put(`${entry.host}.tsv`, `${lines.join("\n")}
`);
      }
      put(name2, text) {
        const file = (0, import_node_path6.join)(this.dir, name2);
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        (0, import_node_fs6.writeFileSync)(tmp, text, { mode: 384 });
        (0, import_node_fs6.renameSync)(tmp, file);
      }
      /**
       * Rows pushed by another host's hop loop arrive as JSON only (the PUSH script is plain sh): give
       * them their TSV mirror, so the picker's first frame can use them again without node.
       */
      heal(host) {
        const mtime = (ext) => (0, import_node_fs6.statSync)((0, import_node_path6.join)(this.dir, `${host}.${ext}`), { throwIfNoEntry: false })?.mtimeMs;
        const json = mtime("json");
        const tsv = mtime("tsv");
        if (json === void 0 || tsv !== void 0 && tsv >= json) return;
        const c = this.read(host);
        if (c) this.mirror(c);
      }
      /** Stores every successful listing; failures keep the older rows (shown with their age). */
      store(listings) {
        const at = Date.now();
        for (const l of listings)
          if (l.ok && l.sessions) this.write({ v: 1, host: l.host, at, sessions: l.sessions });
      }
      read(host) {
        try {
          const c = JSON.parse((0, import_node_fs6.readFileSync)((0, import_node_path6.join)(this.dir, `${host}.json`), "utf8"));
          if (c.v !== 1 || c.host !== host || !Array.isArray(c.sessions)) return void 0;
          return {
            ...c,
            sessions: c.sessions.filter(
              (x) => x?.host === host && ID_RE.test(String(x.id)) && typeof x.name === "string"
            )
          };
        } catch {
          return void 0;
        }
      }
    };
  }
});

// src/config/names.ts
var NAME_MAX, HOST_NAME, validHostName;
var init_names = __esm({
  "src/config/names.ts"() {
    "use strict";
    NAME_MAX = 32;
    HOST_NAME = /^[a-z0-9][a-z0-9._-]*$/;
    validHostName = (s) => HOST_NAME.test(s) && s.length <= NAME_MAX;
  }
});

// src/config/self.ts
function resolveSelf(fromFile, o) {
  if (fromFile !== void 0) return { name: fromFile, source: "self: in the fleet file" };
  if (o.env.NEXUS_SELF) return { name: o.env.NEXUS_SELF, source: "NEXUS_SELF" };
  if (o.tmuxSelf) return { name: o.tmuxSelf, source: "the tmux option @nexus-self" };
  return { name: shortHostname(o.hostname), source: `the hostname (${o.hostname})` };
}
function sanitizeHostName(s) {
  const v = s.toLowerCase().replace(/[^a-z0-9._-]/g, "-").replace(/^[._-]+/, "").slice(0, 32);
  return validHostName(v) ? v : "local";
}
var shortHostname;
var init_self = __esm({
  "src/config/self.ts"() {
    "use strict";
    init_names();
    shortHostname = (hostname3) => (hostname3.split(".")[0] ?? "").toLowerCase();
  }
});

// src/config/onehost.ts
var onehost_exports = {};
__export(onehost_exports, {
  DEFAULT_TIMEOUTS: () => DEFAULT_TIMEOUTS,
  oneHostFleet: () => oneHostFleet
});
function oneHostFleet(opts) {
  const self = sanitizeHostName(resolveSelf(void 0, opts).name);
  const fleet = {
    file: "",
    self,
    hosts: [{ name: self, enabled: true }],
    timeouts: { ...DEFAULT_TIMEOUTS }
  };
  if (opts.env.NEXUS_SSH_CONFIG) fleet.sshConfig = expandHome(opts.env.NEXUS_SSH_CONFIG, opts.env);
  return fleet;
}
var DEFAULT_TIMEOUTS;
var init_onehost = __esm({
  "src/config/onehost.ts"() {
    "use strict";
    init_paths();
    init_self();
    DEFAULT_TIMEOUTS = { connectMs: 2e3, listMs: 1500 };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg2, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg2, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg2, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg2, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg2, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start2 = i + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i < start2 + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start2 = i + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start2 > limit)
            return true;
          start2 = i + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start2 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start2, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start2 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start2, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start2 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start2 ? str3 + json.slice(start2) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt2 = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt2.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt2.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt2.indent === "number" ? " ".repeat(opt2.indent) : "  ",
        inFlow,
        options: opt2
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items2.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start2;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 2, 8, opt2),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 2, 16, opt2),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool3 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool3.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 2, 2, opt2),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 1, 8, opt2),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 0, 10, opt2),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt2) => intResolve(str3, 2, 16, opt2),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match2 = str3.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool3 = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool3.trueTag,
      bool3.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool3 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool3.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt2 = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt2;
        let { version: version2 } = opt2;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt2;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt2 = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt2 = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt2 = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt2)
          this.schema = new Schema.Schema(Object.assign(opt2, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start2, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start2 = scalar2.offset;
      const header2 = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header2.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header2.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar2.indent + header2.indent;
      let offset = scalar2.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header2.length + scalar2.source.length;
      return { value, type, comment: header2.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start: start2, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// src/config/duration.ts
function parseDuration(value) {
  const m = DURATION.exec(typeof value === "number" ? String(value) : value);
  if (!m) return { ok: false, reason: "expected a duration such as 2s, 1500ms, 1.5s or 1m" };
  const unit = m[2] ?? "ms";
  const ms = Math.round(Number(m[1]) * UNIT_MS[unit]);
  if (ms <= 0) return { ok: false, reason: "must be more than 0ms" };
  if (ms > MAX_DURATION_MS) return { ok: false, reason: "must be at most 10m" };
  return { ok: true, ms };
}
var MAX_DURATION_MS, UNIT_MS, DURATION;
var init_duration = __esm({
  "src/config/duration.ts"() {
    "use strict";
    MAX_DURATION_MS = 10 * 6e4;
    UNIT_MS = { ms: 1, s: 1e3, m: 6e4 };
    DURATION = /^(-?\d+(?:\.\d+)?)(ms|s|m)?$/;
  }
});

// src/config/nodes.ts
function fail(src, line, key, message, hint) {
  throw usageError(`${src.file}:${line}: ${key}: ${message}`, hint);
}
function lineOf(src, node) {
  const range = node?.range;
  return range ? src.lc.linePos(range[0]).line : 1;
}
function deref(src, f) {
  if (!(0, import_yaml.isAlias)(f.node)) return f.node;
  const target = f.node.resolve(src.doc);
  if (target === void 0) {
    fail(src, f.line, f.key, `unknown alias *${f.node.source}`, "define the &anchor first");
  }
  return target;
}
function parseSrc(text, file, lc) {
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    throw usageError(
      `${file}:${lc.linePos(err.pos[0]).line}: yaml: ${err.message}`,
      "fix the YAML syntax there"
    );
  }
  return { file, doc, lc };
}
function fields(src, where, allowed) {
  const node = deref(src, where);
  const name2 = where.key || "(top level)";
  if (!(0, import_yaml.isMap)(node)) fail(src, where.line, name2, "expected a map", `write it as key: value lines`);
  const out = /* @__PURE__ */ new Map();
  for (const pair of node.items) {
    const line = lineOf(src, pair.key);
    const k = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
    if (typeof k !== "string") {
      fail(src, line, name2, "keys must be plain words", `expected one of ${allowed.join(", ")}`);
    }
    const key = where.key ? `${where.key}.${k}` : k;
    const expected = `expected one of ${allowed.join(", ")}`;
    if (!allowed.includes(k)) {
      fail(src, line, key, `unknown key (${expected})`, "fix the spelling or remove it");
    }
    const first = out.get(k);
    if (first) fail(src, line, key, `duplicate key (first at line ${first.line})`, "keep only one of them");
    out.set(k, { key, line, node: pair.value });
  }
  return out;
}
function items(src, f, hint) {
  const node = deref(src, f);
  if (!(0, import_yaml.isSeq)(node) || node.items.length === 0) fail(src, f.line, f.key, "expected a non-empty list", hint);
  return node.items.map((n, i) => ({ key: `${f.key}[${i}]`, line: n ? lineOf(src, n) : f.line, node: n }));
}
function scalar(src, f) {
  const node = deref(src, f);
  return (0, import_yaml.isScalar)(node) ? node.value : node === null ? null : node;
}
function str2(src, f, hint) {
  const v = scalar(src, f);
  if (typeof v === "string") return v;
  return fail(src, f.line, f.key, `expected a string, got ${describe2(v)}`, hint);
}
function bool2(src, f) {
  const v = scalar(src, f);
  if (typeof v === "boolean") return v;
  return fail(src, f.line, f.key, `expected true or false, got ${describe2(v)}`, "write true or false");
}
function stringOrNumber(src, f) {
  const v = scalar(src, f);
  return typeof v === "string" || typeof v === "number" ? v : void 0;
}
var import_yaml, describe2;
var init_nodes = __esm({
  "src/config/nodes.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_report();
    describe2 = (v) => v === null ? "nothing" : typeof v === "object" ? "a list or map" : `${typeof v} ${JSON.stringify(v)}`;
  }
});

// src/config/hosts.ts
function name(src, f) {
  const v = str2(src, f, 'a host name such as gpu (quote it if it looks like a number: "1")');
  if (!validHostName(v)) {
    fail(
      src,
      f.line,
      f.key,
      `bad host name ${JSON.stringify(v)}`,
      `use lower-case letters, digits, ".", "_" and "-", starting with a letter or digit, at most ${NAME_MAX} chars`
    );
  }
  return v;
}
function checked(src, f, ok, what, hint) {
  const v = str2(src, f, hint);
  if (!ok(v)) fail(src, f.line, f.key, `bad ${what} ${JSON.stringify(v)}`, hint);
  return v;
}
function parseHost(src, entry) {
  const f = fields(src, entry, HOST_KEYS);
  const nameField = f.get("name");
  if (!nameField) {
    fail(src, entry.line, `${entry.key}.name`, "missing", "every host needs a name: name: devbox");
  }
  const host = { name: name(src, nameField), enabled: true, line: entry.line };
  const ssh = f.get("ssh");
  if (ssh) {
    host.ssh = checked(
      src,
      ssh,
      validSsh,
      "ssh destination",
      "write it as ssh takes it: an alias or user@host"
    );
  }
  const socket2 = f.get("socket");
  if (socket2) {
    host.socket = checked(
      src,
      socket2,
      (s) => SOCKET.test(s),
      "tmux socket name",
      "a tmux -L name: letters, digits, . _ -"
    );
  }
  const color = f.get("color");
  if (color) {
    const hint = "a tmux colour: default, red, brightred, colour0-255 or #rrggbb";
    host.color = checked(src, color, (s) => COLOR.test(s), "colour", hint);
  }
  const enabled = f.get("enabled");
  if (enabled) host.enabled = bool2(src, enabled);
  return host;
}
var HOST_KEYS, SOCKET, COLOR_NAMES, COLOR, validSsh;
var init_hosts2 = __esm({
  "src/config/hosts.ts"() {
    "use strict";
    init_names();
    init_nodes();
    init_names();
    HOST_KEYS = ["name", "ssh", "socket", "color", "enabled"];
    SOCKET = /^[A-Za-z0-9._-]+$/;
    COLOR_NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];
    COLOR = new RegExp(
      `^(default|(bright)?(${COLOR_NAMES.join("|")})|colou?r(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|#[0-9a-f]{6})$`,
      "i"
    );
    validSsh = (s) => s !== "" && !s.startsWith("-") && !/[\s\x00-\x1f\x7f]/.test(s);
  }
});

// src/config/fleet.ts
var fleet_exports = {};
__export(fleet_exports, {
  DEFAULT_TIMEOUTS: () => DEFAULT_TIMEOUTS,
  loadFleet: () => loadFleet,
  oneHostFleet: () => oneHostFleet,
  parseFleet: () => parseFleet
});
function loadFleet(opts) {
  const explicit = Boolean(opts.path || opts.env.NEXUS_CONFIG);
  const file = (0, import_node_path7.resolve)(opts.path ? expandHome(opts.path, opts.env) : configFile(opts.env));
  let text;
  try {
    text = (0, import_node_fs7.readFileSync)(file, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" && !explicit) return oneHostFleet(opts);
    if (code === "ENOENT") {
      throw usageError(`no fleet file at ${file}`, `create it, for example:
${EXAMPLE}`);
    }
    throw new NexusError(Exit.usage, `cannot read ${file}: ${code ?? String(err)}`, {
      hint: "check that it is a readable file",
      cause: err
    });
  }
  return parseFleet(text, file, opts);
}
function parseFleet(text, file, opts) {
  const src = parseSrc(text, file, new import_yaml2.LineCounter());
  const contents = src.doc.contents;
  const example = `list the hosts, for example:
${EXAMPLE}`;
  if (contents === null) fail(src, 1, "hosts", "missing: the file is empty", example);
  const top = fields(src, { key: "", line: lineOf(src, contents), node: contents }, TOP_KEYS);
  const hostsField = top.get("hosts");
  if (!hostsField) fail(src, 1, "hosts", "missing", example);
  const hosts = items(src, hostsField, example).map((f) => parseHost(src, f));
  const fleet = { file, self: "", hosts, timeouts: timeouts(src, top.get("timeouts")) };
  const ssh = sshConfig(src, top.get("ssh_config"), opts.env);
  if (ssh !== void 0) fleet.sshConfig = ssh;
  checkUnique(src, hosts);
  fleet.self = checkSelf(src, hosts, top.get("self") ?? hostsField, opts);
  checkLocalServers(src, hosts, fleet.self);
  checkControlPaths(src, hosts, fleet.self, opts);
  return fleet;
}
function checkSelf(src, hosts, where, opts) {
  const fromFile = where.key === "self" ? str2(src, where, "the name of one of the hosts") : void 0;
  const self = resolveSelf(fromFile, opts);
  if (hosts.some((h) => h.name === self.name)) return self.name;
  const names = hosts.map((h) => h.name).join(", ");
  return fail(
    src,
    where.line,
    "self",
    `${JSON.stringify(self.name)} (from ${self.source}) is not one of the hosts: ${names}`,
    `set self: <name> in ${src.file} or NEXUS_SELF=<name> to this machine's entry, or add a host named ${self.name}`
  );
}
function timeouts(src, f) {
  const t = { ...DEFAULT_TIMEOUTS };
  if (!f) return t;
  for (const [k, field] of fields(src, f, TIMEOUT_KEYS)) {
    const v = stringOrNumber(src, field);
    const r = v === void 0 ? parseDuration("") : parseDuration(v);
    if (!r.ok) fail(src, field.line, field.key, r.reason, "write it as 2s, 1500ms, 1.5s or 1m (at most 10m)");
    t[k === "connect" ? "connectMs" : "listMs"] = r.ms;
  }
  return t;
}
function sshConfig(src, f, env) {
  let fromFile;
  if (f) {
    const v = str2(src, f, "a path such as ~/.ssh/nexus_config");
    const bad = v === "" ? "empty path" : v.startsWith("~") && !(v.startsWith("~/") && env.HOME) ? "cannot expand ~" : "";
    if (bad) {
      fail(
        src,
        f.line,
        f.key,
        bad,
        "write an absolute path, one relative to the fleet file, or ~/\u2026 with HOME set"
      );
    }
    fromFile = (0, import_node_path7.resolve)((0, import_node_path7.dirname)(src.file), expandHome(v, env));
  }
  return env.NEXUS_SSH_CONFIG ? expandHome(env.NEXUS_SSH_CONFIG, env) : fromFile;
}
function checkUnique(src, hosts) {
  const seen = /* @__PURE__ */ new Map();
  hosts.forEach((h, i) => {
    const first = seen.get(h.name);
    if (first) {
      fail(
        src,
        h.line ?? 1,
        `hosts[${i}].name`,
        `duplicate host ${h.name} (first at line ${first.line})`,
        "rename or remove one"
      );
    }
    seen.set(h.name, h);
  });
}
function checkLocalServers(src, hosts, self) {
  const seen = /* @__PURE__ */ new Map();
  hosts.forEach((h, i) => {
    if (h.ssh !== void 0 && h.name !== self) return;
    const server = h.socket ?? "";
    const first = seen.get(server);
    if (first) {
      const which = server ? `tmux socket ${server}` : "the default tmux socket";
      fail(
        src,
        h.line ?? 1,
        `hosts[${i}]${server ? ".socket" : ""}`,
        `${h.name} and ${first.name} (line ${first.line}) are both ${which} on this machine (${self})`,
        "an entry without ssh: is another tmux socket on this machine: give it its own socket:, or an ssh: if it is another machine"
      );
    }
    seen.set(server, h);
  });
}
function checkControlPaths(src, hosts, self, opts) {
  const dir = runtimeDir(opts.env, opts.uid);
  hosts.forEach((h, i) => {
    if (h.ssh === void 0 || h.name === self || !h.enabled) return;
    const path = controlPath(dir, h.name);
    if (controlPathFits(path, opts.platform)) return;
    const room = maxHostNameBytes(dir, opts.platform);
    fail(
      src,
      h.line ?? 1,
      `hosts[${i}].name`,
      `the ssh ControlPath ${path} is ${Buffer.byteLength(path)} bytes, over the ${controlPathMax(opts.platform)} that ssh can bind`,
      `set XDG_RUNTIME_DIR to a shorter dir${room > 0 ? `, or shorten the host name to ${room} chars` : ""}`
    );
  });
}
var import_node_fs7, import_node_path7, import_yaml2, TOP_KEYS, TIMEOUT_KEYS, EXAMPLE;
var init_fleet = __esm({
  "src/config/fleet.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path7 = require("node:path");
    import_yaml2 = __toESM(require_dist(), 1);
    init_report();
    init_duration();
    init_hosts2();
    init_nodes();
    init_onehost();
    init_paths();
    init_self();
    init_onehost();
    TOP_KEYS = ["self", "hosts", "timeouts", "ssh_config"];
    TIMEOUT_KEYS = ["connect", "list"];
    EXAMPLE = "hosts:\n  - name: laptop\n  - name: devbox\n    ssh: devbox";
  }
});

// src/fleet/context.ts
var context_exports = {};
__export(context_exports, {
  loadCtx: () => loadCtx,
  makeCtx: () => makeCtx
});
async function loadCtx(opts = {}) {
  const env = opts.env ?? process.env;
  const uid = (0, import_node_os.userInfo)().uid;
  const inputs = {
    env,
    hostname: (0, import_node_os.hostname)(),
    uid,
    ...opts.config === void 0 ? {} : { path: opts.config },
    ...opts.tmuxSelf === void 0 ? {} : { tmuxSelf: opts.tmuxSelf }
  };
  const key = fleetKey(inputs);
  const cacheFile = (0, import_node_path8.join)(stateDir(env), "fleet.compiled.json");
  let fleet = key === void 0 ? void 0 : readCompiled(cacheFile, key, selfAsked(inputs));
  if (!fleet && key === void 0 && !opts.config && !env.NEXUS_CONFIG) {
    const { oneHostFleet: oneHostFleet2 } = await Promise.resolve().then(() => (init_onehost(), onehost_exports));
    fleet = oneHostFleet2(inputs);
  }
  if (!fleet) {
    const { loadFleet: loadFleet2 } = await Promise.resolve().then(() => (init_fleet(), fleet_exports));
    fleet = loadFleet2(inputs);
    if (key !== void 0) {
      (0, import_node_fs8.mkdirSync)(stateDir(env), { recursive: true, mode: 448 });
      writeCompiled(cacheFile, key, selfAsked(inputs), fleet);
    }
  }
  return makeCtx(fleet, env, uid);
}
function makeCtx(fleet, env, uid) {
  const rdir = runtimeDir(env, uid);
  const ssh = {
    connectMs: fleet.timeouts.connectMs,
    ...fleet.sshConfig === void 0 ? {} : { configFile: fleet.sshConfig },
    controlPath: (name2) => controlPath(rdir, name2),
    prepare: once(() => ensurePrivateDir(rdir))
  };
  const hosts = fleet.hosts.filter((h) => h.enabled).map((h) => hostFor(fleet, h, ssh));
  return {
    fleet,
    hosts,
    cache: new PeerCache(stateDir(env)),
    env,
    runtimeDir: rdir,
    host(name2) {
      const h = hosts.find((x) => x.spec.name === name2);
      if (h) return h;
      const all = fleet.hosts.map((x) => x.name).join(", ");
      const off = fleet.hosts.some((x) => x.name === name2);
      throw usageError(
        off ? `host ${name2} is disabled in the fleet file` : `unknown host: ${name2}`,
        off ? `set enabled: true for it in ${fleet.file}` : `hosts in the fleet: ${all}`
      );
    }
  };
}
function once(f) {
  let done = false;
  return () => {
    if (!done) f();
    done = true;
  };
}
var import_node_fs8, import_node_os, import_node_path8;
var init_context = __esm({
  "src/fleet/context.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path8 = require("node:path");
    init_compiled();
    init_paths();
    init_host2();
    init_report();
    init_cache();
  }
});

// src/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  doctorVerb: () => doctorVerb,
  localChecks: () => localChecks
});
async function tool(what, argv, re, min, fix) {
  const r = await run(argv, { deadlineMs: 5e3 });
  if (r.code === 127) return { what, ok: false, detail: "not found", fix };
  const v = re.exec(`${r.stdout}${r.stderr}`)?.[1];
  if (!v) return { what, ok: false, detail: `cannot read its version: ${(r.stdout + r.stderr).trim()}`, fix };
  if (min && !atLeast(v, min))
    return { what, ok: false, detail: `${v}, nexus needs ${min.join(".")} or newer`, fix };
  return { what, ok: true, detail: v };
}
async function localChecks() {
  const node = process.versions.node;
  return [
    {
      what: "node",
      ok: atLeast(node, [20, 0]),
      detail: node,
      fix: "install Node.js 20 or newer (and set -g @nexus-node to its path if tmux's PATH lacks it)"
    },
    ...await Promise.all([
      tool(
        "tmux",
        ["tmux", "-V"],
        /tmux (?:next-)?(\d+\.\d+)/,
        [3, 2],
        "install tmux 3.2 or newer: apt-get install tmux"
      ),
      tool(
        "fzf",
        ["fzf", "--version"],
        /^(\d+\.\d+(?:\.\d+)?)/,
        [0, 38],
        "install fzf 0.38 or newer: apt-get install fzf"
      ),
      tool(
        "ssh",
        ["ssh", "-V"],
        /OpenSSH_([\d.]+\w*)/,
        void 0,
        "install OpenSSH: apt-get install openssh-client"
      )
    ])
  ];
}
async function hostChecks(ctx) {
  const per = await Promise.all(
    ctx.hosts.map(async (h) => {
      const p = await probe(ctx, h);
      const what = `host ${h.spec.name}`;
      if (!p.ok)
        return [
          {
            what,
            ok: false,
            detail: p.error?.message ?? "unreachable",
            ...p.error?.hint ? { fix: p.error.hint } : {}
          }
        ];
      const out = [
        {
          what,
          ok: p.tmux !== null && atLeast(p.tmux, [3, 2]),
          detail: `reachable in ${p.ms} ms, tmux ${p.tmux}, ${p.sessions} sessions, nexus ${p.nexus ? "installed" : "not installed"}`,
          fix: "install tmux 3.2 or newer there"
        }
      ];
      if (!h.local) {
        const up = await h.masterRunning();
        out.push({
          what: `  multiplexing to ${h.spec.name}`,
          ok: up,
          soft: true,
          detail: up ? "ControlMaster running" : "no ControlMaster: every call pays a full ssh connection",
          fix: `check that ${ctx.runtimeDir} is writable and ControlMaster is not forced off in your ssh config`
        });
      }
      return out;
    })
  );
  return per.flat();
}
async function bindingCheck() {
  const tmux = ["tmux", ...process.env.TMUX ? [] : ["-L", "default"]];
  const up = await run([...tmux, "list-sessions"], { deadlineMs: 3e3 });
  const r = up.code === 0 ? await run([...tmux, "list-keys", "-T", "prefix"], { deadlineMs: 3e3 }) : up;
  if (r.code !== 0)
    return { what: "plugin", ok: true, soft: true, detail: "no tmux server running: bindings not checked" };
  const bound = r.stdout.split("\n").filter((l) => l.includes("nexus.js"));
  return bound.length ? { what: "plugin", ok: true, detail: `${bound.length} key bindings in the running tmux server` } : {
    what: "plugin",
    ok: false,
    soft: true,
    detail: "the running tmux server has no nexus bindings",
    fix: "add `set -g @plugin '<you>/nexus'` to ~/.tmux.conf and press prefix I, or: tmux run-shell <path>/nexus.tmux"
  };
}
var atLeast, doctorVerb;
var init_doctor = __esm({
  "src/commands/doctor.ts"() {
    "use strict";
    init_spawn();
    init_report();
    init_hosts();
    init_types();
    atLeast = (v, min) => {
      const [a = 0, b = 0] = v.split(".").map((x) => Number.parseInt(x, 10));
      return a > min[0] || a === min[0] && b >= min[1];
    };
    doctorVerb = {
      name: "doctor",
      aliases: [],
      usage: "nx doctor [--json]",
      summary: "check tmux, fzf, node, ssh, the fleet file, every host and the plugin; say how to fix each problem",
      options: { ...JSON_OPT },
      positionals: 0,
      needsFleet: false,
      async run(p, _ctx, io2) {
        const checks = await localChecks();
        try {
          const { loadCtx: loadCtx2 } = await Promise.resolve().then(() => (init_context(), context_exports));
          const ctx = await loadCtx2(typeof p.opts.config === "string" ? { config: p.opts.config } : {});
          checks.push({
            what: "fleet",
            ok: true,
            detail: `${ctx.fleet.file || "no fleet file: this machine only"} (self: ${ctx.fleet.self}, ${ctx.hosts.length} hosts)`
          });
          checks.push(...await hostChecks(ctx));
        } catch (e) {
          if (!(e instanceof NexusError)) throw e;
          checks.push({ what: "fleet", ok: false, detail: e.message, ...e.hint ? { fix: e.hint } : {} });
        }
        checks.push(await bindingCheck());
        if (p.opts.json) io2.out(`${JSON.stringify({ v: 1, checks }, null, 2)}
`);
        else
          for (const c of checks)
            io2.out(
              `${c.ok ? "ok  " : c.soft ? "warn" : "FAIL"} ${c.what}: ${c.detail}${!c.ok && c.fix ? `
       fix: ${c.fix}` : ""}
`
            );
        return checks.some((c) => !c.ok && !c.soft) ? Exit.failure : Exit.ok;
      }
    };
  }
});

// src/handoff/loop.ts
var loop_exports = {};
__export(loop_exports, {
  hopLoop: () => hopLoop
});
async function hopLoop(ctx, first, io2, hop = newHopId()) {
  ensurePrivateDir(ctx.runtimeDir);
  let target = first;
  let failures = 0;
  while (target) {
    const host = ctx.host(target.host);
    const pushing = host.local ? void 0 : push(ctx, host).catch(() => {
    });
    const code = await attach(host, hop, target.id);
    await pushing;
    if (code === 255 && !host.local) {
      io2.say(RESET_TERMINAL);
      failures++;
      if (failures <= RETRIES) {
        const wait = 500 * 2 ** (failures - 1);
        io2.say(
          `nexus: the connection to ${host.spec.name} broke; retry ${failures}/${RETRIES} in ${wait} ms`
        );
        await io2.sleep(wait);
        continue;
      }
      io2.say(`nexus: ${host.spec.name} cannot be reached; pick another session`);
      failures = 0;
      target = await io2.pick();
      continue;
    }
    failures = 0;
    if (code === ATTACH_GONE) {
      io2.say(`nexus: ${target.host}:${target.id} is gone; pick another session`);
      target = await io2.pick();
      continue;
    }
    target = await take(ctx, host, hop, io2);
  }
  return Exit.ok;
}
function attach(host, hop, id) {
  const args = [hop, socketName(host.spec), id];
  if (host.local) return runAttached(["sh", "-c", ATTACH, "sh", ...args]);
  return runAttached(host.ttyArgv(shJoin(["sh", "-c", ATTACH, "sh", ...args])));
}
async function take(ctx, host, hop, io2) {
  let raw;
  let reason;
  let now = Date.now() / 1e3;
  if (host.local) ({ raw, reason } = claimLocal(ctx.runtimeDir, hop));
  else {
    try {
      const r = await host.exec(script(TAKE, [hop, socketName(host.spec), SESSION_FORMAT]), {
        deadlineMs: 5e3
      });
      const [head = "", rows = ""] = r.stdout.split("\nROWS\n");
      now = Number(/^NOW (\d+)/m.exec(head)?.[1] ?? now);
      raw = /^INTENT (.*)$/m.exec(head)?.[1];
      reason = /^BAD (.*)$/m.exec(head)?.[1];
      ctx.cache.write({
        v: 1,
        host: host.spec.name,
        at: Date.now(),
        sessions: parseSessions(host.spec.name, rows).sessions
      });
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      io2.say(`nexus: ${e.message}; pick where to go`);
      return io2.pick();
    }
  }
  if (reason) {
    io2.say(`nexus: ignored an intent on ${host.spec.name}: ${reason}`);
    return void 0;
  }
  if (raw === void 0) return void 0;
  const c = checkIntent(raw, hop, now, ctx.fleet);
  if (c.ok) return { host: c.intent.target.host, id: c.intent.target.id };
  io2.say(`nexus: ignored an intent on ${host.spec.name}: ${c.reason}`);
  return void 0;
}
async function push(ctx, host) {
  await listAll(
    ctx,
    ctx.hosts.filter((h) => h.local).map((h) => h.spec.name)
  );
  const lines = ctx.hosts.map((h) => ctx.cache.read(h.spec.name)).filter((c) => c !== void 0 && c.host !== host.spec.name).map((c) => `${c?.host} ${c?.at} ${JSON.stringify({ ...c, pushed: true })}`);
  if (lines.length === 0) return;
  await host.exec(script(PUSH, [""]), { stdin: `${lines.join("\n")}
`, deadlineMs: 3e3 });
}
var RETRIES, RESET_TERMINAL;
var init_loop = __esm({
  "src/handoff/loop.ts"() {
    "use strict";
    init_paths();
    init_errors();
    init_quote();
    init_scripts();
    init_spawn();
    init_list();
    init_report();
    init_argv();
    init_fields();
    init_intent();
    RETRIES = 3;
    RESET_TERMINAL = "\x1B[?1049l\x1B[?1000l\x1B[?1002l\x1B[?1006l\x1B[?25h\x1B[0m";
  }
});

// src/commands/hop.ts
var hop_exports = {};
__export(hop_exports, {
  attachVerb: () => attachVerb,
  hopVerb: () => hopVerb,
  loopIo: () => loopIo
});
function loopIo(ctx, io2) {
  return {
    say: (s) => io2.err(`${s}
`),
    pick: () => choose(ctx, ""),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms))
  };
}
var import_node_os2, hopVerb, attachVerb;
var init_hop = __esm({
  "src/commands/hop.ts"() {
    "use strict";
    import_node_os2 = require("node:os");
    init_spawn();
    init_resolve();
    init_intent();
    init_loop();
    init_plan();
    init_report();
    init_argv();
    init_options2();
    init_ask();
    init_go();
    init_pick();
    hopVerb = {
      name: "hop",
      aliases: [],
      usage: "nx hop --intent HOPID",
      summary: "the hop loop, started by a detaching client with the intent it left",
      options: { intent: { type: "string", value: "HOPID", desc: "the hop id of the intent to start from" } },
      positionals: 0,
      async run(p, ctx, io2) {
        const hop = p.opts.intent;
        if (typeof hop !== "string" || !HOP_RE.test(hop))
          throw usageError("--intent takes a hop id (16 hex digits)");
        const { raw, reason } = claimLocal(ctx.runtimeDir, hop);
        const c = raw === void 0 ? void 0 : checkIntent(raw, hop, Date.now() / 1e3, ctx.fleet);
        const lio = loopIo(ctx, io2);
        if (c?.ok) return hopLoop(ctx, c.intent.target, lio, hop);
        io2.err(
          `nexus: no usable intent (${reason ?? (c && !c.ok ? c.reason : "none found")}); pick where to go
`
        );
        const t = await lio.pick();
        return t ? hopLoop(ctx, t, lio, hop) : Exit.ok;
      }
    };
    attachVerb = {
      name: "attach",
      aliases: ["a"],
      usage: "nx attach [selector]",
      summary: "go to a session: outside tmux through the hop loop, inside tmux by switch or hand-off",
      details: "With no selector, the picker chooses.",
      options: {},
      positionals: 1,
      async run(p, ctx, io2) {
        const sel = p.args[0];
        const lio = loopIo(ctx, io2);
        const t = sel === void 0 ? await lio.pick() : await resolve(ctx, sel, chooser(io2)).then((r) => ({
          host: r.host.spec.name,
          id: r.session.id,
          name: r.session.name
        }));
        if (!t) return Exit.cancelled;
        if (!process.env.TMUX) return hopLoop(ctx, t, lio);
        const here = currentHost(ctx.fleet, currentSocket(ctx.env));
        if (!here)
          throw new NexusError(Exit.failure, "this tmux server is not a host of the fleet", {
            hint: `hostname: ${(0, import_node_os2.hostname)()}; set self: in the fleet file`
          });
        const me = await run([...tmuxBase(ctx.host(here).spec), "display-message", "-p", "#{client_name}"]);
        return go(
          ctx,
          ctx.host(t.host),
          t.id,
          "name" in t ? String(t.name) : t.id,
          me.stdout.trim() || void 0
        );
      }
    };
  }
});

// src/commands/demo.ts
var demo_exports = {};
__export(demo_exports, {
  demoVerb: () => demoVerb
});
function demoConf(dir, host, plugin) {
  return [
    `set -g @nexus-config ${shJoin([(0, import_node_path9.join)(dir, "fleet.yaml")])}`,
    `set -g @nexus-self ${host}`,
    "set -g status-style bg=colour236,fg=colour250",
    `set -g status-left '#[bold] ${host} #[default] '`,
    "set -g status-left-length 20",
    "set -g status-right ' nexus demo: prefix \\ pick \xB7 prefix ( ) ring \xB7 prefix d leave '",
    "set -g status-right-length 80",
    `run-shell ${shJoin([plugin])}`
  ].join("\n");
}
async function stop(dir) {
  await Promise.all(
    HOSTS.map(async (h) => {
      const tmux = ["tmux", "-L", socket(h.name)];
      await run([...tmux, "kill-server"], { deadlineMs: 3e3 });
      const uid = process.getuid?.() ?? 0;
      (0, import_node_fs9.rmSync)((0, import_node_path9.join)(process.env.TMUX_TMPDIR || "/tmp", `tmux-${uid}`, socket(h.name)), { force: true });
    })
  );
  (0, import_node_fs9.rmSync)(dir, { recursive: true, force: true });
}
async function start(dir, bundle) {
  await stop(dir);
  (0, import_node_fs9.mkdirSync)(dir, { recursive: true });
  const fleet = {
    self: "laptop",
    hosts: HOSTS.map((h) => ({ name: h.name, socket: socket(h.name), color: h.color }))
  };
  (0, import_node_fs9.writeFileSync)((0, import_node_path9.join)(dir, "fleet.yaml"), `${JSON.stringify(fleet, null, 2)}
`);
  for (const [name2, body] of Object.entries(SCRIPTS)) (0, import_node_fs9.writeFileSync)((0, import_node_path9.join)(dir, `${name2}.sh`), `${body}
`);
  const plugin = (0, import_node_path9.join)((0, import_node_path9.dirname)(bundle), "..", "nexus.tmux");
  for (const h of HOSTS) {
    const conf = (0, import_node_path9.join)(dir, `${h.name}.conf`);
    (0, import_node_fs9.writeFileSync)(conf, `${demoConf(dir, h.name, plugin)}
`);
    for (const [i, [name2, kind]] of h.sessions.entries()) {
      const cmd = ["sh", (0, import_node_path9.join)(dir, `${kind}.sh`)];
      const base = ["tmux", "-L", socket(h.name), ...i === 0 ? ["-f", conf] : []];
      const r = await run([...base, "new-session", "-d", "-x", "160", "-y", "45", "-s", name2, "--", ...cmd], {
        deadlineMs: 5e3,
        env: { ...process.env, TMUX: void 0 }
      });
      if (r.code !== 0)
        throw new NexusError(Exit.failure, `demo: cannot start ${h.name}: ${r.stderr.trim()}`);
    }
  }
}
var import_node_fs9, import_node_path9, HOSTS, socket, SCRIPTS, demoVerb;
var init_demo = __esm({
  "src/commands/demo.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_paths();
    init_quote();
    init_spawn();
    init_context();
    init_loop();
    init_report();
    init_hop();
    HOSTS = [
      {
        name: "laptop",
        color: "cyan",
        sessions: [
          ["claude-api", "agent"],
          ["notes", "shell"]
        ]
      },
      {
        name: "devbox",
        color: "yellow",
        sessions: [
          ["build", "log"],
          ["aider-web", "agent"]
        ]
      },
      {
        name: "gpu",
        color: "magenta",
        sessions: [
          ["train", "train"],
          ["codex-eval", "agent"]
        ]
      }
    ];
    socket = (host) => `nexus-demo-${host}`;
    SCRIPTS = {
      agent: `i=0; printf '\\033[1m> refactor the session cache and add tests\\033[0m\\n\\n'
while :; do i=$((i+1))
  printf '\\033[36m\u25CF\\033[0m Reading src/cache.ts\\n'; sleep 1.5
  printf '\\033[36m\u25CF\\033[0m Edit src/cache.ts (+%s -%s)\\n' $((i*3)) $i; sleep 1.5
  printf '\\033[32m\u2713\\033[0m npm test: %s passed\\n\\n' $((40+i)); sleep 2
done`,
      log: `i=0; while :; do i=$((i+1)); printf '%s INFO  build step %s: compiled %s modules\\n' "$(date +%T)" $i $((i*7)); sleep 1; done`,
      train: `e=0; while :; do e=$((e+1)); printf 'epoch %3s  loss %s  gpu 97%%  eta %sm\\n' $e "0.$((900-e*7))" $((120-e)); sleep 1.2; done`,
      shell: `printf 'a shell on this host: try nx list, or the keys below.\\n'; exec "\${SHELL:-sh}"`
    };
    demoVerb = {
      name: "demo",
      aliases: [],
      usage: "nx demo [--stop]",
      summary: "try nexus: three demo hosts on this machine (tmux sockets), the picker and the ring",
      options: { stop: { type: "boolean", desc: "remove the demo: its tmux servers and files" } },
      positionals: 0,
      needsFleet: false,
      async run(p, _ctx, io2) {
        const dir = (0, import_node_path9.join)(stateDir(process.env), "demo");
        const bundle = process.argv[1];
        if (p.opts.stop) {
          await stop(dir);
          io2.err("nexus demo removed\n");
          return Exit.ok;
        }
        if (process.env.TMUX) {
          const cmd = shJoin(["env", "-u", "TMUX", process.execPath, bundle, "demo"]);
          return await runAttached(["tmux", "display-popup", "-E", "-w", "95%", "-h", "95%", cmd]) === 0 ? Exit.ok : Exit.failure;
        }
        if (!(0, import_node_fs9.existsSync)((0, import_node_path9.join)((0, import_node_path9.dirname)(bundle), "..", "nexus.tmux")))
          throw new NexusError(Exit.failure, "demo: nexus.tmux is not next to dist/", {
            hint: "run the demo from a clone of nexus"
          });
        await start(dir, bundle);
        io2.err(
          "nexus demo: three hosts (laptop, devbox, gpu). Keys: prefix \\ pick \xB7 prefix ( ) ring \xB7 prefix d leave\n"
        );
        try {
          const ctx = await loadCtx({ config: (0, import_node_path9.join)(dir, "fleet.yaml") });
          return await hopLoop(ctx, { host: "laptop", id: "$0" }, loopIo(ctx, io2));
        } finally {
          await stop(dir);
          io2.err("nexus demo removed. Install: see the README (TPM, then a fleet file).\n");
        }
      }
    };
  }
});

// src/handoff/ring.ts
function step(ring2, at, dir) {
  const why = (h) => `${h.host} (${h.reason ?? "unreachable"})`;
  const flat2 = ring2.flatMap((h) => h.sessions ?? []);
  if (flat2.length === 0) return { target: void 0, skipped: ring2.filter((h) => !h.sessions).map(why) };
  const i = flat2.findIndex((s) => s.host === at.host && s.id === at.id);
  const j = i < 0 ? dir === 1 ? 0 : flat2.length - 1 : (i + dir + flat2.length) % flat2.length;
  const target = flat2[j];
  const order = ring2.map((h) => h.host);
  const from = order.indexOf(at.host);
  const to = order.indexOf(target.host);
  const lap = i >= 0 && (dir === 1 ? j <= i : j >= i);
  const between = ring2.filter(
    (h, k) => h.sessions === void 0 && (from === to ? lap && k !== from : inArc(from, to, k, dir, order.length))
  );
  return { target, skipped: between.map(why) };
}
function inArc(from, to, k, dir, n) {
  if (from === to || from < 0) return false;
  const dist = (a, b) => ((b - a) * dir % n + n) % n;
  return dist(from, k) > 0 && dist(from, k) < dist(from, to);
}
var init_ring = __esm({
  "src/handoff/ring.ts"() {
    "use strict";
  }
});

// src/commands/cycle.ts
var cycle_exports = {};
__export(cycle_exports, {
  cycleVerb: () => cycleVerb
});
async function ring(ctx, here) {
  const now = Date.now();
  const cached = new Map(
    ctx.hosts.map((h) => [h.spec.name, h.local ? void 0 : ctx.cache.read(h.spec.name)])
  );
  const stale = ctx.hosts.filter((h) => {
    if (h.spec.name === here.host) return false;
    const c = cached.get(h.spec.name);
    return !c || now - c.at > FRESH_MS;
  });
  const listed = await listAll(
    ctx,
    stale.map((h) => h.spec.name)
  );
  const live = new Map([...listed, here].map((l) => [l.host, l]));
  return ctx.hosts.map((h) => {
    const l = live.get(h.spec.name);
    const c = cached.get(h.spec.name);
    if (!l) return { host: h.spec.name, sessions: c?.sessions };
    if (l.ok) return { host: l.host, sessions: l.sessions };
    if (c?.pushed) return { host: l.host, sessions: c.sessions };
    return { host: l.host, sessions: void 0, reason: l.error.short };
  });
}
var FRESH_MS, cycleVerb;
var init_cycle = __esm({
  "src/commands/cycle.ts"() {
    "use strict";
    init_list();
    init_plan();
    init_ring();
    init_report();
    init_argv();
    init_options2();
    init_go();
    init_types();
    FRESH_MS = 15e3;
    cycleVerb = {
      name: "cycle",
      aliases: [],
      usage: "nx cycle prev|next [--client NAME]",
      summary: "go to the previous or next session of the ring (hosts in fleet order)",
      options: { ...CLIENT_OPTS },
      positionals: 1,
      tmuxOptions: true,
      async run(p, ctx) {
        const dir = p.args[0] === "next" ? 1 : p.args[0] === "prev" ? -1 : void 0;
        if (dir === void 0) throw usageError("nx cycle takes prev or next");
        const c = clientOf(p.opts);
        const client = c.name;
        const current = currentHost(ctx.fleet, currentSocket(ctx.env));
        if (current === void 0) throw notAFleetServer(ctx);
        const here = ctx.host(current);
        if (ctx.hosts.length === 1) {
          await here.exec([
            ...tmuxBase(here.spec),
            "switch-client",
            ...client ? ["-c", client] : [],
            dir === 1 ? "-n" : "-p"
          ]);
          return Exit.ok;
        }
        const id = c.session ?? (await here.exec(clientFormat(here.spec, client, "#{session_id}"))).stdout.trim();
        const mine = await listHost(here, ctx.fleet.timeouts.listMs);
        const i = mine.ok ? mine.sessions.findIndex((x) => x.id === id) : -1;
        const inside = mine.ok && i >= 0 ? mine.sessions[i + dir] : void 0;
        if (inside) return go(ctx, here, inside.id, inside.name, client, c.known);
        const s = step(await ring(ctx, mine), { host: current, id }, dir);
        const say = (text) => here.exec(displayMessage(here.spec, client, `nexus: ${text}`));
        if (s.skipped.length) await say(`skipped ${s.skipped.join(", ")}`);
        if (!s.target) {
          await say("no sessions anywhere in the ring");
          return Exit.noSession;
        }
        return go(ctx, ctx.host(s.target.host), s.target.id, s.target.name, client, c.known);
      }
    };
  }
});

// src/commands/init.ts
var init_exports = {};
__export(init_exports, {
  cycleCommand: () => cycleCommand,
  initVerb: () => initVerb,
  pickerCommand: () => pickerCommand
});
function pickerCommand(bundle) {
  const lib = (0, import_node_path10.join)((0, import_node_path10.dirname)(bundle), "..", "scripts");
  const args = ["#{client_name}", "#{client_pid}", "#{client_tty}", "#{session_id}"].map((a) => `'${a}'`);
  const sh = `lib=${shJoin([lib]).replaceAll("#", "##")}; set -- ${args.join(" ")}; . "$lib/picker.sh"`;
  return [
    "display-popup -c #{client_name}",
    `-w ${tmuxWord(opt("@nexus-popup-width"))} -h ${tmuxWord(opt("@nexus-popup-height"))}`,
    `-E ${tmuxWord(sh)}`
  ].join(" ");
}
var import_node_path10, dflt, opt, literal, CLIENT, NODE, tmuxWord, cycleCommand, BINDINGS, initVerb;
var init_init = __esm({
  "src/commands/init.ts"() {
    "use strict";
    import_node_path10 = require("node:path");
    init_options();
    init_quote();
    init_spawn();
    init_report();
    init_argv();
    dflt = (name2) => OPTIONS.find((o) => o.name === name2)?.default ?? "";
    opt = (name2) => `#{?${name2},#{${name2}},${dflt(name2)}}`;
    literal = (s) => shJoin([s]).replaceAll("#", "##");
    CLIENT = "--client #{q:client_name} --client-pid #{client_pid} --client-tty #{q:client_tty} --session #{q:session_id}";
    NODE = `#{?@nexus-node,#{q:@nexus-node},${dflt("@nexus-node")}}`;
    tmuxWord = (s) => `"${s.replace(/[\\"$]/g, "\\$&")}"`;
    cycleCommand = (bundle, dir) => `${NODE} ${literal(bundle)} cycle ${dir} ${CLIENT} >/dev/null 2>&1 || true`;
    BINDINGS = [
      { option: "@nexus-key", note: "nexus: pick a session on any host", how: "-C", command: pickerCommand },
      {
        option: "@nexus-prev-key",
        note: "nexus: previous session of the ring",
        how: "-b",
        command: (b) => cycleCommand(b, "prev")
      },
      {
        option: "@nexus-next-key",
        note: "nexus: next session of the ring",
        how: "-b",
        command: (b) => cycleCommand(b, "next")
      }
    ];
    initVerb = {
      name: "init",
      aliases: [],
      usage: "nx init",
      summary: "bind nexus's keys in the current tmux server (nexus.tmux runs this)",
      options: {},
      positionals: 0,
      needsFleet: false,
      tmuxOptions: true,
      async run(_p, _ctx, io2, opts) {
        if (!process.env.TMUX || !opts) {
          io2.err("nx init: not inside tmux (nexus.tmux runs this from tmux)\n");
          return Exit.usage;
        }
        const bundle = process.argv[1];
        const tmux = (...a) => run(["tmux", ...a], { deadlineMs: 5e3 });
        let code = Exit.ok;
        for (const b of BINDINGS) {
          const key = opts[b.option];
          const memo = b.option.replace("@nexus-", "@nexus-bound-");
          const old = (await tmux("show-options", "-gqv", memo)).stdout.trim();
          if (old && old !== key) await tmux("unbind-key", "--", arg(old));
          const r = await tmux(
            "bind-key",
            "-N",
            b.note,
            "--",
            arg(key),
            "run-shell",
            b.how,
            arg(b.command(bundle))
          );
          if (r.code === 0) await tmux("set-option", "-g", memo, arg(key));
          else {
            await tmux("display-message", "--", fmt(`nexus: cannot bind ${key}: ${r.stderr.trim()}`));
            code = Exit.failure;
          }
        }
        return code;
      }
    };
  }
});

// src/commands/completion.ts
var completion_exports = {};
__export(completion_exports, {
  argKinds: () => argKinds,
  complete: () => complete,
  completeVerb: () => completeVerb,
  completionVerb: () => completionVerb,
  forReadline: () => forReadline,
  lexBash: () => lexBash
});
function argKinds(usage) {
  const kinds = [];
  let repeat = false;
  for (const t of usage.match(/\[[^\]]*\]|<[^>]*>|\S+/g)?.slice(2) ?? []) {
    const w = t.replace(/^[[<]|[\]>]$/g, "");
    if (w.startsWith("-") || /^[A-Z][A-Z0-9_]*$/.test(w)) continue;
    repeat = w.endsWith("\u2026");
    const word = w.replace(/…$/, "");
    if (word === "host") kinds.push("host");
    else if (/^(selector|sel|filter)$/.test(word)) kinds.push("session");
    else kinds.push(word.includes("|") ? word.split("|") : "none");
  }
  return { kinds, repeat };
}
function want(before, cur, spec, positionals) {
  const short = new Map(Object.entries(spec).flatMap(([k, o]) => o.short ? [[`-${o.short}`, k]] : []));
  const optionOf = (w) => spec[w.startsWith("--") ? w.slice(2).split("=")[0] : short.get(w) ?? ""];
  let args = 0;
  for (let i = 0; i < before.length; i++) {
    const w = before[i];
    if (w === "--") return "nothing";
    const o = optionOf(w);
    if (o?.type === "string" && !w.includes("=")) {
      if (++i === before.length) return { option: o };
    } else if (!o && !(w.startsWith("-") && w !== "-")) {
      if (args >= positionals) return "nothing";
      args++;
    }
  }
  if (cur.startsWith("-")) return cur.includes("=") ? "nothing" : "options";
  return args >= positionals && positionals !== Number.POSITIVE_INFINITY ? "nothing" : { arg: args };
}
async function complete(words, cword, fleet) {
  const cur = words[cword] ?? "";
  if (cword <= 1) {
    if (cur.startsWith("-")) return starting(["--help", "--version"], cur);
    const names = Object.keys(VERBS).filter((v) => !HIDDEN.has(v));
    return starting(
      [...names, ...Object.keys(ALIASES).filter((a) => names.includes(ALIASES[a])), "help"],
      cur
    );
  }
  const typed = words[1];
  const name2 = Object.hasOwn(ALIASES, typed) ? ALIASES[typed] : typed;
  if (!Object.hasOwn(VERBS, name2)) return [];
  const verb = await VERBS[name2]();
  const spec = { ...verb.options, ...GLOBAL };
  const w = want(words.slice(2, cword), cur, spec, verb.positionals);
  if (w === "nothing") return [];
  if (w === "options") {
    const flags = Object.entries(spec).flatMap(([k, o]) => [`--${k}`, ...o.short ? [`-${o.short}`] : []]);
    return starting(cur.startsWith("--") ? flags.filter((f2) => f2.startsWith("--")) : flags, cur);
  }
  if ("option" in w) return w.option.value === "FILE" ? [FILES] : [];
  const { kinds, repeat } = argKinds(verb.usage);
  const kind = kinds[w.arg] ?? (repeat ? kinds[kinds.length - 1] : void 0) ?? "none";
  if (Array.isArray(kind)) return starting(kind, cur);
  if (kind === "none") return [];
  const f = await fleet(configIn(words.slice(2, cword)));
  if (kind === "host") return starting(f.hosts, cur);
  const rows = f.sessions.filter((s) => s.name !== "" && !s.name.includes(":"));
  return starting([...rows.map((s) => s.name), ...rows.map((s) => `${s.host}:${s.name}`)], cur);
}
function configIn(words) {
  let file;
  words.forEach((w, i) => {
    if (w === "--config") file = words[i + 1] ?? file;
    else if (w.startsWith("--config=")) file = w.slice("--config=".length);
  });
  return file;
}
async function fleetFromDisk(config) {
  try {
    const { loadCtx: loadCtx2 } = await Promise.resolve().then(() => (init_context(), context_exports));
    const ctx = await loadCtx2(config === void 0 ? {} : { config });
    const hosts = ctx.hosts.map((h) => h.spec.name);
    const sessions = hosts.flatMap(
      (host) => (ctx.cache.read(host)?.sessions ?? []).flatMap(
        (s) => typeof s?.name === "string" ? [{ host, name: s.name }] : []
      )
    );
    return { hosts, sessions };
  } catch {
    return { hosts: [], sessions: [] };
  }
}
function lexBash(line, breaks) {
  const words = [];
  let w = { value: "", quote: "", head: 0 };
  let started = false;
  let quoteAt = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (w.quote === "'" || w.quote === '"' && c !== "\\") {
      if (c === w.quote) {
        w.quote = "";
        if (breaks.includes(c)) w.head = w.value.length;
      } else w.value += c;
    } else if (c === "\\") {
      const n = line[++i];
      if (n !== void 0 && n !== "\n") w.value += w.quote === '"' && !'$`"\\'.includes(n) ? `\\${n}` : n;
      started = true;
    } else if (c === " " || c === "	" || c === "\n") {
      if (started) words.push(w);
      w = { value: "", quote: "", head: 0 };
      started = false;
    } else if (c === "'" || c === '"') {
      w.quote = c;
      quoteAt = w.value.length;
      started = true;
    } else {
      w.value += c;
      started = true;
      if (breaks.includes(c)) w.head = w.value.length;
    }
  }
  if (w.quote) w.head = quoteAt;
  words.push(w);
  return words;
}
function forReadline(cands, w) {
  const quote = (s) => w.quote === "'" ? s.replaceAll("'", "'\\''") : w.quote === '"' ? s.replace(/[\\"$`]/g, "\\$&") : s.replace(/[^\w@%+,./:=\u00a0-\u{10ffff}-]/gu, "\\$&");
  const head = w.value.slice(0, w.head);
  return cands.filter((c) => c.startsWith(head)).map((c) => quote(c.slice(head.length)));
}
var FILES, CONTROL, starting, BASH, ZSH, FISH, SCRIPTS2, completionVerb, completeVerb;
var init_completion = __esm({
  "src/commands/completion.ts"() {
    "use strict";
    init_report();
    init_registry();
    FILES = "::files";
    CONTROL = /[\x00-\x1f\x7f-\x9f]/;
    starting = (words, cur) => [...new Set(words)].filter((w) => w.startsWith(cur) && !CONTROL.test(w));
    BASH = `# bash completion for nx (nexus). In ~/.bashrc:  source <(nx completion bash)
# (bash 3.2, as on macOS, cannot source a pipe: eval "$(nx completion bash)")
_nx() {
  local reply line
  COMPREPLY=()
  reply=$(nx __complete --breaks "$COMP_WORDBREAKS" --bash "\${COMP_LINE:0:COMP_POINT}" 2>/dev/null) || return 0
  if [[ $reply == ${FILES} ]]; then
    compopt -o default 2>/dev/null # bash 4+: readline's own file name completion
    return 0
  fi
  while IFS= read -r line; do
    [[ -n $line ]] && COMPREPLY+=("$line")
  done <<<"$reply"
}
complete -F _nx nx
`;
    ZSH = `#compdef nx
# zsh completion for nx (nexus). In ~/.zshrc:  source <(nx completion zsh)
# (it runs compinit if ~/.zshrc has not), or save it as _nx in a directory of $fpath.
_nx() {
  local reply
  local -a cands
  reply=$(nx __complete $((CURRENT - 1)) "\${(@Q)words[1,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null) || return 1
  if [[ $reply == ${FILES} ]]; then
    _files
    return
  fi
  [[ -n $reply ]] || return 1
  cands=("\${(@f)reply}")
  compadd -- "\${cands[@]}"
}
if [[ \${funcstack[1]-} == _nx ]]; then
  _nx "$@"
else
  (( \${+functions[compdef]} )) || { autoload -Uz compinit && compinit -i; }
  compdef _nx nx
fi
`;
    FISH = `# fish completion for nx (nexus):  nx completion fish | source
# or save it as ~/.config/fish/completions/nx.fish
function __nx_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct | string unescape 2>/dev/null)
    set -l reply (nx __complete (count $words) $words "$cur" 2>/dev/null)
    if test "$reply" = ${FILES}
        __fish_complete_path "$cur"
    else
        string join \\n -- $reply
    end
end
complete -c nx -f -a '(__nx_complete)'
`;
    SCRIPTS2 = /* @__PURE__ */ new Map([
      ["bash", BASH],
      ["zsh", ZSH],
      ["fish", FISH]
    ]);
    completionVerb = {
      name: "completion",
      aliases: [],
      usage: "nx completion <bash|zsh|fish>",
      summary: "print the shell completion script for bash, zsh or fish",
      details: `Verbs, options, hosts, and sessions as of the last list (the peer cache): a tab never waits on a host.
  bash  source <(nx completion bash)            in ~/.bashrc
  zsh   source <(nx completion zsh)             in ~/.zshrc (runs compinit if it has not run)
  fish  nx completion fish | source             in ~/.config/fish/config.fish`,
      options: {},
      positionals: 1,
      needsFleet: false,
      async run(p, _ctx, io2) {
        const script2 = SCRIPTS2.get(p.args[0] ?? "");
        if (!script2 || p.args.length > 1) throw usageError("which shell?", `usage: ${this.usage}`);
        io2.out(script2);
        return Exit.ok;
      }
    };
    completeVerb = {
      name: "__complete",
      aliases: [],
      usage: "nx __complete <cword> <words\u2026> | --bash LINE [--breaks CHARS]",
      summary: "candidates for words[cword] (unquoted), one a line; --bash: for readline, from the line",
      options: {
        bash: { type: "string", value: "LINE", desc: "the bash command line up to the cursor" },
        breaks: { type: "string", value: "CHARS", desc: "bash's COMP_WORDBREAKS" }
      },
      positionals: 1,
      needsFleet: false,
      async run(p, _ctx, io2) {
        const line = p.opts.bash;
        const bw = typeof line === "string" ? lexBash(line, String(p.opts.breaks ?? "")) : void 0;
        const words = bw ? bw.map((w) => w.value) : p.args.slice(1);
        const cword = bw ? bw.length - 1 : Number(p.args[0]);
        if (!Number.isInteger(cword) || cword < 0 || cword >= words.length)
          throw usageError("nx __complete wants the index of the current word, then the words");
        const cands = await complete(words, cword, fleetFromDisk);
        const out = bw && cands[0] !== FILES ? forReadline(cands, bw[cword]) : cands;
        if (out.length) io2.out(`${out.join("\n")}
`);
        return Exit.ok;
      }
    };
  }
});

// src/dash/layout.ts
function tiledGrid(n) {
  let rows = 1;
  let cols = 1;
  while (rows * cols < n) {
    rows++;
    if (rows * cols < n) cols++;
  }
  return { cols, rows };
}
function cellSize(n, window) {
  const g = tiledGrid(n);
  return {
    cols: Math.floor((window.cols - (g.cols - 1)) / g.cols),
    rows: Math.floor((window.rows - (g.rows - 1)) / g.rows)
  };
}
function perPage(window, min = MIN_TILE, max = MAX_PER_PAGE) {
  let n = 1;
  while (n < max) {
    const c = cellSize(n + 1, window);
    if (c.cols < min.cols || c.rows < min.rows) break;
    n++;
  }
  return n;
}
function paginate(items2, per) {
  const pages = [];
  for (let i = 0; i < items2.length; i += per) pages.push(items2.slice(i, i + per));
  return pages;
}
var MIN_TILE, MAX_PER_PAGE;
var init_layout = __esm({
  "src/dash/layout.ts"() {
    "use strict";
    MIN_TILE = { cols: 60, rows: 12 };
    MAX_PER_PAGE = 36;
  }
});

// src/dash/server.ts
function watchArgv(h, id) {
  if (!SOCKET_RE.test(h.socket)) throw new Error(`bad tmux socket name ${JSON.stringify(h.socket)}`);
  if (!ID_RE.test(id)) throw new Error(`bad session id ${JSON.stringify(id)}`);
  const argv = ["sh", "-c", WATCH, "sh", h.socket, id];
  return [...NO_TMUX, ...h.tty ? h.tty(shJoin(argv)) : argv];
}
function setupCommands() {
  const cmds = [["start-server"], ...OPTIONS2];
  for (const [key, command] of KEYS2) cmds.push(["bind-key", "-n", key, command]);
  return cmds;
}
function pageText(page, pages, shown, total) {
  if (pages === 1) return `${total} session${total === 1 ? "" : "s"}`;
  return `page ${page + 1}/${pages} \xB7 ${shown} of ${total} (${total - shown} on other pages)`;
}
function tileCommands(pages, size, note = "") {
  const total = pages.reduce((n, p) => n + p.length, 0);
  const cmds = [["set-option", "-g", "@nexus-note", note]];
  const start2 = [];
  pages.forEach((tiles, p) => {
    const win = `=${DASH_SESSION}:${p}`;
    tiles.forEach((t, j) => {
      const xy = ["-x", String(size.cols), "-y", String(size.rows)];
      if (j > 0) cmds.push(["split-window", "-d", "-t", `${win}.${j - 1}`, ...PLACEHOLDER]);
      else if (p > 0) cmds.push(["new-window", "-d", "-t", win, ...PLACEHOLDER]);
      else cmds.push(["new-session", "-d", "-s", DASH_SESSION, ...xy, ...PLACEHOLDER]);
      if (j > 0) cmds.push(["select-layout", "-t", win, "tiled"]);
      const pane = ["-p", "-t", `${win}.${j}`];
      cmds.push(
        ["set-option", ...pane, "@nexus-title", `${t.host}:${t.name}`],
        ["set-option", ...pane, "@nexus-color", t.color ?? "default"],
        ["set-option", ...pane, "@nexus-target", tileKey(t)]
      );
      start2.push(["respawn-pane", "-k", "-t", `${win}.${j}`, ...t.argv]);
    });
    cmds.push(["set-option", "-w", "-t", win, "@nexus-page", pageText(p, pages.length, tiles.length, total)]);
  });
  cmds.push(
    ...start2,
    ["select-window", "-t", `=${DASH_SESSION}:0`],
    ["select-pane", "-t", `=${DASH_SESSION}:0.0`],
    // tmux 3.3 leaves its socket file behind after kill-server: nexus removes it by this path.
    ["display-message", "-p", "#{socket_path}"]
  );
  return cmds;
}
function lostCommands(listPanes) {
  return listPanes.split("\n").map((l) => l.split(" ")).filter(([id, dead, title]) => /^%\d+$/.test(id ?? "") && dead === "1" && title !== "lost").map(([id]) => ["select-pane", "-t", id, "-T", "lost"]);
}
function chain(cmds) {
  return cmds.flatMap((c, i) => [...i === 0 ? [] : [";"], ...c.map(arg)]);
}
function batches(cmds, limit = 12e3) {
  const out = [];
  let cur = [];
  let size = 0;
  for (const c of cmds) {
    const n = c.reduce((sum, w) => sum + Buffer.byteLength(arg(w)) + 1, 2);
    if (cur.length > 0 && size + n > limit) {
      out.push(chain(cur));
      cur = [];
      size = 0;
    }
    cur.push(c);
    size += n;
  }
  if (cur.length > 0) out.push(chain(cur));
  return out;
}
var DASH_SESSION, dashSocket, tileKey, NO_TMUX, SOCKET_RE, WATCH, TITLE, LEFT, RIGHT, GO, KEYS2, OPTIONS2, PLACEHOLDER, LIST_PANES;
var init_server = __esm({
  "src/dash/server.ts"() {
    "use strict";
    init_quote();
    init_session();
    init_argv();
    DASH_SESSION = "dash";
    dashSocket = (pid) => `nexus-dash-${pid}`;
    tileKey = (t) => `${t.host}:${t.id}`;
    NO_TMUX = ["env", "-u", "TMUX", "-u", "TMUX_PANE"];
    SOCKET_RE = /^[A-Za-z0-9._-]+$/;
    WATCH = `tmux -L "$1" has-session -t "$2" 2>/dev/null || { echo "nexus: session $2 is gone"; exit 97; }; g() { tmux -L "$1" list-clients -F "#{client_flags}" 2>/dev/null | grep "pause-after=$$,"; }; { i=0; k=0; while [ $i -lt 200 ]; do case $(g "$1") in *ignore-size*) if [ $i -ge $k ]; then printf "refresh-client -f \\041ignore-size\\n"; k=$((i + 20)); fi;; ?*) exec sleep 2147483647;; esac; sleep 0.05 2>/dev/null || sleep 1; i=$((i + 1)); done; } | tmux -L "$1" -C attach-session -r -f "no-output,pause-after=$$" -t "$2" >/dev/null 2>&1 & i=0; while [ $i -lt 200 ]; do case $(g "$1") in *ignore-size*|"") ;; *) exec tmux -L "$1" attach-session -r -f ignore-size -t "$2";; esac; sleep 0.05 2>/dev/null || sleep 1; i=$((i + 1)); done; echo "nexus: cannot watch $2 without resizing it"; exit 98`;
    TITLE = "#{?pane_dead,#[fg=red]#[bold] lost: #{@nexus-title} ,#[fg=#{@nexus-color}]#[bold]#{?pane_active,#[reverse],} #{@nexus-title} }";
    LEFT = "#[bold] nexus dash #[nobold]#{@nexus-page}#{?@nexus-note, \xB7 #[fg=yellow]#{@nexus-note}#[default],} ";
    RIGHT = "Enter go \xB7 arrows move \xB7 n/p page \xB7 z zoom \xB7 r retry \xB7 q quit ";
    GO = 'set-option -gF @nexus-go "#{@nexus-target}" ; detach-client';
    KEYS2 = [
      ["Any", 'display-message "read-only: Enter goes to the session, q quits"'],
      ["q", "kill-server"],
      ["Enter", GO],
      ["DoubleClick1Pane", `select-pane -t = ; ${GO}`],
      ["MouseDown1Pane", "select-pane -t ="],
      ["n", "next-window"],
      ["PageDown", "next-window"],
      ["p", "previous-window"],
      ["PageUp", "previous-window"],
      ["Left", "select-pane -L"],
      ["Right", "select-pane -R"],
      ["Up", "select-pane -U"],
      ["Down", "select-pane -D"],
      ["h", "select-pane -L"],
      ["l", "select-pane -R"],
      ["k", "select-pane -U"],
      ["j", "select-pane -D"],
      ["Tab", "select-pane -t :.+"],
      ["BTab", "select-pane -t :.-"],
      ["z", "resize-pane -Z"],
      // A new title, so that the next death (titled "lost") redraws the border again.
      ["r", "respawn-pane ; select-pane -T retried"]
    ];
    OPTIONS2 = [
      ["set-option", "-s", "escape-time", "0"],
      // screen-256color: every host has its terminfo (tmux-256color is missing on older systems).
      ["set-option", "-g", "default-terminal", "screen-256color"],
      ["set-option", "-g", "prefix", "None"],
      ["set-option", "-g", "prefix2", "None"],
      ["set-option", "-g", "mouse", "on"],
      ["set-option", "-g", "history-limit", "0"],
      ["set-option", "-g", "display-time", "2000"],
      ["set-option", "-g", "status-left-length", "100"],
      ["set-option", "-g", "status-right-length", "80"],
      ["set-option", "-g", "status-style", "bg=colour236,fg=colour250"],
      ["set-option", "-g", "status-left", LEFT],
      ["set-option", "-g", "status-right", RIGHT],
      ["set-option", "-g", "window-status-format", ""],
      ["set-option", "-g", "window-status-current-format", ""],
      ["set-option", "-g", "window-status-separator", ""],
      // A tile whose client exits (host dropped, session killed) stays, titled "lost: host:name".
      // tmux 3.3 does not redraw pane borders when a pane dies; a new pane title does (the title
      // itself is not shown: the format shows @nexus-title).
      ["set-option", "-g", "remain-on-exit", "on"],
      ["set-hook", "-g", "pane-died", "select-pane -T lost"],
      ["set-option", "-g", "pane-border-status", "top"],
      ["set-option", "-g", "pane-border-format", TITLE],
      ["set-option", "-g", "automatic-rename", "off"],
      ["set-option", "-g", "allow-rename", "off"],
      // If nexus itself is gone (killed), a detached dashboard still goes away on its own.
      ["set-hook", "-g", "client-detached", "run-shell -C -d 10 kill-server"],
      ["unbind-key", "-a", "-T", "root"],
      ["unbind-key", "-a", "-T", "prefix"]
    ];
    PLACEHOLDER = ["sleep", "2147483647"];
    LIST_PANES = [
      "list-panes",
      "-s",
      "-t",
      `=${DASH_SESSION}`,
      "-F",
      "#{pane_id} #{pane_dead} #{pane_title}"
    ];
  }
});

// src/dash/plan.ts
function planDash(tiles, hosts, size, pid, note = "") {
  const per = perPage(size);
  const host = (name2) => {
    const h = hosts.get(name2);
    if (!h) throw new Error(`no host ${name2} for a tile`);
    return h;
  };
  const pages = paginate(
    tiles.map((t) => {
      const h = host(t.host);
      return { ...t, argv: watchArgv(h, t.id), ...h.color === void 0 ? {} : { color: h.color } };
    }),
    per
  );
  return {
    socket: dashSocket(pid),
    perPage: per,
    pages,
    commands: [...setupCommands(), ...tileCommands(pages, size, note)]
  };
}
var init_plan2 = __esm({
  "src/dash/plan.ts"() {
    "use strict";
    init_layout();
    init_server();
  }
});

// src/commands/dash.ts
var dash_exports = {};
__export(dash_exports, {
  dashVerb: () => dashVerb
});
async function findTiles(ctx, text, cmd) {
  const names = ctx.fleet.hosts.map((h) => h.name);
  const f = parseFilter(text, names, cmd);
  if (f.host !== void 0) ctx.host(f.host);
  const listings = await listAll(ctx, f.host === void 0 ? void 0 : [f.host]);
  const failed = listings.filter((l) => !l.ok);
  if (f.host !== void 0 && failed[0]) throw failed[0].error;
  const tiles = listings.flatMap((l) => l.ok ? l.sessions.filter((s) => matches(f, s)) : []).map((s) => ({ host: s.host, id: s.id, name: stripControl(s.name) }));
  if (tiles.length === 0) {
    const hints = [
      names.includes(text) ? `all of host ${text}: nx dash ${text}:` : "nx list shows every session",
      ...failed.map((l) => `not asked (offline): ${l.error.message}`)
    ];
    const what = [text && JSON.stringify(text), cmd && `--cmd ${cmd}`].filter(Boolean).join(" ");
    throw new NexusError(
      failed.length ? Exit.unreachable : Exit.noSession,
      `no session matches ${what || "(no filter)"}`,
      {
        hint: hints.join("\n")
      }
    );
  }
  return { tiles, offline: failed.map((l) => l.host) };
}
function dashHosts(ctx, tiles) {
  const m = /* @__PURE__ */ new Map();
  for (const name2 of new Set(tiles.map((t) => t.host))) {
    const h = ctx.host(name2);
    m.set(name2, {
      name: name2,
      socket: socketName(h.spec),
      ...h.spec.color === void 0 ? {} : { color: h.spec.color },
      ...h.local ? {} : { tty: (remote) => h.ttyArgv(remote) }
    });
  }
  return m;
}
function dryRun(plan2) {
  const out = [`${plan2.socket}: ${plan2.pages.length} page(s), up to ${plan2.perPage} tiles each`];
  const short = (w) => w.replace(shq(WATCH), "<watch>").replace(WATCH, "<watch>");
  plan2.pages.forEach((tiles, i) => {
    out.push(`page ${i + 1}:`);
    for (const t of tiles) out.push(`  ${t.host}:${t.name} (${t.id})  ${shJoin(t.argv.map(short))}`);
  });
  return `${out.join("\n")}
<watch> = ${WATCH}
`;
}
async function openDash(ctx, plan2) {
  const env = { ...ctx.env, TMUX: void 0, TMUX_PANE: void 0 };
  const tmux = (argv) => run(["tmux", "-L", plan2.socket, "-f", "/dev/null", ...argv], { env, deadlineMs: 15e3 });
  let socketPath = "";
  let stopping;
  const stop2 = () => {
    stopping ??= teardown(plan2.socket, socketPath, env);
    return stopping;
  };
  const onSignal = (sig) => void stop2().finally(
    () => process.exit(sig === "SIGINT" ? Exit.cancelled : sig === "SIGTERM" ? 143 : 129)
  );
  const signals = ["SIGHUP", "SIGTERM", "SIGINT"];
  for (const s of signals) process.on(s, onSignal);
  try {
    let out = "";
    for (const argv of batches(plan2.commands)) {
      const r = await tmux(argv);
      if (r.code !== 0) throw new NexusError(Exit.failure, `the dashboard's tmux failed: ${r.stderr.trim()}`);
      out = r.stdout;
    }
    socketPath = out.trim().split("\n").pop() ?? "";
    const watch = setInterval(async () => {
      const lost = lostCommands((await tmux(LIST_PANES)).stdout);
      if (lost.length) await tmux(chain(lost));
    }, 1e3);
    await runAttached(["tmux", "-L", plan2.socket, "attach-session", "-t", "=dash"], env).finally(
      () => clearInterval(watch)
    );
    const key = (await tmux(["show-options", "-gqv", "@nexus-go"])).stdout.trim();
    return plan2.pages.flat().find((t) => tileKey(t) === key);
  } finally {
    await stop2();
    for (const s of signals) process.off(s, onSignal);
  }
}
async function teardown(socket2, path, env) {
  const t = (args) => run(["tmux", "-L", socket2, ...args], { env, deadlineMs: 3e3 });
  await t(["kill-server"]);
  const end = Date.now() + 3e3;
  while (Date.now() < end && (await t(["list-sessions"])).code === 0)
    await new Promise((r) => setTimeout(r, 20));
  try {
    if (path && (0, import_node_fs10.lstatSync)(path).isSocket()) (0, import_node_fs10.rmSync)(path);
  } catch {
  }
}
async function clientName(ctx, given) {
  if (given) return given;
  const r = await run([...userServer(ctx), "display-message", "-p", "#{client_name}"], { deadlineMs: 3e3 });
  return r.stdout.trim() || void 0;
}
async function popup(ctx, o) {
  const client = await clientName(ctx, o.client);
  if (!client)
    throw new NexusError(Exit.failure, "cannot tell which tmux client to open the dashboard on", {
      hint: "pass --client '#{client_name}'"
    });
  const vars = [
    ["NEXUS_DASH_FILTER", o.filter],
    ["NEXUS_DASH_CMD", o.cmd ?? ""],
    ["NEXUS_DASH_CLIENT", client],
    ["NEXUS_CONFIG", ctx.fleet.file || ctx.env.NEXUS_CONFIG],
    ["NEXUS_SELF", ctx.fleet.self],
    ["NEXUS_SSH_CONFIG", ctx.env.NEXUS_SSH_CONFIG]
  ];
  const e = vars.flatMap(([k, v]) => v === void 0 ? [] : ["-e", arg(`${k}=${v}`)]);
  const self = shJoin([process.execPath, process.argv[1]]);
  const line = `exec ${self} dash --here --client "$NEXUS_DASH_CLIENT" --cmd "$NEXUS_DASH_CMD" -- "$NEXUS_DASH_FILTER"`;
  const look = ["-w", "95%", "-h", "95%", "-T", " nexus dash "];
  const argv = [...userServer(ctx), "display-popup", "-E", "-E", "-c", arg(client), ...look, ...e, line];
  const r = await run(argv, { env: ctx.env });
  if (r.code !== 0 && r.stderr.trim())
    throw new NexusError(Exit.failure, `cannot open the dashboard popup: ${r.stderr.trim()}`, {
      hint: "nx doctor checks what nexus needs (tmux 3.2 or newer)"
    });
  return r.code === 0 ? Exit.ok : r.code;
}
async function goThere(ctx, io2, t, client) {
  if (ctx.env.TMUX) {
    const { go: go2 } = await Promise.resolve().then(() => (init_go(), go_exports));
    return go2(ctx, ctx.host(t.host), t.id, t.name, await clientName(ctx, client));
  }
  const { hopLoop: hopLoop2 } = await Promise.resolve().then(() => (init_loop(), loop_exports));
  const { loopIo: loopIo2 } = await Promise.resolve().then(() => (init_hop(), hop_exports));
  return hopLoop2(ctx, t, loopIo2(ctx, io2));
}
var import_node_fs10, dashVerb, userServer;
var init_dash = __esm({
  "src/commands/dash.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    init_plan2();
    init_server();
    init_quote();
    init_spawn();
    init_list();
    init_filter();
    init_text();
    init_report();
    init_argv();
    dashVerb = {
      name: "dash",
      aliases: ["d"],
      usage: "nx dash [filter] [--cmd CMD]",
      summary: "a read-only tiled view of every matching session, on a throwaway tmux server",
      details: `filter: [host:]text, a case-insensitive part of the name (\`host:\` or \`*\`: all of them).
Keys: Enter go there \xB7 arrows, hjkl, Tab move \xB7 n/p page \xB7 z zoom \xB7 r retry a lost tile \xB7 q quit.
Watched sessions keep their size. Inside tmux the dashboard opens in a popup.`,
      options: {
        cmd: { type: "string", value: "CMD", desc: "only sessions whose active pane runs CMD (e.g. claude)" },
        client: { type: "string", value: "NAME", desc: "inside tmux: the client that Enter moves" },
        here: { type: "boolean", desc: "open in this terminal even inside tmux (what the popup runs)" },
        "dry-run": { type: "boolean", desc: "print the pages and each tile's command; open nothing" }
      },
      positionals: 1,
      async run(p, ctx, io2) {
        const str3 = (k) => typeof p.opts[k] === "string" && p.opts[k] !== "" ? String(p.opts[k]) : void 0;
        const o = { filter: p.args[0] ?? "", cmd: str3("cmd"), client: str3("client") };
        const found = await findTiles(ctx, o.filter, o.cmd);
        const dry = Boolean(p.opts["dry-run"]);
        if (ctx.env.TMUX && !p.opts.here && !dry) return popup(ctx, o);
        const size = { cols: process.stdout.columns || 160, rows: (process.stdout.rows || 45) - 1 };
        const note = found.offline.length ? `offline: ${found.offline.join(", ")}` : "";
        const plan2 = planDash(found.tiles, dashHosts(ctx, found.tiles), size, process.pid, note);
        if (dry) {
          io2.out(dryRun(plan2));
          return Exit.ok;
        }
        if (!process.stdin.isTTY || !process.stdout.isTTY)
          throw usageError("nx dash needs a terminal", "nx list shows the same sessions as text");
        const chosen = await openDash(ctx, plan2);
        return chosen ? goThere(ctx, io2, chosen, o.client) : Exit.ok;
      }
    };
    userServer = (ctx) => ["tmux", "-S", (ctx.env.TMUX ?? "").split(",")[0]];
  }
});

// src/commands/registry.ts
var VERBS, HIDDEN, ALIASES, GLOBAL;
var init_registry = __esm({
  "src/commands/registry.ts"() {
    "use strict";
    VERBS = {
      list: async () => (await Promise.resolve().then(() => (init_list2(), list_exports))).listVerb,
      new: async () => (await Promise.resolve().then(() => (init_new(), new_exports))).newVerb,
      peek: async () => (await Promise.resolve().then(() => (init_act(), act_exports))).peekVerb,
      send: async () => (await Promise.resolve().then(() => (init_act(), act_exports))).sendVerb,
      kill: async () => (await Promise.resolve().then(() => (init_act(), act_exports))).killVerb,
      hosts: async () => (await Promise.resolve().then(() => (init_hosts(), hosts_exports))).hostsVerb,
      pick: async () => (await Promise.resolve().then(() => (init_pick(), pick_exports))).pickVerb,
      rows: async () => (await Promise.resolve().then(() => (init_pick(), pick_exports))).rowsVerb,
      preview: async () => (await Promise.resolve().then(() => (init_pick(), pick_exports))).previewVerb,
      "pick-kill": async () => (await Promise.resolve().then(() => (init_pick(), pick_exports))).pickKillVerb,
      "pick-agent": async () => (await Promise.resolve().then(() => (init_pick(), pick_exports))).pickAgentVerb,
      broadcast: async () => (await Promise.resolve().then(() => (init_broadcast(), broadcast_exports))).broadcastVerb,
      doctor: async () => (await Promise.resolve().then(() => (init_doctor(), doctor_exports))).doctorVerb,
      demo: async () => (await Promise.resolve().then(() => (init_demo(), demo_exports))).demoVerb,
      attach: async () => (await Promise.resolve().then(() => (init_hop(), hop_exports))).attachVerb,
      hop: async () => (await Promise.resolve().then(() => (init_hop(), hop_exports))).hopVerb,
      cycle: async () => (await Promise.resolve().then(() => (init_cycle(), cycle_exports))).cycleVerb,
      init: async () => (await Promise.resolve().then(() => (init_init(), init_exports))).initVerb,
      completion: async () => (await Promise.resolve().then(() => (init_completion(), completion_exports))).completionVerb,
      dash: async () => (await Promise.resolve().then(() => (init_dash(), dash_exports))).dashVerb,
      __complete: async () => (await Promise.resolve().then(() => (init_completion(), completion_exports))).completeVerb
    };
    HIDDEN = /* @__PURE__ */ new Set([
      "rows",
      "preview",
      "pick-kill",
      "pick-agent",
      "init",
      "hop",
      "cycle",
      "__complete"
    ]);
    ALIASES = {
      ls: "list",
      n: "new",
      p: "peek",
      s: "send",
      k: "kill",
      a: "attach",
      b: "broadcast",
      d: "dash"
    };
    GLOBAL = {
      config: {
        type: "string",
        value: "FILE",
        desc: "fleet file (default $NEXUS_CONFIG, then $XDG_CONFIG_HOME/nexus/fleet.yaml)"
      },
      help: { type: "boolean", short: "h", desc: "show help" }
    };
  }
});

// src/cli.ts
init_args();
init_registry();
init_report();
var VERSION = true ? "0.1.0" : "dev";
var io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
};
async function main(argv) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V") {
    io.out(`nx ${VERSION}
`);
    return Exit.ok;
  }
  if (first === void 0 || first === "help" || first === "--help" || first === "-h") {
    io.out(await overview());
    return first === void 0 ? Exit.usage : Exit.ok;
  }
  const name2 = ALIASES[first] ?? first;
  const load = VERBS[name2];
  if (!load) throw usageError(`unknown command: ${first}`, "nx --help lists the commands");
  const verb = await load();
  exitWhenDone = verb.exits === true;
  const p = parseArgv(rest, { ...GLOBAL, ...verb.options }, verb.positionals);
  if (p.opts.help) {
    io.out(help(verb));
    return Exit.ok;
  }
  const client = typeof p.opts.client === "string" ? p.opts.client : void 0;
  try {
    const tmuxOpts = verb.tmuxOptions ? await (await Promise.resolve().then(() => (init_options2(), options_exports))).readTmuxOptions() : void 0;
    if (verb.needsFleet === false) return await verb.run(p, void 0, io, tmuxOpts);
    const config = typeof p.opts.config === "string" ? p.opts.config : tmuxOpts?.["@nexus-config"];
    const tmuxSelf = tmuxOpts?.["@nexus-self"];
    const { loadCtx: loadCtx2 } = await Promise.resolve().then(() => (init_context(), context_exports));
    const ctx = await loadCtx2({
      ...config ? { config } : {},
      ...tmuxSelf ? { tmuxSelf } : {}
    });
    return await verb.run(p, ctx, io, tmuxOpts);
  } catch (e) {
    if (client) await tellClient(client, e);
    throw e;
  }
}
async function tellClient(client, e) {
  const { run: run2 } = await Promise.resolve().then(() => (init_spawn(), spawn_exports));
  const { fmt: fmt2 } = await Promise.resolve().then(() => (init_argv(), argv_exports));
  const hint = e instanceof NexusError && e.hint ? ` (${e.hint.split("\n")[0]})` : "";
  const text = (e instanceof Error ? e.message : String(e)) + hint;
  await run2(["tmux", "display-message", "-c", client, "--", fmt2(`nexus: ${text}`)], { deadlineMs: 2e3 });
}
function help(v) {
  const opts = Object.entries({ ...v.options, ...GLOBAL }).map(([k, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ""}--${k}${o.value ? ` ${o.value}` : ""}`;
    return `  ${flag.padEnd(24)} ${o.desc}`;
  });
  const aka = v.aliases.length ? ` (alias: ${v.aliases.join(", ")})` : "";
  return `usage: ${v.usage}${aka}

${v.summary}.
${v.details ? `${v.details}
` : ""}
options:
${opts.join("\n")}
`;
}
async function overview() {
  const names = Object.keys(VERBS).filter((v) => !HIDDEN.has(v));
  const verbs = await Promise.all(names.map((n) => VERBS[n]()));
  const lines = verbs.map((v) => `  ${v.usage}
      ${v.summary}`);
  return `nx ${VERSION}: one tmux, many hosts

${lines.join("\n")}

Selectors: [host:]name, host:$id, [host:]=name (exact). nx <command> --help for details.
Exit codes: 0 ok, 1 failure, 2 usage or config, 3 no such session, 4 ambiguous selector,
5 host unreachable, 6 partial (some hosts failed), 130 cancelled.
`;
}
var exitWhenDone = false;
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (exitWhenDone) process.exit();
  },
  (err) => {
    process.exitCode = report(err);
    if (exitWhenDone) process.exit();
  }
);
