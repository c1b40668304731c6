/**
 * Word, Excel and CSV fixtures built the way published catalogs are (shapes seen on county websites:
 * the official layout and the pages that publish it): the two-row header and its variants, 一级事项 merged
 * down (vMerge, merged ranges), Wingdings boxes, tick columns per channel, 【法律】 prefixes, PDF spaces,
 * repeated headers, empty rows, several tables per file. Made here, from code, so every byte is explained.
 */
import { AlignmentType, Document, Packer, Paragraph, SymbolRun, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

const para = (text: string) => new Paragraph({ children: text.split("\n").flatMap((line, i) => [new TextRun({ text: line, break: i > 0 ? 1 : 0 })]) });
const cell = (text: string, options: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [para(text)], ...options });
/** A checklist cell as Word users make it: Insert → Symbol → Wingdings ☑ (F0FE) and □ (F0A8). */
const checklist = (entries: [boolean, string][]) =>
  new TableCell({ children: [new Paragraph({ children: entries.flatMap(([on, name]) => [new SymbolRun({ char: on ? "F0FE" : "F0A8", symbolfont: "Wingdings" }), new TextRun(`${name} `)]) })] });

function townshipHeader(): TableRow[] {
  return [
    new TableRow({
      tableHeader: true,
      children: [
        cell("序号", { rowSpan: 2 }), cell("公开事项", { columnSpan: 3 }), cell("公开内容（要素）", { rowSpan: 2 }), cell("公开依据", { rowSpan: 2 }), cell("公开时限", { rowSpan: 2 }),
        cell("公开主体", { rowSpan: 2 }), cell("公开渠道和载体", { rowSpan: 2 }), cell("公开对象", { columnSpan: 2 }), cell("公开方式", { columnSpan: 2 }), cell("公开层级", { columnSpan: 2 }), cell("备注", { rowSpan: 2 }),
      ],
    }),
    new TableRow({ tableHeader: true, children: ["一级事项", "二级事项", "三级事项", "全社会", "特定群体（请写明）", "主动", "依申请公开", "镇级", "村级"].map((t) => cell(t)) }),
  ];
}

/** A township's Word attachment: two domains, each under its own title; the first spans a page break. */
export async function townshipDocx(): Promise<Uint8Array> {
  const subject = "苏州市吴中区木渎镇人民政府";
  const first = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...townshipHeader(),
      new TableRow({
        children: [
          cell("1"), cell("最低生活保障", { rowSpan: 2 }), cell("办事指南"), cell("申请条件"), cell("1.申请条件 2.申请材料 3.办理流程"),
          cell("【行政法规】《社会救助暂行办法》（国务院令第649号）第十一条\n【规章】《最低生活保障审核确认办法》（民发〔2021〕57号）"),
          cell("信息形成或者变更之日起20个工作日内"), cell(subject), checklist([[true, "政府网站"], [false, "政府公报"], [true, "便民服务站"]]),
          cell("√"), cell(""), cell("√"), cell(""), cell("√"), cell("√"), cell(""),
        ],
      }),
      new TableRow({
        children: [
          cell("2"), cell("审核确认结果"), cell(""), cell("保障对象姓名、保障人数、保障金额"),
          cell("《中华人民共和国 政府信息公开条例》（国务院令第 711 号）第二十条《最低生活保障审核确认办法》（民发〔2021〕57号）第十九条"),
          cell("每月10日前"), cell(subject), cell("þ社区/企事业单位/村公示栏（电子屏） 口政府网站"),
          cell(""), cell("低保对象本人"), cell(""), cell("✓"), cell(""), cell("●"), cell("涉及个人隐私的按规定处理"),
        ],
      }),
      ...townshipHeader(),
      new TableRow({ children: Array.from({ length: 16 }, () => cell("")) }),
      new TableRow({
        children: [
          cell("3"), cell("临时救助"), cell("临时救助对象"), cell(""), cell("救助对象姓名、救助金额"), cell("《社会救助暂行办法》（国务院令第649号）第四十七条"),
          cell("信息形成或者变更之日起20个工作日内"), cell(subject), cell("政府网站、便民服务站"), cell("√"), cell(""), cell("√"), cell(""), cell("√"), cell(""), cell(""),
        ],
      }),
    ],
  });
  const second = new Table({
    rows: [
      new TableRow({ children: ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式"].map((t) => cell(t)) }),
      new TableRow({
        children: [
          cell("1"), cell("养老服务机构"), cell("养老机构名录"), cell("机构名称、地址、床位数、联系电话"), cell("《养老机构管理办法》（民政部令第66号）"),
          cell("信息形成或者变更之日起20个工作日内"), cell(subject), cell("1.政府网站 2.入户/现场"), cell("全社会"), cell("主动公开"),
        ],
      }),
    ],
  });
  const title = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] });
  const doc = new Document({
    sections: [{ children: [new Paragraph("附件1"), title("苏州市吴中区木渎镇社会救助领域基层政务公开标准目录"), first, new Paragraph(""), new Paragraph("附件2"), title("苏州市吴中区木渎镇养老服务领域基层政务公开标准目录"), second] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A county's 政务公开负面清单 as a Word attachment, shaped like published ones: 序号 and 信息事项类别 merged down
 * over the matters of one class, several laws in one basis cell, a 备注 column.
 */
export async function negativeListDocx(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: ["序号", "信息事项类别", "信息事项内容", "不予主动公开法律政策依据", "备注"].map((t) => cell(t)) }),
      new TableRow({
        children: [
          cell("1", { rowSpan: 2 }), cell("涉及国家秘密以及危及国家安全、经济安全、公共安全和社会稳定的政府信息", { rowSpan: 2 }),
          cell("财务工作中涉及国家秘密的信息"), cell("《中华人民共和国政府信息公开条例》第十四条\n《中华人民共和国保守国家秘密法实施条例》第五条"), cell(""),
        ],
      }),
      new TableRow({ children: [cell("民兵及武装工作中涉及国家秘密的信息"), cell("《中华人民共和国政府信息公开条例》第十四条"), cell("")] }),
      new TableRow({
        children: [cell("2"), cell("涉及商业秘密、个人隐私的政府信息"), cell("内容涉及商业秘密及自然人身份、健康、婚姻、财产状况等个人隐私的信息"), cell("《中华人民共和国政府信息公开条例》第十五条"), cell("经权利人同意的除外")],
      }),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "苏州市吴中区政务公开负面清单", bold: true })] }), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A county's workbook: a sheet per domain, a merged title row, one tick column per channel, ● and 是. */
export async function countyXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("户籍管理");
  sheet.addRow(["苏州市吴中区户籍管理领域基层政务公开标准目录"]);
  sheet.mergeCells("A1:S1");
  sheet.addRow(["一级序号", "二级序号", "公开事项", "", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "", "", "", "公开对象", "", "公开方式", "", "公开层级", "", "责任科室"]);
  sheet.addRow(["", "", "一级事项", "二级事项", "", "", "", "", "政府网站", "两微一端", "政务服务中心", "公示栏", "全社会", "特定群众", "主动", "依申请", "县级", "乡级", ""]);
  for (const range of ["A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:L2", "M2:N2", "O2:P2", "Q2:R2", "S2:S3"]) sheet.mergeCells(range);
  sheet.addRow(["1", "1", "户口登记", "出生登记", "办理条件\n申请材料", "《中华人民共和国户口登记条例》第七条", "信息形成或者变更之日起20个工作日内", "苏州市吴中区公安分局", "●", "", "●", "", "是", "", "是", "", "是", "是", "户政科"]);
  sheet.addRow(["", "2", "", "迁入登记", "办理条件、申请材料", "《中华人民共和国户口登记条例》第十三条", "信息形成或者变更之日起20个工作日内", "苏州市吴中区公安分局", "●", "●", "", "●", "是", "", "是", "", "是", "", "户政科"]);
  sheet.mergeCells("A4:A5");
  sheet.mergeCells("C4:C5");
  sheet.addRow([]);
  const other = workbook.addWorksheet("社会保险");
  other.addRow(["苏州市吴中区社会保险领域基层政务公开标准目录"]);
  other.addRow(["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式"]);
  other.addRow([1, "参保登记", "办事指南", "参保条件、所需材料、办理流程", "《中华人民共和国社会保险法》第五十七条", "信息形成或者变更之日起20个工作日内", "苏州市吴中区人力资源和社会保障局", "政府网站；政务服务中心", "全社会", "主动"]);
  workbook.addWorksheet("填表说明").addRow(["本表按省政务公开办统一格式填写。"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV as Excel on Chinese Windows saves it: GB18030, no BOM, text columns for 公开对象 and 公开方式. */
export function employmentCsv(): Uint8Array {
  const text = [
    "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道,公开对象,公开方式,备注",
    '1,就业政策法规,政策文件,"1、就业创业政策 2、政策解读","【法律】《中华人民共和国就业促进法》；【规章】《就业服务与就业管理规定》（人力资源社会保障部令第23号）",信息形成或者变更之日起20个工作日内,苏州市吴中区人力资源和社会保障局,"政府网站、政务服务中心、其他基层公共服务平台",全社会,主动,',
    ",,,,,,,,,,",
    '2,就业服务,就业困难人员认定,认定条件、申请材料,《就业服务与就业管理规定》（人力资源社会保障部令第23号）第四十一条,信息形成或者变更之日起20个工作日内,苏州市吴中区人力资源和社会保障局,政府网站,特定群体（就业困难人员）,"主动、依申请",每年更新',
  ].join("\r\n");
  return new Uint8Array(iconv.encode(text, "gb18030"));
}
