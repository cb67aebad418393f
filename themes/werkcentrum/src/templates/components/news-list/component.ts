import { defineComponent } from "../../../component.js";
import { newsListExamples } from "./examples.js";
import { newsListParams } from "./params.js";

export const component = defineComponent({
  name: "news-list",
  macro: "wcNewsList",
  order: 60,
  title: "Nieuwslijst",
  description: "Nieuwsberichten met datum en samenvatting.",
  params: newsListParams,
  examples: newsListExamples,
});
