import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { CommentCheckmarkRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { type LedgerRecord, answerReminder, choiceOf, dateIn } from "../../domain/cases";
import { TABLES, choiceLabel, columnSpec, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { serialText } from "../forms/date-text";
import { useI18n } from "../i18n";
import { ActionProblems } from "./ActionProblems";
import type { CaseOutcome } from "./case-outcome";
import { useCaseChange } from "./use-case-change";

const TABLE = TABLES.reminders;

export interface AnswerReminderProps {
  readonly ledger: Ledger;
  readonly slip: LedgerRecord;
  readonly now: () => number;
  readonly onDone: (outcome: CaseOutcome) => void;
}

/** The department's reason for the delay, written on its open reminder slip (REQ 27). */
export function AnswerReminder({ ledger, slip, now, onDone }: AnswerReminderProps) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState("");
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const change = useCaseChange(ledger, TABLE);
  const id = String(slip.id ?? "");
  const step = choiceOf(slip, "overdueStep", "dueStep");
  const department = choiceOf(slip, "department", "department");
  const issuedAt = dateIn(slip, "issuedAt");
  const facts = [
    id,
    step ? choiceLabel("dueStep", step, language) : "",
    department ? choiceLabel("department", department, language) : "",
    issuedAt === null ? "" : serialText(issuedAt, true),
  ];

  const answer = async () => {
    const result = answerReminder(slip, reason, now());
    if (!result.ok) return setRefusal(t(result.reason));
    setRefusal(undefined);
    if (await change.apply(slip, result.changes)) {
      onDone({ message: t("cases.reminder.answered", { id }), table: TABLE.key, id });
    }
  };

  return (
    <li>
      <Text weight="semibold">{facts.filter(Boolean).join(" · ")}</Text>
      <Field
        label={`${headerOf(columnSpec(TABLE, "reason"), language)} (${id})`}
        required
        validationState={refusal ? "error" : "none"}
        validationMessage={refusal}
      >
        <Textarea value={reason} resize="vertical" onChange={(_, data) => setReason(data.value)} />
      </Field>
      <div>
        <Button
          icon={<CommentCheckmarkRegular />}
          disabled={change.state.status === "saving"}
          onClick={() => void answer()}
        >
          {t("cases.reminder.answer")}
        </Button>
      </div>
      <ActionProblems problem={change.problem} state={change.state} />
    </li>
  );
}
