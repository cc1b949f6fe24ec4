import { Text } from "@fluentui/react-components";
import type { OpenCase } from "../../domain/cases";
import { serialText } from "../forms/date-text";
import { useI18n } from "../i18n";
import { ActionSection } from "./ActionSection";

/** A survey form awaiting return: when it is due back, and where its return is recorded (REQ 18, 25). */
export function DispatchActions({ openCase }: { openCase: OpenCase }) {
  const { t } = useI18n();
  const due = openCase.badges.find((badge) => badge.step === "return")?.due;
  return (
    <ActionSection title={t("cases.dispatch.title")}>
      {due !== undefined && <Text>{t("cases.dispatch.dueBack", { due: serialText(due, true) })}</Text>}
      <Text>{t("cases.dispatch.recordReturn", { form: t("record.form.surveyReturn") })}</Text>
    </ActionSection>
  );
}
