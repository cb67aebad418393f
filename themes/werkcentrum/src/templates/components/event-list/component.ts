import { defineComponent } from "../../../component.js";
import { eventListExamples } from "./examples.js";
import { eventListParams } from "./params.js";

export const component = defineComponent({
  name: "event-list",
  macro: "wcEventList",
  order: 70,
  title: "Agenda",
  description: "Activiteiten met datum, tijd en plaats.",
  params: eventListParams,
  examples: eventListExamples,
});
