import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { componentFolders, componentListFile, componentListSource } from "../scripts/component-list.mjs";
import type { ThemeComponent } from "./component.js";
import { components } from "./components.js";
import { templatesDir } from "./paths.js";
import { cspProblems, duplicateIds } from "./testing/csp.js";
import { parseFragment, renderComponent, text } from "./testing/render.js";

const componentsDir = join(templatesDir, "components");

describe("component registry", () => {
  it("src/components.ts is generated from the component folders as they are (else run `node scripts/component-list.mjs` or build the theme)", () => {
    expect(readFileSync(componentListFile, "utf8")).toBe(componentListSource(componentFolders()));
  });

  it("lists exactly the component folders", () => {
    const folders = readdirSync(componentsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(components.map((c) => c.name).sort()).toEqual(folders.sort());
  });

  it.each(componentFolders())("%s/component.ts describes the component of its own folder", async (folder) => {
    const { component } = (await import(`./templates/components/${folder}/component.ts`)) as { component: ThemeComponent };
    expect(component.name).toBe(folder);
  });

  it("gives every component its own place on the preview page", () => {
    const orders = components.map((c) => c.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders.every(Number.isFinite)).toBe(true);
  });

  it.each(components.map((c) => [c.name, c] as const))(
    "%s has its description, macro, template, schema, examples, stylesheet and test",
    (name, component) => {
      for (const file of ["component.ts", "macro.njk", "template.njk", "params.ts", "examples.ts", `${name}.css`, `${name}.test.ts`]) {
        expect(existsSync(join(componentsDir, name, file)), file).toBe(true);
      }
      expect(readFileSync(join(componentsDir, name, "macro.njk"), "utf8")).toContain(`{% macro ${component.macro}(params) %}`);
      expect(component.examples.length).toBeGreaterThan(0);
    },
  );

  // Nothing applies a schema's default before the macro runs, so one there would only repeat (or contradict) the
  // template's `params.x or "…"`: the template is the one place a default is written.
  it.each(components.map((c) => [c.name, c] as const))("%s: the params schema declares no default values", (_name, component) => {
    const schema = JSON.stringify(z.toJSONSchema(component.params, { io: "input", unrepresentable: "any" }));
    expect(schema).not.toContain('"default":');
  });
});

const examples = components.flatMap((component) =>
  component.examples.map((example) => ({ component, example, label: `${component.name}: ${example.name}` })),
);

describe.each(examples)("example $label", ({ component, example }) => {
  const html = renderComponent(component.name, component.macro, example.params);
  const document = parseFragment(html);

  it("matches the component's params schema", () => {
    const result = component.params.safeParse(example.params);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it("renders markup without leaking template values", () => {
    expect(document.body.children.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  it("keeps the strict CSP: no inline style or script, no event handlers, no third-party resources", () => {
    expect(cspProblems(document)).toEqual([]);
  });

  it("has unique ids, labelled fields and links with text", () => {
    expect(duplicateIds(document)).toEqual([]);
    for (const input of document.querySelectorAll("input:not([type=hidden])")) {
      expect(document.querySelector(`label[for="${input.id}"]`), `label for #${input.id}`).not.toBeNull();
    }
    for (const link of document.querySelectorAll("a")) {
      const name = text(link) || link.getAttribute("aria-label") || link.querySelector("[aria-label]")?.getAttribute("aria-label");
      expect(name, link.outerHTML).toBeTruthy();
      expect(link.getAttribute("href"), link.outerHTML).toBeTruthy();
    }
  });
});
