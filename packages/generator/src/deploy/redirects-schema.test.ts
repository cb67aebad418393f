import { jsonSchemaOf } from "@werkcentrum/content";
import { describe, expect, it } from "vitest";
import { redirectsFileSchema } from "./redirects.js";

// schemas/redirects.json is what VS Code reads for sites/*/redirects.yml (.vscode/settings.json), generated from the
// zod schema the check uses. Regenerate it with `npx vitest run -u` after a change, and review the diff.
describe("schemas/redirects.json", () => {
  it("matches the zod schema of redirects.yml", async () => {
    await expect(`${JSON.stringify(jsonSchemaOf(redirectsFileSchema, "Werkcentrum: redirects.yml"), null, 2)}\n`).toMatchFileSnapshot(
      "../../schemas/redirects.json",
    );
  });
});
