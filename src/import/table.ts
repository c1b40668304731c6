/**
 * What every reader hands the mapping: the tables of a file as rectangular grids of text, merged cells
 * already resolved (a merged cell's text stands in every slot it covers, `spanned` marking the copies),
 * each with the text just before it (its title, in published documents).
 */
export interface Cell {
  text: string;
  /** a copy of a merged cell's text, not the cell where it was written. */
  spanned: boolean;
}

export interface RawTable {
  /** where it is, as the report names it: "表1", "工作表「Sheet1」". */
  label: string;
  /** text lines just before the table, nearest last (title, attachment label). */
  before: string[];
  rows: Cell[][];
}

/** A cell as written in its container, before merges are resolved. */
export interface PlacedCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/**
 * Rows of cells with spans → a grid, by the HTML table model's slot filling (also right for Word's
 * gridSpan/vMerge once vMerge runs are counted as rowspans). `limit` bounds the grid's slots so a
 * hostile rowspan="65534" costs nothing.
 */
export function gridOf(rows: readonly PlacedCell[][], limit: { rows: number; columns: number }): Cell[][] {
  const grid: Cell[][] = [];
  rows.forEach((cells, r) => {
    const row = (grid[r] ??= []);
    let c = 0;
    for (const cell of cells) {
      while (row[c]) c++;
      const colspan = Math.max(1, Math.min(cell.colspan, limit.columns - c));
      const rowspan = Math.max(1, Math.min(cell.rowspan, rows.length - r, limit.rows));
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan && c + dc < limit.columns; dc++) target[c + dc] = { text: cell.text, spanned: dr > 0 || dc > 0 };
      }
      c += colspan;
    }
  });
  const width = Math.min(limit.columns, Math.max(0, ...grid.map((r) => r.length)));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { text: "", spanned: false }));
}
