import { defineComponent } from "../../../component.js";
import { locationCardExamples } from "./examples.js";
import { locationCardParams } from "./params.js";

export const component = defineComponent({
  name: "location-card",
  macro: "wcLocationCard",
  order: 80,
  title: "Vestiging",
  description: "Adres, openingstijden en toegankelijkheid van een vestiging.",
  params: locationCardParams,
  examples: locationCardExamples,
});
