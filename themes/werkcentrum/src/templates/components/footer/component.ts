import { defineComponent } from "../../../component.js";
import { footerExamples } from "./examples.js";
import { footerParams } from "./params.js";

export const component = defineComponent({
  name: "footer",
  macro: "wcFooter",
  order: 170,
  title: "Voet",
  description: "Over het Werkcentrum en de verplichte links: toegankelijkheid, privacy, contact en sitemap.",
  params: footerParams,
  examples: footerExamples,
});
