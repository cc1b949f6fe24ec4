import { type TableSpec, columnSpec } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { CustomerPicker } from "./CustomerPicker";
import { FieldControl } from "./FieldControl";
import { Fields } from "./Fields";
import { FormSection } from "./FormSection";
import type { RecordForm } from "./use-record-form";

export interface IntakeSectionProps {
  readonly title: string;
  readonly form: RecordForm;
  /** A table with receivedAt, channel and customer columns (feedback, complaints). */
  readonly table: TableSpec;
  /** The contact columns that follow the customer. */
  readonly contact: readonly string[];
  readonly ledger: Ledger;
  readonly onCustomerAdded: () => void;
}

/** When, how and from whom a case came in: the first section of the feedback and complaint forms. */
export function IntakeSection({ title, form, table, contact, ledger, onCustomerAdded }: IntakeSectionProps) {
  return (
    <FormSection title={title}>
      <FieldControl form={form} column={columnSpec(table, "receivedAt")} />
      <FieldControl form={form} column={columnSpec(table, "channel")} />
      <CustomerPicker
        form={form}
        column={columnSpec(table, "customer")}
        ledger={ledger}
        onCustomerAdded={onCustomerAdded}
        shared={contact}
      />
      <Fields form={form} table={table} keys={contact} />
    </FormSection>
  );
}
