import { describe, expectTypeOf, it } from "vitest";
import type { Audience, ContentDataMap, ContentEntry, Dienst, Evenement, Meerjarenagenda, Nieuws } from "./index.js";

describe("inferred content types", () => {
  it("types fields as editors write them, defaults applied", () => {
    expectTypeOf<Dienst["voor"]>().toEqualTypeOf<Audience[]>();
    expectTypeOf<Dienst["doelgroepen"]>().toBeArray();
    expectTypeOf<Dienst["kosten"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Evenement["online"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Nieuws["afbeelding"]>().toEqualTypeOf<{ bron: string; alt: string } | undefined>();
    expectTypeOf<Meerjarenagenda["opgaven"]["sociaal"]["ambities"][number]["acties"][number]["status"]>().toEqualTypeOf<
      "gepland" | "bezig" | "afgerond" | "vertraagd" | "gestopt"
    >();
    expectTypeOf<ContentDataMap["nieuws"]>().toEqualTypeOf<Nieuws>();
  });

  it("narrows an entry's data by its type", () => {
    const data = (entry: ContentEntry) => (entry.type === "dienst" ? entry.data.aanbieder : undefined);
    expectTypeOf(data).returns.toEqualTypeOf<string | undefined>();
  });
});
