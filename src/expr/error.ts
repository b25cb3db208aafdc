/**
 * An error in an expression: what is wrong and where (a 0-based character offset into the
 * expression text). Parsing returns it as a value; evaluation throws it (an unknown column or a
 * type mismatch found against a concrete table), and checks turn it into an `error` outcome.
 */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}
