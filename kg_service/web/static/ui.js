// Small enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", function () {
  // Add an incident or violation row in place (without JavaScript the button asks the server).
  document.querySelectorAll("[data-add-row]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      var box = button.closest("[data-rows]");
      var rows = box && box.querySelectorAll("tr[data-row]");
      if (!rows || !rows.length) return;
      event.preventDefault();
      var row = rows[rows.length - 1].cloneNode(true);
      row.querySelectorAll("input, select").forEach(function (el) {
        el.value = ""; el.removeAttribute("aria-invalid");
      });
      rows[rows.length - 1].parentNode.appendChild(row);
      var listed = box.querySelector('input[type=radio][value="listed"]');
      if (listed) listed.checked = true;
      var first = row.querySelector("select, input");
      if (first) first.focus();
    });
  });
  // The question box takes pasted lines (Shift+Enter adds one); Enter asks, as in a search box.
  document.querySelectorAll("textarea[data-submit-on-enter]").forEach(function (box) {
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      if (box.form) box.form.requestSubmit ? box.form.requestSubmit() : box.form.submit();
    });
  });
  // Typing into a row means the list is stated.
  document.querySelectorAll("[data-rows]").forEach(function (box) {
    box.addEventListener("change", function (event) {
      if (!event.target.closest("tr[data-row]") || !event.target.value) return;
      var listed = box.querySelector('input[type=radio][value="listed"]');
      if (listed) listed.checked = true;
    });
  });
  // A table wider than its box scrolls inside it: say so above it (on a phone the scrollbar is hidden).
  var hint = document.documentElement.lang === "en" ? "Swipe the table sideways to see every column"
                                                    : "左右滑动表格可查看全部列";
  function markScrolling() {
    document.querySelectorAll(".scroll").forEach(function (box) {
      var wide = box.scrollWidth > box.clientWidth + 1;
      var prev = box.previousElementSibling;
      var has = prev && prev.classList.contains("scroll-hint");
      if (wide && !has) {
        var p = document.createElement("p");
        p.className = "scroll-hint no-print";
        p.textContent = hint;
        box.parentNode.insertBefore(p, box);
      } else if (!wide && has) {
        prev.remove();
      }
    });
  }
  markScrolling();
  window.addEventListener("resize", markScrolling);
  // Print the one-page report.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
});
