/**
 * Charts as inline SVG, pure: figures in, markup out (every text escaped by markup.ts). Colour is never
 * the only signal: bar segments carry fill patterns and their numbers are printed beside the bar, line
 * series have their own marker shape and dash, and a legend names each. Every chart is an image with a
 * title and a description, and the page puts a table of the same figures beside it.
 */
import { ems } from "../docx/official.js";
import { fragment, h, type Html } from "../html/markup.js";

export type Fill = "solid" | "hatch" | "dots" | "plain";

export interface SeriesStyle {
  label: string;
  /** the ink: dark enough for text contrast on white. */
  color: string;
  fill: Fill;
}

export interface BarRow {
  label: string;
  /** one value per series, stacked left to right. */
  values: readonly number[];
  /** printed after the bar (the figures in words). */
  note: string;
}

export interface ChartText {
  /** unique on the page: ids of the title, description and patterns start with it. */
  id: string;
  title: string;
  description: string;
}

const fontSize = 13;
const width = 760;

/** The pattern a series is filled with, defined once per chart. */
function pattern(id: string, style: SeriesStyle): Html | null {
  const size = 6;
  if (style.fill === "solid" || style.fill === "plain") return null;
  const mark =
    style.fill === "hatch"
      ? h("path", { d: `M0,${size} L${size},0`, stroke: style.color, "stroke-width": 2 })
      : h("circle", { cx: size / 2, cy: size / 2, r: 1.5, fill: style.color });
  return h("pattern", { id, width: size, height: size, patternUnits: "userSpaceOnUse" }, h("rect", { width: size, height: size, fill: "#fff" }), mark);
}

const fillOf = (id: string, style: SeriesStyle) => (style.fill === "solid" ? style.color : style.fill === "plain" ? "#fff" : `url(#${id})`);

function legend(styles: readonly SeriesStyle[], y: number, swatch: (style: SeriesStyle, i: number, x: number) => Html): Html {
  let x = 0;
  return fragment(
    styles.map((style, i) => {
      const at = x;
      x += 22 + Math.ceil(ems(style.label) * fontSize) + 18;
      return h("g", {}, swatch(style, i, at), h("text", { x: at + 22, y: y + 11, "font-size": fontSize }, style.label));
    }),
  );
}

function frame(chart: ChartText, height: number, ...children: (Html | null)[]): Html {
  return h(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": `${chart.id}-title ${chart.id}-desc`, class: "chart", "font-family": "inherit" },
    h("title", { id: `${chart.id}-title` }, chart.title),
    h("desc", { id: `${chart.id}-desc` }, chart.description),
    children,
  );
}

/**
 * Horizontal bars, one per row, each the stack of its values; `max` is the full length (the pilot total,
 * or the largest stack). The row's label stands left of the bar, its note right of it.
 */
export function barChart(chart: ChartText, styles: readonly SeriesStyle[], rows: readonly BarRow[], max: number): Html {
  const labelWidth = Math.min(240, Math.ceil(Math.max(4, ...rows.map((r) => ems(r.label))) * fontSize) + 12);
  const noteWidth = Math.min(260, Math.ceil(Math.max(2, ...rows.map((r) => ems(r.note))) * fontSize) + 12);
  const barWidth = width - labelWidth - noteWidth;
  const top = 30;
  const rowHeight = 26;
  const height = top + rows.length * rowHeight + 8;
  const scale = (v: number) => (max > 0 ? (v / max) * barWidth : 0);
  const ids = styles.map((_, i) => `${chart.id}-p${i}`);
  const bars = rows.map((row, r) => {
    const y = top + r * rowHeight;
    let x = labelWidth;
    const segments = row.values.map((value, i) => {
      const at = x;
      x += scale(value);
      return value > 0 ? h("rect", { x: at.toFixed(1), y: y + 4, width: scale(value).toFixed(1), height: rowHeight - 10, fill: fillOf(ids[i]!, styles[i]!), stroke: styles[i]!.color }) : null;
    });
    return h(
      "g",
      {},
      h("text", { x: labelWidth - 8, y: y + rowHeight / 2 + 4, "text-anchor": "end", "font-size": fontSize }, row.label),
      // The track shows the full length, so a short bar reads as a share.
      h("rect", { x: labelWidth, y: y + 4, width: barWidth, height: rowHeight - 10, fill: "none", stroke: "#8c8c8c", "stroke-dasharray": "2 2" }),
      segments,
      h("text", { x: labelWidth + barWidth + 8, y: y + rowHeight / 2 + 4, "font-size": fontSize }, row.note),
    );
  });
  const swatch = (style: SeriesStyle, i: number, x: number) => h("rect", { x, y: 2, width: 16, height: 12, fill: fillOf(ids[i]!, style), stroke: style.color });
  return frame(chart, height, h("defs", {}, styles.map((s, i) => pattern(ids[i]!, s))), legend(styles, 2, swatch), fragment(bars));
}

export type Marker = "circle" | "square" | "triangle" | "diamond";

export interface LineSeries extends Omit<SeriesStyle, "fill"> {
  marker: Marker;
  /** stroke-dasharray, "" for a solid line. */
  dash: string;
  values: readonly number[];
}

function markerAt(marker: Marker, x: number, y: number, color: string): Html {
  const r = 4.5;
  if (marker === "circle") return h("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r, fill: "#fff", stroke: color, "stroke-width": 2 });
  if (marker === "square") return h("rect", { x: (x - r).toFixed(1), y: (y - r).toFixed(1), width: 2 * r, height: 2 * r, fill: color });
  const points = marker === "triangle" ? [[x, y - r - 1], [x + r + 1, y + r], [x - r - 1, y + r]] : [[x, y - r - 1], [x + r + 1, y], [x, y + r + 1], [x - r - 1, y]];
  return h("polygon", { points: points.map(([px, py]) => `${px!.toFixed(1)},${py!.toFixed(1)}`).join(" "), fill: color });
}

/** The smallest of 1, 2, 5 × 10ⁿ at or above `n`: the axis' top. */
export function niceMax(n: number): number {
  if (n <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * step).find((v) => v >= n)!;
}

/** A line per series over the points (x labels: two lines each, e.g. date and commit). */
export function lineChart(chart: ChartText, series: readonly LineSeries[], points: readonly [string, string][]): Html {
  // Wide enough for the first and last x labels (a date) centred on their points.
  const left = 56;
  const right = 40;
  const top = 34;
  const plotHeight = 200;
  const height = top + plotHeight + 44;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotWidth = width - left - right;
  // Points stand clear of the axis labels on the left and of the frame on the right.
  const inset = 24;
  const x = (i: number) => left + inset + (points.length > 1 ? (i / (points.length - 1)) * (plotWidth - 2 * inset) : plotWidth / 2 - inset);
  const y = (v: number) => top + plotHeight - (v / max) * plotHeight;
  const ticks = [0, max / 2, max].map((v) =>
    h("g", {}, h("line", { x1: left, x2: width - right, y1: y(v).toFixed(1), y2: y(v).toFixed(1), stroke: "#c8c8c8" }), h("text", { x: left - 6, y: (y(v) + 4).toFixed(1), "text-anchor": "end", "font-size": 11 }, Number.isInteger(v) ? v : v.toFixed(1))),
  );
  const labels = points.map(([first, second], i) =>
    h("text", { x: x(i).toFixed(1), y: top + plotHeight + 16, "text-anchor": "middle", "font-size": 10 }, first, h("tspan", { x: x(i).toFixed(1), dy: 13 }, second)),
  );
  const lines = series.map((s) =>
    h(
      "g",
      {},
      s.values.length > 1 ? h("polyline", { points: s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" "), fill: "none", stroke: s.color, "stroke-width": 2, "stroke-dasharray": s.dash || undefined }) : null,
      s.values.map((v, i) => markerAt(s.marker, x(i), y(v), s.color)),
    ),
  );
  const swatch = (style: SeriesStyle, i: number, at: number) => {
    const s = series[i]!;
    return h("g", {}, h("line", { x1: at, x2: at + 18, y1: 8, y2: 8, stroke: s.color, "stroke-width": 2, "stroke-dasharray": s.dash || undefined }), markerAt(s.marker, at + 9, 8, s.color));
  };
  return frame(chart, height, legend(series.map((s) => ({ ...s, fill: "plain" as const })), 2, swatch), fragment(ticks), fragment(lines), fragment(labels));
}
