// Scores validate findings on the real-world corpus (test/realworld/) against the ground truth marked in
// its files. Shared by scripts/realworld.mjs (prints the table) and test/realworld.test.ts (asserts it).
//
// Markers (end-of-line YAML comments, written by a reader of the published row, not from the tool):
//   # defect: rule-a[, rule-b] — why      the line holds a real defect of each named rule
//   # defect: rule-a|rule-b — why         one defect that either rule may report
//   # unsure: why                         the line's findings are left out of precision and recall
// A finding counts as true when a defect marker on its line names its rule; a marker counts as found when
// a finding on its line has its rule. Only error and warning findings count (info is advice).

/** The failure classes, by what a rule is about (rule family, and the field for vocabulary rules). */
export const classes = [
  ["1", "unknown documents"],
  ["2", "citation parsing"],
  ["3", "OGI regulation version"],
  ["4", "repealed/expired documents"],
  ["5", "generic subjects"],
  ["6", "time limits"],
  ["7", "level/audience/method variants"],
  ["8", "channels"],
  ["9", "domain names"],
  ["F", "format and jurisdiction frictions"],
];

export function classOf(rule, field) {
  if (rule === "basis-unknown-law") return "1";
  if (rule === "basis-ogi-version") return "3";
  if (rule === "basis-repealed" || rule === "basis-expired") return "4";
  if (rule.startsWith("basis-")) return "2";
  if (rule.startsWith("subject-")) return "5";
  if (rule.startsWith("time-limit-")) return "6";
  if (rule.startsWith("domain-") || field === "domain") return "9";
  if (rule.startsWith("vocabulary-") || rule.startsWith("channel-")) return field === "channels" ? "8" : "7";
  return "F";
}

/** The field a finding or a marked line is about: the first key after the item index, else the top-level key. */
export function fieldOf(path) {
  const keys = (path ?? []).filter((k) => typeof k === "string");
  return keys[0] === "items" ? keys[1] : keys[0];
}

const markerPattern = /#\s*(defect|unsure):\s*(.*)$/;

/** Markers of one file's text: [{ line, kind, rules, why }]. Throws on a defect marker that names no rule. */
export function markersOf(file, text) {
  const out = [];
  let field;
  text.split(/\r?\n/).forEach((line, i) => {
    const key = /^\s{0,4}(?:- )?([a-z_]+):/.exec(line);
    if (key) field = key[1];
    const m = markerPattern.exec(line);
    if (!m) return;
    const [ids, why = ""] = m[2].split(/\s+—\s+/, 2);
    // One marker per line: a second "defect:" would be silently read as part of the reason.
    if (/(defect|unsure):/.test(m[2])) throw new Error(`${file}:${i + 1}: one marker per line; list several rules as «defect: rule-a, rule-b — why»`);
    const rules = m[1] === "defect" ? ids.split(",").map((s) => s.trim()) : [];
    if (m[1] === "defect" && !rules.every((r) => /^[a-z0-9]+(-[a-z0-9]+)*(\|[a-z0-9]+(-[a-z0-9]+)*)*$/.test(r))) throw new Error(`${file}:${i + 1}: bad defect marker «${m[2]}»`);
    out.push({ file, line: i + 1, kind: m[1], rules, why: m[1] === "defect" ? why : m[2], field });
  });
  return out;
}

/**
 * findings: [{ file, line, rule, severity, field }]; texts: { file: text }.
 * Returns the counts overall and per class, and the lists behind them.
 */
export function score(findings, texts) {
  const markers = Object.entries(texts).flatMap(([file, text]) => markersOf(file, text));
  const at = (file, line) => markers.filter((m) => m.file === file && m.line === line);
  const counted = findings.filter((f) => f.severity !== "info" && !at(f.file, f.line).some((m) => m.kind === "unsure"));
  const truePositives = [], falsePositives = [];
  const names = (marked, rule) => marked.split("|").includes(rule);
  for (const f of counted) {
    const group = at(f.file, f.line).flatMap((m) => m.rules).find((r) => names(r, f.rule));
    // A true finding is classed like the defect it found (by the marker's first rule), so TP and recall agree.
    if (group) truePositives.push({ ...f, classRule: group.split("|")[0] });
    else falsePositives.push(f);
  }
  // An expected defect is classed by its first rule (alternatives belong to the same class).
  const expected = markers.flatMap((m) => m.rules.map((rule) => ({ file: m.file, line: m.line, rule: rule.split("|")[0], alternatives: rule, why: m.why, field: m.field })));
  const found = [], missed = [];
  for (const e of expected) (counted.some((f) => f.file === e.file && f.line === e.line && names(e.alternatives, f.rule)) ? found : missed).push(e);
  const tally = (c) => {
    const inClass = (x) => c === undefined || classOf(x.classRule ?? x.rule, x.field) === c;
    const tp = truePositives.filter(inClass).length, fp = falsePositives.filter(inClass).length;
    const hit = found.filter(inClass).length, miss = missed.filter(inClass).length;
    return { tp, fp, found: hit, missed: miss, precision: tp + fp ? tp / (tp + fp) : 1, recall: hit + miss ? hit / (hit + miss) : 1 };
  };
  return {
    overall: tally(),
    perClass: classes.map(([id, label]) => ({ id, label, ...tally(id) })),
    truePositives, falsePositives, found, missed,
    unsure: markers.filter((m) => m.kind === "unsure"),
  };
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;

/** The result as a plain-text table (the script and the test print it). */
export function formatScore(result, { files, items }) {
  const row = (label, t) =>
    `${label.padEnd(40)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${t.tp + t.fp ? pct(t.precision).padStart(8) : "       –"}   ${String(t.found).padStart(4)} ${String(t.missed).padStart(4)} ${t.found + t.missed ? pct(t.recall).padStart(8) : "       –"}`;
  return [
    `real-world corpus: ${files} catalogs, ${items} items, ${result.found.length + result.missed.length} marked defects, ${result.unsure.length} lines left out (unsure)`,
    `${"class".padEnd(40)}   TP   FP  precision  found miss   recall`,
    ...result.perClass.map((c) => row(`${c.id} ${c.label}`, c)),
    row("overall (error + warning)", result.overall),
  ].join("\n");
}
