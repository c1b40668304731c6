// Git revisions: a repository made here (two commits and a working-tree edit), compared commit to
// commit and commit to working tree; then git's own `git diff` with the textconv and external drivers.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { fixtures, root } from "./helpers.js";

const cli = join(root, "bin/catalog.js");
const social = "catalogs/320506-吴中区/社会救助.yaml";
let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });

function commitFixture(name: string, message: string): void {
  rmSync(join(repo, "catalogs"), { recursive: true, force: true });
  cpSync(join(fixtures, name), join(repo, "catalogs"), { recursive: true });
  git("add", "-A");
  git("commit", "-q", "-m", message);
}

interface JsonResult {
  catalogs: { jurisdiction: string; domain: string; status: string; items: { id: string; status: string; changes?: { field: string; before: string; after: string }[] }[] }[];
  skipped: unknown[];
  old: { label: string };
  new: { label: string };
}

async function diffJson(...args: string[]): Promise<JsonResult> {
  const run = await runCli(["diff", ...args, "--format", "json"], { cwd: repo });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as JsonResult;
}

const statuses = (result: JsonResult) => result.catalogs.map((c) => `${c.domain} ${c.status}`);
const socialOf = (result: JsonResult) => result.catalogs.find((c) => c.jurisdiction === "320506" && c.domain === "社会救助")!;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "catalog-git-"));
  git("init", "-q", "-b", "main");
  git("config", "user.name", "测试");
  git("config", "user.email", "test@example.invalid");
  git("config", "commit.gpgsign", "false");
  commitFixture("v1", "2024 revision");
  commitFixture("v2", "2025 revision");
  // The working-tree edit: one time limit changed, not committed.
  const file = join(repo, social);
  writeFileSync(file, readFileSync(file, "utf8").replace("自信息形成或变更之日起10个工作日内", "自信息形成或变更之日起5个工作日内"));
});

describe("catalog diff --git", () => {
  it("compares two commits like the two folders they hold", async () => {
    const result = await diffJson("--git", "HEAD~1..HEAD");
    expect(result.old.label).toMatch(/^HEAD~1 \([0-9a-f]{7}\)$/);
    expect(statuses(result)).toEqual(["养老服务 added", "就业 removed", "社会救助 changed", "社会救助 unchanged"]);
    const item = socialOf(result).items.find((i) => i.id === "SJ-01-01")!;
    expect(item.changes![0]).toMatchObject({ field: "time_limit", before: "自信息形成或变更之日起20个工作日内", after: "自信息形成或变更之日起10个工作日内" });
    // From the merge base: the same on a linear history.
    expect(statuses(await diffJson("--git", "HEAD~1...HEAD"))).toEqual(statuses(result));
  });

  it("compares a commit with the working tree", async () => {
    const result = await diffJson("--git", "HEAD");
    expect(result.new.label).toBe("工作区");
    expect(statuses(result)).toEqual(["养老服务 unchanged", "社会救助 changed", "社会救助 unchanged"]);
    const changed = socialOf(result);
    expect(changed.items).toEqual([
      expect.objectContaining({ id: "SJ-01-01", status: "changed", changes: [expect.objectContaining({ before: "自信息形成或变更之日起10个工作日内", after: "自信息形成或变更之日起5个工作日内" })] }),
    ]);
    const fromFirst = await diffJson("--git", "HEAD~1");
    expect(socialOf(fromFirst).items.find((i) => i.id === "SJ-01-01")!.changes![0]!.after).toBe("自信息形成或变更之日起5个工作日内");
  });

  it("limits the comparison to the paths given", async () => {
    const result = await diffJson("--git", "HEAD~1..HEAD", "catalogs/320506103-木渎镇");
    expect(statuses(result)).toEqual(["社会救助 unchanged"]);
  });

  it("reads findings on each side under git's REV:path names", async () => {
    writeFileSync(join(repo, "catalogs/320506-吴中区/坏文件.yaml"), "format: 1\nitems: [\n");
    git("add", "catalogs/320506-吴中区/坏文件.yaml");
    git("commit", "-q", "-m", "a broken file");
    const run = await runCli(["diff", "--git", "HEAD~1..HEAD"], { cwd: repo });
    expect(run.stderr).toContain("HEAD:catalogs/320506-吴中区/坏文件.yaml");
    expect(run.stdout).toContain("HEAD:catalogs/320506-吴中区/坏文件.yaml：无法读出目录");
    git("reset", "-q", "--hard", "HEAD~1");
    writeFileSync(join(repo, social), readFileSync(join(repo, social), "utf8").replace("自信息形成或变更之日起10个工作日内", "自信息形成或变更之日起5个工作日内"));
  });

  it("exits 2 for a revision git does not have, or outside a repository", async () => {
    const bad = await runCli(["diff", "--git", "no-such-tag..HEAD"], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("git 中没有版本「no-such-tag」。可用 git log --oneline 查看版本\n");
    const outside = mkdtempSync(join(tmpdir(), "catalog-nogit-"));
    const none = await runCli(["diff", "--git", "HEAD", "--lang", "en"], { cwd: outside });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("is not inside a git repository");
  });

  it("exits 1 with --exit-code when the revisions differ", async () => {
    expect((await runCli(["diff", "--git", "HEAD~1..HEAD", "--exit-code"], { cwd: repo })).code).toBe(1);
    expect((await runCli(["diff", "--git", "HEAD..HEAD", "--exit-code"], { cwd: repo })).code).toBe(0);
  });
});

describe("catalog textconv", () => {
  it("prints one line per field, items sorted by id", async () => {
    const run = await runCli(["textconv", social], { cwd: repo });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 3)).toEqual(["行政区划代码: 320506", "领域: 社会救助", "行政区划名称: 苏州市吴中区"]);
    expect(lines).toContain("[SJ-01-01] 公开时限: 自信息形成或变更之日起5个工作日内");
    expect(lines).toContain("[SJ-01-06] 公开依据: 《江苏省社会救助办法》（江苏省人民政府令第99号）");
    const ids = lines.filter((l) => l.startsWith("[")).map((l) => l.slice(1, l.indexOf("]")));
    expect(ids).toEqual([...ids].sort());
  });

  it("prints a file that is not a catalog as it is", async () => {
    writeFileSync(join(repo, "broken.yaml"), "items: [\n");
    expect((await runCli(["textconv", "broken.yaml"], { cwd: repo })).stdout).toBe("items: [\n");
  });
});

// These run the built CLI, as git does (`npm test` builds first).
describe("as git's diff driver", () => {
  it("textconv: git diff shows keyed per-field lines and no move", () => {
    writeFileSync(join(repo, ".gitattributes"), "*.yaml diff=catalog\n");
    git("config", "diff.catalog.textconv", `"${process.execPath}" "${cli}" textconv`);
    const out = git("diff", "HEAD~1", "HEAD", "--", social);
    expect(out).toContain("-[SJ-01-01] 公开时限: 自信息形成或变更之日起20个工作日内\n+[SJ-01-01] 公开时限: 自信息形成或变更之日起10个工作日内\n");
    expect(out).toContain("-[SJ-01-02] 二级事项: 特困人员救助供养\n+[SJ-01-02] 二级事项: 特困人员认定及救助供养\n");
    // SJ-01-05 moved (and changed spelling only): its unchanged lines are not removed and added again.
    expect(out).not.toMatch(/^[-+]\[SJ-01-05\] 二级事项/m);
    expect(out).toMatch(/^-\[SJ-01-05\] 公开对象: 特定群众\n\+\[SJ-01-05\] 公开对象: 特定群体$/m);
    rmSync(join(repo, ".gitattributes"));
  });

  it("external diff: git passes 7 arguments, gets the diff and exit 0", () => {
    const run = spawnSync("git", ["diff", "HEAD~1", "HEAD", "--", social], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, GIT_EXTERNAL_DIFF: `"${process.execPath}" "${cli}" diff --exit-code` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`a/${social} → b/${social}：1 个目录，有调整 1 个`);
    expect(run.stdout).toContain("公开时限：自信息形成或变更之日起[-20-]{+10+}个工作日内");
  });
});
