// Heed's small behaviours: keyboard shortcuts, SLA countdowns, reveal, reason filtering, announcements.
(function () {
  "use strict";
  const baseTitle = document.title;

  // Any form field, radios included: a letter meant for a field must never skip or claim a case.
  function typing(event) {
    const t = event.target;
    return t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
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

  // The chosen action of a decision form: a checked radio (one case) or a selected option (bulk).
  function chosenAction(form) {
    const radio = form.querySelector('input[name="action"]:checked');
    if (radio) return radio;
    const select = form.querySelector('select[name="action"]');
    return select && select.value ? select.selectedOptions[0] : null;
  }

  // Offer only the chosen action's reasons, and never choose one for the moderator.
  function filterReasons(form) {
    const chosen = chosenAction(form);
    const select = form.querySelector('select[name="reason_code"]');
    for (const option of select.options) {
      if (!option.dataset.action) continue;
      const fits = !!chosen && option.dataset.action === chosen.value;
      option.hidden = !fits;
      option.disabled = !fits;
    }
    if (select.selectedOptions[0] && select.selectedOptions[0].disabled) select.value = "";
    form.classList.toggle("suspending", !!chosen && chosen.dataset.needs === "suspend_days");
  }

  // The first thing the moderator has yet to choose or write, as the server would refuse it.
  function missingField(form) {
    const chosen = chosenAction(form);
    if (!chosen) return form.querySelector('[name="action"]');
    const reason = form.querySelector('select[name="reason_code"]');
    if (!reason.value) return reason;
    const needed = chosen.dataset.needs && form.querySelector('[name="' + chosen.dataset.needs + '"]');
    if (needed && (!needed.value.trim() || !needed.checkValidity())) return needed;
    return null;
  }

  function refuse(form, field) {
    const error = form.querySelector("[data-form-error]");
    error.textContent = field.closest("[data-missing]").dataset.missing;
    error.hidden = false;
    field.focus();
  }

  function reveal() {
    const wrap = document.getElementById("content");
    if (wrap) wrap.classList.remove("blurred");
    const counter = document.querySelector("[data-exposure]");
    if (counter) counter.textContent = String(parseInt(counter.textContent, 10) + 1);
    const form = document.querySelector("form.reveal");
    if (form) form.remove();
    // A refused decision re-renders the page; it should come back revealed.
    for (const input of document.querySelectorAll('input[name="revealed"]')) input.value = "1";
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
    if (event.key === "Escape" && typing(event) && !event.target.closest("dialog")) {
      event.target.blur();  // leave the field, so the shortcuts work again
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
    if (event.target.matches('form[data-decision] [name="action"]')) filterReasons(event.target.form);
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
    const missing = event.target.matches("form[data-decision]") && missingField(event.target);
    if (missing) {
      event.preventDefault();
      refuse(event.target, missing);
      return;
    }
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

  for (const form of document.querySelectorAll("form[data-decision]")) {
    // Our own messages, in the form, replace the browser's bubbles (which keep neither place nor words).
    form.noValidate = true;
    filterReasons(form);
  }
  tickSla();
  setInterval(tickSla, 1000);
})();
