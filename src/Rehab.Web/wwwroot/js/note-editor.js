// The note editor's live units panel: on every change of a charge line or the tie choice, asks the preview endpoint
// what the unsaved lines bill and redraws the panel as Pages/Notes/_UnitsPanel.cshtml draws it. Also adds charge rows.
(() => {
  "use strict";
  const form = document.querySelector("form[data-preview-url]");
  if (!form) return;
  const content = document.getElementById("units-content");
  const rows = form.querySelector("#charges tbody");
  let timer = 0;
  let latest = 0;

  const number = (text) => (text.trim() === "" || Number.isNaN(Number(text)) ? null : Number(text));

  // The lines as the page saves them (see ChargeRow in Pages/Notes/Edit.cshtml.cs): blank rows are left out.
  function charges() {
    return [...rows.querySelectorAll("tr[data-charge-row]")]
      .map((row) => {
        const field = (part) => row.querySelector(`[data-part="${part}"]`);
        return {
          code: field("code").value.trim(),
          minutes: number(field("minutes").value),
          assistantMinutes: number(field("assistantMinutes").value),
          chosenModifiers: field("chosenModifiers").value.split(",").map((m) => m.trim()).filter((m) => m !== ""),
          separateBlockOrRegion: field("separateBlockOrRegion").checked,
          placeOfService: field("placeOfService").value || null,
          dateOfService: field("dateOfService").value || null,
        };
      })
      .filter((c) => c.code !== "" || c.minutes !== null || c.assistantMinutes !== null || c.chosenModifiers.length > 0)
      .map((c) => ({ ...c, code: c.code === "" ? null : c.code }));
  }

  function tieChoice() {
    const checked = form.querySelector('input[name="Input.TieChoice"]:checked');
    if (!checked || checked.value === "") return null;
    return Object.fromEntries(checked.value.split(",").map((part) => {
      const [code, units] = part.split(":");
      return [code, Number(units)];
    }));
  }

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === true) node.setAttribute(name, "");
      else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, value);
    }
    for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
    return node;
  }

  const choiceText = (choice) => Object.keys(choice).sort().map((code) => `${code}:${choice[code]}`).join(",");

  function render(billing) {
    const lines = billing.lines.length === 0
      ? element("p", { "data-testid": "units-empty" }, "No charge lines yet.")
      : element("table", { class: "units-lines", "data-testid": "units-lines" },
          element("thead", {}, element("tr", {}, ["Code", "Min", "Units", "Modifiers", "Why"].map((h) => element("th", { scope: "col" }, h)))),
          element("tbody", {}, billing.lines.map((line) => {
            const id = `units-line-${line.index}`;
            return element("tr", { "data-testid": id },
              element("th", { scope: "row", "data-testid": `${id}-code` }, line.code ?? ""),
              element("td", { "data-testid": `${id}-minutes` }, line.minutes === null ? "" : String(line.minutes)),
              element("td", { "data-testid": `${id}-units` }, String(line.units)),
              element("td", { "data-testid": `${id}-modifiers` }, line.modifiers.join(" ")),
              element("td", { "data-testid": `${id}-explanation` }, line.explanation,
                [...line.modifierExplanations, ...line.warnings].map((t) => element("span", { class: "units-note" }, t)),
                line.refusals.map((t) => element("span", { class: "units-refusal" }, t))));
          })));
    const days = billing.days.map((day, i) => [
      element("p", { "data-testid": `units-day-${i}-explanation` }, day.explanation),
      day.tieChoices.length > 1
        ? element("fieldset", { class: "units-tie", "data-testid": "units-tie-choices" },
            element("legend", {}, "Equal left-over minutes: choose where the last unit goes"),
            day.tieChoices.map((choice, j) => element("div", { class: "field radio" },
              element("input", {
                type: "radio", id: `tie-${i}-${j}`, name: "Input.TieChoice", value: choiceText(choice), "data-billing-input": true,
                checked: choiceText(choice) === choiceText(day.allocation),
              }),
              element("label", { for: `tie-${i}-${j}` },
                Object.keys(choice).sort().map((c) => `${c} ×${choice[c]}`).join(", ")),
              day.tieChoiceEffects[j]
                ? element("span", { class: "units-note", "data-testid": `units-tie-${i}-${j}-effect` },
                    `${day.tieChoiceEffects[j].claimLines.join(", ")}. ${day.tieChoiceEffects[j].paymentEffect}`)
                : [])))
        : [],
      day.warnings.map((w) => element("p", { class: "units-note", "data-testid": `units-day-${i}-warning` }, w)),
    ]);
    const problems = Object.values(billing.problems).flat();
    content.replaceChildren(
      element("p", { class: "units-rule" }, "Rule in force: ", element("strong", { "data-testid": "units-rule" }, billing.rule.name)),
      element("p", { class: "hint", "data-testid": "units-rule-reason" }, billing.rule.reason),
      element("p", {}, "Total ", element("strong", { "data-testid": "units-total" }, String(billing.totalUnits)), " units; ",
        element("span", { "data-testid": "units-timed-minutes" }, String(billing.timedMinutes)), " timed minutes."),
      lines,
      ...days.flat(2),
      ...(problems.length ? [element("ul", { class: "units-problems", "data-testid": "units-problems" }, problems.map((m) => element("li", {}, m)))] : []));
  }

  async function refresh() {
    const request = ++latest;
    const response = await fetch(form.dataset.previewUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        RequestVerificationToken: form.querySelector("input[name=__RequestVerificationToken]").value,
      },
      credentials: "same-origin",
      body: JSON.stringify({ charges: charges(), tieChoice: tieChoice() }),
    });
    if (!response.ok || request !== latest) return; // a later change is on its way, or the server refused: keep what is shown
    render(await response.json());
  }

  function changed(event) {
    if (!event.target.closest("[data-billing-input]")) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 200);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);

  const add = form.querySelector("[data-add-line]");
  add.hidden = false;
  add.addEventListener("click", () => {
    const index = rows.querySelectorAll("tr[data-charge-row]").length;
    const row = rows.querySelector("tr[data-charge-row]:last-child").cloneNode(true);
    for (const input of row.querySelectorAll("input")) {
      input.name = input.name.replace(/^Input\.Charges\[\d+\]/, `Input.Charges[${index}]`);
      if (input.id) input.id = input.id.replace(/^charges\[\d+\]/, `charges[${index}]`);
      if (input.type === "checkbox") input.checked = false;
      else if (input.type !== "hidden" || input.dataset.part) input.value = "";
      if (input.hasAttribute("aria-label"))
        input.setAttribute("aria-label", input.getAttribute("aria-label").replace(/^Line \d+/, `Line ${index + 1}`));
      input.removeAttribute("aria-invalid");
    }
    for (const error of row.querySelectorAll(".field-error")) error.remove();
    for (const cell of row.querySelectorAll("td")) cell.classList.remove("has-error");
    rows.append(row);
    row.querySelector('[data-part="code"]').focus();
  });
})();
