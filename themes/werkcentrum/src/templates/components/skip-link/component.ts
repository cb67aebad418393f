import { defineComponent } from "../../../component.js";
import { skipLinkExamples } from "./examples.js";
import { skipLinkParams } from "./params.js";

export const component = defineComponent({
  name: "skip-link",
  macro: "wcSkipLink",
  order: 10,
  title: "Skiplink",
  description: "Eerste link op elke pagina: springt over de kop en het menu naar de inhoud. Zichtbaar zodra hij focus krijgt.",
  params: skipLinkParams,
  examples: skipLinkExamples,
});
