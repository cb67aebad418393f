// The Markdown table of a benchmark result, and the docs/performance.md section that keeps the latest one.
import { readFileSync, writeFileSync } from "node:fs";
import { imageRows } from "./images.mjs";

export function table(r) {
  const rows = [
    ["Markdown files (35 regions + landing)", r.pages],
    ["HTML pages written (ours / baseline)", `${r.output_pages} / ${r.baseline_pages}`],
    ["Cold full build, 36 sites via turbo", `${r.full_build_s} s (${r.pages_per_s} pages/s)`],
    ...(r.peer_s === undefined
      ? []
      : [
          [
            "Peer pipeline: plain Eleventy, then the Pagefind CLI per site, then .gz/.br twins, one after another",
            `${r.peer_s} s (Eleventy ${r.peer_parts_s.eleventy} s, Pagefind ${r.peer_parts_s.pagefind_cli} s, precompression ${r.peer_parts_s.precompress} s)`,
          ],
          [
            `Ratio ours / peer pipeline (target ≤ ${r.peer_target_ratio})`,
            `${r.peer_ratio}× cold; ${r.peer_ratio_image_cache}× with the image cache kept (no photo encoded, as in the peer)`,
          ],
        ]),
    ["Plain Eleventy baseline, one process", `${r.baseline_s} s`],
    ["Ratio ours / baseline", `${r.ratio}×`],
    [
      `Pagefind alone over all built sites, one process (${r.pagefind_in_build ? "the build above already indexes" : "not in the build"})`,
      `${r.pagefind_s} s (${r.region}: ${r.pagefind_one_site_s} s)`,
    ],
    ["Ratio incl. search indexing", `${r.ratio_with_search}×`],
    ["Validation alone (`werkcentrum check` minus CLI start-up, one thread)", `${r.check_s} s`],
    ["Precompression alone (.gz and .br of every text file, in memory, one thread)", `${r.compress_s} s`],
    [
      `Lower bound on ${r.cores} cores: (baseline + validation + Pagefind + precompression) / ${r.cores}`,
      `${r.floor_s} s = ${r.floor_ratio}× baseline`,
    ],
    [
      "Forced rebuild of every site with the image cache kept",
      r.forced_with_image_cache_s === undefined ? "not measured" : `${r.forced_with_image_cache_s} s (${r.images} photos of 3000 × 2000)`,
    ],
    ...imageRows(r),
    ["No-change rebuild (turbo)", `${r.nochange_s} s; rebuilt: ${r.nochange_sites_rebuilt?.join(", ") || "none"}`],
    [
      `One-region rebuild (${r.region})`,
      `${r.one_region_s} s = ${r.one_region_share_pct} % of full; rebuilt: ${r.one_region_sites_rebuilt.join(", ")}`,
    ],
    ["No-change rebuild as a share of a full build at 1.5× baseline", `${r.nochange_share_at_target_pct} %`],
    ["Peak RSS, whole process tree (cold build)", `${r.peak_rss_mb} MB (${r.peak_processes} processes)`],
  ];
  if (r.single_process_s !== undefined)
    rows.push(["All 36 sites by one builder (`werkcentrum build --jobs 1`)", `${r.single_process_s} s, peak RSS ${r.single_process_peak_rss_mb} MB`]);
  if (r.cli_startup_s !== undefined) rows.push(["CLI start-up (`werkcentrum --help`)", `${r.cli_startup_s} s`]);
  return ["| Measure | Result |", "| --- | --- |", ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join("\n");
}

/** Replaces the table between the `bench:results` markers of docs/performance.md with this run's (--update-docs). */
export function updateDocs(file, r) {
  const section = [
    `Run of ${r.finished_at.slice(0, 16).replace("T", " ")} UTC: ${r.pages_per_region} pages per region, median of ${r.runs} run(s).`,
    `Machine: ${r.cores} cores (${r.cpu}), ${r.memory_gb} GB RAM, Node ${r.node}. Load average (1, 5, 15 min) before the run:`,
    `${r.load_before.join(", ")}; after: ${r.load_after.join(", ")}.`,
    "",
    table(r),
  ].join("\n");
  const text = readFileSync(file, "utf8");
  const start = `<!-- bench:results-${r.pages_per_region} -->`;
  const end = `<!-- /bench:results-${r.pages_per_region} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/performance.md has no ${start} … ${end} section`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${section}\n${text.slice(to)}`);
}
