import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type CaseFilter, type CaseSources, type OpenCase, filterCases, openCases } from "../../domain/cases";
import type { Ledger } from "../../excel/read-ledger";
import { serialOfDate } from "../forms/date-text";
import { useSearchFolding } from "../use-search-folding";
import { ActionOutcome } from "./ActionOutcome";
import { CASE_HEADING_ID, CaseDetail } from "./CaseDetail";
import { CaseFilters } from "./CaseFilters";
import { CaseList } from "./CaseList";
import { caseButtonId, caseKey } from "./case-key";
import type { CaseOutcome } from "./case-outcome";

const useStyles = makeStyles({ board: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

function sourcesOf(ledger: Ledger): CaseSources {
  const { records } = ledger;
  return {
    complaints: records.complaints ?? [],
    feedback: records.feedback ?? [],
    surveyDispatch: records.surveyDispatch ?? [],
    surveyReturns: records.surveyReturns ?? [],
  };
}

/** Where focus goes after the next render: the opened case, the case one came back to, or what was saved. */
type FocusTarget = { readonly elementId: string } | "outcome";

export interface CaseBoardProps {
  readonly ledger: Ledger;
  readonly now: () => Date;
  /** Reads the ledger again, after an action saved. */
  readonly reload: () => void;
}

/**
 * The list of open cases and, in its place when one is chosen, that case's actions: one column, so it works at
 * the narrowest task pane. After an action the ledger is read again and the list shows the case as it now stands.
 */
export function CaseBoard({ ledger, now, reload }: CaseBoardProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<CaseFilter>({});
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<CaseOutcome | undefined>(undefined);
  const [focus, setFocus] = useState<FocusTarget | undefined>(undefined);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const cases = useMemo(
    () =>
      openCases(sourcesOf(ledger), {
        now: serialOfDate(now()),
        deadlines: ledger.settings.plan.deadlines,
        holidays: ledger.settings.holidays,
      }),
    [ledger, now],
  );
  // The folding table's version: the list is filtered again when the Traditional/Simplified table arrives.
  const folding = useSearchFolding(filter.text ?? "");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- folding changes what filterCases finds, not its inputs
  const shown = useMemo(() => filterCases(cases, filter), [cases, filter, folding]);
  const current = cases.find((found) => caseKey(found) === selected);
  const serialNow = useCallback(() => serialOfDate(now()), [now]);

  useEffect(() => {
    if (focus === undefined) return;
    const element = focus === "outcome" ? outcomeRef.current : document.getElementById(focus.elementId);
    element?.focus();
    setFocus(undefined);
  }, [focus]);

  const open = (found: OpenCase) => {
    setOutcome(undefined);
    setSelected(caseKey(found));
    setFocus({ elementId: CASE_HEADING_ID });
  };
  const back = () => {
    if (current) setFocus({ elementId: caseButtonId(current) });
    setSelected(undefined);
  };
  const done = (saved: CaseOutcome) => {
    setOutcome(saved);
    setFocus("outcome");
    reload();
  };

  return (
    <div className={styles.board}>
      {outcome && <ActionOutcome ref={outcomeRef} outcome={outcome} plan={ledger.plan} onUndone={reload} />}
      {current ? (
        <CaseDetail
          // A fresh form once the saved row is read back, so it shows what the sheet now holds.
          key={`${caseKey(current)}:${JSON.stringify(current.record)}`}
          ledger={ledger}
          openCase={current}
          now={serialNow}
          onDone={done}
          onBack={back}
        />
      ) : (
        <>
          <CaseFilters cases={cases} filter={filter} onChange={setFilter} />
          <CaseList cases={shown} total={cases.length} onOpen={open} />
        </>
      )}
    </div>
  );
}
