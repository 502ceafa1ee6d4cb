// The preview page: shows the selected version's pages (inline SVG from the server), its fit, the problems of
// the last build, and where a clicked line comes from. Told of each rebuild by server-sent events.

const $ = (id) => document.getElementById(id);
let state = null;

/** `file:line:col`, as vitae names a place. */
function place(d) {
  return d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
}

/** The editor URL of a place, from the template the server was started with. */
function editorUrl(file, line, column) {
  const path = encodeURI(file.startsWith("/") ? file : `${state.root}/${file}`);
  // "vscode://file/{path}" with /home/ana/cv.md is vscode://file/home/ana/cv.md: one slash, not two.
  return state.editor
    .replaceAll("/{path}", `/${path.replace(/^\//, "")}`)
    .replaceAll("{path}", path)
    .replaceAll("{line}", String(line ?? 1))
    .replaceAll("{column}", String(column ?? 1));
}

/** Hands the place to the editor: an app's scheme opens it and leaves this page where it is. */
function openInEditor(url) {
  if (/^https?:/i.test(url)) window.open(url, "_blank", "noopener");
  else window.location.assign(url);
}

function editorLink(file, line, column, text) {
  const a = document.createElement("a");
  a.href = editorUrl(file, line, column);
  a.textContent = text;
  return a;
}

function showPages(pages) {
  const main = $("pages");
  pages.forEach((svg, i) => {
    let holder = main.children[i];
    if (!holder) {
      holder = document.createElement("div");
      holder.className = "page";
      main.appendChild(holder);
    }
    // The SVG comes from vitae's own renderer, every text in it escaped; drop its XML declaration.
    holder.innerHTML = svg.replace(/^<\?xml[^>]*>\s*/, "");
  });
  while (main.children.length > pages.length) main.lastChild.remove();
}

function showFit(report) {
  const p = report.params;
  const rows = [
    ["PDF", report.file],
    ["pages", `${report.pages} of ${report.budget}, ${p.paper}`],
    ["body", `${p.bodySize} pt`],
    ["leading", String(p.leading)],
    ["margins", `${p.marginInches} in`],
    ["fill", report.fill.toFixed(2)],
    ["passes", `${report.passes}, ${Math.round(report.milliseconds)} ms`],
  ];
  const fit = $("fit");
  fit.replaceChildren();
  for (const [term, value] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    fit.append(dt, dd);
  }
  const body = $("steps").tBodies[0];
  body.replaceChildren();
  const steps =
    report.steps.length > 0
      ? report.steps
      : [
          {
            step: "none",
            change: "fits as set",
            overflowBefore: report.overflow,
            overflowAfter: report.overflow,
          },
        ];
  for (const s of steps) {
    const tr = body.insertRow();
    const overflow = (n) => (n === null ? "—" : n.toFixed(1));
    for (const text of [s.step, s.change, `${overflow(s.overflowBefore)} → ${overflow(s.overflowAfter)}`])
      tr.insertCell().textContent = text;
  }
}

function showProblems(problems) {
  $("problems").hidden = problems.length === 0;
  const list = $("problem-list");
  list.replaceChildren();
  for (const d of problems) {
    const li = document.createElement("li");
    li.className = d.severity;
    const where = place(d);
    li.append(d.line === undefined ? where : editorLink(d.file, d.line, d.column, where));
    li.append(`: ${d.severity === "warning" ? "warning: " : ""}${d.message}`);
    if (d.hint) li.append(`\n  hint: ${d.hint}`);
    list.append(li);
  }
}

function showVersions() {
  const select = $("version");
  const names = state.versions.join("\n");
  if (select.dataset.names !== names) {
    select.replaceChildren(...state.versions.map((v) => new Option(v, v)));
    select.dataset.names = names;
  }
  select.value = state.selected;
}

async function refresh() {
  const response = await fetch("/state.json", { cache: "no-store" });
  state = await response.json();
  showVersions();
  if (state.build) {
    showPages(state.build.pages);
    showFit(state.build.report);
  }
  showProblems([...state.problems, ...(state.build?.warnings ?? [])]);
  const errors = state.problems.filter((d) => d.severity === "error").length;
  const built = state.build ? `${state.build.outFile}, build ${state.build.round}` : "nothing built yet";
  $("status").textContent =
    errors > 0
      ? `build ${state.round} failed (${errors} problem${errors === 1 ? "" : "s"}); showing ${built}`
      : `showing ${built}`;
  document.body.dataset.round = String(state.round);
  // Fonts may differ between versions (a variant's theme): the rules of the version shown.
  const fonts = `/fonts.css?version=${encodeURIComponent(state.selected)}`;
  if ($("fonts").getAttribute("href") !== fonts) $("fonts").setAttribute("href", fonts);
}

function pick(event) {
  const target = event.target.closest("#pages [data-source]");
  if (!event.target.closest("#pages")) return;
  // A link in the page would leave the preview: a click here asks where the line comes from instead.
  event.preventDefault();
  if (!target) return;
  const source = target.dataset.source;
  const match = /^(.*):(\d+):(\d+)$/.exec(source);
  if (!match) return;
  for (const old of document.querySelectorAll(".picked")) old.classList.remove("picked");
  for (const same of document.querySelectorAll(`#pages [data-source="${CSS.escape(source)}"]`))
    same.classList.add("picked");
  const [, file, line, column] = match;
  $("source").hidden = false;
  $("source-place").textContent = source;
  $("source-role").textContent = `(${target.dataset.role})`;
  const url = editorUrl(file, Number(line), Number(column));
  $("source-open").href = url;
  openInEditor(url);
}

document.addEventListener("click", pick);
$("version").addEventListener("change", async (event) => {
  await fetch("/select", { method: "POST", body: event.target.value });
});
const events = new EventSource("/events");
events.addEventListener("round", () => void refresh());
events.addEventListener("open", () => void refresh());
