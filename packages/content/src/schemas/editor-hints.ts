import { z } from "zod";

/**
 * What a field is for an editor, beyond its JSON type: the CMS picks its widget from it and the checks know
 * which strings are links or image paths. Kept in its own registry, not in `.meta()`, so it never leaks into
 * the published JSON Schemas.
 */
export interface EditorHint {
  kind?: "text" | "link" | "image" | "date" | "datetime" | "year" | "email" | "phone";
  /** Label in the CMS, when the field name alone is not clear enough. */
  label?: string;
  /** Labels for the values of an enum, shown in the CMS. */
  labels?: Readonly<Record<string, string>>;
}

export const editorHints = z.registry<EditorHint>();

/** Registers `hint` for `schema` and returns the schema, so a field is declared in one expression. */
export function hinted<T extends z.ZodType>(schema: T, hint: EditorHint): T {
  editorHints.add(schema, hint);
  return schema;
}
