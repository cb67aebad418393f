import { defineComponent } from "../../../component.js";
import { mapLegendExamples } from "./examples.js";
import { mapLegendParams } from "./params.js";

export const component = defineComponent({
  name: "map-legend",
  macro: "wcMapLegend",
  order: 165,
  title: "Legenda van de kaart",
  description: "Wat de kleuren en patronen op de kaart van de regio's betekenen, en in hoeveel regio's ze voorkomen.",
  params: mapLegendParams,
  examples: mapLegendExamples,
});
