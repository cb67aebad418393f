import { defineComponent } from "../../../component.js";
import { languageSwitchExamples } from "./examples.js";
import { languageSwitchParams } from "./params.js";

export const component = defineComponent({
  name: "language-switch",
  macro: "wcLanguageSwitch",
  order: 150,
  title: "Taalkeuze",
  description: "Links naar de vertalingen van een pagina, alleen als die er zijn.",
  params: languageSwitchParams,
  examples: languageSwitchExamples,
});
