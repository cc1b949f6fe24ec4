import { useCallback } from "react";
import { TABLES, columnSpec } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { FieldControl } from "./FieldControl";
import { RecordFormFrame } from "./RecordFormFrame";
import type { FormValues } from "./use-draft";
import { useNewRecord } from "./use-new-record";

const TABLE = TABLES.customers;
/** The register's columns in the order a person fills them in (REQ 5, 11). */
const FIELDS = [
  "name",
  "category",
  "type",
  "contact",
  "phone",
  "email",
  "address",
  "region",
  "since",
  "birthday",
  "notes",
];
/** Enough to call a customer back; the rest can be filled in later in the sheet. */
const QUICK_FIELDS = ["name", "category", "type", "phone"];

export interface CustomerFormProps {
  readonly ledger: Ledger;
  readonly onSaved: (id: string, name: string) => void;
  /** The short form shown inside another form, its name already typed there. */
  readonly quick?: { readonly name: string };
}

/** A customer for the register: the full form on the Record screen, or a quick one inside another form. */
export function CustomerForm({ ledger, onSaved, quick }: CustomerFormProps) {
  const { t } = useI18n();
  const quickName = quick?.name ?? "";
  const initial = useCallback((): FormValues => ({ name: quickName }), [quickName]);
  const { form, frame } = useNewRecord(
    { name: quick ? "customerQuick" : "customer", table: TABLE, workbookLanguage: ledger.language, initial },
    ledger.plan,
    (id, row) => onSaved(id, String(row.name)),
  );

  return (
    <RecordFormFrame
      {...frame}
      label={t(quick ? "customer.quickTitle" : "record.form.customer")}
      submitLabel={quick ? t("customer.add") : undefined}
      nested={quick !== undefined}
    >
      {(quick ? QUICK_FIELDS : FIELDS).map((key) => (
        <FieldControl key={key} form={form} column={columnSpec(TABLE, key)} />
      ))}
    </RecordFormFrame>
  );
}
