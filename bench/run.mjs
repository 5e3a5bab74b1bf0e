// npm run bench: bundles bench/main.ts (and the test rig it imports) with esbuild, then runs it.
// Node 20 cannot run TypeScript itself (--experimental-strip-types arrived in Node 22), and a
// bundle keeps vitest's reporter and workers out of a measurement.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// Before anything else: every node this bench starts (tmux servers, their popups, nx) inherits
// this process's environment. NODE_EXTRA_CA_CERTS adds 55-80 ms to each node start where set.
const caCerts = process.env.NODE_EXTRA_CA_CERTS;
delete process.env.NODE_EXTRA_CA_CERTS;
// The developer's fzf defaults would change what the picker draws.
delete process.env.FZF_DEFAULT_OPTS;
delete process.env.FZF_DEFAULT_COMMAND;

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}bench/results/.build/bench.mjs`;
await build({
  entryPoints: [`${root}bench/main.ts`],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
const { main } = await import(out);
try {
  process.exitCode = await main(process.argv.slice(2), { root, caCerts });
} catch (e) {
  // main has stopped everything it started by now; the message says what went wrong.
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
