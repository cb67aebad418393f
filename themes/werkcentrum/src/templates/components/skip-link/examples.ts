import type { ComponentExample } from "../../../component.js";
import type { SkipLinkParams } from "./params.js";

export const skipLinkExamples: ComponentExample<SkipLinkParams>[] = [
  { name: "Standaard (zichtbaar als u er met de Tab-toets op komt)", params: {} },
  { name: "Met een andere tekst", params: { href: "#zoekresultaten", text: "Naar de zoekresultaten" } },
];
