import { defineComponent } from "../../../component.js";
import { serviceCardExamples } from "./examples.js";
import { serviceCardParams } from "./params.js";

export const component = defineComponent({
  name: "service-card",
  macro: "wcServiceCard",
  order: 50,
  title: "Dienst",
  description: "Korte kaart van een dienst, met aanbieder en doelgroepen.",
  params: serviceCardParams,
  examples: serviceCardExamples,
});
