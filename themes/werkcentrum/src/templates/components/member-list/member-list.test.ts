import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { memberListExamples } from "./examples.js";
import { memberListParams } from "./params.js";

describe("Regionaal Beraad member list", () => {
  const document = renderDom("member-list", "wcMemberList", memberListExamples[0]!.params);

  it("shows each group under its Dutch title, in the order given", () => {
    expect([...document.querySelectorAll("h3")].map(text)).toEqual([
      "Gemeenten",
      "UWV",
      "SBB",
      "Werkgeversorganisaties",
      "Werknemersorganisaties",
      "Onderwijs",
    ]);
  });

  it("links members that have a website and names their role", () => {
    expect(document.querySelector('a[href="https://www.uwv.nl/"]')).not.toBeNull();
    const first = document.querySelector(".wc-members__list li");
    expect(first?.querySelector("a")).toBeNull();
    expect(text(first)).toBe("Gemeente Voorbeeldstad (centrumgemeente)");
  });

  it("refuses a member website that is not http(s)", () => {
    const bad = { groups: [{ category: "uwv", members: [{ name: "UWV", href: "javascript:alert(1)" }] }] };
    expect(memberListParams.safeParse(bad).success).toBe(false);
  });
});
