// letopis: the little JS the pages need. Everything else is server-rendered HTML and SVG.
(function () {
  "use strict";

  // Scroll the anchored event into view and mark it, so the evidence stands out.
  function markAnchor() {
    var id = decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll(".evidence.current").forEach(function (el) { el.classList.remove("current"); });
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    document.querySelectorAll('[data-event="' + el.getAttribute("data-event") + '"].evidence')
      .forEach(function (part) { part.classList.add("current"); });
    el.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", markAnchor);
  markAnchor();

  // Ingest: send the form with the token as a Bearer header, show the result as text.
  var form = document.getElementById("ingest-form");
  if (!form) return;
  var out = document.getElementById("ingest-result");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var token = data.get("token");
    data.delete("token");
    var headers = {};
    if (token) headers["Authorization"] = "Bearer " + token;
    out.textContent = "Working…";
    fetch("/api/ingest", { method: "POST", body: data, headers: headers })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (r) {
        out.textContent = "";
        if (r.status !== 200) {
          out.textContent = "Error " + r.status + ": " + (r.body.detail || JSON.stringify(r.body));
          return;
        }
        var list = document.createElement("ul");
        (r.body.documents || []).forEach(function (id) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = "/documents/" + encodeURIComponent(id);
          a.textContent = id;
          li.appendChild(a);
          list.appendChild(li);
        });
        (r.body.errors || []).forEach(function (e) {
          var li = document.createElement("li");
          li.className = "error-message";
          li.textContent = e.item + ": " + e.error + ": " + e.message;
          list.appendChild(li);
        });
        var head = document.createElement("p");
        head.textContent = "Written " + r.body.written + ", already known " + r.body.skipped +
          ", errors " + (r.body.errors || []).length + ".";
        out.appendChild(head);
        out.appendChild(list);
      })
      .catch(function (err) { out.textContent = "Request failed: " + err; });
  });
})();
