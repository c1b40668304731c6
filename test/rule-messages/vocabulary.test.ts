/**
 * The vocabulary rules' messages: the value as written, the value meant (a slip's suggestion, a variant's
 * canonical spelling) and the values allowed; channel and level variants are advice (info).
 */
import { describe, expect, it } from "vitest";
import { saidOnFixture } from "./helpers.js";

const channels = "政府网站、政府公报、两微一端、发布会/听证会、广播电视、纸质媒体、公开查阅点、政务服务中心、便民服务站、入户/现场、社区/企事业单位/村公示栏（电子屏）、精准推送、其他（或 其他：<说明>）";

describe("vocabulary-unknown", () => {
  it("suggests the value meant where one is near, and lists the values allowed", () => {
    expect(saidOnFixture("vocabulary-unknown")).toStrictEqual([
      // a catalog's own level is a county's or a township's, never 村级
      ["fail.yaml:7:10", "error", "unknown", { value: "市级", allowed: "县级、乡级" }],
      ["fail.yaml:21:16", "error", "suggest", { value: "政府网", allowed: channels, suggestion: "政府网站" }],
      ["fail.yaml:22:15", "error", "unknown", { value: "公众", allowed: "全社会、特定群体" }],
      ["fail.yaml:24:18", "error", "suggest", { value: "县直", allowed: "县级、乡级、村级", suggestion: "县级" }],
      ["fail.yaml:36:36", "error", "unknown", { value: "同上", allowed: channels }],
      ["fail.yaml:38:13", "error", "unknown", { value: "公示", allowed: "主动、依申请" }],
    ]);
  });
});

describe("vocabulary-variant", () => {
  it("gives the canonical spelling, says when it is several values, and ranks channel and level spellings as advice", () => {
    expect(saidOnFixture("vocabulary-variant")).toStrictEqual([
      ["fail/环保.yaml:8:9", "warning", "catalog", { value: "环保", canonical: "生态环境" }],
      ["fail/社会救助.yaml:7:10", "warning", "catalog", { value: "区级", canonical: "县级" }],
      ["fail/社会救助.yaml:21:22", "info", "channel", { value: "一微一端", canonical: "两微一端" }],
      ["fail/社会救助.yaml:21:28", "info", "channel", { value: "政府服务中心", canonical: "政务服务中心" }],
      ["fail/社会救助.yaml:23:13", "warning", "item", { value: "主动公开", canonical: "主动" }],
      ["fail/社会救助.yaml:24:18", "info", "level", { value: "乡、村级", canonical: "乡级、村级", several: 1 }],
      ["fail/社会救助.yaml:37:9", "info", "channel", { value: "其他:窗口领取或邮寄送达", canonical: "其他：窗口领取或邮寄送达" }],
      ["fail/社会救助.yaml:38:15", "warning", "item", { value: "特定群众", canonical: "特定群体" }],
      ["fail/社会救助.yaml:39:13", "warning", "item", { value: "依申请公开", canonical: "依申请" }],
      ["fail/社会救助.yaml:51:22", "info", "channel", { value: "政务服务 中心", canonical: "政务服务中心" }],
      ["fail/社会救助.yaml:51:33", "info", "channel", { value: "一微 一端", canonical: "两微一端" }],
      ["fail/社会救助.yaml:69:14", "info", "level", { value: "县（市、区）级", canonical: "县级" }],
      ["fail/社会救助.yaml:69:23", "info", "level", { value: "镇、村级", canonical: "乡级、村级", several: 1 }],
      ["fail/社会救助.yaml:69:29", "info", "level", { value: "镇（街）级", canonical: "乡级" }],
    ]);
  });
});
