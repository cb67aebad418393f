// The per-host evidence of the gates (`node e2e/run.mjs --evidence <folder>`): what axe and html-validate found on
// each page of each host, one JSON file per host, `<folder>/<host>.json`. `werkcentrum build --evidence <folder>`
// publishes it as /toegankelijkheid/testresultaten/ (DEPLOY.md). The file's shape is the generator's evidenceSchema
// (packages/generator/src/evidence/schema.ts); every file is validated against it before it is written, so the
// build never gets a file it refuses.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { EVIDENCE_VERSION, evidenceFile, evidenceSchema } from "@werkcentrum/generator";
import { HtmlValidate, StaticConfigLoader, version as htmlValidateVersion } from "html-validate";
import { AXE_TAGS } from "../gates/axe.mjs";

/**
 * What every host's file says about the tools: their versions, the axe tags and the number of rules behind them,
 * and the html-validate presets and rules switched on in `configFile` (e2e/htmlvalidate.json).
 */
export async function toolFacts(configFile) {
  const axe = createRequire(import.meta.url)("axe-core");
  const config = JSON.parse(await readFile(configFile, "utf8"));
  const rules = (await new HtmlValidate(new StaticConfigLoader(config)).getConfigFor("page.html")).getRules();
  return {
    axe: { version: axe.version, tags: AXE_TAGS, rules: axe.getRules(AXE_TAGS).length },
    htmlValidate: {
      version: htmlValidateVersion,
      presets: config.extends ?? [],
      rules: [...rules.values()].filter(([severity]) => severity > 0).length,
    },
  };
}

/** One line, at most `max` characters: the schema's bound on a tool's text. */
const line = (text, max) => {
  const flat = String(text).replace(/\s+/g, " ").trim() || "-";
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export class Evidence {
  constructor() {
    /** host → path → { path, axe?, html? } */
    this.hosts = new Map();
    /**
     * The rules axe ran on a page: every rule behind the tags but those axe keeps switched off (deprecated and
     * experimental ones), so fewer than axe.getRules(tags) lists. The same on every page.
     */
    this.axeRules = 0;
  }

  #page(host, path) {
    if (!this.hosts.has(host)) this.hosts.set(host, new Map());
    const pages = this.hosts.get(host);
    if (!pages.has(path)) pages.set(path, { path });
    return pages.get(path);
  }

  /** axe's result for a page (axe.run with resultTypes: the other result types still list each rule once). */
  axe(host, path, result) {
    this.axeRules = Math.max(this.axeRules, result.passes.length + result.incomplete.length + result.inapplicable.length + result.violations.length);
    this.#page(host, path).axe = {
      passed: result.passes.length,
      incomplete: result.incomplete.length,
      inapplicable: result.inapplicable.length,
      violations: result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? null,
        help: line(violation.help, 300),
        nodes: violation.nodes.length,
      })),
    };
  }

  /** html-validate's errors on a page (severity 2: what the gate fails on). */
  html(host, path, messages) {
    this.#page(host, path).html = {
      errors: messages
        .filter((message) => message.severity === 2)
        .map((message) => ({ rule: message.ruleId, message: line(message.message, 500), line: message.line, column: message.column })),
    };
  }

  /**
   * Writes one file per host into `dir`: `meta` is { date, browser, axe: { version, tags, rules }, htmlValidate:
   * { version, presets, rules } }, `fullHosts` the hosts axe opened every page of. Returns the number of files.
   */
  async write(dir, meta, fullHosts) {
    await mkdir(dir, { recursive: true });
    for (const [host, pages] of this.hosts) {
      const evidence = {
        version: EVIDENCE_VERSION,
        host,
        date: meta.date,
        ...(meta.browser ? { browser: meta.browser } : {}),
        axe: { ...meta.axe, rules: this.axeRules || meta.axe.rules, selection: fullHosts.has(host) ? "all" : "types" },
        htmlValidate: meta.htmlValidate,
        pages: [...pages.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      };
      const checked = evidenceSchema.parse(evidence);
      const file = evidenceFile(dir, host);
      await writeFile(`${file}.tmp`, `${JSON.stringify(checked, null, 2)}\n`);
      await rename(`${file}.tmp`, file);
    }
    return this.hosts.size;
  }
}
