import { actionStatusLabels, type Meerjarenagenda } from "@werkcentrum/content";
import type { IndicatorParams } from "@werkcentrum/theme";
import { setGlobalData } from "../global-data.js";
import { takenUrls } from "../pages/shared.js";
import type { PageModule } from "../pages/types.js";
import { formatReferenceDate } from "../svg/format.js";
import { renderIndicatorChart } from "../svg/index.js";
import { sectionRegistry } from "./registry.js";
import { siteContent } from "./site-content.js";
import { sections } from "./table.js";

type Indicator = Meerjarenagenda["analyse"]["indicatoren"][number];

const TASKS = [
  ["sociaal", "Sociale opgave", "Mensen helpen die niet op eigen kracht werk vinden."],
  ["economisch", "Economische opgave", "Mensen naar de sectoren met de grootste tekorten leiden."],
  ["onderwijs", "Onderwijsopgave", "Met scholing vraag en aanbod beter op elkaar laten passen."],
] as const;

const FREQUENCY = { "per-kwartaal": "elk kwartaal", halfjaarlijks: "twee keer per jaar", jaarlijks: "één keer per jaar" } as const;

/**
 * The theme indicator component's parameters for one indicator; with a series, a build-time SVG chart. A figure
 * without a unit gets no `unit` (the component's schema wants at least one character when it is there).
 */
export function indicatorParams(indicator: Indicator, id: string): IndicatorParams {
  const referenceDate = formatReferenceDate(indicator.peildatum);
  const unit = indicator.eenheid ? { unit: indicator.eenheid } : {};
  const base = { headingLevel: 3, label: indicator.label, value: indicator.waarde, ...unit, source: indicator.bron.naam, referenceDate };
  if (!indicator.reeks) return base;
  const chart = renderIndicatorChart(
    {
      label: indicator.label,
      value: indicator.waarde,
      unit: indicator.eenheid,
      source: indicator.bron.naam,
      referenceDate: indicator.peildatum,
      series: indicator.reeks.map((point) => ({ year: point.jaar, value: point.waarde })),
    },
    { id },
  );
  const first = indicator.reeks[0]!.jaar;
  const last = indicator.reeks.at(-1)!.jaar;
  return {
    ...base,
    chart: { svg: chart.svg, caption: `${indicator.label}, ${first} tot en met ${last}`, description: chart.description, table: chart.table },
  };
}

const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Everything a meerjarenagenda's markup needs (theme `partials/meerjarenagenda.njk`), in Dutch and ready to print:
 * templates stay free of logic. The views are global data `werkcentrum.meerjarenagendas`, by URL.
 */
export function meerjarenagendaView(agenda: Meerjarenagenda, url: string) {
  const idPrefix = url === sections.meerjarenagenda.url ? "indicator" : `indicator-${url.split("/").filter(Boolean).at(-1)}`;
  return {
    url,
    title: agenda.titel,
    period: `${agenda.periode.van} tot en met ${agenda.periode.tot}`,
    adopted: agenda.vastgesteld ? longDate.format(new Date(`${agenda.vastgesteld}T00:00:00Z`)) : undefined,
    analysis: agenda.analyse.samenvatting,
    indicators: agenda.analyse.indicatoren.map((indicator, index) => indicatorParams(indicator, `${idPrefix}-${index + 1}`)),
    sources: agenda.analyse.indicatoren.flatMap((indicator) =>
      indicator.bron.link ? [{ label: indicator.label, name: indicator.bron.naam, href: indicator.bron.link }] : [],
    ),
    tasks: TASKS.map(([key, heading, intro]) => ({
      id: `opgave-${key}`,
      heading,
      intro,
      description: agenda.opgaven[key].omschrijving,
      ambitions: agenda.opgaven[key].ambities.map((ambitie) => ({
        title: ambitie.titel,
        description: ambitie.omschrijving,
        actions: ambitie.acties.map((actie) => ({
          title: actie.titel,
          owners: actie.eigenaren.join(", "),
          status: actionStatusLabels[actie.status],
          due: actie.gereed ? String(actie.gereed) : "",
        })),
      })),
    })),
    monitoring: {
      approach: agenda.monitoring.aanpak,
      frequency: agenda.monitoring.frequentie ? FREQUENCY[agenda.monitoring.frequentie] : undefined,
      indicators: agenda.monitoring.indicatoren,
    },
  };
}
export type MeerjarenagendaView = ReturnType<typeof meerjarenagendaView>;

/**
 * The meerjarenagenda of the Regionaal Beraad: each agenda file's page shows its period, analysis (indicators as
 * build-time SVG charts with text and table), the three tasks with ambitions and actions, and monitoring.
 * `/meerjarenagenda/` shows the current agenda (the latest period) unless the region wrote its own index page.
 * Nothing is added when the region has no agenda.
 */
export const addMeerjarenagendaPages: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  const section = sections.meerjarenagenda;
  const agendas = siteContent(context).of(section.content);
  if (agendas.length === 0) return;
  const views = Object.fromEntries(agendas.map((entry) => [entry.permalink, meerjarenagendaView(entry.data, entry.permalink)]));
  setGlobalData(config, "meerjarenagendas", views);

  const registry = sectionRegistry(config);
  registry.defaultLayout(
    registry.layout(section.entryLayout),
    agendas.map((entry) => entry.permalink),
  );

  if (takenUrls(context).has(section.url)) return;
  const sorted = [...agendas].sort((a, b) => b.data.periode.van - a.data.periode.van || b.data.periode.tot - a.data.periode.tot);
  const current = sorted[0]!;
  views[section.url] = meerjarenagendaView(current.data, section.url);
  // The markup is the theme's.
  config.addTemplate("_werkcentrum/meerjarenagenda.njk", `{% extends "${section.layout}" %}`, {
    layout: false,
    permalink: section.url,
    title: current.data.titel,
    description: current.data.samenvatting,
    currentMeerjarenagenda: section.url,
    canonicalUrl: current.permalink,
    meerjarenagendaText: current.body.trim() ? current.html : "",
    otherMeerjarenagendas: sorted.slice(1).map((entry) => views[entry.permalink]),
  });
};
