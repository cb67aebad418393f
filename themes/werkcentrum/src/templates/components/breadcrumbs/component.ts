import { defineComponent } from "../../../component.js";
import { breadcrumbsExamples } from "./examples.js";
import { breadcrumbsParams } from "./params.js";

export const component = defineComponent({
  name: "breadcrumbs",
  macro: "wcBreadcrumbs",
  order: 30,
  title: "Kruimelpad",
  description: "Laat zien waar de pagina in de website staat.",
  params: breadcrumbsParams,
  examples: breadcrumbsExamples,
});
