// Builds dist/nexus.js: one deterministic bundle with every npm dependency inside.
// TPM installs plugins with `git clone` and no build step, so dist/ is committed and CI
// rebuilds it and fails on any difference.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli.ts"],
  outfile: "dist/nexus.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  banner: { js: "#!/usr/bin/env node" },
  loader: { ".conf": "text", ".sh": "text" },
  legalComments: "none",
  sourcemap: false,
  minify: false,
  logLevel: "warning",
});
