import { Button, Field, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { CallRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { type FollowUpOutcome, type FollowUpRecorded, choiceOf, recordFollowUp } from "../../domain/cases";
import { fieldErrorMessage, validateUpdate } from "../../domain/records";
import { TABLES, choiceLabel, choiceList, columnSpec, headerOf } from "../../domain/schema";
import { serialText } from "../forms/date-text";
import { fieldId } from "../forms/use-record-form";
import { useI18n } from "../i18n";
import { ActionProblems } from "./ActionProblems";
import { ActionSection } from "./ActionSection";
import { AttachedComplaintForm, type AttachedComplaintProps } from "./AttachedComplaintForm";
import type { CaseActionProps } from "./case-action-props";
import { useCaseChange } from "./use-case-change";

const TABLE = TABLES.complaints;
const OUTCOMES: readonly FollowUpOutcome[] = ["satisfied", "dissatisfied", "notReached"];
const OUTCOME_LABELS = {
  satisfied: "cases.followUp.satisfied",
  dissatisfied: "cases.followUp.dissatisfied",
  notReached: "cases.followUp.notReachedOption",
} as const;

type Proposed = AttachedComplaintProps["recorded"];

function isOutcome(value: string): value is FollowUpOutcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

function proposesComplaint(recorded: FollowUpRecorded): recorded is Proposed {
  return recorded.newComplaint !== undefined;
}

/**
 * The call after closing (REQ 24, 31): reached and satisfied, reached and dissatisfied — a new complaint attached
 * to this one (REQ 28) — or not reached, to be called again at another time.
 */
export function FollowUpCall({ ledger, openCase, now, onDone }: CaseActionProps) {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<FollowUpOutcome | "">("");
  const [satisfaction, setSatisfaction] = useState("");
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const [proposed, setProposed] = useState<Proposed | undefined>(undefined);
  const change = useCaseChange(ledger, TABLE);
  const record = openCase.record;
  const triedBefore = choiceOf(record, "followUpResult", "followUpResult") === "notReached";
  const outcomeId = `followUp-${openCase.id}-outcome`;

  useEffect(() => {
    if (proposed) document.getElementById(fieldId(`attachedComplaint-${openCase.id}`, "description"))?.focus();
  }, [proposed, openCase.id]);

  const choose = (next: FollowUpOutcome) => {
    setOutcome(next);
    setRefusal(undefined);
    if (next !== "dissatisfied") setProposed(undefined);
  };

  const save = async () => {
    if (outcome === "") return setRefusal(t("cases.followUp.chooseOutcome"));
    const result = recordFollowUp(record, {
      now: now(),
      outcome,
      satisfaction: satisfaction === "" || outcome === "notReached" ? undefined : satisfaction,
      holidays: ledger.settings.holidays,
    });
    if (!result.ok) return setRefusal(t(result.reason));
    setRefusal(undefined);
    if (proposesComplaint(result)) {
      // The original must take the follow-up before a new complaint is attached to it: check that first.
      const check = validateUpdate(TABLE, record, result.changes, { language: ledger.language });
      if (!check.ok) return setRefusal(check.errors.map((error) => fieldErrorMessage(error, language)).join(" "));
      return setProposed(result);
    }
    if (!(await change.apply(record, result.changes))) return;
    const message =
      result.callAgainAt === undefined
        ? t("cases.followUp.recorded", { id: openCase.id })
        : t("cases.followUp.callAgain", { id: openCase.id, at: serialText(result.callAgainAt, true) });
    onDone({ message, table: TABLE.key, id: openCase.id });
  };

  return (
    <ActionSection title={t("cases.followUp.title")}>
      {triedBefore && <Text>{t("cases.followUp.triedBefore")}</Text>}
      <Field
        label={t("cases.followUp.outcome")}
        id={outcomeId}
        required
        validationState={refusal ? "error" : "none"}
        validationMessage={refusal}
      >
        <RadioGroup value={outcome} onChange={(_, data) => isOutcome(data.value) && choose(data.value)}>
          {OUTCOMES.map((key) => (
            <Radio key={key} value={key} label={t(OUTCOME_LABELS[key])} />
          ))}
        </RadioGroup>
      </Field>
      {outcome !== "notReached" && (
        <Field label={headerOf(columnSpec(TABLE, "handlingSatisfaction"), language)}>
          <Select
            value={satisfaction}
            onChange={(_, data) => {
              setSatisfaction(data.value);
              setProposed(undefined);
            }}
          >
            <option value="">{t("form.choose")}</option>
            {choiceList("satisfactionLevel").choices.map((level) => (
              <option key={level.key} value={level.key}>
                {choiceLabel("satisfactionLevel", level.key, language)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!proposed && (
        <div>
          <Button icon={<CallRegular />} disabled={change.state.status === "saving"} onClick={() => void save()}>
            {t("cases.followUp.action")}
          </Button>
        </div>
      )}
      <ActionProblems problem={change.problem} state={change.state} />
      {proposed && <AttachedComplaintForm ledger={ledger} original={openCase} recorded={proposed} onDone={onDone} />}
    </ActionSection>
  );
}
