import type { z } from "zod";

/** One example of a component: a test fixture and a section of the preview page at the same time. */
export interface ComponentExample<Params = unknown> {
  /** Dutch, shown on the preview page. */
  name: string;
  params: Params;
}

/**
 * A theme component: a Nunjucks macro in `templates/components/<name>/macro.njk` with its contract. Each component
 * folder describes itself in its `component.ts` (`export const component = defineComponent({ … })`); the list of
 * all of them, `components`, is generated from the folders.
 */
export interface ThemeComponent<Schema extends z.ZodType = z.ZodType> {
  /** Folder name, for example `notice`. */
  name: string;
  /** Macro name, for example `wcNotice`: `{% from "components/notice/macro.njk" import wcNotice %}`. */
  macro: string;
  /** Position on the preview page: lower comes first. Steps of 10 leave room for a new component in between. */
  order: number;
  /** Dutch title and description for the preview page. */
  title: string;
  description: string;
  /**
   * The macro's `params` object: what a caller may pass. Defaults of optional parameters are in the template, not
   * here (see `params.ts`).
   */
  params: Schema;
  examples: ComponentExample<z.input<Schema>>[];
}

/** Typed helper, so each component's examples are checked against its schema by the compiler too. */
export function defineComponent<Schema extends z.ZodType>(component: ThemeComponent<Schema>): ThemeComponent<Schema> {
  return component;
}
