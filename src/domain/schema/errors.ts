/** A schema asked for something it does not describe, or an instrument that cannot become table columns. */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
}
