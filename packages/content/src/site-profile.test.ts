import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "./problem.js";
import { readSiteProfile } from "./site-profile.js";

const scratch = await mkdtemp(join(tmpdir(), "wc-profile-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function profile(text: string) {
  const file = join(await mkdtemp(join(scratch, "p-")), "site.yml");
  await writeFile(file, text);
  return { file, ...(await readSiteProfile(file)) };
}

describe("readSiteProfile", () => {
  it("accepts a starter profile", async () => {
    const { data, problems } = await profile("code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n");
    expect(problems).toEqual([]);
    expect(data).toEqual({ code: "AM22", naam: "Rijnmond", status: "in-ontwikkeling" });
  });

  it.each([
    { name: "unknown status", text: "code: AM22\nnaam: Rijnmond\nstatus: open\n", line: 3, field: "status", message: /actief/ },
    { name: "unknown region code", text: "code: AM04\nnaam: Rijnmond\n", line: 1, field: "code", message: /regiocode/ },
    { name: "unknown field", text: "code: AM22\nnaam: Rijnmond\nstatuss: actief\n", line: 3, field: "statuss", message: /statuss/ },
    { name: "YAML syntax error", text: "code: AM22\nnaam: [Rijnmond\n", line: 3, field: "", message: /Ongeldige YAML/ },
  ])("reports $name with line and field", async ({ text, line, field, message }) => {
    const { file, problems } = await profile(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file, line, field, severity: "error" });
    expect(problems[0]!.message).toMatch(message);
    expect(formatProblem(problems[0]!)).toMatch(new RegExp(`^${file}:${line}:\\d+  `));
  });
});
