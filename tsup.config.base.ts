import type { Options } from "tsup";

/** Shared tsup settings: each package's tsup.config.ts only names its entry points. */
export function packageConfig(entry: string[], extra: Partial<Options> = {}): Options {
  return {
    entry,
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: false,
    treeshake: false,
    ...extra,
  };
}
