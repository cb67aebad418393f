import { defineComponent } from "../../../component.js";
import { headerExamples } from "./examples.js";
import { headerParams } from "./params.js";

export const component = defineComponent({
  name: "header",
  macro: "wcHeader",
  order: 20,
  title: "Kop",
  description: "Woordmerk met de regionaam eronder, hoofdmenu, en waar nodig taalkeuze en zoeken.",
  params: headerParams,
  examples: headerExamples,
});
