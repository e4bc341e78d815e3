import ExcelJS from 'exceljs';
import { csvColumns } from '../../lib/register/csv-columns.ts';
import type { Register } from '../../lib/register/load-register.ts';

/**
 * The register as an Excel workbook with the columns of /data/register.csv, for the register team
 * to edit in a spreadsheet and import again (`npm run register:import -- register.xlsx`): one sheet,
 * a frozen header row, coordinates as numbers and everything else as text, so that a spreadsheet
 * does not turn ids, dates or "P30D" into something else. Cells are values, never formulas.
 */
export async function registerXlsx(register: Register, locales: readonly string[]): Promise<Buffer> {
  const columns = csvColumns(locales);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.name,
    key: column.name,
    width: Math.min(40, Math.max(12, column.name.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of register.entries) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.get(entry);
        return (column.name === 'lat' || column.name === 'lng') && value !== '' ? Number(value) : value;
      }),
    );
  }
  sheet.eachRow((row, number) => {
    if (number > 1) row.eachCell((cell) => (cell.numFmt = typeof cell.value === 'number' ? '0.000000' : '@'));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
