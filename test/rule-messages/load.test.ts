/**
 * The load rules' findings (reported by load/ and check/suppress.ts, described by their rule files): which message,
 * with which data, at which place, and at the rule's severity — an error makes `catalog validate` exit 1, a warning
 * does not.
 */
import { describe, expect, it } from "vitest";
import { saidOnFixture } from "./helpers.js";

describe("the YAML rules", () => {
  it("are errors, with the parser's words and what was left open", () => {
    expect(saidOnFixture("yaml-syntax")).toStrictEqual([
      ["fail/bad-indentation.yaml:16:6", "error", "indent", { detail: "All mapping items must start at the same column" }],
      ["fail/missing-space-after-colon.yaml:15:5", "error", "syntax", { detail: "Implicit map keys need to be followed by map values" }],
      ["fail/tab-indentation.yaml:15:1", "error", "tab", { detail: "Tabs are not allowed as indentation" }],
      ["fail/unclosed-bracket.yaml:13:14", "error", "unclosed", { detail: "Flow sequence in block collection must be sufficiently indented and end with a ]", opener: "[", closer: "]" }],
      ["fail/unclosed-quote.yaml:12:11", "error", "unclosed", { detail: 'Missing closing "quote', opener: '"', closer: '"' }],
    ]);
    expect(saidOnFixture("yaml-alias")).toStrictEqual([["fail.yaml:10:10", "error", "aliases", { detail: "Excessive alias count indicates a resource exhaustion attack" }]]);
    expect(saidOnFixture("yaml-duplicate-key")).toStrictEqual([
      ["fail.yaml:10:1", "error", "duplicate", { detail: "Map keys must be unique", key: "revision" }],
      ["fail.yaml:42:5", "error", "duplicate", { detail: "Map keys must be unique", key: "time_limit" }],
    ]);
  });
});

describe("text-control-character", () => {
  it("is a warning naming the code points", () => {
    expect(saidOnFixture("text-control-character")).toStrictEqual([
      ["fail.yaml:9:11", "warning", "control", { codes: "U+000B" }],
      ["fail.yaml:10:11", "warning", "control", { codes: "U+202E" }],
      ["fail.yaml:14:11", "warning", "control", { codes: "U+001B U+0007" }],
      ["fail.yaml:17:9", "warning", "control", { codes: "U+000B" }],
    ]);
  });
});

describe("the suppression rules", () => {
  it("make a missing reason an error and an unused or unknown suppression a warning", () => {
    expect(saidOnFixture("suppression-reason-missing")).toStrictEqual([
      ["fail.yaml:20:5", "error", "missing", { rules: "vocabulary-variant" }],
      ["fail.yaml:22:19", "error", "missing", { rules: "vocabulary-variant" }],
    ]);
    expect(saidOnFixture("suppression-unused")).toStrictEqual([
      ["fail.yaml:24:33", "warning", "unusedNextLine", { rule: "vocabulary-variant" }],
      ["fail.yaml:27:28", "warning", "unknownRuleSuggest", { rule: "vocabulary-variants", suggestion: "vocabulary-variant" }],
      ["fail.yaml:38:5", "warning", "noRule", {}],
    ]);
  });
});
