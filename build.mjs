// Builds dist/nexus.js: one deterministic bundle with every npm dependency inside.
// TPM installs plugins with `git clone` and no build step, so dist/ is committed and CI
// rebuilds it and fails on any difference.
import { chmodSync, readFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

await build({
  entryPoints: ["src/cli.ts"],
  outfile: "dist/nexus.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // yaml's node build is CommonJS and requires node built-ins; give the ESM bundle a real require.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __nxRequire } from "node:module";\nconst require = __nxRequire(import.meta.url);',
  },
  loader: { ".conf": "text", ".sh": "text" },
  legalComments: "none",
  sourcemap: false,
  minify: false,
  define: { NEXUS_VERSION: JSON.stringify(version) },
  logLevel: "warning",
});

chmodSync("dist/nexus.js", 0o755);
