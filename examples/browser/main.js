// The demo: canonym's core and bundled dictionary, in the page, with no build step.
import { createResolver, explain } from "canonym";
import { entities } from "canonym/aliases";

const resolver = createResolver(entities);
const input = document.querySelector("#name");
const entity = document.querySelector("#entity");
const candidates = document.querySelector("#candidates");
const explanation = document.querySelector("#explanation");

function element(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function show(name) {
  const trimmed = name.trim();
  candidates.replaceChildren();
  explanation.textContent = "";
  if (trimmed === "") {
    entity.replaceChildren(element("span", "Nothing typed yet.", "muted"));
    return;
  }
  const answer = resolver.resolve(trimmed);
  const ranked = resolver.candidates(trimmed, { limit: 5 });
  if (answer) {
    entity.replaceChildren(
      element("strong", answer.name),
      ` (${answer.id}, ${answer.type}) `,
      element("span", `score ${answer.score.toFixed(2)}, ${answer.method}`, "score"),
    );
    explanation.textContent = `${trimmed} → ${answer.matched}\n${explain(answer.explanation)}`;
  } else {
    const reason = ranked.length === 0 ? "no entity comes close" : "no candidate is sure enough";
    entity.replaceChildren(element("span", `No answer: ${reason}. canonym abstains rather than guess.`, "abstain"));
    if (ranked[0]) explanation.textContent = `closest: ${ranked[0].matched}\n${explain(ranked[0].explanation)}`;
  }
  for (const candidate of ranked) {
    const item = element("li", `${candidate.name} (${candidate.id}) `);
    item.append(element("span", candidate.score.toFixed(2), "score"), ` via “${candidate.matched}”`);
    candidates.append(item);
  }
}

input.addEventListener("input", () => show(input.value));
for (const button of document.querySelectorAll("button[data-name]")) {
  button.addEventListener("click", () => {
    input.value = button.dataset.name;
    show(input.value);
  });
}
document.querySelector("#status").textContent = `${entities.length} entities loaded; everything runs in this page.`;
document.body.dataset.ready = "true";
