import { Button, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { TABLES } from "../../domain/schema";
import { useI18n } from "../i18n";
import { ActionProblems } from "./ActionProblems";
import { ActionSection } from "./ActionSection";
import type { CaseActionProps } from "./case-action-props";
import { useCaseChange } from "./use-case-change";

/** Closes handled feedback now (REQ 4: a request gets a handling status and a closing date). */
export function CloseFeedback({ ledger, openCase, now, onDone }: CaseActionProps) {
  const { t } = useI18n();
  const change = useCaseChange(ledger, TABLES.feedback);

  const close = async () => {
    if (await change.apply(openCase.record, { status: "closed", closedAt: now() })) {
      onDone({ message: t("cases.closed", { id: openCase.id }), table: "feedback", id: openCase.id });
    }
  };

  return (
    <ActionSection title={t("cases.feedback.close")}>
      <Text>{t("cases.feedback.closeHint")}</Text>
      <div>
        <Button
          icon={<CheckmarkCircleRegular />}
          disabled={change.state.status === "saving"}
          onClick={() => void close()}
        >
          {t("cases.feedback.closeAction")}
        </Button>
      </div>
      <ActionProblems problem={change.problem} state={change.state} />
    </ActionSection>
  );
}
