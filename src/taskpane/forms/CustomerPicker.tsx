import {
  Button,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { type ColumnSpec, TABLES, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { CustomerForm, type QuickCustomer } from "./CustomerForm";
import { typedChangeNote } from "./FieldControl";
import type { FormValues } from "./use-draft";
import { customerEntries, isRegistered, useCustomerSearch } from "./customer-search";
import { type RecordForm, fieldId } from "./use-record-form";

const useStyles = makeStyles({
  quick: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
});

export interface CustomerPickerProps {
  readonly form: RecordForm;
  readonly column: ColumnSpec;
  readonly ledger: Ledger;
  /** A customer was added to the register: the ledger should be read again. */
  readonly onCustomerAdded: () => void;
  /**
   * The contact fields of the form that the register has too (contact, phone, address): a customer added on the
   * spot takes them from the form instead of asking for them again.
   */
  readonly shared?: readonly string[];
}

const NO_SHARED: readonly string[] = [];

/**
 * The customer of a record, searched in the register as one types (name, id or phone). A name that is not in the
 * register can be added on the spot with a quick customer group, which asks only what the form does not hold.
 */
export function CustomerPicker({ form, column, ledger, onCustomerAdded, shared = NO_SHARED }: CustomerPickerProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const customers = useMemo(() => customerEntries(ledger.records.customers ?? []), [ledger]);
  const value = form.values[column.key] ?? "";
  const matches = useCustomerSearch(customers, value);
  const [listOpen, setListOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string } | undefined>(undefined);
  const id = fieldId(form.name, column.key);
  const error = form.messages.get(column.key);
  const unknown = value.trim() !== "" && !isRegistered(customers, value);
  const note = typedChangeNote(column, value, t);
  const notRegistered = unknown ? t("customer.notRegistered", { name: value.trim() }) : undefined;
  const warning = [note, notRegistered].filter(Boolean).join(" ");

  // The quick group asks only for what this form does not hold: the name is the picker's, the contact fields
  // this form shares with the register are taken from it.
  const registerKeys = new Set(TABLES.customers.columns.map((spec) => spec.key));
  const given: FormValues = Object.fromEntries([
    ["name", value],
    ...shared.filter((key) => registerKeys.has(key)).map((key) => [key, form.values[key] ?? ""]),
  ]);
  const backToPicker = () => {
    setAdding(false);
    document.getElementById(id)?.focus();
  };
  const quick: QuickCustomer = {
    given,
    givenAt: (field) => (field === "name" ? id : fieldId(form.name, field)),
    onCancel: backToPicker,
  };

  return (
    <>
      <Field
        label={headerOf(column, language)}
        required={column.required}
        validationState={error ? "error" : warning ? "warning" : "none"}
        validationMessage={error ?? (warning || undefined)}
        hint={error && note ? note : t("customer.searchHint")}
      >
        <Combobox
          id={id}
          freeform
          value={value}
          selectedOptions={isRegistered(customers, value) ? [value] : []}
          open={listOpen && matches.length > 0}
          onOpenChange={(_, data) => setListOpen(data.open)}
          onChange={(event) => {
            form.set(column.key, event.target.value);
            setListOpen(true); // typing searches: show what matches
          }}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) form.set(column.key, data.optionValue);
            setListOpen(false);
          }}
          onBlur={() => form.visit(column.key)}
        >
          {matches.map((customer) => (
            <Option key={customer.id || customer.name} value={customer.name} text={customer.name}>
              {[customer.name, customer.id, customer.phone].filter(Boolean).join(" · ")}
            </Option>
          ))}
        </Combobox>
      </Field>
      {added && added.name === value.trim() && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("customer.added", added)}</MessageBarBody>
        </MessageBar>
      )}
      {unknown && !adding && (
        <div>
          <Button icon={<PersonAddRegular />} onClick={() => setAdding(true)}>
            {t("customer.addNamed", { name: value.trim() })}
          </Button>
        </div>
      )}
      {unknown && adding && (
        <div className={styles.quick}>
          <CustomerForm
            ledger={ledger}
            quick={quick}
            onSaved={(newId, name) => {
              setAdded({ id: newId, name });
              form.set(column.key, name);
              backToPicker();
              onCustomerAdded();
            }}
          />
        </div>
      )}
    </>
  );
}
