import type { ComponentExample } from "../../../component.js";
import type { LanguageSwitchParams } from "./params.js";

export const languageSwitchExamples: ComponentExample<LanguageSwitchParams>[] = [
  {
    name: "Nederlandse pagina met vertalingen",
    params: {
      label: "Kies een taal (voorbeeld 1)",
      items: [
        { lang: "nl", text: "Nederlands", href: "/werkzoekenden/", current: true },
        { lang: "en", text: "English", href: "/en/werkzoekenden/" },
        { lang: "uk", text: "Українська", href: "/uk/werkzoekenden/" },
        { lang: "pl", text: "Polski", href: "/pl/werkzoekenden/" },
        { lang: "ar", text: "العربية", href: "/ar/werkzoekenden/" },
      ],
    },
  },
  {
    name: "Engelse pagina",
    params: {
      label: "Choose a language",
      items: [
        { lang: "nl", text: "Nederlands", href: "/werkzoekenden/" },
        { lang: "en", text: "English", href: "/en/werkzoekenden/", current: true },
      ],
    },
  },
];
