// Announce new critical cases in the page title while a queue page is open.
(function () {
  const base = document.title;
  document.addEventListener("htmx:afterSwap", function () {
    const rows = document.getElementById("queue-rows");
    const n = rows ? parseInt(rows.dataset.newCritical || "0", 10) : 0;
    document.title = n > 0 ? "(" + n + " critical) " + base : base;
  });
})();
