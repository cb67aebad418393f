import { defineConfig } from "vitest/config";

/** Tests import sibling packages from src/ through the source export condition: no build needed first. */
export default defineConfig({
  resolve: { conditions: ["@werkcentrum/source"] },
  ssr: { resolve: { conditions: ["@werkcentrum/source"] } },
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
