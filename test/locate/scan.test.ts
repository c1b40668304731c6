/**
 * The text scan (src/locate/scan.ts) asked directly. The locate stage asks the `yaml` AST wherever the
 * scan gives up, so a scan that gave up on everything would pass every output test and only be slower;
 * issue 19's speed on findings-heavy corpora rests on the scan answering nearly every finding itself.
 * Here it must answer, with the AST's range, every path of the layouts it is built for: catalogs as
 * `init`, `import` and people write them, as js-yaml dumps them (the bench corpora), and the findings of
 * a findings-heavy sample. Where it cannot be sure it must leave the path to the AST rather than guess.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { mess, messyText, random } from "../../bench/generate.mjs";
import { TextScan } from "../../src/locate/scan.js";
import { itemLayout } from "../../src/load/revision.js";
import { parseWithPositions } from "../../src/load/parse.js";
import { rangeOf } from "../../src/load/positions.js";
import type { SourcePath } from "../../src/model/types.js";
import { checkTexts, findingsOf, withoutCoverage } from "../helpers/check.js";
import { rotated, sampled } from "../helpers/runs.js";
import { compareScan, itemPaths } from "../helpers/scan.js";

const root = join(import.meta.dirname, "../..");
/** The shipped catalogs with items (a county's and a township's, including village and supplementary lists). */
const shipped = ["catalogs/320506-吴中区", "catalogs/320506103-木渎镇"]
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
  .filter((file) => /^items:/m.test(readFileSync(file, "utf8")))
  .sort();
const load = (text: string) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

describe("the text scan answers itself", () => {
  it("every path of every shipped catalog, as shipped and as js-yaml dumps it in the styles tools write", () => {
    const styles: jsyaml.DumpOptions[] = [{}, { indent: 4 }, { noArrayIndent: true }, { indent: 4, noArrayIndent: true }, { quotingType: "'" }, { quotingType: '"', forceQuotes: true }, { quotingType: "'", forceQuotes: true }];
    // Under mutation testing, one file as shipped and one in each style.
    const texts = [
      ...rotated(shipped, 0).map((file) => readFileSync(file, "utf8")),
      ...styles.flatMap((style, i) => rotated(shipped, 3 * i + 1).map((file) => jsyaml.dump(load(readFileSync(file, "utf8")), { lineWidth: -1, noRefs: true, ...style }))),
    ];
    for (const text of texts) {
      const counts = compareScan(text);
      expect(counts.answered, text.slice(0, 200)).toBeGreaterThan(100);
      expect(counts.unanswered, text.slice(0, 200)).toEqual([]);
    }
  });

  it("nearly every finding of a findings-heavy sample (the bench generator's legacy warnings and messy layouts)", () => {
    const { domains } = load(readFileSync(join(root, "src/registries/domains.yaml"), "utf8")) as { domains: { name: string; aliases?: string[] }[] };
    const texts = shipped.flatMap((file) =>
      [1, 2, 3].map((seed) => {
        const catalog = load(readFileSync(file, "utf8")) as { domain: string; kind?: string };
        const rnd = random(seed);
        const domain = domains.find((d) => d.name === catalog.domain);
        if (domain && !catalog.kind) mess(catalog, domain, rnd);
        return { file, text: messyText(catalog, rnd) };
      }),
    );
    let answered = 0;
    let left = 0;
    for (const { file, text } of sampled(texts)) {
      const findings = findingsOf(checkTexts({ [file]: text }, { severities: withoutCoverage }));
      const scan = new TextScan(text, itemLayout(text, true)!);
      const whole = parseWithPositions(text);
      for (const finding of findings) {
        const range = scan.rangeOf(finding.path, finding.target);
        if (range === undefined) left++;
        else {
          expect(range, `${file} ${JSON.stringify(finding.path)}`).toEqual(rangeOf(whole, finding.path, finding.target));
          answered++;
        }
      }
    }
    // Only an item written with a flow map (js-yaml's flowLevel 3 over a structured citation) is left to the AST.
    expect(answered).toBeGreaterThan(30);
    expect(left / (answered + left)).toBeLessThan(0.01);
  });
});

/** Every path into the catalog, and the paths a finding may name that are not there: an entry past a list's end, a key of a list, an entry or key below a scalar. */
function everyPath(data: unknown, path: SourcePath = []): SourcePath[] {
  if (Array.isArray(data)) return [path, ...data.flatMap((entry, i) => everyPath(entry, [...path, i])), [...path, data.length], [...path, "x"]];
  if (data !== null && typeof data === "object") return [path, ...Object.entries(data).flatMap(([key, value]) => everyPath(value, [...path, key])), [...path, "no_such_key"]];
  return [path, [...path, 0], [...path, "x"]];
}

/** The paths below `prefix` (not `prefix` itself) with both targets, named as compareScan names them. */
function below(text: string, prefix: SourcePath): string[] {
  const data = prefix.reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], load(text));
  return everyPath(data, prefix)
    .slice(1)
    .flatMap((path) => [`${JSON.stringify(path)} value`, `${JSON.stringify(path)} key`]);
}
const both = (path: SourcePath) => [`${JSON.stringify(path)} value`, `${JSON.stringify(path)} key`];
const lines = (...list: string[]) => `${list.join("\n")}\n`;

/** Layouts the scan is built for, with the paths it leaves to the AST: only those that are not there (past the last item, below an empty value). */
const built: [name: string, text: string, left: SourcePath[]][] = [
  [
    "init's layout: comments, blank lines, quoted values, block and flow lists, citations as maps, empty values",
    lines(
      "# yaml-language-server: $schema=../../schemas/catalog.schema.json",
      "format: 1",
      "jurisdiction:",
      '  code: "320506"',
      "  name: 苏州市吴中区",
      "domain: 社会救助",
      "items:",
      "  # 第一项",
      "  - id: SJ-01",
      "    name: 最低生活保障   # 备注",
      "    content:",
      "      - 一",
      "      - '二'",
      "",
      "      # 注",
      '      - "三" # 注',
      "    basis:",
      "      - title: 中华人民共和国政府信息公开条例",
      "        doc_no: 国务院令第711号",
      "        articles: [二十, '十九']",
      "      - 《社会救助暂行办法》",
      '    channels: [政府网站, "公开查阅点"]   # 两处',
      "    levels: []",
      '    subject: ""',
      "    x-note: 'it''s'",
      "",
      "  - id: SJ-02",
      '    name: "临时\\"救助\\""',
      "    levels:",
      "    - 县级",
      "    - 乡级",
      "    subject:",
      "compiler: 民政局",
    ),
    [["items", 1, "subject", 0], ["items", 1, "subject", "x"], ["items", 2]],
  ],
  ["lists at their key's indentation (js-yaml's noArrayIndent), spaces inside a flow list", lines("format: 1", "items:", "- id: A", "  name: 甲", "  content:", "  - 一", "  - 二", "- id: B", "  channels: [ a , b ]", "  x: [ ]", "domain: 就业"), [["items", 2]]],
  ["js-yaml's indent 4: each dash alone on its line", lines("format: 1", "items:", "    -", "        id: A", "        content:", "            - 一", "    -", "        id: B", "        name: 乙"), [["items", 2]]],
  ["a dash followed by three spaces", lines("items:", "    -   id: A", "        name: 甲", "        basis:", "            -   title: 条例", "                doc_no: 令", "    -   id: B"), [["items", 2]]],
  ["CRLF line breaks", lines("format: 1", "items:", "  - id: A", "    name: '甲' # c", "    content: [一, 二]", "    levels:", "      - 县级", "  - id: B", "domain: 就业").replace(/\n/g, "\r\n"), [["items", 2]]],
  ["values on the line below their key", lines("items:", "  - id: A", "    name:", "      最低生活保障", "    subject:", "      '民政局'", "  - id: B"), [["items", 2]]],
  ["# and : inside plain values", lines("items:", "  - id: A#1", "    name: 甲#乙", "    subject: a-b:c", "  - id: B"), [["items", 2]]],
];
built.push(
  ["flow lists with quoted entries, a comment after one and below it", lines("items:", "  - id: C", "    subject: [a, \"b, c\", 'd''e', 'f, g']  # x", "      # z", "    name: 'x' # c", "      # more", "  - id: D"), [["items", 2]]],
  ["lists in lists, an entry's map starting on the line below its dash, trailing spaces", lines("items:", "  - id: A   ", "    basis:", "      - - a", "        - b", "      -", "        title: t  ", "    content:   ", "      - a  ", "  - id: B"), [["items", 2]]],
  [
    "blank lines, lines of spaces and comments between keys, a comment after a key, quotes holding ' #', ': ' or a backslash, keys that start or end like null or true",
    lines("items:", "  - id: A", "", "# 注", "    name: 甲", "      ", "    content: # 注", "      - '甲 # 乙'", '      - "a: b"', "    x-path: 'a\\'", "    x-null: 1", "    true_or_false: 2", "  - id: B"),
    [["items", 2]],
  ],
  // A space as the text's first character: a position read as undefined there would loop (indentAt).
  ["an indented comment first, an item on one line, and an empty value at the end", lines("  # 注", "items:", "  - id: A", "  - id: B", "    subject:"), [["items", 1, "subject", 0], ["items", 1, "subject", "x"], ["items", 2]]],
  ["no line break at the end, after an empty value", "items:\n  - id: A\n    subject:", [["items", 0, "subject", 0], ["items", 0, "subject", "x"], ["items", 1]]],
  ["no line break at the end, after a scalar", "items:\n  - id: A\n    name: 甲", [["items", 0, "name", 0], ["items", 0, "name", "x"], ["items", 1]]],
);

/** Layouts where the AST alone can be sure, with the paths the scan must leave to it (it answers the rest). */
const unsure: [name: string, text: string, left: (text: string) => string[]][] = [
  [
    "block scalars, with and without lines",
    lines("items:", "  - id: A", "    content: |", "      一", "      二", "    name: 甲", "    basis: >-", "      折叠", "    x-a: |", "    x-b: >", "  - id: B"),
    (t) => (["content", "basis", "x-a", "x-b"] as const).flatMap((key) => [`["items",0,"${key}"] value`, ...below(t, ["items", 0, key])]).concat(both(["items", 2])),
  ],
  ["values that start with - or :", lines("items:", "  - id: A", "    x: -1", "  - id: B", "    x: :a"), (t) => [0, 1].flatMap((i) => below(t, ["items", i])).concat(both(["items", 2]))],
  ["flow list entries holding : or #, or starting with -, or running to the next line", lines("items:", "  - id: A", "    x: [a:b]", "  - id: B", "    x: [a#b]", "  - id: C", "    x: [-1]", "  - id: D", "    x: [a", "      b]"), (t) => [0, 1, 2, 3].flatMap((i) => below(t, ["items", i])).concat(both(["items", 4]))],
  ["list entries that are maps under a key the scan does not read", lines("items:", "  - id: A", "    content:", "      - 甲: b", "  - id: B", "    content:", "      - 乙:", "  - id: C", "    content:", "      - 'a': b", "  - id: D", "    content:", '      - "b" : c'), (t) => [0, 1, 2, 3].flatMap((i) => [`["items",${i},"content"] value`, ...below(t, ["items", i, "content"])]).concat(both(["items", 4]))],
  // Where a collection's one line ends in an empty value, the AST's range of it runs on to the next node.
  ["a collection on one line that ends in an empty value", lines("items:", "  - id: A", "    basis:", "    - title:", "    subject: x", "  - id: B", "    basis:", "      - title:"), (t) => [0, 1].flatMap((i) => [`["items",${i},"basis"] value`, ...below(t, ["items", i, "basis"]).filter((p) => !p.startsWith(`["items",${i},"basis",0,"title"] `))]).concat(both(["items", 2]))],
  // A value that continues on the next line: the item's keys are read together, so the whole item is left.
  ["a plain scalar over two lines", lines("items:", "  - id: A", "    name: 最低", "      生活保障", "    subject: 民政局", "  - id: B"), (t) => [...below(t, ["items", 0]), ...both(["items", 2])]],
  ["a quoted scalar over two lines", lines("items:", "  - id: A", "    name: '甲", "      乙'", "  - id: B"), (t) => [...below(t, ["items", 0]), ...both(["items", 2])]],
  ["a flow list over two lines", lines("items:", "  - id: A", "    content: [a,", "      b]", "  - id: B"), (t) => [...below(t, ["items", 0]), ...both(["items", 2])]],
  ["flow maps and nested flow lists", lines("items:", "  - id: A", "    basis: [{title: 条例}]", "  - id: B", "    x: [a, [b]]", "  - id: C", "    jur: {a: 1}"), (t) => [...below(t, ["items", 0]), ...below(t, ["items", 1]), ...below(t, ["items", 2]), ...both(["items", 3])]],
  ["keys YAML reads as null or a boolean, or quoted", lines("items:", "  - id: A", "    null: 1", "  - id: B", "    True: 2", "  - id: C", '    "q": 3'), (t) => [...below(t, ["items", 0]), ...below(t, ["items", 1]), ...below(t, ["items", 2]), ...both(["items", 3])]],
  ["a tab in a plain value", lines("items:", "  - id: A", "    name: 甲\t乙", "  - id: B"), (t) => [...below(t, ["items", 0]), ...both(["items", 2])]],
  ["an empty list entry", lines("items:", "  - id: A", "    content:", "      -", "      - 二", "  - id: B", "    levels: [a, '']"), (t) => [...below(t, ["items", 0, "content"]).filter((p) => !p.startsWith('["items",0,"content","x"]')), ...both(["items", 2])]],
  ["a root map the scan cannot read: its items are still read", lines("jurisdiction: {code: '320506', name: 吴中区}", "items:", "  - id: A", "    name: 甲"), (t) => everyPath(load(t)).filter((p) => p.length > 0 && !(p[0] === "items" && p[1] === 0)).flatMap(both)],
];

describe("the text scan on hand-written layouts", () => {
  it("does not take a key a nested map lacks from the map around it", () => {
    const text = lines("items:", "  - id: A", "    basis:", "      - title: 条例", "        articles: [二十]", "    doc_no: 令", "  - id: B");
    expect(compareScan(text, () => [["items", 0, "basis", 0, "doc_no"]])).toEqual({ answered: 2, left: 0, unanswered: [] });
  });

  it.each(built)("answers every path that is there itself: %s", (_, text, left) => {
    expect(compareScan(text, everyPath).unanswered).toEqual(left.flatMap(both));
  });

  it.each(unsure)("leaves to the AST what it cannot be sure of, and answers the rest: %s", (_, text, left) => {
    expect(compareScan(text, everyPath).unanswered.sort()).toEqual(left(text).sort());
  });

  it("leaves a collection to the AST where its first line ends in an empty value and nothing more indented follows, or one of its entries is a block scalar", () => {
    const cases: [string, string[]][] = [
      [
        lines("items:", "  - id: A", "    basis:", "      - title:", "      - 《条例》", "    content:", "      -", "        title:", "  - id: B"),
        [["items", 0, "basis", 0], ["items", 0, "basis", 0, "no_such_key"], ["items", 0, "content", 0], ["items", 0, "content", 0, "no_such_key"]].flatMap(both),
      ],
      [lines("items:", "  - id: A", "    content:", "      - |", "        甲", "      - 乙", "  - id: B"), [["items", 0, "content", 0], ["items", 0, "content", 1]].flatMap(both)],
      // a flow list whose next line holds a quoted entry
      [lines("items:", "  - id: A", "    content: [a,", '      "b"]', "  - id: B"), [["items", 0, "id"], ["items", 0, "content"], ["items", 0, "content", 0], ["items", 0, "content", 1], ["items", 0, "no_such_key"]].flatMap(both)],
    ];
    for (const [text, left] of cases) expect(compareScan(text).unanswered.sort(), text).toEqual(left.sort());
  });

  it("gives up on a text whose root map it cannot find", () => {
    for (const text of ["  a:\n  - 1\n  domain: 就业\n", "# only a comment\n", ""]) {
      expect(new TextScan(text, { starts: [], end: text.length }).rangeOf(["domain"]), JSON.stringify(text)).toBeUndefined();
    }
  });
});
