import { type TableSpec, columnSpec } from "../../domain/schema";
import { FieldControl } from "./FieldControl";
import type { RecordForm } from "./use-record-form";

/** Several columns of a table as plain fields, in the order given. */
export function Fields({ form, table, keys }: { form: RecordForm; table: TableSpec; keys: readonly string[] }) {
  return keys.map((key) => <FieldControl key={key} form={form} column={columnSpec(table, key)} />);
}
