// Builds dist/nexus.js: one deterministic bundle with every npm dependency inside.
// TPM installs plugins with `git clone` and no build step, so dist/ is committed and CI
// rebuilds it and fails on any difference.
import { createHash } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
// nx list's scripts (src/fleet/listfan.ts) name the awk they were written for: bin/nx runs none
// written for other awk files (dist/list.sum), nor node reads them.
const listSum = createHash("sha1")
  .update(readFileSync("scripts/lib.awk"))
  .update(readFileSync("scripts/list.awk"))
  .digest("hex")
  .slice(0, 12);

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // CommonJS (dist/package.json says so): no ESM loader at start-up, and node built-ins are
  // required inside the modules that use them, which load lazily (verbs are dynamic imports).
  format: "cjs",
  legalComments: "none",
  // V8 pre-parses the whole file on every start. Whitespace and syntax take the bundle from 412 to
  // ~270 KB and its compile from ~3.0 to ~2.5 ms (node 20, yaml lazy as below); renaming identifiers
  // as well (`minify`) saved only ~0.1 ms more and would leave stack traces unreadable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};

/** yaml alone, as the text of a CommonJS module (module, exports and require are its parameters). */
async function yamlModuleText() {
  const { outputFiles } = await build({
    ...common,
    stdin: { contents: 'module.exports = require("yaml");', resolveDir: process.cwd() },
    write: false,
  });
  return outputFiles[0].text;
}

/**
 * Resolves the bundle's `import … from "yaml"` (src/config/ only) to yaml's code held in a string
 * literal and compiled on first require, which happens only when a fleet file has to be parsed
 * (src/config/compiled.ts caches the result). Parsed eagerly, yaml's 160 KB cost every start ~5 ms
 * of a 35 ms `nx --version`; V8 only scans a string. Build-time only: the sources, tsc and vitest
 * see the real package.
 */
const lazyYaml = (text) => ({
  name: "lazy-yaml",
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: "yaml", namespace: "lazy-yaml" }));
    b.onLoad({ filter: /^yaml$/, namespace: "lazy-yaml" }, () => ({
      loader: "js",
      // compileFunction rather than new Function: stack traces then say yaml.js:line.
      contents: `require("node:vm").compileFunction(${JSON.stringify(text)}, ["module", "exports", "require"], { filename: "yaml.js" })(module, exports, require);`,
    }));
  },
});

await build({
  ...common,
  entryPoints: ["src/cli.ts"],
  outfile: "dist/nexus.js",
  banner: { js: "#!/usr/bin/env node" },
  loader: { ".conf": "text", ".sh": "text" },
  sourcemap: false,
  define: { NEXUS_VERSION: JSON.stringify(version), NEXUS_LIST_SUM: JSON.stringify(listSum) },
  plugins: [lazyYaml(await yamlModuleText())],
});

chmodSync("dist/nexus.js", 0o755);
// The repository's package.json says "type": "module"; the bundle is CommonJS.
writeFileSync("dist/package.json", '{ "type": "commonjs" }\n');
writeFileSync("dist/list.sum", `${listSum}\n`);
