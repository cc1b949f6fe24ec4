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
import { type ColumnSpec, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { CustomerForm } from "./CustomerForm";
import { customerEntries, isRegistered, searchCustomers } from "./customer-search";
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
}

/**
 * The customer of a record, searched in the register as one types (name, id or phone). A name that is not in the
 * register can be added on the spot with a quick customer form.
 */
export function CustomerPicker({ form, column, ledger, onCustomerAdded }: CustomerPickerProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const customers = useMemo(() => customerEntries(ledger.records.customers ?? []), [ledger]);
  const value = form.values[column.key] ?? "";
  const matches = useMemo(() => searchCustomers(customers, value), [customers, value]);
  const [listOpen, setListOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string } | undefined>(undefined);
  const error = form.messages.get(column.key);
  const unknown = value.trim() !== "" && !isRegistered(customers, value);

  return (
    <>
      <Field
        label={headerOf(column, language)}
        required={column.required}
        validationState={error ? "error" : unknown ? "warning" : "none"}
        validationMessage={error ?? (unknown ? t("customer.notRegistered", { name: value.trim() }) : undefined)}
        hint={t("customer.searchHint")}
      >
        <Combobox
          id={fieldId(form.name, column.key)}
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
      {adding && (
        <div className={styles.quick}>
          <CustomerForm
            ledger={ledger}
            quick={{ name: value.trim() }}
            onSaved={(id, name) => {
              setAdding(false);
              setAdded({ id, name });
              form.set(column.key, name);
              onCustomerAdded();
            }}
          />
        </div>
      )}
    </>
  );
}
