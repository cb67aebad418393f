import type { ComponentExample } from "../../../component.js";
import type { ContactBlockParams } from "./params.js";

export const contactBlockExamples: ComponentExample<ContactBlockParams>[] = [
  {
    name: "Telefoon, e-mail en contactformulier",
    params: {
      text: "Een gids van het Werkcentrum beantwoordt uw vraag of brengt u in contact met de juiste organisatie.",
      phone: { number: "+31800000000", text: "0800\u00a0000\u00a000\u00a000", hours: "werkdagen van 9.00 tot 17.00 uur" },
      email: "info@voorbeeld.werkcentrum.nl",
      contactHref: "/contact/",
    },
  },
  { name: "Alleen een contactformulier", params: { heading: "Vraag stellen", contactHref: "/contact/" } },
];
