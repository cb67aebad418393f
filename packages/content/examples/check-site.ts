import { checkSite, formatProblem } from "@werkcentrum/content";

const report = await checkSite("sites/rijnmond", { displayDir: "sites/rijnmond" });
for (const problem of report.problems) console.log(formatProblem(problem));
// Each problem is one line, `file:line:column  field  message`; a news item without a date gives:
// sites/rijnmond/content/nieuws/banenmarkt.md:2:1  datum  Het verplichte veld 'datum' ontbreekt. Datum van het
//   bericht, als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.
console.log(`${report.errors} errors, ${report.warnings} warnings, ${report.entries.length} pages`);
if (report.errors > 0) process.exitCode = 1;
