import { defineComponent } from "../../../component.js";
import { memberListExamples } from "./examples.js";
import { memberListParams } from "./params.js";

export const component = defineComponent({
  name: "member-list",
  macro: "wcMemberList",
  order: 100,
  title: "Leden Regionaal Beraad",
  description: "De partners in het Regionaal Beraad, per groep.",
  params: memberListParams,
  examples: memberListExamples,
});
