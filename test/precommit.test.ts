/**
 * The pre-commit hook (.pre-commit-hooks.yaml) as a project installs it: pre-commit (Debian's package in
 * CI) clones this repository, installs it with npm (`npm install`, then `npm pack` and a global install
 * of the tarball) on a machine with Node and nothing else of ours, and runs `catalog validate` on the
 * project's catalogs: exit 1 on a defect, 0 once it is fixed. Slow (a real npm install, ~2 minutes).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { packageRoot } from "../src/paths.js";
import { itNeeds } from "./helpers/needs.js";

const preCommitMissing = spawnSync("pre-commit", ["--version"]).status === 0 ? undefined : "pre-commit is not installed: apt-get install pre-commit";

// npm test's npm_* settings and git's GIT_* variables must not reach the scratch repositories' tools.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|GIT_)/i.test(k)));

function run(command: string, args: readonly string[], cwd: string, extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 900_000, env: { ...env, ...extra } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const git = (cwd: string, ...args: string[]) => {
  const result = run("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], cwd);
  expect(result.status, result.output).toBe(0);
  return result.output;
};

itNeeds(preCommitMissing)("pre-commit installs the hook from a clone and runs it: exit 1 on a defect, 0 when fixed", () => {
  const scratch = mkdtempSync(join(tmpdir(), "catalog-pre-commit-"));
  // The hook repository: this repository's tracked files as they are now, committed.
  const hook = join(scratch, "hook");
  for (const file of git(packageRoot, "ls-files", "-z").split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(hook, file)), { recursive: true });
    cpSync(join(packageRoot, file), join(hook, file));
  }
  git(hook, "init", "-q");
  git(hook, "add", "-A");
  git(hook, "commit", "-q", "-m", "hook");
  const rev = git(hook, "rev-parse", "HEAD").trim();

  // A project that keeps one catalog, with a defect: an unknown 公开方式.
  const project = join(scratch, "project");
  const file = join(project, "catalogs/涉农补贴.yaml");
  mkdirSync(dirname(file), { recursive: true });
  const good = readFileSync(join(packageRoot, "catalogs/320506103-木渎镇/涉农补贴.yaml"), "utf8");
  const bad = good.replace("    method: 主动\n", "    method: 随时公开\n");
  expect(bad).not.toBe(good);
  writeFileSync(file, bad);
  writeFileSync(join(project, ".pre-commit-config.yaml"), `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: catalog-validate\n`);
  git(project, "init", "-q");
  git(project, "add", "-A");

  const home = { PRE_COMMIT_HOME: join(scratch, "cache") };
  const failing = run("pre-commit", ["run", "--all-files"], project, home);
  expect(failing.output).toContain("catalogs/涉农补贴.yaml");
  expect(failing.output).toContain("随时公开");
  expect(failing.status, failing.output).toBe(1);

  writeFileSync(file, good);
  git(project, "add", "-A");
  const passing = run("pre-commit", ["run", "--all-files"], project, home);
  expect(passing.status, passing.output).toBe(0);
  expect(passing.output).toMatch(/catalog validate\.+Passed/);
});
