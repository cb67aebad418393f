import { expect, it } from "vitest";
import type { EleventyConfig } from "./eleventy-config.js";
import { freezeGlobalData, GLOBAL_DATA_NAME, setGlobalData } from "./global-data.js";

it("freezes the werkcentrum data all the way down, so Eleventy shares it with every page instead of copying it", () => {
  const added: Record<string, unknown> = {};
  const config = { addGlobalData: (name: string, value: unknown) => (added[name] = value) } as unknown as EleventyConfig;
  // A child under an object that was frozen already (shallowly) is frozen too.
  const nested = Object.freeze({ list: [{ text: "Home", href: "/", order: 1 }] });
  setGlobalData(config, "siteTitle", "Werkcentrum Rijnmond");
  setGlobalData(config, "sectionPages", { "/nieuws/": nested });
  freezeGlobalData(config);
  const data = added[GLOBAL_DATA_NAME] as { sectionPages: Record<string, typeof nested> };
  expect(Object.isFrozen(data)).toBe(true);
  expect(Object.isFrozen(data.sectionPages)).toBe(true);
  expect(Object.isFrozen(data.sectionPages["/nieuws/"]!.list)).toBe(true);
  expect(Object.isFrozen(data.sectionPages["/nieuws/"]!.list[0])).toBe(true);
  // What a template that changed it would meet.
  expect(() => (data.sectionPages["/nieuws/"]!.list as unknown[]).push({})).toThrow(TypeError);
});
