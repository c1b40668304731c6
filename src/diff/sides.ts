/**
 * The two sides of a comparison, read through load/: a folder or a file on disk, a git revision, or
 * the working tree. Each side knows the prefix of its display paths (its root), so files can be
 * recognised across sides by their names.
 */
import { statSync } from "node:fs";
import { discover, displayPath } from "../load/files.js";
import { mergeBase, readRevision, resolveCommit, type RevisionRange } from "../load/git.js";
import { unreadSource } from "../load/read.js";
import type { DiffSide } from "./index.js";

/** A folder (every catalog file under it) or one file, `path` absolute. */
export function pathSide(path: string, cwd: string, label = displayPath(path, cwd)): DiffSide {
  if (statSync(path).isDirectory()) {
    const root = displayPath(path, cwd);
    return { label, sources: discover([path]).files.map((file) => unreadSource(file, cwd)), root: root === "" || root.endsWith("/") ? root : `${root}/` };
  }
  const source = unreadSource(path, cwd);
  return { label, sources: [source], root: source.path };
}

/** The working tree under `paths` (absolute): names are display paths, as git's side uses. */
export function workingTreeSide(paths: readonly string[], cwd: string, label: string): DiffSide {
  return { label, revision: true, sources: discover(paths).files.map((file) => unreadSource(file, cwd)), root: "" };
}

const shortLabel = (revision: string, commit: string) => (commit.startsWith(revision) ? commit.slice(0, 7) : `${revision} (${commit.slice(0, 7)})`);

/** The sides of `A..B`, `A...B` or `A` (then the new side is the working tree, labelled `workingTree`). */
export function gitSides(range: RevisionRange, paths: readonly string[], cwd: string, workingTree: string): { old: DiffSide; new: DiffSide } {
  let oldCommit = resolveCommit(cwd, range.old);
  const newCommit = range.new !== undefined ? resolveCommit(cwd, range.new) : undefined;
  if (range.mergeBase && newCommit) oldCommit = mergeBase(cwd, oldCommit, newCommit);
  // Paths read `HEAD~1:catalogs/…`, git's own notation, so findings on each side can be told apart.
  const revisionSide = (label: string, prefix: string, commit: string): DiffSide => ({ label, revision: true, sources: readRevision(cwd, commit, paths, prefix), root: prefix });
  const old = range.mergeBase ? revisionSide(oldCommit.slice(0, 7), `${oldCommit.slice(0, 7)}:`, oldCommit) : revisionSide(shortLabel(range.old, oldCommit), `${range.old}:`, oldCommit);
  return {
    old,
    new: newCommit && range.new !== undefined ? revisionSide(shortLabel(range.new, newCommit), `${range.new}:`, newCommit) : workingTreeSide(paths, cwd, workingTree),
  };
}
