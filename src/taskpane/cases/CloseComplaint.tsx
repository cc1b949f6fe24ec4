import { Button, Checkbox, Field } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { closeComplaint } from "../../domain/cases";
import { TABLES } from "../../domain/schema";
import { useI18n } from "../i18n";
import { ActionProblems } from "./ActionProblems";
import { ActionSection } from "./ActionSection";
import type { CaseActionProps } from "./case-action-props";
import { useCaseChange } from "./use-case-change";

/** Closing a complaint needs the effectiveness check (REQ 30); a major one also the director's approval (REQ 26). */
export function CloseComplaint({ ledger, openCase, now, onDone }: CaseActionProps) {
  const { t } = useI18n();
  const checkbox = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const change = useCaseChange(ledger, TABLES.complaints);
  const saving = change.state.status === "saving";

  const close = async () => {
    const result = closeComplaint(openCase.record, { now: now(), effectivenessChecked: checked });
    if (!result.ok) {
      setRefusal(t(result.reason));
      if (result.reason === "cases.effectivenessNotChecked") checkbox.current?.focus();
      return;
    }
    setRefusal(undefined);
    if (await change.apply(openCase.record, result.changes)) {
      onDone({ message: t("cases.closed", { id: openCase.id }), table: "complaints", id: openCase.id });
    }
  };

  return (
    <ActionSection title={t("cases.close.title")}>
      <Field
        required
        validationState={refusal ? "error" : "none"}
        validationMessage={refusal}
        hint={refusal ? undefined : t("cases.close.hint")}
      >
        <Checkbox
          ref={checkbox}
          checked={checked}
          onChange={(_, data) => {
            setChecked(data.checked === true);
            setRefusal(undefined);
          }}
          label={t("cases.close.effectiveness")}
        />
      </Field>
      <div>
        <Button icon={<CheckmarkCircleRegular />} disabled={saving} onClick={() => void close()}>
          {t("cases.close.action")}
        </Button>
      </div>
      <ActionProblems problem={change.problem} state={change.state} />
    </ActionSection>
  );
}
