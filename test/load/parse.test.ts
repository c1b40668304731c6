// The fast parse's schema must read every scalar as js-yaml's core schema does: it only skips trying
// the implicit types on scalars none of them could take.
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { coreSchema } from "../../src/load/core-schema.js";
import { parseYaml } from "../../src/load/parse.js";

const scalars = [
  "", "~", "null", "Null", "NULL", "nul", "true", "True", "TRUE", "tRue", "false", "False", "yes", "no", "on",
  "0", "-0", "+7", "09", "0x1F", "0o17", "0b101", "1_000", "12", "-12", "3.", ".5", "+3.5e2", "1e3", "-.Inf", ".inf", ".NaN", ".nan",
  "2024-01-01", "320506001", "9", "9.5", "1.2.3", "-x", "第十九条", "10个工作日", "０１", "null值", "true 的", "　",
];

describe("the fast parse's core schema", () => {
  it("reads each scalar, plain, quoted and tagged, as the core schema does", () => {
    const text = [
      ...scalars.map((s, i) => `p${i}: ${s}`),
      ...scalars.map((s, i) => `q${i}: "${s}"`),
      'tagged: [!!int "7", !!float "1.5", !!bool "true", !!null "~", !!str 5]',
      "list: [1, null, true, 中文, ~]",
    ].join("\n");
    const expected = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    expect(jsyaml.load(text, { schema: coreSchema })).toEqual(expected);
    expect(parseYaml(text).data).toEqual(expected);
    expect((expected as Record<string, unknown>).p6).toBe(true);
    expect((expected as Record<string, unknown>).p15).toBe(0);
  });
});
