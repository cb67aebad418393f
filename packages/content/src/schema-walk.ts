import { globalRegistry, type z } from "zod";
import { editorHints, type EditorHint } from "./schemas/editor-hints.js";

type AnySchema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & {
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: readonly AnySchema[];
  defaultValue?: unknown;
  format?: string;
};

/** A field's schema with its wrappers (optional, default) taken off, and what they said. */
export interface Unwrapped {
  schema: AnySchema;
  def: Def;
  optional: boolean;
  defaultValue?: unknown;
  description?: string;
  hint: EditorHint;
}

export function defOf(schema: AnySchema): Def {
  return schema._zod.def as Def;
}

/**
 * Takes optional/default/nullable/pipe wrappers off, collecting description and editor hints from every layer
 * (the outermost description wins: it is the one closest to where the field is declared).
 */
export function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let description: string | undefined;
  let hint: EditorHint = {};
  for (;;) {
    description ??= globalRegistry.get(current)?.description;
    hint = { ...editorHints.get(current as z.ZodType), ...hint };
    const def = defOf(current);
    if (def.type === "optional" || def.type === "nullable") optional = true;
    if (def.type === "default") {
      defaultValue = typeof def.defaultValue === "function" ? (def.defaultValue as () => unknown)() : def.defaultValue;
    }
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return { schema: current, def, optional, defaultValue, description, hint };
    current = inner;
  }
}

/** The fields of an object schema, or undefined when `schema` is not an object. */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const { def } = unwrap(schema);
  return def.type === "object" ? def.shape : undefined;
}

/** The schema at `path` (object keys and list indexes), or undefined when the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const step of path) {
    if (!current) return undefined;
    const { def } = unwrap(current);
    if (def.type === "object" && typeof step === "string") current = def.shape?.[step];
    else if (def.type === "array" && typeof step === "number") current = def.element;
    else return undefined;
  }
  return current;
}

/** Every value in `data` whose schema carries an editor hint of one of `kinds`, with its path. */
export function hintedValues(
  schema: AnySchema,
  data: unknown,
  kinds: readonly NonNullable<EditorHint["kind"]>[],
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown; kind: NonNullable<EditorHint["kind"]> }[] {
  if (data === undefined || data === null) return [];
  const { def, hint } = unwrap(schema);
  if (hint.kind && kinds.includes(hint.kind)) return [{ path, value: data, kind: hint.kind }];
  if (def.type === "object" && typeof data === "object" && !Array.isArray(data)) {
    return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
      hintedValues(child, (data as Record<string, unknown>)[key], kinds, [...path, key]),
    );
  }
  if (def.type === "array" && Array.isArray(data) && def.element) {
    return data.flatMap((item, index) => hintedValues(def.element!, item, kinds, [...path, index]));
  }
  return [];
}
