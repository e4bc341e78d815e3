/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): a cell
 * from the register that starts with one is prefixed with an apostrophe, which spreadsheets show
 * as text. Tab and carriage return are included because some programs strip them first.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Values that already start with apostrophe + formula character get one more, so reading back is exact. */
const ESCAPED = /^'+[=+\-@\t\r]/;

/** A cell value that no spreadsheet will run as a formula. */
export function neutralizeFormula(value: string): string {
  // A plain number (a negative longitude) is not a formula and stays usable as a number.
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return FORMULA_START.test(value) || ESCAPED.test(value) ? `'${value}` : value;
}

/** Undoes neutralizeFormula when reading this site's own CSV back. */
export function restoreFormulaPrefix(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}
