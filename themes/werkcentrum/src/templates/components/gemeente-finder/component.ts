import { defineComponent } from "../../../component.js";
import { gemeenteFinderExamples } from "./examples.js";
import { gemeenteFinderParams } from "./params.js";

export const component = defineComponent({
  name: "gemeente-finder",
  macro: "wcGemeenteFinder",
  order: 160,
  title: "Gemeentezoeker",
  description: "Alle gemeenten van A tot Z met een link naar hun Werkcentrum. Werkt zonder JavaScript.",
  params: gemeenteFinderParams,
  examples: gemeenteFinderExamples,
});
