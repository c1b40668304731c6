/**
 * Catalog files at a git revision, read straight from the object store (`git ls-tree`, then one
 * `git cat-file --batch` for all blobs): no checkout, no temporary files, the working tree untouched.
 */
import { execFileSync } from "node:child_process";
import { join, relative, resolve } from "node:path";
import type { Source } from "../check/engine.js";
import { displayPath, isYaml } from "./files.js";

export type GitProblem = "git-missing" | "not-a-repository" | "bad-revision" | "failed";

export class GitError extends Error {
  constructor(
    readonly problem: GitProblem,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** `A..B`, `A...B` (from the merge base of A and B), or `A` alone (against the working tree). */
export interface RevisionRange {
  old: string;
  /** undefined: the working tree. */
  new?: string;
  mergeBase: boolean;
}

export function parseRange(text: string): RevisionRange {
  const symmetric = /^(.*?)\.\.\.(.*)$/.exec(text);
  if (symmetric) return { old: symmetric[1] || "HEAD", new: symmetric[2] || "HEAD", mergeBase: true };
  const plain = /^(.*?)\.\.(.*)$/.exec(text);
  if (plain) return { old: plain[1] || "HEAD", new: plain[2] || "HEAD", mergeBase: false };
  return { old: text, mergeBase: false };
}

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  try {
    return execFileSync("git", args, { cwd, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === "ENOENT") throw new GitError("git-missing", "git");
    const stderr = e.stderr?.toString("utf8").trim() ?? String(error);
    if (/not a git repository/i.test(stderr)) throw new GitError("not-a-repository", cwd);
    throw new GitError("failed", stderr.split("\n")[0] ?? stderr);
  }
}

export function repositoryRoot(cwd: string): string {
  return git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
}

/** The commit a revision names; a revision that names none is the user's mistake, said so. */
export function resolveCommit(cwd: string, revision: string): string {
  try {
    return git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]).toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError && error.problem === "failed") throw new GitError("bad-revision", revision);
    throw error;
  }
}

export function mergeBase(cwd: string, a: string, b: string): string {
  return git(cwd, ["merge-base", a, b]).toString("utf8").trim();
}

/**
 * The catalog files under `paths` (absolute, or relative to `cwd`) at `commit`, as Sources whose paths
 * are `<prefix><path relative to cwd>` so findings on this side can be told from the working tree's.
 */
export function readRevision(cwd: string, commit: string, paths: readonly string[], prefix: string): Source[] {
  const root = repositoryRoot(cwd);
  const specs = paths.map((p) => relative(cwd, resolve(cwd, p)) || ".");
  const listing = git(cwd, ["ls-tree", "-r", "-z", "--full-name", commit, "--", ...specs]).toString("utf8");
  const blobs = listing
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      // Only the first tab separates: a path may hold tabs of its own (-z leaves it unquoted).
      const tab = line.indexOf("\t");
      const [meta, path] = [line.slice(0, tab), line.slice(tab + 1)];
      const [, type, object] = meta.split(" ") as [string, string, string];
      return { type, object, path };
    })
    .filter((b) => b.type === "blob" && isYaml(b.path.split("/").pop()!) && !b.path.split("/").some((part) => part.startsWith(".") || part === "node_modules"))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const contents = catFile(cwd, blobs.map((b) => b.object));
  return blobs.map((b) => ({ path: `${prefix}${displayPath(join(root, b.path), cwd)}`, bytes: contents.get(b.object) ?? new Uint8Array() }));
}

/** All blobs in one `git cat-file --batch` run: `<oid> <type> <size>\n<bytes>\n` each. */
function catFile(cwd: string, objects: readonly string[]): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  if (!objects.length) return out;
  const buffer = git(cwd, ["cat-file", "--batch"], `${objects.join("\n")}\n`);
  let offset = 0;
  while (offset < buffer.length) {
    const end = buffer.indexOf(10, offset);
    const [object, , size] = buffer.subarray(offset, end).toString("utf8").split(" ") as [string, string, string];
    const start = end + 1;
    out.set(object, new Uint8Array(buffer.subarray(start, start + Number(size))));
    offset = start + Number(size) + 1;
  }
  return out;
}

/** When a commit was made (committer time, seconds since the epoch). */
export function commitTime(cwd: string, commit: string): number {
  return Number(git(cwd, ["show", "-s", "--format=%ct", commit, "--"]).toString("utf8").trim());
}

/** The last `limit` commits that changed anything under `paths`, oldest first, with their times. */
export function commitsTouching(cwd: string, paths: readonly string[], limit: number): { commit: string; time: number }[] {
  if (limit <= 0) return [];
  const specs = paths.map((p) => relative(cwd, resolve(cwd, p)) || ".");
  const log = git(cwd, ["log", `-n${limit}`, "--format=%H %ct", "HEAD", "--", ...specs]).toString("utf8");
  return log
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit, time] = line.split(" ") as [string, string];
      return { commit, time: Number(time) };
    })
    .reverse();
}
