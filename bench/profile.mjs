// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per package and the functions with the most self
// time. Self time is what the CPU spent inside a function itself, so the per-package sums add up to the wall time
// of the sampled thread and show where the time goes, not who called it.
//
// Usage: node bench/profile.mjs <file.cpuprofile> [--top 20]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

/** Which package a script URL belongs to: the last node_modules/<pkg>, a workspace, node itself, or V8. */
export function packageOf(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node (built-in modules)";
  const modules = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (modules.length > 0) return modules.at(-1)[1];
  const workspace = /\/(packages|themes)\/([^/]+)\//.exec(url);
  if (workspace) return `@werkcentrum/${workspace[2] === "werkcentrum" ? "theme" : workspace[2]}`;
  return url;
}

export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta);
    total += delta;
  });
  const byPackage = new Map();
  const byFunction = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = nodes.get(id);
    const pkg = packageOf(callFrame.url, callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const file = callFrame.url
      .replace(/^file:\/\//, "")
      .replace(/^.*node_modules\//, "")
      .replace(/^.*\/(packages|themes)\//, "$1/");
    const key = `${callFrame.functionName || "(anonymous)"}  ${file}:${callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const sorted = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: micros / total }));
  return { totalMs: Math.round(total / 1000), packages: sorted(byPackage), functions: sorted(byFunction) };
}

export function formatSummary(summary, top = 15) {
  const pct = (share) => `${(share * 100).toFixed(1)} %`;
  const lines = [`Sampled CPU time: ${summary.totalMs} ms`, "", "| Package | Self time (ms) | Share |", "| --- | ---: | ---: |"];
  for (const row of summary.packages.slice(0, top)) lines.push(`| ${row.name} | ${row.ms} | ${pct(row.share)} |`);
  lines.push("", "| Function (self time) | ms | Share |", "| --- | ---: | ---: |");
  for (const row of summary.functions.slice(0, top)) lines.push(`| \`${row.name.replaceAll("|", "\\|")}\` | ${row.ms} | ${pct(row.share)} |`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string" } } });
  const summary = summarise(JSON.parse(readFileSync(positionals[0], "utf8")));
  console.log(formatSummary(summary, Number(values.top ?? 15)));
}
