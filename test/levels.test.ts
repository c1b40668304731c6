/**
 * 公开层级 read from its unit characters (src/model/levels.ts): similar spellings read alike (the
 * inconsistency of issue 17 class 7: 镇、村级 an error while 乡、村级 and 镇级 were variants), and a
 * domain's several correct names are accepted while a project can prefer one (class 9).
 */
import { describe, expect, it } from "vitest";
import { readLevels } from "../src/model/levels.js";
import { createRegistries } from "../src/model/registries.js";
import { registries } from "./helpers/check.js";

const vocabulary = registries.variants.levels;
const read = (raw: string) => readLevels(raw, vocabulary);

describe("readLevels", () => {
  it("reads 乡、村级 and 镇、村级 alike: 乡级 + 村级", () => {
    expect(read("乡、村级")).toEqual({ levels: ["乡级", "村级"], higher: [] });
    expect(read("镇、村级")).toEqual({ levels: ["乡级", "村级"], higher: [] });
    expect(read("镇(街)、村(居)级")).toEqual({ levels: ["乡级", "村级"], higher: [] });
  });

  it("reads every spelling the old variant list held as it did, except those naming 村", () => {
    const township = ["镇级", "镇(街)级", "镇（街）级", "镇街级", "镇街乡", "乡镇级", "乡(镇)级", "乡（镇）级", "乡镇(街道)级", "乡镇（街道）级", "街道级"];
    const county = ["区级", "县区级", "区县级", "县(区)级", "县（区）级", "县(市、区)级", "县（市、区）级", "县(市)级", "县（市）级", "旗级"];
    for (const raw of township) expect(read(raw), raw).toEqual({ levels: ["乡级"], higher: [] });
    for (const raw of county) expect(read(raw), raw).toEqual({ levels: ["县级"], higher: [] });
    expect(read("乡村级")).toEqual({ levels: ["乡级", "村级"], higher: [] });
    expect(read("社区级")).toEqual({ levels: ["村级"], higher: [] });
  });

  it("reads 市 beside a county unit as a county-level city, alone as the level above", () => {
    expect(read("县市区级")).toEqual({ levels: ["县级"], higher: [] });
    expect(read("市级")).toEqual({ levels: [], higher: ["市级"] });
    expect(read("市、县级")).toEqual({ levels: ["县级"], higher: ["市级"] });
    expect(read("州级")).toEqual({ levels: [], higher: ["州级"] });
  });

  it("does not read text that is not made of level units", () => {
    for (const raw of ["县直", "本级", "全社会", "", "级"]) expect(read(raw), raw).toBeUndefined();
  });
});

describe("domain names", () => {
  it("accepts the pilot list's and the later names as written, and names the domain for a variant", () => {
    expect(registries.preferredDomainName("环境保护")).toBe("环境保护");
    expect(registries.preferredDomainName("生态环境")).toBe("生态环境");
    expect(registries.preferredDomainName("就业创业")).toBe("就业创业");
    expect(registries.preferredDomainName("国有土地上房屋征收")).toBe("国有土地上房屋征收");
    expect(registries.preferredDomainName("环保")).toBe("生态环境");
    expect(registries.preferredDomainName("不存在的领域")).toBeUndefined();
  });

  it("lets a project prefer one of a domain's names for every name and variant of it", () => {
    const project = createRegistries({ preferredDomainNames: ["环境保护", "环保"] });
    expect(project.preferredDomainName("生态环境")).toBe("环境保护");
    expect(project.preferredDomainName("环保")).toBe("环境保护");
    expect(project.preferredDomainName("环境保护")).toBe("环境保护");
    expect(project.preferredDomainName("就业")).toBe("就业");
  });

  it("registers 综合 (general) as a non-pilot domain with the titles' names as aliases", () => {
    const general = registries.domainByName("政务公开标准目录");
    expect(general).toMatchObject({ name: "综合", slug: "general", general: true, pilot: false });
    expect(registries.preferredDomainName("政务公开")).toBe("政务公开");
  });
});
