/**
 * The load stage where text fixtures cannot reach (see coveredElsewhere in helpers/check.ts): files in
 * another encoding ("encoding-not-utf8") and files that cannot be read ("file-unreadable").
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { checkSources } from "../src/check/engine.js";
import { parseWithPositions } from "../src/load/parse.js";
import { rangeOf } from "../src/load/positions.js";
import { readSources } from "../src/load/read.js";
import { describeFinding, expectationsOf, registries, withoutCoverage } from "./helpers/check.js";

const path = "catalogs/320506103-木渎镇/社会救助.yaml";
const text = readFileSync(join(import.meta.dirname, "fixtures/encoding/社会救助.yaml"), "utf8");
const contentFindings = expectationsOf({ [path]: text }).map(describeFinding);

/** The findings for `bytes` as `file:line:column rule` (the fixture's markers all give a column). */
function check(bytes: Uint8Array) {
  const [file] = checkSources([{ path, bytes }], { registries, severities: withoutCoverage }).files;
  const shown = file!.findings.map((f) => describeFinding({ file: f.file, rule: f.rule, line: f.range.line, column: f.range.column }));
  return { file: file!, shown: shown.sort() };
}

describe("encoding-not-utf8", () => {
  it("reads a GB18030 file, warns once at its start and still checks its content at the right places", () => {
    const bytes = iconv.encode(text, "gb18030");
    expect(Buffer.from(bytes).toString("utf8")).not.toBe(text);
    const { file, shown } = check(bytes);
    expect(file.text).toBe(text);
    expect(file.items).toBe(2);
    expect(shown).toEqual([`${path}:1:1 encoding-not-utf8`, ...contentFindings].sort());
    const warning = file.findings.find((f) => f.rule === "encoding-not-utf8")!;
    expect(warning.severity).toBe("warning");
    expect(warning.data.encoding).toBe("GB18030");
  });

  it("reads UTF-16 with a byte-order mark, and names the encoding", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const { file, shown } = check(bytes);
    expect(shown).toEqual([`${path}:1:1 encoding-not-utf8`, ...contentFindings].sort());
    expect(file.findings.find((f) => f.rule === "encoding-not-utf8")!.data.encoding).toBe("UTF-16LE");
  });

  it("does not report UTF-8, with or without a byte-order mark", () => {
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      const { file, shown } = check(bytes);
      expect(shown).toEqual(contentFindings.slice().sort());
      expect(file.text).toBe(text);
    }
  });
});

describe("file-unreadable", () => {
  const dir = mkdtempSync(join(tmpdir(), "catalog-load-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("turns a file that cannot be read into a finding in that file, and checks the others", () => {
    // A directory named like a catalog fails to read (EISDIR) even for root, unlike a chmod 000 file.
    const unreadable = join(dir, "社会救助.yaml");
    mkdirSync(unreadable);
    const readable = join(dir, "义务教育.yaml");
    writeFileSync(readable, text);
    const sources = readSources([unreadable, readable], dir);
    expect(sources[0]!.readError).toBe("EISDIR");
    const [bad, good] = checkSources(sources, { registries, severities: withoutCoverage }).files;
    expect(bad!.findings.map((f) => [f.rule, f.severity, f.range.line, f.range.column, f.data.detail])).toEqual([
      ["file-unreadable", "error", 1, 1, "EISDIR"],
    ]);
    expect(bad!.items).toBe(0);
    expect(good!.items).toBe(2);
    expect(good!.findings.map((f) => f.rule).sort()).toEqual(["vocabulary-variant", "vocabulary-variant"]);
  });
});

describe("positions of collections", () => {
  // A finding about a list or mapping marks its first line only, from the node's start to that line's end.
  const text = [
    "items:",
    "  - id: SJ-01-01",
    "    content:",
    "      - 办理事项、办理条件",
    "      - 申请材料、办理流程",
    "    channels: [政府网站, 政务服务中心,",
    "      公开查阅点]",
    "    basis:",
    "      title: 中华人民共和国政府信息公开条例",
    "      doc_no: 国务院令第711号",
    "",
  ].join("\n");
  const parsed = parseWithPositions(text);

  it("a block list: its first entry's line, not into the next", () => {
    expect(rangeOf(parsed, ["items", 0, "content"])).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 18 });
  });

  it("a flow list broken over lines: its first line only", () => {
    expect(rangeOf(parsed, ["items", 0, "channels"])).toEqual({ line: 6, column: 15, endLine: 6, endColumn: 29 });
  });

  it("a mapping: its first line", () => {
    expect(rangeOf(parsed, ["items", 0, "basis"])).toEqual({ line: 9, column: 7, endLine: 9, endColumn: 29 });
  });
});
