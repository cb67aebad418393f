import { describe, expect, it } from "vitest";
import type { ProjectPaths } from "../paths.js";
import { resolveSite } from "./resolve-site.js";
import { UsageError } from "./types.js";

const paths: ProjectPaths = { sitesDir: "/nergens/sites", outDir: "/nergens/dist" };

describe("resolveSite", () => {
  it.each(["rijnmond", "Rijnmond", " RIJNMOND ", "rijnmond.werkcentrum.nl", "Rijnmond.Werkcentrum.nl"])(
    "finds the region for --site %j",
    (option) => {
      expect(resolveSite(paths, option)?.slug).toBe("rijnmond");
    },
  );

  it("finds the landing site by its name", () => {
    expect(resolveSite(paths, "Werkcentrum.nl")?.host).toBe("werkcentrum.nl");
  });

  it("refuses an unknown name with the list of sites", () => {
    expect(() => resolveSite(paths, "rotterdam")).toThrow(UsageError);
    expect(() => resolveSite(paths, "rotterdam")).toThrow(/Onbekende site 'rotterdam'\. Kies een van: .*rijnmond/);
  });
});
