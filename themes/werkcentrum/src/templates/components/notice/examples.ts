import type { ComponentExample } from "../../../component.js";
import type { NoticeParams } from "./params.js";

export const noticeExamples: ComponentExample<NoticeParams>[] = [
  {
    name: "Informatie",
    params: {
      title: "Dit Werkcentrum is in ontwikkeling",
      text: "Nog niet alle informatie staat op deze website. U kunt ons wel al bellen of mailen.",
    },
  },
  { name: "Gelukt", params: { type: "success", text: "Uw aanmelding voor de inloopochtend is verstuurd." } },
  {
    name: "Let op, met opgemaakte tekst",
    params: {
      type: "warning",
      title: "Gewijzigde openingstijden",
      html: '<p>Op <strong>27 april</strong> zijn alle vestigingen gesloten. <a href="/vestigingen/">Bekijk de openingstijden</a>.</p>',
    },
  },
  { name: "Fout", params: { type: "error", title: "Er ging iets mis", text: "Probeer het later opnieuw." } },
];
