import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { KeyboardEvent } from "react";
import { useI18n } from "../i18n";
import { CaseBadges } from "./CaseBadges";
import { CaseParticulars } from "./CaseParticulars";
import { CloseComplaint } from "./CloseComplaint";
import { CloseFeedback } from "./CloseFeedback";
import { ComplaintHandling } from "./ComplaintHandling";
import { DispatchActions } from "./DispatchActions";
import { FeedbackReply } from "./FeedbackReply";
import { FollowUpCall } from "./FollowUpCall";
import { ReminderSlips } from "./ReminderSlips";
import { ReopenComplaint } from "./ReopenComplaint";
import type { CaseActionProps } from "./case-action-props";
import { kindLabel, statusLabel } from "./case-labels";

export const CASE_HEADING_ID = "case-detail-heading";

const useStyles = makeStyles({
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  back: { alignSelf: "flex-start" },
});

function ComplaintActions(props: CaseActionProps) {
  const closed = props.openCase.status === "closed";
  return (
    <>
      {closed ? <FollowUpCall {...props} /> : <ComplaintHandling {...props} />}
      {closed ? <ReopenComplaint {...props} /> : <CloseComplaint {...props} />}
      <ReminderSlips {...props} />
    </>
  );
}

/**
 * One case, what it is about, and what can be done about it. A closed complaint waits only for its follow-up call
 * (and may be reopened); an open one is handled, closed and chased with reminder slips. Escape goes back to the list.
 */
export function CaseDetail(props: CaseActionProps & { onBack: () => void }) {
  const { openCase, onBack } = props;
  const i18n = useI18n();
  const { t, language } = i18n;
  const styles = useStyles();
  // Where the case stands; who and what it concerns are its particulars below.
  const facts: string[] = [];
  if (openCase.status) facts.push(statusLabel(openCase.status, language));
  if (openCase.severity === "major") facts.push(t("cases.major"));
  if (openCase.urgent) facts.push(t("cases.urgent"));
  const goBackOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onBack();
  };

  return (
    <section className={styles.detail} aria-labelledby={CASE_HEADING_ID} onKeyDown={goBackOnEscape}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        {t("cases.back")}
      </Button>
      <Text as="h3" id={CASE_HEADING_ID} tabIndex={-1} size={500} weight="semibold" className={styles.heading}>
        {`${kindLabel(openCase.kind, i18n)} ${openCase.id}`}
      </Text>
      {facts.length > 0 && <Text>{facts.join(" · ")}</Text>}
      <CaseBadges badges={openCase.badges} />
      <CaseParticulars openCase={openCase} />
      {openCase.kind === "complaint" && <ComplaintActions {...props} />}
      {openCase.kind === "feedback" && (
        <>
          <FeedbackReply {...props} />
          <CloseFeedback {...props} />
        </>
      )}
      {openCase.kind === "surveyDispatch" && <DispatchActions openCase={openCase} />}
    </section>
  );
}
