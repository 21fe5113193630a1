// /interactions/: the kind, status and agency filters combined in place,
// kept in the address (?kind=…&status=…&agency=…) so a filtered list can be
// shared. Without JavaScript the per-filter pages linked above do the job.
const form = document.getElementById("kf-ifilter");
if (form) {
  const items = [...document.querySelectorAll(".kf-interaction")];
  const count = document.getElementById("kf-icount");
  const fields = ["kind", "status", "agency"];
  const params = new URLSearchParams(location.search);
  for (const f of fields) {
    const v = params.get(f);
    if (v && [...form[f].options].some((o) => o.value === v)) form[f].value = v;
  }
  const apply = (push) => {
    const want = Object.fromEntries(fields.map((f) => [f, form[f].value]));
    let n = 0;
    for (const li of items) {
      const d = li.dataset;
      const show = (!want.kind || d.kind === want.kind)
        && (!want.agency || d.agency === want.agency)
        && (!want.status || d.status === want.status || (want.status === "late" && d.late === "1"));
      li.hidden = !show;
      if (show) n++;
    }
    // "one|other": the form for this count (as the generator picks it).
    const forms = count.dataset.template.split("|");
    count.textContent = forms[forms.length === 2 && n !== 1 ? 1 : 0].replace("{n}", String(n));
    if (push) {
      const q = new URLSearchParams();
      for (const f of fields) if (want[f]) q.set(f, want[f]);
      const s = q.toString();
      history.replaceState(null, "", s ? `?${s}` : location.pathname);
    }
  };
  form.addEventListener("change", () => apply(true));
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;
  const links = document.querySelector(".kf-ifacets");
  if (links) links.hidden = true;
  apply(false);
}
