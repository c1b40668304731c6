// Worker-thread checking must give exactly what in-process checking gives, cross-file findings included;
// Word files rendered by worker threads must be the bytes the main thread alone writes.
// Runs the built CLI: `npm test` builds first (pretest).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const cli = join(root, "bin/catalog.js");

function validateJson(cwd: string, workers: string, lang = "zh"): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [cli, "validate", "catalogs", "--format", "json", "--lang", lang], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CATALOG_WORKERS: workers },
  });
  return { status: run.status, stdout: run.stdout };
}

describe("parallel checking", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "catalog-parallel-"));
    cpSync(join(root, "catalogs"), join(dir, "catalogs"), { recursive: true });
    // A defect the per-file phase finds, and a cross-file one: the same code named two ways.
    writeFileSync(
      join(dir, "catalogs/extra.yaml"),
      [
        "format: 1",
        "jurisdiction:",
        '  code: "320506"',
        "  name: 苏州市吴中县",
        "  level: 县级",
        "domain: 社会救助",
        "items:",
        "  - id: SJ-09-01",
        "    category: 临时救助",
        "    name: 办事指南",
        "    content: 办理条件、申请材料",
        "    basis: [《社会救助暂行办法》（国务院令第649号）]",
        "    time_limit: 制定或获取信息之日起10个工作日内",
        '    subject: ""',
        "    channels: [政府网站]",
        "    audience: 全社会",
        "    method: 主动",
        "    levels: [县级]",
        "",
      ].join("\n"),
    );
    // Enough files that the worker takes a share, each citing one unregistered law: a once-per-run
    // finding whose message counts the places in every thread (worker threads word their files' messages).
    mkdirSync(join(dir, "catalogs/many"));
    for (let n = 0; n < 400; n++) {
      const id = `SJ-${String(n).padStart(3, "0")}`;
      writeFileSync(join(dir, `catalogs/many/${id}.yaml`), unregisteredCitation(id));
    }
  });

  it("gives byte-identical JSON with two workers and with none", () => {
    const inProcess = validateJson(dir, "0");
    const workers = validateJson(dir, "2");
    expect(workers.status).toBe(inProcess.status);
    expect(workers.stdout).toBe(inProcess.stdout);
    const report = JSON.parse(inProcess.stdout) as { diagnostics: { rule: string; file: string }[] };
    const rules = new Set(report.diagnostics.map((d) => d.rule));
    expect(rules.has("element-empty")).toBe(true);
    expect(report.diagnostics.some((d) => d.file === "catalogs/extra.yaml")).toBe(true);
  });

  it("words messages alike in both, a once-per-run finding's count of places included, in either language", () => {
    for (const lang of ["zh", "en"]) {
      const workers = validateJson(dir, "2", lang);
      expect(workers.stdout).toBe(validateJson(dir, "0", lang).stdout);
      const report = JSON.parse(workers.stdout) as { diagnostics: { rule: string; message: string }[] };
      const once = report.diagnostics.filter((d) => d.rule === "basis-unregistered" && d.message.includes("吴中区临时救助实施细则"));
      expect(once).toHaveLength(1);
      expect(once[0]!.message).toContain(lang === "zh" ? "本次检查共400处引用" : "cited in 400 places");
      // The number to register, after the language's own comma.
      expect(once[0]!.message).toMatch(lang === "zh" ? /现行有效，doc_no: 吴政发〔2021〕12号$/ : /现行有效, doc_no: 吴政发〔2021〕12号$/);
    }
  });
});

function unregisteredCitation(id: string): string {
  return [
    "format: 1",
    "jurisdiction:",
    '  code: "320506"',
    "  name: 苏州市吴中区",
    "  level: 县级",
    `domain: 社会救助${id}`,
    "items:",
    `  - id: ${id}`,
    "    category: 临时救助",
    "    name: 办事指南",
    "    content: 办理条件、申请材料",
    "    basis: [《吴中区临时救助实施细则》（吴政发〔2021〕12号）]",
    "    time_limit: 制定或获取信息之日起10个工作日内",
    "    subject: 苏州市吴中区民政局",
    "    channels: [政府网站]",
    "    audience: 全社会",
    "    method: 主动",
    "    levels: [县级]",
    "",
  ].join("\n");
}

describe("parallel Word files", () => {
  const walk = (dir: string, base = dir): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)]));

  function buildWith(workers: string): { status: number | null; out: string } {
    const out = join(mkdtempSync(join(tmpdir(), "catalog-parallel-build-")), "public");
    const run = spawnSync(process.execPath, [cli, "build", "catalogs", "--out", out, "--combined"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CATALOG_WORKERS: workers, SOURCE_DATE_EPOCH: "1719792000" },
    });
    return { status: run.status, out };
  }

  it("gives byte-identical outputs with three threads and with one", () => {
    const alone = buildWith("0");
    const shared = buildWith("3");
    expect(alone.status).toBe(0);
    expect(shared.status).toBe(0);
    const files = walk(alone.out).sort();
    expect(walk(shared.out).sort()).toEqual(files);
    expect(files.filter((f) => f.endsWith(".docx")).length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(join(shared.out, file)).equals(readFileSync(join(alone.out, file))), file).toBe(true);
  });
});
