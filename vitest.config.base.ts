import { defineConfig } from "vitest/config";

/** Tests import sibling packages from src/ through the source export condition: no build needed first. */
export default defineConfig({
  resolve: { conditions: ["@werkcentrum/source"] },
  ssr: { resolve: { conditions: ["@werkcentrum/source"] } },
  // Many tests build a site with Eleventy; on a loaded 2-core CI machine one can take several seconds, so the
  // default 5 s limit would make them flaky. Speed targets are proved by the benchmark (docs/performance.md).
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 30_000 },
});
