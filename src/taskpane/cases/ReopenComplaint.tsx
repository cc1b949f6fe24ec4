import { Button, Text } from "@fluentui/react-components";
import { ArrowRepeatAllRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { reopenComplaint } from "../../domain/cases";
import { TABLES } from "../../domain/schema";
import { useI18n } from "../i18n";
import { ActionProblems } from "./ActionProblems";
import { ActionSection } from "./ActionSection";
import type { CaseActionProps } from "./case-action-props";
import { useCaseChange } from "./use-case-change";

/** The problem came back after closing: the complaint is handled again (REQ 30). */
export function ReopenComplaint({ ledger, openCase, now, onDone }: CaseActionProps) {
  const { t } = useI18n();
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const change = useCaseChange(ledger, TABLES.complaints);

  const reopen = async () => {
    const result = reopenComplaint(openCase.record, now());
    if (!result.ok) return setRefusal(t(result.reason));
    setRefusal(undefined);
    if (await change.apply(openCase.record, result.changes)) {
      onDone({ message: t("cases.reopened", { id: openCase.id }), table: "complaints", id: openCase.id });
    }
  };

  return (
    <ActionSection title={t("cases.reopen.title")}>
      <Text>{t("cases.reopen.hint")}</Text>
      <div>
        <Button
          icon={<ArrowRepeatAllRegular />}
          disabled={change.state.status === "saving"}
          onClick={() => void reopen()}
        >
          {t("cases.reopen.action")}
        </Button>
      </div>
      <ActionProblems problem={refusal ?? change.problem} state={change.state} />
    </ActionSection>
  );
}
