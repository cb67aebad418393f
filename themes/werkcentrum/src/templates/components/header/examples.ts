import type { ComponentExample } from "../../../component.js";
import type { HeaderParams } from "./params.js";

const navigation = (label: string) => ({
  label,
  items: [
    { href: "/werkzoekenden/", text: "Werkzoekenden", current: true },
    { href: "/werkenden/", text: "Werkenden" },
    { href: "/werkgevers/", text: "Werkgevers" },
    { href: "/nieuws/", text: "Nieuws" },
    { href: "/agenda/", text: "Agenda" },
    { href: "/contact/", text: "Contact" },
  ],
});

export const headerExamples: ComponentExample<HeaderParams>[] = [
  { name: "Landelijke site", params: {} },
  { name: "Regionale site met hoofdmenu", params: { regionName: "Rijnmond", navigation: navigation("Hoofdmenu (voorbeeld 1)") } },
  {
    name: "Met taalkeuze en zoekveld",
    params: {
      regionName: "Zuid-Kennemerland en IJmond",
      navigation: navigation("Hoofdmenu (voorbeeld 2)"),
      languages: {
        label: "Kies een taal (voorbeeld in de kop)",
        items: [
          { lang: "nl", text: "Nederlands", href: "/", current: true },
          { lang: "en", text: "English", href: "/en/" },
        ],
      },
      search: { id: "voorbeeld-kop-zoekveld", hideLabel: true },
    },
  },
];
