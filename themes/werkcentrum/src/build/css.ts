import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { componentsDir, srcDir, stylesDir } from "./paths.js";

/** Browsers the CSS must work in: the last two years of evergreen browsers plus Firefox ESR. */
export const cssTargets = ["chrome109", "edge109", "firefox115", "safari15.4"];

/**
 * The stylesheets in cascade order: tokens and fonts, the base, then every component's own stylesheet
 * (`components/<name>/<name>.css`, found on disk so a new component cannot be forgotten), the preview page,
 * utilities, print.
 */
export function stylesheetOrder(): string[] {
  const components = readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(componentsDir, entry.name, `${entry.name}.css`))
    .filter((file) => existsSync(file))
    .sort();
  const styles = (name: string) => join(stylesDir, name);
  return [
    styles("tokens.css"),
    styles("fonts.css"),
    styles("base.css"),
    styles("layout.css"),
    ...components,
    styles("preview.css"),
    styles("utilities.css"),
    styles("print.css"),
  ];
}

/**
 * Bundles and minifies the stylesheets into one file with esbuild. `generated` holds stylesheets made in the same
 * run (tokens, fonts), read from memory instead of disk. The font URLs stay as written: the fonts are copied next
 * to the bundle by the asset build.
 */
export async function bundleCss(generated: ReadonlyMap<string, string | Buffer> = new Map()): Promise<string> {
  const entry = stylesheetOrder()
    .map((file) => `@import "./${relative(srcDir, file).split("\\").join("/")}";`)
    .join("\n");
  const result = await build({
    stdin: { contents: entry, loader: "css", resolveDir: srcDir, sourcefile: "werkcentrum.css" },
    bundle: true,
    minify: true,
    write: false,
    external: ["fonts/*"],
    target: cssTargets,
    logLevel: "silent",
    legalComments: "none",
    plugins: [
      {
        name: "generated-stylesheets",
        setup(builder) {
          builder.onResolve({ filter: /\.css$/ }, (args) => {
            const file = resolve(args.resolveDir, args.path);
            return generated.has(file) ? { path: file } : undefined;
          });
          builder.onLoad({ filter: /\.css$/ }, (args) => {
            const contents = generated.get(args.path);
            return contents === undefined ? undefined : { contents: String(contents), loader: "css" };
          });
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no CSS");
  return output.text;
}
