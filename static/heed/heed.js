// Heed's small behaviours: keyboard shortcuts, SLA countdowns, reveal, reason filtering, announcements.
(function () {
  "use strict";
  const baseTitle = document.title;

  function typing(event) {
    const t = event.target;
    return t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) && t.type !== "radio");
  }

  function submitKeyed(key) {
    const form = document.querySelector('form[data-key="' + key + '"]');
    if (!form) return false;
    form.requestSubmit();
    return true;
  }

  function chooseAction(n) {
    const radio = document.querySelector('#decide-form input[name="action"][data-key="' + n + '"]');
    if (!radio) return false;
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    document.getElementById("reason").focus();
    return true;
  }

  function filterReasons() {
    const form = document.getElementById("decide-form");
    if (!form) return;
    const chosen = form.querySelector('input[name="action"]:checked');
    const select = form.querySelector("#reason");
    let first = null;
    for (const option of select.options) {
      if (!option.dataset.action) continue;
      const fits = chosen && option.dataset.action === chosen.value;
      option.hidden = !fits;
      option.disabled = !fits;
      if (fits && !first) first = option;
    }
    if (select.selectedOptions[0] && select.selectedOptions[0].disabled) select.value = "";
    if (!select.value && first) select.value = first.value;
    form.classList.toggle("suspending", !!chosen && chosen.value === "suspend_author");
  }

  function reveal() {
    const wrap = document.getElementById("content");
    if (wrap) wrap.classList.remove("blurred");
    const counter = document.querySelector("[data-exposure]");
    if (counter) counter.textContent = String(parseInt(counter.textContent, 10) + 1);
    const form = document.querySelector("form.reveal");
    if (form) form.remove();
  }

  function tickSla() {
    const now = Date.now();
    for (const el of document.querySelectorAll("[data-sla-due]")) {
      const left = Math.round((Date.parse(el.dataset.slaDue) - now) / 1000);
      if (left <= 0) {
        el.textContent = "breached " + format(-left) + " ago";
        el.classList.add("breached");
      } else {
        el.textContent = format(left);
      }
    }
  }

  function format(seconds) {
    const h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    return (h ? h + "h " : "") + (h || m ? m + "m " : "") + (h ? "" : s + "s");
  }

  document.addEventListener("keydown", function (event) {
    const help = document.getElementById("help");
    if (event.key === "?" && !typing(event)) {
      help.open ? help.close() : help.showModal();
      event.preventDefault();
      return;
    }
    const decideForm = event.target.closest && event.target.closest("#decide-form");
    if (event.key === "Enter" && decideForm && event.target.tagName !== "TEXTAREA" && !event.isComposing) {
      // A select does not submit its form on Enter by itself; the decision form should.
      decideForm.requestSubmit();
      event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
    let handled = false;
    if (/^[1-5]$/.test(event.key)) handled = chooseAction(event.key);
    else if (event.key === "r") handled = submitKeyed("r");
    else if (event.key === "n") handled = submitKeyed("n");
    else if (event.key === "c") handled = submitKeyed("c");
    if (handled) event.preventDefault();
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches('#decide-form input[name="action"]')) filterReasons();
    if (event.target.matches("[data-select-all]")) {
      for (const box of event.target.closest("table").querySelectorAll('input[name="case_ids"]')) {
        box.checked = event.target.checked;
      }
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });

  document.addEventListener("submit", function (event) {
    // Without htmx (or before it loads) the reveal form posts normally and the page reloads revealed.
    if (event.target.matches("form.reveal") && window.htmx) event.preventDefault();
  });

  document.body.addEventListener("revealed", reveal);
  document.body.addEventListener("claimLost", function () {
    const head = document.querySelector(".claim");
    if (head) head.insertAdjacentHTML("afterbegin", '<p class="message error" role="status">Your claim on this case lapsed. Claim it again before deciding.</p>');
  });
  document.addEventListener("htmx:afterSwap", function () {
    const rows = document.getElementById("queue-rows");
    const n = rows ? parseInt(rows.dataset.newCritical || "0", 10) : 0;
    document.title = n > 0 ? "(" + n + " critical) " + baseTitle : baseTitle;
    tickSla();
  });

  filterReasons();
  tickSla();
  setInterval(tickSla, 1000);
})();
