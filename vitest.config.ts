import { defineConfig } from "vitest/config";

export default defineConfig({
  // share/tmux.conf is imported as text, as esbuild's "text" loader does for the bundle.
  plugins: [
    {
      name: "conf-as-text",
      transform(code, id) {
        return id.endsWith(".conf")
          ? { code: `export default ${JSON.stringify(code)};`, map: null }
          : undefined;
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real tmux servers and sshd; two cores, so keep it modest.
    maxWorkers: 2,
  },
});
