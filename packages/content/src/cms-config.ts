import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { siteProfileSchema } from "@werkcentrum/regions";
import { stringify } from "yaml";
import type { z } from "zod";
import { defOf, unwrap } from "./schema-walk.js";
import { contentSchemas, contentTypeLabels, contentTypes, typeFolders, type ContentType } from "./schemas/index.js";

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

function widgetFor(name: string, unwrapped: ReturnType<typeof unwrap>): Widget {
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
      return { widget: "object", fields: fieldsOf(def.shape ?? {}) };
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
      if (element.def.type === "object") return { widget: "list", min, fields: fieldsOf(element.def.shape ?? {}) };
      return { widget: "list", min, field: { name: "waarde", label: label(name), ...widgetFor(name, element), hint: element.description } };
    }
    case "union": {
      const first = def.options?.[0];
      return first ? widgetFor(name, unwrap(first)) : { widget: "string" };
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

/** One CMS field per schema field, in schema order, with the schema's Dutch description as hint. */
export function fieldsOf(shape: Record<string, z.core.$ZodType>): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const unwrapped = unwrap(schema);
    const optional = unwrapped.optional || unwrapped.defaultValue !== undefined;
    const widget = widgetFor(name, unwrapped);
    // Decap validates an object's required children even when the object itself is optional, so a news item
    // without an image could not be saved: inside an optional group every field is optional in the form, and
    // `check` still refuses a half-filled group (an image without alt text) with its own Dutch message.
    if (optional && Array.isArray(widget.fields)) widget.fields = (widget.fields as CmsField[]).map((field) => ({ ...field, required: false }));
    return withoutUndefined({
      name,
      label: unwrapped.hint.label ?? label(name),
      ...widget,
      required: optional ? false : undefined,
      default: unwrapped.defaultValue ?? (defOf(unwrapped.schema).type === "literal" ? defOf(unwrapped.schema).values?.[0] : undefined),
      hint: unwrapped.description,
    });
  });
}

function collection(type: ContentType, site: CmsSite): Record<string, unknown> {
  const folder = type === "pagina" ? "content" : `content/${typeFolders[type]}`;
  const shape = unwrap(contentSchemas[type]).def.shape ?? {};
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
    fields: [
      ...fieldsOf(shape),
      {
        name: "body",
        label: type === "vraag" ? "Antwoord" : "Tekst",
        widget: "markdown",
        required: type === "vraag",
        hint: "Schrijf in Markdown. HTML wordt niet getoond.",
      },
    ],
  };
}

/**
 * The CMS configuration of one site (Decap format, read by Sveltia CMS): one collection per content type and
 * one for `site.yml`, every field generated from the zod schemas, so the CMS and the checks never disagree.
 */
export function cmsConfig(site: CmsSite, options: CmsOptions = {}): Record<string, unknown> {
  return {
    backend: options.backend ?? { name: "github", ...(options.repo ? { repo: options.repo } : {}), branch: options.branch ?? "main" },
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    // Every change goes through review: Decap keeps each entry on its own branch (cms/<collection>/<slug>) and
    // opens a merge request; CODEOWNERS per region decides who may approve it (DEPLOY.md).
    publish_mode: "editorial_workflow",
    locale: "nl",
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
