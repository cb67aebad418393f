// Type-level tests: checked by `tsc --noEmit`; vitest runs them as no-ops.
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  getGemeente,
  regionForGemeente,
  searchGemeenten,
  siteProfileSchema,
  toOpeningHoursSpecification,
  type BestaandeWebsite,
  type Dag,
  type Gemeente,
  type GemeenteCode,
  type GemeenteLookup,
  type GemeenteMatch,
  type GemeenteSuggestion,
  type OpeningHoursSpecification,
  type Openingstijd,
  type Organisatie,
  type Region,
  type RegionaalBeraad,
  type RegionCode,
  type SiteProfile,
  type SiteProfileInput,
  type Taal,
  type Vestiging,
} from "./index.js";

describe("inferred profile types", () => {
  it("are what the schema infers", () => {
    expectTypeOf<z.infer<typeof siteProfileSchema>>().toEqualTypeOf<SiteProfile>();
    expectTypeOf<z.input<typeof siteProfileSchema>>().toEqualTypeOf<SiteProfileInput>();
  });

  it("require only code and naam, and default status", () => {
    expectTypeOf<{ code: string; naam: string }>().toExtend<SiteProfileInput>();
    expectTypeOf<{ naam: string }>().not.toExtend<SiteProfileInput>();
    expectTypeOf<SiteProfileInput["status"]>().toEqualTypeOf<"actief" | "in-ontwikkeling" | undefined>();
    expectTypeOf<SiteProfile["status"]>().toEqualTypeOf<"actief" | "in-ontwikkeling">();
  });

  it("type every optional field precisely", () => {
    expectTypeOf<SiteProfile["vorm"]>().toEqualTypeOf<"fysiek" | "digitaal" | "beide" | undefined>();
    expectTypeOf<SiteProfile["talen"]>().toEqualTypeOf<Taal[] | undefined>();
    expectTypeOf<Taal>().toEqualTypeOf<"nl" | "en" | "uk" | "pl" | "ar">();
    expectTypeOf<SiteProfile["redacteuren"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<BestaandeWebsite["soort"]>().toEqualTypeOf<"RMT" | "WerkgeversServicepunt" | "Leerwerkloket" | "anders">();
    expectTypeOf<SiteProfile["vestigingen"]>().toEqualTypeOf<Vestiging[] | undefined>();
    expectTypeOf<Vestiging["openingstijden"]>().toEqualTypeOf<Openingstijd[] | undefined>();
    expectTypeOf<Openingstijd["dagen"]>().toEqualTypeOf<Dag[]>();
    expectTypeOf<Vestiging["coordinaten"]>().toEqualTypeOf<{ breedtegraad: number; lengtegraad: number } | undefined>();
    expectTypeOf<Organisatie>().toEqualTypeOf<{ naam: string; url?: string | undefined }>();
    expectTypeOf<keyof RegionaalBeraad>().toEqualTypeOf<
      "gemeenten" | "uwv" | "sbb" | "werkgeversorganisaties" | "werknemersorganisaties" | "onderwijs" | "strategischePartners"
    >();
    expectTypeOf<RegionaalBeraad["uwv"]>().toEqualTypeOf<Organisatie[] | undefined>();
  });

  it("convert opening hours to schema.org objects", () => {
    expectTypeOf(toOpeningHoursSpecification).parameter(0).toEqualTypeOf<readonly Openingstijd[] | undefined>();
    expectTypeOf(toOpeningHoursSpecification).returns.toEqualTypeOf<OpeningHoursSpecification[]>();
  });
});

describe("lookup types", () => {
  it("make the lookup result a union discriminated by status", () => {
    expectTypeOf<GemeenteLookup["status"]>().toEqualTypeOf<"unique" | "ambiguous" | "not-found">();
    const result = regionForGemeente("Bergen");
    if (result.status === "unique") {
      expectTypeOf(result.gemeente).toEqualTypeOf<Gemeente>();
      expectTypeOf(result.region).toEqualTypeOf<Region>();
      expectTypeOf(result).not.toHaveProperty("matches");
    } else if (result.status === "ambiguous") {
      expectTypeOf(result.matches).toEqualTypeOf<readonly GemeenteMatch[]>();
      expectTypeOf(result).not.toHaveProperty("gemeente");
    } else {
      expectTypeOf(result.status).toEqualTypeOf<"not-found">();
      expectTypeOf(result.query).toEqualTypeOf<string>();
    }
  });

  it("type the other lookups", () => {
    expectTypeOf(getGemeente).returns.toEqualTypeOf<Gemeente | undefined>();
    expectTypeOf(searchGemeenten).returns.toEqualTypeOf<GemeenteSuggestion[]>();
    expectTypeOf<GemeenteSuggestion["match"]>().toEqualTypeOf<"exact" | "prefix" | "word" | "alias">();
  });

  it("know the CBS codes as literal types", () => {
    expectTypeOf<"AM22">().toExtend<RegionCode>();
    expectTypeOf<"AM04">().not.toExtend<RegionCode>();
    expectTypeOf<"GM0599">().toExtend<GemeenteCode>();
    expectTypeOf<Region["code"]>().toEqualTypeOf<RegionCode>();
  });
});
