import type { ComponentExample } from "../../../component.js";
import type { SearchFormParams } from "./params.js";

export const searchFormExamples: ComponentExample<SearchFormParams>[] = [
  { name: "Standaard", params: { id: "voorbeeld-zoeken" } },
  { name: "Op de zoekpagina, met de zoekvraag ingevuld", params: { id: "voorbeeld-zoeken-2", value: "omscholing zorg" } },
];
