// Builds dist/nexus.js: one deterministic bundle with every npm dependency inside.
// TPM installs plugins with `git clone` and no build step, so dist/ is committed and CI
// rebuilds it and fails on any difference.
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

await build({
  entryPoints: ["src/cli.ts"],
  outfile: "dist/nexus.js",
  bundle: true,
  platform: "node",
  target: "node20",
  // CommonJS (dist/package.json says so): no ESM loader at start-up, and node built-ins are
  // required inside the modules that use them, which load lazily (verbs are dynamic imports).
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  loader: { ".conf": "text", ".sh": "text" },
  legalComments: "none",
  sourcemap: false,
  minify: false,
  define: { NEXUS_VERSION: JSON.stringify(version) },
  logLevel: "warning",
});

chmodSync("dist/nexus.js", 0o755);
// The repository's package.json says "type": "module"; the bundle is CommonJS.
writeFileSync("dist/package.json", '{ "type": "commonjs" }\n');
