// The baseline of the benchmark: plain Eleventy 3 over the same Markdown files, in ONE process over all 36 content
// folders, with a one-file Nunjucks layout. No validation, no theme, no base texts, no search, no precompression.
// One process is the fastest thing a team could run for these files: starting Eleventy once per site would add
// 36 start-ups that a plain setup does not need. Markdown is not pre-processed by a template language (the
// generator does not use that either), which is also Eleventy's fastest Markdown path.
const layout = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ titel }}</title></head>
<body><main><h1>{{ titel }}</h1>{% if samenvatting %}<p>{{ samenvatting }}</p>{% endif %}{{ content | safe }}</main></body>
</html>
`;

export default function (config) {
  config.addTemplate("_includes/base.njk", layout);
  config.addGlobalData("layout", "base.njk");
  config.addPassthroughCopy("sites/*/content/afbeeldingen");
  config.ignores.add("sites/*/package.json");
  return {
    dir: { input: "sites", output: process.env.BASELINE_OUT ?? "baseline-dist" },
    templateFormats: ["md"],
    markdownTemplateEngine: false,
  };
}
