import { Text } from "@fluentui/react-components";
import { useCallback } from "react";
import { listText } from "../../domain/i18n/glossary";
import type { RecordInput } from "../../domain/records";
import { TABLES, columnSpec, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { FieldControl } from "./FieldControl";
import { RecordFormFrame } from "./RecordFormFrame";
import type { FormValues } from "./use-draft";
import { fieldId } from "./use-record-form";
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
const QUICK_FIELDS = ["category", "type", "phone"];

/** A customer added from within another form: what that form already holds is not asked again. */
export interface QuickCustomer {
  /**
   * The register's fields typed in the other form, by the register's column key: the name typed in its customer
   * picker, and the contact fields the record shares with the register (contact, phone, address).
   */
  readonly given: FormValues;
  /** The element where each given field is typed, for the error summary's links and the focus. */
  readonly givenAt: (field: string) => string;
  /** Back to the other form, adding nobody. */
  readonly onCancel: () => void;
}

const NOTHING_GIVEN: FormValues = {};

export interface CustomerFormProps {
  readonly ledger: Ledger;
  readonly onSaved: (id: string, name: string) => void;
  /** The short form shown inside another form, its name (and contact details) already typed there. */
  readonly quick?: QuickCustomer;
}

/** A customer for the register: the full form on the Record screen, or a quick one inside another form. */
export function CustomerForm({ ledger, onSaved, quick }: CustomerFormProps) {
  const { t, language } = useI18n();
  const given = quick?.given ?? NOTHING_GIVEN;
  const givenAt = quick?.givenAt;
  const initial = useCallback((): FormValues => ({ name: "" }), []);
  const toInput = useCallback((values: FormValues): RecordInput => ({ ...values, ...given }), [given]);
  const elementIdOf = useCallback(
    (field: string) => (field in given && givenAt ? givenAt(field) : fieldId("customerQuick", field)),
    [given, givenAt],
  );
  const { form, frame } = useNewRecord(
    quick
      ? { name: "customerQuick", table: TABLE, workbookLanguage: ledger.language, initial, toInput, elementIdOf }
      : { name: "customer", table: TABLE, workbookLanguage: ledger.language, initial },
    ledger.plan,
    (id, row) => onSaved(id, String(row.name)),
  );

  if (!quick) {
    return (
      <RecordFormFrame {...frame} label={t("record.form.customer")}>
        {FIELDS.map((key) => (
          <FieldControl key={key} form={form} column={columnSpec(TABLE, key)} />
        ))}
      </RecordFormFrame>
    );
  }
  const shared = Object.keys(given).filter((key) => key !== "name" && given[key].trim() !== "");
  const cancel = () => {
    form.reset(); // forgets the quick form's draft: nobody is half-added
    quick.onCancel();
  };
  return (
    <RecordFormFrame
      {...frame}
      label={t("customer.quickTitle")}
      submitLabel={t("customer.add")}
      nested
      onCancel={cancel}
    >
      <Text>
        {t("customer.quickIntro", { name: String(given.name ?? "").trim() })}{" "}
        {shared.length > 0 &&
          t("customer.quickShared", {
            fields: listText(
              language,
              shared.map((key) => headerOf(columnSpec(TABLE, key), language)),
            ),
          })}
      </Text>
      {QUICK_FIELDS.filter((key) => !(key in given)).map((key) => (
        <FieldControl key={key} form={form} column={columnSpec(TABLE, key)} />
      ))}
    </RecordFormFrame>
  );
}
