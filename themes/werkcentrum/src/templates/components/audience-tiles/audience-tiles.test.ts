import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { audienceTilesExamples } from "./examples.js";

describe("audience tiles", () => {
  it("gives each audience a heading with a link and the default Dutch text", () => {
    const document = renderDom("audience-tiles", "wcAudienceTiles", audienceTilesExamples[0]!.params);
    const tiles = [...document.querySelectorAll("ul.wc-tiles > li")];
    expect(tiles.map((tile) => text(tile.querySelector("h2 > a")))).toEqual(["Werkzoekenden", "Werkenden", "Werkgevers"]);
    expect(tiles.map((tile) => tile.querySelector("a")?.getAttribute("href"))).toEqual(["/werkzoekenden/", "/werkenden/", "/werkgevers/"]);
    expect(text(tiles[0]!.querySelector("p"))).toContain("met of zonder uitkering");
  });

  it("uses the heading level and texts it is given", () => {
    const document = renderDom("audience-tiles", "wcAudienceTiles", audienceTilesExamples[1]!.params);
    expect(document.querySelectorAll("h2")).toHaveLength(0);
    expect([...document.querySelectorAll("h3")].map(text)).toEqual(["Ik zoek werk", "Ik zoek personeel"]);
  });
});
