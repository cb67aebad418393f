#!/usr/bin/env node
// Regenerates the package data from CBS-shaped CSV files and reports what changed against the current data.
// See README.md, "Updating the data for a new year", for the whole procedure.
//
//   node scripts/update-data.mjs [--gemeenten FILE] [--regions FILE] [--columns MAP]
//                                [--year YYYY --table ID] [--dry-run] [--package DIR]
//
// Writes data/gemeenten.csv, data/arbeidsmarktregios.csv (the package's own shape) and src/data.generated.ts
// under --package (default: this package). Writes nothing when there are errors or with --dry-run.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { GEMEENTE_FIELDS, parseColumnOption, readGemeenten, readRegions, REGION_FIELDS } from "./lib/cbs-csv.mjs";
import { buildDataset, diffDatasets, formatReport, readGeneratedFile, renderGeneratedFile } from "./lib/dataset.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

function options() {
  const { values } = parseArgs({
    options: {
      gemeenten: { type: "string" },
      regions: { type: "string" },
      columns: { type: "string" },
      year: { type: "string" },
      table: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      package: { type: "string", default: packageDir },
    },
  });
  return {
    ...values,
    gemeenten: values.gemeenten ?? join(values.package, "data/gemeenten.csv"),
    regions: values.regions ?? join(values.package, "data/arbeidsmarktregios.csv"),
  };
}

/** Year and table of the new data: the current ones unless given. A new year needs its own CBS table. */
function yearAndTable(opts, current) {
  const year = opts.year ? Number(opts.year) : current.year;
  const table = opts.table ?? current.table;
  if (!Number.isInteger(year) || year < 2000) throw new Error(`--year must be a year such as 2027, not "${opts.year ?? ""}"`);
  if (!table) throw new Error("--table is required: the id of the CBS table, such as 86247NED");
  if (year !== current.year && table === current.table) {
    throw new Error(`--year ${year} needs --table: each year has its own CBS table (${current.table} is ${current.year})`);
  }
  return { year, table };
}

function writeOutputs(dir, dataset) {
  const gemeenteCsv = stringify(dataset.gemeenten, { header: true, columns: GEMEENTE_FIELDS });
  const names = new Map(dataset.gemeenten.map(([code, name]) => [code, name]));
  const regionCsv = stringify(
    dataset.regions.map(([code, name, centrum, status]) => [code, name, centrum, names.get(centrum), status]),
    { header: true, columns: REGION_FIELDS },
  );
  writeFileSync(join(dir, "data/gemeenten.csv"), gemeenteCsv);
  writeFileSync(join(dir, "data/arbeidsmarktregios.csv"), regionCsv);
  writeFileSync(join(dir, "src/data.generated.ts"), renderGeneratedFile(dataset));
}

function main() {
  const opts = options();
  const generated = join(opts.package, "src/data.generated.ts");
  const current = existsSync(generated) ? readGeneratedFile(readFileSync(generated, "utf8")) : { regions: [], gemeenten: [] };
  const { year, table } = yearAndTable(opts, current);
  const { gemeenten, regionNames } = readGemeenten(readFileSync(opts.gemeenten, "utf8"), parseColumnOption(opts.columns));
  const regions = readRegions(readFileSync(opts.regions, "utf8"));
  const dataset = { year, table, ...buildDataset({ gemeenten, regionNames, regions }) };

  console.log(`CBS ${table}, indeling 1 January ${year}`);
  if (current.year && current.year !== year) console.log(`(current package data: ${current.table}, ${current.year})`);
  console.log(formatReport(diffDatasets(current, dataset), current, dataset));
  for (const warning of dataset.warnings) console.warn(`warning: ${warning}`);
  if (dataset.errors.length > 0) {
    for (const error of dataset.errors) console.error(`error: ${error}`);
    console.error(`\n${dataset.errors.length} error(s): nothing written.`);
    return 1;
  }
  if (opts["dry-run"]) {
    console.log("\n--dry-run: nothing written.");
    return 0;
  }
  writeOutputs(opts.package, dataset);
  console.log(`\nWrote ${dataset.regions.length} regions and ${dataset.gemeenten.length} gemeenten to data/*.csv and src/data.generated.ts.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
