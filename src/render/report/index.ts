/**
 * The monitoring report's files, rendered from its figures: index.html (page), report.json (the figures
 * as they are) and report.docx (季通报). Pure: the same figures, language and date give the same bytes.
 */
import type { Lang } from "../../i18n.js";
import type { ReportData } from "../../model/monitor.js";
import { reportDocx } from "./docx.js";
import { reportHtml, type HtmlShell } from "./html.js";
import { reportView } from "./view.js";

export interface ReportRenderOptions {
  lang: Lang;
  shell: HtmlShell;
  /** the Word file's date: SOURCE_DATE_EPOCH's when set, else the report's date. */
  date: Date;
}

export const reportJson = (data: ReportData): string => `${JSON.stringify(data, null, 2)}\n`;

/** [file name, contents] of each file of the report, in name order. */
export async function renderReport(data: ReportData, options: ReportRenderOptions): Promise<[string, string | Uint8Array][]> {
  const view = reportView(options.lang);
  return [
    ["index.html", reportHtml(data, view, options.shell)],
    ["report.docx", await reportDocx(data, view, options.date)],
    ["report.json", reportJson(data)],
  ];
}
