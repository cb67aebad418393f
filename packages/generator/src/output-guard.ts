import { isAbsolute, relative, resolve } from "node:path";
import type { EleventyConfig } from "./eleventy-config.js";
import { ContentError } from "@werkcentrum/content";

/** The ContentError somewhere in Eleventy's chain of wrapped errors (`originalError`, `cause`), if there is one. */
export function contentErrorIn(error: unknown): ContentError | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as Error & { originalError?: unknown }).originalError ?? cause.cause) {
    if (cause instanceof ContentError) return cause;
  }
  return undefined;
}

/**
 * The last line of defence: every file Eleventy writes must land inside this build's own output folder. URLs come
 * from the content package (a file's path alone decides them) and from the generator, so this never fires for a
 * site that passed the check; if a defect ever let an address escape, the build stops here, before the write, with
 * a Dutch message that names the source file, instead of writing into another site or outside `dist/`.
 *
 * `sourceOf` names the editor's file behind an Eleventy input path (relative to the input folder), when there is one.
 */
export function confineOutput(config: EleventyConfig, sourceOf: (inputPath: string) => string | undefined): void {
  config.addTransform("werkcentrum-confine-output", function (this: { page: { inputPath: string; outputPath: string | false } }, content: unknown) {
    const { inputPath, outputPath } = this.page;
    if (outputPath === false) return content;
    const root = resolve(config.directories.output);
    const inside = relative(root, resolve(outputPath));
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
      const input = relative(resolve(config.directories.input), resolve(inputPath)).split("\\").join("/");
      const file = sourceOf(input) ?? input;
      throw new ContentError([
        {
          file,
          line: 1,
          column: 1,
          field: "",
          message: `Deze pagina zou buiten de eigen website worden geschreven (${String(outputPath)}). De bouw is gestopt; er is niets gepubliceerd.`,
          severity: "error",
        },
      ]);
    }
    return content;
  });
}
