import { defineComponent } from "../../../component.js";
import { paginationExamples } from "./examples.js";
import { paginationParams } from "./params.js";

export const component = defineComponent({
  name: "pagination",
  macro: "wcPagination",
  order: 130,
  title: "Paginering",
  description: "Naar de vorige, volgende of een andere pagina van een lange lijst.",
  params: paginationParams,
  examples: paginationExamples,
});
