import { defineComponent } from "../../../component.js";
import { indicatorExamples } from "./examples.js";
import { indicatorParams } from "./params.js";

export const component = defineComponent({
  name: "indicator",
  macro: "wcIndicator",
  order: 110,
  title: "Kerncijfer en grafiek",
  description: "Een cijfer over de arbeidsmarkt met bron, en eventueel een grafiek met beschrijving en tabel.",
  params: indicatorParams,
  examples: indicatorExamples,
});
