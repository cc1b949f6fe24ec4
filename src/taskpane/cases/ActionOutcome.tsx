import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { useShowRecord } from "../forms/use-show-record";
import { useI18n } from "../i18n";
import type { CaseOutcome } from "./case-outcome";

/** What the last action saved, with "Show in sheet"; focusable, so focus can land here when the case is gone. */
export const ActionOutcome = forwardRef<HTMLDivElement, { outcome: CaseOutcome; plan: WorkbookPlan }>(
  function ActionOutcome({ outcome, plan }, ref) {
    const { t } = useI18n();
    const shown = useShowRecord(plan, outcome.table);
    return (
      <div ref={ref} tabIndex={-1}>
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {outcome.message}{" "}
            <Link as="button" onClick={() => shown.show(outcome.id)}>
              {t("form.showInSheet")}
            </Link>
            {shown.problem && <div>{t("form.showFailed", { reason: shown.problem })}</div>}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  },
);
