import { describe, expect, it } from "vitest";
import { buildCodeowners } from "./codeowners.js";
import { allRegions } from "./registry.js";

const everyRegion = allRegions.map((r) => ({ slug: r.slug }));
/** The lines GitHub reads: everything that is not blank or a comment. */
const rules = (text: string) => text.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));

describe("buildCodeowners", () => {
  it("writes a valid file that says so when no region has editors", () => {
    const text = buildCodeowners(everyRegion, { defaultOwners: ["@werkcentrum/beheer"] });
    expect(rules(text)).toEqual(["* @werkcentrum/beheer"]);
    expect(text).toMatch(/^# No region has filled in `redacteuren`/m);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("invents no owner when none is given", () => {
    const text = buildCodeowners(everyRegion);
    expect(rules(text)).toEqual([]);
    expect(text).toMatch(/No default owner was given/);
  });

  it("gives each region folder to its own editors, after the catch-all line", () => {
    const text = buildCodeowners(
      [
        { slug: "rijnmond", redacteuren: ["@voorbeeld/redactie-rijnmond", "@jansen"] },
        { slug: "achterhoek", redacteuren: ["@pietersen"] },
        { slug: "drenthe", redacteuren: [] },
        { slug: "twente" },
      ],
      { defaultOwners: ["@voorbeeld/beheer", "@voorbeeld/ontwikkeling"] },
    );
    expect(rules(text)).toEqual([
      "* @voorbeeld/beheer @voorbeeld/ontwikkeling",
      "/sites/achterhoek/ @pietersen",
      "/sites/rijnmond/ @voorbeeld/redactie-rijnmond @jansen",
      "/sites/*/package.json @voorbeeld/beheer @voorbeeld/ontwikkeling",
    ]);
    expect(text).toMatch(/^#   \/sites\/drenthe\/$/m);
    expect(text).toMatch(/^#   \/sites\/twente\/$/m);
  });

  it("is deterministic: the same editors give the same text whatever the order", () => {
    const sites = [
      { slug: "twente", redacteuren: ["@a"] },
      { slug: "rijnmond", redacteuren: ["@b"] },
    ];
    expect(buildCodeowners(sites)).toBe(buildCodeowners([...sites].reverse()));
  });

  it.each([
    { name: "a default owner without @", sites: [], options: { defaultOwners: ["beheer"] }, message: /default owner.*beheer/ },
    {
      name: "an editor without @",
      sites: [{ slug: "rijnmond", redacteuren: ["jansen"] }],
      options: {},
      message: /sites\/rijnmond\/site.yml: jansen/,
    },
    { name: "a slug with a slash", sites: [{ slug: "../etc" }], options: {}, message: /site slug: \.\.\/etc/ },
  ])("refuses $name", ({ sites, options, message }) => {
    expect(() => buildCodeowners(sites, options)).toThrow(message);
  });
});
