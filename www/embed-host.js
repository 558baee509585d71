// The host page's own script: it must keep working with the marks in place.
let recommendations = 0;
document.getElementById("like").addEventListener("click", () => {
  recommendations += 1;
  document.getElementById("clicks").textContent = `${recommendations} recommendation${recommendations === 1 ? "" : "s"}`;
});
// Delegated link tracking, as analytics scripts do: works whatever is inside the link.
window.linkClicks = [];
document.addEventListener("click", (e) => {
  const a = e.target.closest("a");
  if (a) window.linkClicks.push(a.getAttribute("href"));
});
