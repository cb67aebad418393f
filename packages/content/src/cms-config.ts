import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { siteProfileSchema } from "@werkcentrum/regions";
import { stringify } from "yaml";
import type { z } from "zod";
import { defOf, unwrap } from "./schema-walk.js";
import {
  contentSchemas,
  contentTypeLabels,
  contentTypes,
  translatableTypes,
  typeFolders,
  type ContentType,
  type TranslationLanguage,
} from "./schemas/index.js";

/** A field of a Decap-format CMS collection (Sveltia CMS reads the same format). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
}

export interface CmsSite {
  slug: string;
  host: string;
  /** Shown in the CMS, for example "Werkcentrum Rijnmond". */
  title: string;
  /**
   * The languages the region writes besides Dutch (`talen` in its site.yml). With any, the translatable collections
   * get Decap's i18n: the editor writes each language version next to the Dutch one, and it is saved as
   * `<slug>.<language>.md` beside `<slug>.md`.
   */
  languages?: readonly TranslationLanguage[];
}

/** Decap's `backend` block for a git host (https://decapcms.org/docs/backends-overview/). */
export interface CmsBackend {
  name: "github" | "gitlab";
  repo: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  auth_type?: "pkce";
  app_id?: string;
  api_root?: string;
}

export interface CmsOptions {
  /** The production git host, from deploy.yml (packages/generator/src/admin.ts); wins over `repo` and `branch`. */
  backend?: CmsBackend | undefined;
  /** The git repository as `owner/name`. Without it the config has no `repo`, and the CMS cannot log in. */
  repo?: string | undefined;
  branch?: string;
  /** The preview: the URL of Decap's local proxy (`decap-server`), which edits the editor's own checkout. */
  localBackend?: string | undefined;
}

/** A readable Dutch label from a field name without its own: `bestaandeWebsite` → "Bestaande website". */
function label(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/-/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function checkValue(schema: z.core.$ZodType, check: string, key: "value" | "minimum" | "maximum"): number | undefined {
  const found = (defOf(schema).checks ?? []).map((c) => c._zod.def as unknown as Record<string, unknown>).find((def) => def.check === check);
  return found?.[key] as number | undefined;
}

/** Widget and options for a schema with its wrappers already taken off. */
type Widget = { widget: string; [option: string]: unknown };

function widgetFor(name: string, unwrapped: ReturnType<typeof unwrap>, translated: boolean): Widget {
  const { def, hint, schema } = unwrapped;
  const options = (values: readonly unknown[]) => values.map((value) => ({ label: hint.labels?.[String(value)] ?? String(value), value }));
  switch (def.type) {
    case "literal":
      return { widget: "hidden", default: def.values?.[0] };
    case "enum":
      return { widget: "select", options: options(Object.values(def.entries ?? {})) };
    case "boolean":
      return { widget: "boolean" };
    case "number":
      return {
        widget: "number",
        value_type: def.format?.includes("int") ? "int" : "float",
        min: checkValue(schema, "greater_than", "value"),
        max: checkValue(schema, "less_than", "value"),
      };
    case "object":
      return { widget: "object", fields: fieldsOf(def.shape ?? {}, { translated }) };
    case "array": {
      const element = unwrap(def.element!);
      const min = checkValue(schema, "min_length", "minimum");
      if (element.def.type === "enum") {
        return {
          widget: "select",
          multiple: true,
          min,
          options: Object.values(element.def.entries ?? {}).map((value) => ({
            label: element.hint.labels?.[value] ?? hint.labels?.[value] ?? value,
            value,
          })),
        };
      }
      if (element.def.type === "object") return { widget: "list", min, fields: fieldsOf(element.def.shape ?? {}, { translated }) };
      const field = { name: "waarde", label: label(name), ...widgetFor(name, element, translated), hint: element.description };
      return { widget: "list", min, field: translated ? { ...field, i18n: i18nOf(field, element.hint.kind) } : field };
    }
    case "union": {
      const first = def.options?.[0];
      return first ? widgetFor(name, unwrap(first), translated) : { widget: "string" };
    }
    default:
      break;
  }
  switch (hint.kind) {
    case "text":
      return { widget: "text" };
    case "image":
      return { widget: "image", choose_url: false };
    case "date":
      return { widget: "datetime", date_format: "YYYY-MM-DD", time_format: false, picker_utc: true };
    case "datetime":
      return { widget: "datetime", format: "YYYY-MM-DD HH:mm", picker_utc: false };
    case "year":
      return { widget: "number", value_type: "int" };
    default:
      return { widget: "string" };
  }
}

function withoutUndefined(field: CmsField): CmsField {
  return Object.fromEntries(Object.entries(field).filter(([, value]) => value !== undefined)) as CmsField;
}

/** Widgets whose value is the same in every language: a translation copies it from the Dutch version. */
const sameInEveryLanguage = new Set(["boolean", "datetime", "hidden", "image", "number", "select"]);
const kindsSameInEveryLanguage = new Set(["link", "email", "phone", "image", "date", "datetime", "year"]);

/**
 * Decap's i18n setting of a field (https://decapcms.org/docs/i18n/): text is written anew in each language
 * (`true`); dates, choices, numbers, images, links, e-mail addresses and phone numbers are copied from the Dutch
 * version (`duplicate`), so a translation file is always complete, as `check` wants it.
 */
function i18nOf(field: { widget: string }, kind: string | undefined): true | "duplicate" {
  return sameInEveryLanguage.has(field.widget) || (kind !== undefined && kindsSameInEveryLanguage.has(kind)) ? "duplicate" : true;
}

/** The fields of an optional group, optional in the form, and so are those of the groups inside it. */
function optionalThroughout(fields: readonly CmsField[]): CmsField[] {
  return fields.map((field) => ({
    ...field,
    required: false,
    ...(field.widget === "object" && field.fields ? { fields: optionalThroughout(field.fields) } : {}),
  }));
}

export interface FieldOptions {
  /** Mark each field with its Decap i18n setting (the collection has translations). */
  translated?: boolean;
}

/** One CMS field per schema field, in schema order, with the schema's Dutch description as hint. */
export function fieldsOf(shape: Record<string, z.core.$ZodType>, options: FieldOptions = {}): CmsField[] {
  const translated = options.translated ?? false;
  return Object.entries(shape).map(([name, schema]) => {
    const unwrapped = unwrap(schema);
    const optional = unwrapped.optional || unwrapped.defaultValue !== undefined;
    const widget = widgetFor(name, unwrapped, translated);
    // Decap validates an object's required children even when the object itself is optional, so a news item
    // without an image could not be saved, nor a site.yml without an accessibility statement (its required
    // `akkoord` group inside the optional `toegankelijkheid`): inside an optional group every field of every group
    // below it is optional in the form, and `check` still refuses a half-filled group (an image without alt text)
    // with its own Dutch message. A list's items are left alone: their fields are checked only once an item exists.
    if (optional && Array.isArray(widget.fields)) widget.fields = optionalThroughout(widget.fields as CmsField[]);
    return withoutUndefined({
      name,
      label: unwrapped.hint.label ?? label(name),
      ...widget,
      required: optional ? false : undefined,
      default: unwrapped.defaultValue ?? (defOf(unwrapped.schema).type === "literal" ? defOf(unwrapped.schema).values?.[0] : undefined),
      hint: unwrapped.description,
      i18n: translated ? i18nOf(widget, unwrapped.hint.kind) : undefined,
    });
  });
}

function collection(type: ContentType, site: CmsSite): Record<string, unknown> {
  const folder = type === "pagina" ? "content" : `content/${typeFolders[type]}`;
  const shape = unwrap(contentSchemas[type]).def.shape ?? {};
  const translated = (site.languages ?? []).length > 0 && translatableTypes.includes(type);
  return {
    name: type,
    label: contentTypeLabels[type].many,
    label_singular: contentTypeLabels[type].one,
    description: unwrap(contentSchemas[type]).description,
    folder: `sites/${site.slug}/${folder}`,
    create: true,
    extension: "md",
    format: "frontmatter",
    identifier_field: "titel",
    summary: "{{titel}}",
    editor: { preview: false },
    ...(translated ? { i18n: true } : {}),
    fields: [
      ...fieldsOf(shape, { translated }),
      {
        name: "body",
        label: type === "vraag" ? "Antwoord" : "Tekst",
        widget: "markdown",
        required: type === "vraag",
        hint: "Schrijf in Markdown. HTML wordt niet getoond.",
        ...(translated ? { i18n: true } : {}),
      },
    ],
  };
}

/**
 * The CMS configuration of one site (Decap format, read by Sveltia CMS): one collection per content type and
 * one for `site.yml`, every field generated from the zod schemas, so the CMS and the checks never disagree.
 */
export function cmsConfig(site: CmsSite, options: CmsOptions = {}): Record<string, unknown> {
  const languages = site.languages ?? [];
  return {
    backend: options.backend ?? { name: "github", ...(options.repo ? { repo: options.repo } : {}), branch: options.branch ?? "main" },
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    // Every change goes through review: Decap keeps each entry on its own branch (cms/<collection>/<slug>) and
    // opens a merge request; CODEOWNERS per region decides who may approve it (DEPLOY.md).
    publish_mode: "editorial_workflow",
    locale: "nl",
    // Decap names every language version `<slug>.<locale>.md`, the Dutch one too; the web editor's own script
    // (packages/generator/src/browser/cms-i18n.ts) maps `<slug>.nl.md` to this repository's `<slug>.md`.
    ...(languages.length > 0 ? { i18n: { structure: "multiple_files", locales: ["nl", ...languages], default_locale: "nl" } } : {}),
    site_url: `https://${site.host}/`,
    display_url: `https://${site.host}/`,
    app_title: `${site.title} — beheer`,
    media_folder: `sites/${site.slug}/content/afbeeldingen`,
    public_folder: "/afbeeldingen",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      ...contentTypes.map((type) => collection(type, site)),
      {
        name: "site",
        label: "Instellingen",
        editor: { preview: false },
        files: [
          {
            name: "profiel",
            label: "Profiel van de site (site.yml)",
            file: `sites/${site.slug}/site.yml`,
            fields: fieldsOf(unwrap(siteProfileSchema).def.shape ?? {}),
          },
        ],
      },
    ],
  };
}

export function cmsConfigYaml(site: CmsSite, options: CmsOptions = {}): string {
  return `# Gegenereerd door @werkcentrum/content uit de schema's. Niet met de hand aanpassen.\n${stringify(cmsConfig(site, options), { lineWidth: 0 })}`;
}

/** Writes `<outputDir>/admin/config.yml` for the site. */
export async function writeCmsConfig(outputDir: string, site: CmsSite, options: CmsOptions = {}): Promise<string> {
  const file = join(outputDir, "admin", "config.yml");
  await mkdir(join(outputDir, "admin"), { recursive: true });
  await writeFile(file, cmsConfigYaml(site, options));
  return file;
}
