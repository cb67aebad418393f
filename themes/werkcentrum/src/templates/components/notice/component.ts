import { defineComponent } from "../../../component.js";
import { noticeExamples } from "./examples.js";
import { noticeParams } from "./params.js";

export const component = defineComponent({
  name: "notice",
  macro: "wcNotice",
  order: 120,
  title: "Melding",
  description: "Informatie, bevestiging, waarschuwing of fout. De soort staat ook in tekst, niet alleen in kleur.",
  params: noticeParams,
  examples: noticeExamples,
});
