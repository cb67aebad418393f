// html-validate (recommended rules, e2e/htmlvalidate.json) over every built HTML file of every host.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";

/**
 * `only`: a Set of "host/path" pages to read (the self-test); every page when absent. `evidence`: an
 * e2e/lib/evidence.mjs collector that gets each page's messages.
 */
export async function htmlGate(report, { dist, configFile, only, evidence }) {
  const config = JSON.parse(await readFile(configFile, "utf8"));
  // A static loader: only e2e/htmlvalidate.json applies, never a .htmlvalidate.json found next to dist/.
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  let files = 0;
  for (const host of listHosts(dist)) {
    for (const rel of listHtml(dist, host)) {
      if (only && !only.has(`${host}${urlPathOf(rel)}`)) continue;
      files += 1;
      const text = await readFile(join(dist, host, rel), "utf8");
      const result = await validator.validateString(text, `${host}/${rel}`);
      evidence?.html(
        host,
        urlPathOf(rel),
        result.results.flatMap((r) => r.messages),
      );
      for (const message of result.results.flatMap((r) => r.messages)) {
        if (message.severity !== 2) continue;
        const where = `${host}${urlPathOf(rel)}:${message.line}:${message.column}`;
        report.fail("html-validate", message.ruleId, where, message.selector ?? "", message.message);
      }
    }
  }
  report.note(`html-validate: ${files} HTML files`);
  return files;
}
