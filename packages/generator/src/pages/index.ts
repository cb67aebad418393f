// Every page module, one per file, called in this order. Add a module by adding one line to the list. The
// sections of a regional site are in ../sections/, the pages of every site here.
import { addAboutPage } from "../sections/about.js";
import { addAudiencePages } from "../sections/audiences.js";
import { addEventPages } from "../sections/events.js";
import { addFaqPage } from "../sections/faq.js";
import { addLocationsPage } from "../sections/locations.js";
import { addMeerjarenagendaPages } from "../sections/meerjarenagenda.js";
import { addNewsPages } from "../sections/news.js";
import { addSchemePages } from "../sections/schemes.js";
import { addContentPages } from "./content-pages.js";
import { addHomeData } from "./home.js";
import { addLandingPage } from "./landing.js";
import { addLegalPages } from "./legal.js";
import { addRequiredPages } from "./required.js";
import { addSearchPage } from "./search.js";
import { addThemeFilters } from "./theme-filters.js";
import type { PageModule } from "./types.js";

export const pageModules: readonly PageModule[] = [
  addThemeFilters,
  addLandingPage,
  addAudiencePages,
  addNewsPages,
  addEventPages,
  addSchemePages,
  addFaqPage,
  addHomeData,
  addLocationsPage,
  addAboutPage,
  addMeerjarenagendaPages,
  addSearchPage,
  addLegalPages,
  addRequiredPages,
  // Last: the other modules decide the layouts of section URLs and which entries get no page of their own.
  addContentPages,
];
