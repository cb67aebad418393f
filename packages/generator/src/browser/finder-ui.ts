// The gemeente finder's type-ahead: the WAI-ARIA APG combobox pattern with a listbox popup
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/). Written by hand,
// because the widget libraries we looked at add more than the whole finder weighs, or need inline styles,
// which the CSP forbids. The theme's component renders the form hidden; this script reveals and drives it.
// Everything is also on the page without JavaScript: the A–Z list below the form.
import { countMessage, resolveQuery, suggestionsFor, type FinderOption, type RegionHrefs } from "./finder-logic.js";

/** How long typing must pause before the number of results is read out, so it is not announced per key. */
const ANNOUNCE_DELAY = 600;

/** Region code → link target, from the region links the landing page renders (`data-wc-region`). */
export function regionHrefsFrom(document: Document): RegionHrefs {
  const hrefs = new Map<string, string>();
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-wc-region]"))) {
    const code = link.dataset.wcRegion;
    const href = link.getAttribute("href");
    if (code && href && !hrefs.has(code)) hrefs.set(code, href);
  }
  return hrefs;
}

export interface FinderOptions {
  /** Opens a region's site; replaceable in tests. */
  navigate?: (href: string) => void;
  /** Where the link targets come from; by default the region links on the page. */
  hrefs?: RegionHrefs;
}

/** Turns one `[data-wc-gemeente-finder]` block into a working combobox. Returns false when its form is missing. */
export function initFinder(root: HTMLElement, options: FinderOptions = {}): boolean {
  const document = root.ownerDocument;
  const form = root.querySelector<HTMLFormElement>("form.wc-finder__form");
  const input = form?.querySelector<HTMLInputElement>("input.wc-finder__input");
  const status = form?.querySelector<HTMLElement>(".wc-finder__results");
  if (!form || !input || !status) return false;
  const navigate = options.navigate ?? ((href: string) => window.location.assign(href));
  const hrefs = options.hrefs ?? regionHrefsFrom(document);

  const listbox = document.createElement("ul");
  listbox.id = `${input.id}-opties`;
  listbox.className = "wc-finder__listbox";
  listbox.setAttribute("role", "listbox");
  const label = form.querySelector("label");
  if (label) {
    label.id ||= `${input.id}-label`;
    listbox.setAttribute("aria-labelledby", label.id);
  }
  listbox.hidden = true;
  input.after(listbox);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  let current: FinderOption[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const announce = (message: string, delay = 0) => {
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = message), delay);
  };

  const setActive = (index: number) => {
    active = index;
    Array.from(listbox.children).forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    const option = listbox.children[index];
    if (option) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView?.({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  };

  const show = (found: FinderOption[]) => {
    current = found;
    listbox.replaceChildren(
      ...found.map((option, index) => {
        const item = document.createElement("li");
        item.id = `${listbox.id}-${index}`;
        item.className = "wc-finder__option";
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        const name = document.createElement("span");
        name.className = "wc-finder__option-name";
        name.textContent = option.gemeente;
        const werkcentrum = document.createElement("span");
        werkcentrum.className = "wc-finder__option-region";
        werkcentrum.textContent = option.werkcentrum;
        // The comma makes screen readers pause between the two parts of the option's name.
        item.append(name, ", ", werkcentrum);
        return item;
      }),
    );
    active = -1;
    input.removeAttribute("aria-activedescendant");
    listbox.hidden = found.length === 0;
    input.setAttribute("aria-expanded", String(found.length > 0));
  };

  const go = (option: FinderOption | undefined) => {
    if (!option) return;
    close();
    navigate(option.href);
  };

  input.addEventListener("input", () => {
    const found = suggestionsFor(input.value, hrefs);
    show(found);
    announce(input.value.trim() === "" ? "" : countMessage(found.length), ANNOUNCE_DELAY);
  });

  input.addEventListener("keydown", (event) => {
    const open = !listbox.hidden;
    const count = current.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open && count > 0) show(current);
        if (count > 0) setActive(event.altKey && !open ? -1 : (active + 1) % count);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open && count > 0) show(current);
        if (count > 0) setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case "Enter":
        if (open && active >= 0) {
          event.preventDefault();
          go(current[active]);
        }
        break;
      case "Escape":
        event.preventDefault();
        if (open) close();
        else {
          input.value = "";
          current = [];
          announce("");
        }
        break;
      case "Tab":
        close();
        break;
    }
  });

  // Keep focus in the field when an option is pressed, so the list does not close before the click lands.
  listbox.addEventListener("mousedown", (event) => event.preventDefault());
  listbox.addEventListener("click", (event) => {
    const option = (event.target as Element | null)?.closest?.("[role=option]");
    if (option) go(current[Array.from(listbox.children).indexOf(option)]);
  });
  input.addEventListener("blur", () => close());

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = resolveQuery(input.value, hrefs);
    if (result.kind === "go") {
      announce(`U gaat naar ${result.option.werkcentrum}.`);
      go(result.option);
    } else if (result.kind === "choose") {
      show(result.options);
      announce(`Er zijn ${result.options.length} gemeenten met deze naam. Kies uw gemeente met de pijltjestoetsen.`);
    } else {
      close();
      announce(countMessage(0));
    }
  });

  form.hidden = false;
  return true;
}
