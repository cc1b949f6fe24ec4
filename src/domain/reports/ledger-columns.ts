/** The ledger's columns a report formula reads, as structured references in the workbook's language. */
import type { TableKey } from "../schema";
import { type WorkbookPlan, tablePlan } from "../workbook-plan";
import { escapeColumnName, wholeColumn } from "../workbook-plan/structured-reference";

export interface LedgerColumns {
  readonly dispatch: { readonly period: string; readonly sentAt: string; readonly onTime: string };
  readonly returns: {
    readonly period: string;
    readonly customer: string;
    readonly total: string;
    /** Module score columns by module key. */
    readonly modules: { readonly [moduleKey: string]: string };
    /** Item columns by item code. */
    readonly items: { readonly [code: string]: string };
    /** Every item column side by side, first to last (they are contiguous in SurveyReturns). */
    readonly itemBlock: string;
  };
  readonly complaints: {
    readonly receivedAt: string;
    readonly status: string;
    readonly contentClass: string;
    readonly nature: string;
    readonly replyDue: string;
    readonly replyDone: string;
    readonly proposalDue: string;
    readonly proposalDone: string;
    readonly eightDDue: string;
    readonly eightDDone: string;
  };
}

export function ledgerColumns(plan: WorkbookPlan): LedgerColumns {
  const column = (table: TableKey) => {
    const planned = tablePlan(plan, table);
    const header = (key: string) => {
      const found = planned.columns.find((candidate) => candidate.key === key);
      if (!found) throw new Error(`The table ${planned.name} has no column "${key}".`);
      return found.header;
    };
    return { name: planned.name, header, ref: (key: string) => wholeColumn(planned.name, header(key)) };
  };
  const dispatch = column("surveyDispatch");
  const returns = column("surveyReturns");
  const complaints = column("complaints");
  const itemKeys = tablePlan(plan, "surveyReturns")
    .columns.filter((planned) => planned.key.startsWith("item_"))
    .map((planned) => planned.key);
  const span = (first: string, last: string) =>
    `${returns.name}[[${escapeColumnName(returns.header(first))}]:[${escapeColumnName(returns.header(last))}]]`;
  return {
    dispatch: { period: dispatch.ref("period"), sentAt: dispatch.ref("sentAt"), onTime: dispatch.ref("onTime") },
    returns: {
      period: returns.ref("period"),
      customer: returns.ref("customer"),
      total: returns.ref("total"),
      modules: Object.fromEntries(
        tablePlan(plan, "surveyReturns")
          .columns.filter((planned) => planned.key.startsWith("module_"))
          .map((planned) => [planned.key.slice("module_".length), returns.ref(planned.key)]),
      ),
      items: Object.fromEntries(itemKeys.map((key) => [key.slice("item_".length), returns.ref(key)])),
      itemBlock: span(itemKeys[0], itemKeys[itemKeys.length - 1]),
    },
    complaints: {
      receivedAt: complaints.ref("receivedAt"),
      status: complaints.ref("status"),
      contentClass: complaints.ref("contentClass"),
      nature: complaints.ref("nature"),
      replyDue: complaints.ref("replyDue"),
      replyDone: complaints.ref("replyDone"),
      proposalDue: complaints.ref("proposalDue"),
      proposalDone: complaints.ref("proposalDone"),
      eightDDue: complaints.ref("eightDDue"),
      eightDDone: complaints.ref("eightDDone"),
    },
  };
}
