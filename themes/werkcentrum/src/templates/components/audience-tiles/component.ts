import { defineComponent } from "../../../component.js";
import { audienceTilesExamples } from "./examples.js";
import { audienceTilesParams } from "./params.js";

export const component = defineComponent({
  name: "audience-tiles",
  macro: "wcAudienceTiles",
  order: 40,
  title: "Doelgroepen",
  description: "De drie ingangen van elk Werkcentrum: werkzoekenden, werkenden en werkgevers.",
  params: audienceTilesParams,
  examples: audienceTilesExamples,
});
