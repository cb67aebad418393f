import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.config.base.js";

// Many tests build whole sites (Eleventy, then the Pagefind index): give them more than vitest's 5 s default, so a
// busy machine does not fail them.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } }));
