import { siteProfileSchema } from "@werkcentrum/regions";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { cmsConfig, cmsConfigYaml, type CmsField } from "./cms-config.js";
import { shapeOf, unwrap } from "./schema-walk.js";
import { contentSchemas, contentTypes, translatableTypes } from "./schemas/index.js";
import type { z } from "zod";

const site = { slug: "rijnmond", host: "rijnmond.werkcentrum.nl", title: "Werkcentrum Rijnmond" };
const config = cmsConfig(site, { repo: "voorbeeld/werkcentrum" }) as {
  backend: Record<string, string>;
  media_folder: string;
  collections: { name: string; folder?: string; fields?: CmsField[]; files?: { file: string; fields: CmsField[] }[] }[];
};

/** Every field path in a schema, nested objects and lists of objects included: `aanmelden.link`. */
function schemaPaths(schema: z.core.$ZodType, prefix = ""): string[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([name, child]) => {
    const { def } = unwrap(child);
    const element = def.type === "array" && def.element ? unwrap(def.element).schema : undefined;
    const nested = def.type === "object" ? child : element && shapeOf(element) ? element : undefined;
    return [`${prefix}${name}`, ...(nested ? schemaPaths(nested, `${prefix}${name}.`) : [])];
  });
}

function cmsPaths(fields: readonly CmsField[], prefix = ""): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...cmsPaths(field.fields ?? [], `${prefix}${field.name}.`)]);
}

describe("cmsConfig", () => {
  it("has one collection per content type, in the region's own folders, plus site.yml", () => {
    expect(config.collections.map((c) => c.name)).toEqual([...contentTypes, "site"]);
    expect(config.collections.find((c) => c.name === "dienst")?.folder).toBe("sites/rijnmond/content/diensten");
    expect(config.collections.find((c) => c.name === "pagina")?.folder).toBe("sites/rijnmond/content");
    expect(config.collections.at(-1)?.files?.[0]?.file).toBe("sites/rijnmond/site.yml");
    expect(config.media_folder).toBe("sites/rijnmond/content/afbeeldingen");
    expect(config.backend).toEqual({ name: "github", repo: "voorbeeld/werkcentrum", branch: "main" });
  });

  it.each(contentTypes)("has every field of the %s schema", (type) => {
    const fields = config.collections.find((c) => c.name === type)!.fields!;
    const paths = schemaPaths(contentSchemas[type]);
    expect(paths.length).toBeGreaterThan(2);
    expect(cmsPaths(fields)).toEqual([...paths, "body"]);
  });

  it("labels every field in words, not as a raw key, and gives every field a Dutch hint", () => {
    const all = (fields: CmsField[] = []): CmsField[] => fields.flatMap((field) => [field, ...all(field.fields)]);
    const fields = config.collections.flatMap((c) => [...all(c.fields), ...(c.files ?? []).flatMap((file) => all(file.fields))]);
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter((field) => /[a-z][A-Z]/.test(field.label)).map((field) => field.label)).toEqual([]);
    expect(fields.find((field) => field.name === "bestaandeWebsite")?.label).toBe("Bestaande website");
    expect(fields.filter((field) => field.widget !== "hidden" && field.name !== "body" && !field.hint).map((field) => field.name)).toEqual([]);
  });

  it("takes the git host's backend block whole (deploy.yml web-editor, via the generator)", () => {
    const backend = {
      name: "gitlab",
      repo: "groep/sites",
      branch: "main",
      auth_type: "pkce",
      app_id: "abc12345",
      base_url: "https://git.example.nl",
      auth_endpoint: "oauth/authorize",
      api_root: "https://git.example.nl/api/v4",
    } as const;
    expect(cmsConfig(site, { backend, repo: "genegeerd/repo" }).backend).toEqual(backend);
  });

  it("has every field of the site.yml schema", () => {
    expect(cmsPaths(config.collections.at(-1)!.files![0]!.fields)).toEqual(schemaPaths(siteProfileSchema));
  });

  it("picks widgets from the schemas", () => {
    const fields = (type: string) => config.collections.find((c) => c.name === type)!.fields!;
    const field = (type: string, name: string) => fields(type).find((f) => f.name === name)!;
    expect(field("dienst", "voor")).toMatchObject({
      widget: "select",
      multiple: true,
      min: 1,
      options: [
        { label: "Werkzoekenden", value: "werkzoekenden" },
        { label: "Werkenden", value: "werkenden" },
        { label: "Werkgevers", value: "werkgevers" },
      ],
    });
    expect(field("dienst", "doelgroepen")).toMatchObject({ widget: "select", multiple: true, required: false, default: [] });
    expect(field("dienst", "type")).toMatchObject({ widget: "hidden", default: "dienst", required: false });
    expect(field("dienst", "titel")).toMatchObject({ widget: "string", hint: expect.stringMatching(/^Titel/) });
    expect(field("dienst", "titel").required).toBeUndefined();
    expect(field("nieuws", "datum")).toMatchObject({ widget: "datetime", date_format: "YYYY-MM-DD", time_format: false });
    expect(field("evenement", "start")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD HH:mm", picker_utc: false });
    expect(field("evenement", "online")).toMatchObject({ widget: "boolean", default: false, required: false });
    expect(field("nieuws", "afbeelding").fields?.[0]).toMatchObject({ name: "bron", widget: "image" });
    expect(field("vraag", "volgorde")).toMatchObject({ widget: "number", value_type: "int", required: false });
    expect(field("regeling", "voorwaarden")).toMatchObject({ widget: "list", min: 1, field: { widget: "string" } });
    expect(fields("vraag").at(-1)).toMatchObject({ name: "body", widget: "markdown", required: true });
  });

  it("is YAML that reads back to the same config, with a do-not-edit line", () => {
    const text = cmsConfigYaml(site);
    expect(text.split("\n")[0]).toMatch(/^# Gegenereerd/);
    expect(parse(text)).toEqual(cmsConfig(site));
    expect(parse(text).backend).toEqual({ name: "github", branch: "main" });
  });

  it("gives the translatable collections Decap's i18n in the region's languages, and none without any", () => {
    const translated = cmsConfig({ ...site, languages: ["en", "ar"] }) as typeof config & { i18n?: unknown };
    expect(translated.i18n).toEqual({ structure: "multiple_files", locales: ["nl", "en", "ar"], default_locale: "nl" });
    const collections = translated.collections as ((typeof config.collections)[number] & { i18n?: unknown })[];
    expect(collections.filter((c) => c.i18n).map((c) => c.name)).toEqual([...translatableTypes]);
    expect(translatableTypes).not.toContain("vraag");
    expect((config as { i18n?: unknown }).i18n).toBeUndefined();
    expect(config.collections.filter((c) => "i18n" in c)).toEqual([]);
    const all = (fields: CmsField[] = []): CmsField[] => fields.flatMap((field) => [field, ...all(field.fields)]);
    expect(config.collections.flatMap((c) => all(c.fields)).filter((field) => "i18n" in field)).toEqual([]);
  });

  it("has text written anew in each language, and dates, choices, images and links copied from the Dutch version", () => {
    const collections = (cmsConfig({ ...site, languages: ["en"] }) as typeof config).collections;
    const field = (type: string, path: string): CmsField => {
      let fields = collections.find((c) => c.name === type)!.fields!;
      let found: CmsField | undefined;
      for (const name of path.split(".")) {
        found = fields.find((f) => f.name === name);
        fields = found?.fields ?? [];
      }
      return found!;
    };
    expect(field("nieuws", "titel").i18n).toBe(true);
    expect(field("nieuws", "samenvatting").i18n).toBe(true);
    expect(field("nieuws", "body").i18n).toBe(true);
    expect(field("nieuws", "datum").i18n).toBe("duplicate");
    expect(field("nieuws", "afbeelding").i18n).toBe(true);
    expect(field("nieuws", "afbeelding.bron").i18n).toBe("duplicate");
    expect(field("nieuws", "afbeelding.alt").i18n).toBe(true);
    expect(field("evenement", "online").i18n).toBe("duplicate");
    expect(field("evenement", "aanmeldlink").i18n).toBe("duplicate");
    expect(field("evenement", "voor").i18n).toBe("duplicate");
    expect(field("dienst", "type").i18n).toBe("duplicate");
    expect(field("regeling", "voorwaarden")).toMatchObject({ i18n: true, field: { i18n: true } });
  });

  it("makes every field below an optional group optional in the form, groups in groups too, so Decap can save without it", () => {
    const profile = config.collections.find((c) => c.name === "site")!.files![0]!.fields;
    const statement = profile.find((field) => field.name === "toegankelijkheid")!;
    const akkoord = statement.fields!.find((field) => field.name === "akkoord")!;
    expect(statement.required).toBe(false);
    expect(akkoord.required).toBe(false);
    expect(akkoord.fields!.map((field) => [field.name, field.required])).toEqual([
      ["functie", false],
      ["datum", false],
    ]);
    const all = (fields: CmsField[] = []): CmsField[] => fields.flatMap((field) => [field, ...(field.widget === "object" ? all(field.fields) : [])]);
    const optionalGroups = [...config.collections.flatMap((c) => c.fields ?? []), ...profile].filter(
      (field) => field.widget === "object" && field.required === false,
    );
    expect(optionalGroups.length).toBeGreaterThan(5);
    expect(optionalGroups.flatMap((group) => all(group.fields)).filter((field) => field.required !== false)).toEqual([]);
  });
});
