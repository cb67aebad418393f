import { defineComponent } from "../../../component.js";
import { contactBlockExamples } from "./examples.js";
import { contactBlockParams } from "./params.js";

export const component = defineComponent({
  name: "contact-block",
  macro: "wcContactBlock",
  order: 90,
  title: "Contact",
  description: "Telefoon, e-mail en contactformulier.",
  params: contactBlockParams,
  examples: contactBlockExamples,
});
