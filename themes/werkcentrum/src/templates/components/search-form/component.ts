import { defineComponent } from "../../../component.js";
import { searchFormExamples } from "./examples.js";
import { searchFormParams } from "./params.js";

export const component = defineComponent({
  name: "search-form",
  macro: "wcSearchForm",
  order: 140,
  title: "Zoeken",
  description: "Zoekveld dat zonder JavaScript werkt: het stuurt de zoekvraag naar de zoekpagina.",
  params: searchFormParams,
  examples: searchFormExamples,
});
