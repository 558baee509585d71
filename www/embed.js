// The embedding (www/embed.html): load the package as any site would and highlight the
// article in place.
import init, { highlightElement, unhighlight } from "./pkg/article_highlighter.js";

const story = document.getElementById("story");
const toggle = document.getElementById("toggle-highlight");
await init();
const on = () => {
  highlightElement(story, { names: [{ name: "Northern Rail Company", type: "ORG" }] });
  toggle.setAttribute("aria-pressed", "true");
};
const off = () => {
  unhighlight(story);
  toggle.setAttribute("aria-pressed", "false");
};
toggle.addEventListener("click", () => (toggle.getAttribute("aria-pressed") === "true" ? off() : on()));
toggle.disabled = false;
on();
document.body.dataset.ready = "true";
