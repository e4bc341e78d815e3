/** A problem with the input itself (its file, a row or a column), before any entry is checked. */
export interface InputProblem {
  where: string;
  column: string;
  message: string;
}
