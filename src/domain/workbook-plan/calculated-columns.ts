/**
 * The native formulas of the calculated columns, built from the domain's formula templates (one rule each, shared
 * with VOC.DUE, VOC.SCORE, VOC.TOTAL, VOC.GRADE and the forms' previews) and structured references to the row.
 */
import {
  type ComplaintRefs,
  type FormulaLabels,
  complaintOnTimeFormula,
  complaintOverdueFormula,
  eightDDueFormula,
  replyDueFormula,
  surveyReturnDays,
} from "../case-deadlines";
import { dueFormula } from "../due-date";
import { gradeFormula } from "../grade";
import type { Language } from "../i18n/language";
import { onTimeFormula } from "../return-rate";
import { type ColumnSpec, type TableKey, SchemaError, choiceLabel, headerOf, tableSpec } from "../schema";
import { scoreFormula, totalFormula } from "../score";
import { exactCriterion, literalPattern } from "./exact-criterion";
import type { PlanSettings } from "./settings";
import { thisRow, thisRowSpan, wholeColumn } from "./structured-reference";

/** What a formula needs to know about the workbook. */
export interface FormulaContext {
  readonly language: Language;
  readonly settings: PlanSettings;
  /** The SurveyReturns columns of the instrument (surveyReturnColumns). */
  readonly surveyReturnColumns: readonly ColumnSpec[];
}

/** Formulas of one table's calculated columns, by column key. */
type TableFormulas = { readonly [columnKey: string]: string };

function header(table: TableKey, key: string, context: FormulaContext): string {
  const columns = table === "surveyReturns" ? context.surveyReturnColumns : tableSpec(table).columns;
  const found = columns.find((column) => column.key === key);
  if (!found) throw new SchemaError(`The table ${tableSpec(table).name} has no column "${key}".`);
  return headerOf(found, context.language);
}

/** `key`'s cell in the row, as a structured reference. */
function cell(table: TableKey, key: string, context: FormulaContext): string {
  return thisRow(tableSpec(table).name, header(table, key, context));
}

function holidays(context: FormulaContext): string {
  return wholeColumn(tableSpec("holidays").name, header("holidays", "date", context));
}

function labels(context: FormulaContext): FormulaLabels {
  return {
    yes: choiceLabel("yesNo", "yes", context.language),
    productQuality: choiceLabel("complaintContent", "productQuality", context.language),
  };
}

function feedbackFormulas(context: FormulaContext): TableFormulas {
  const at = (key: string) => cell("feedback", key, context);
  const { deadlines } = context.settings;
  return {
    replyDue: replyDueFormula(at("receivedAt"), at("urgent"), labels(context), deadlines, holidays(context)),
  };
}

function complaintFormulas(context: FormulaContext): TableFormulas {
  const at = (key: string) => cell("complaints", key, context);
  const refs: ComplaintRefs = {
    receivedAt: at("receivedAt"),
    urgent: at("urgent"),
    customerEightDDue: at("eightDCustomerDue"),
    closedAt: at("closedAt"),
    contentClass: at("contentClass"),
    replyDue: at("replyDue"),
    replyDone: at("replyDone"),
    proposalDue: at("proposalDue"),
    proposalDone: at("proposalDone"),
    eightDDue: at("eightDDue"),
    eightDDone: at("eightDDone"),
    followUpDue: at("followUpDue"),
    followUpDone: at("followUpDone"),
  };
  const { deadlines } = context.settings;
  const holidayDates = holidays(context);
  const reminders = tableSpec("reminders").name;
  return {
    notifyDue: dueFormula(refs.receivedAt, deadlines.notifyOwner, holidayDates),
    replyDue: replyDueFormula(refs.receivedAt, refs.urgent, labels(context), deadlines, holidayDates),
    proposalDue: dueFormula(refs.receivedAt, deadlines.proposal, holidayDates),
    eightDDue: eightDDueFormula(refs, deadlines, holidayDates),
    followUpDue: dueFormula(refs.closedAt, deadlines.followUp, holidayDates),
    onTime: complaintOnTimeFormula(refs),
    overdue: complaintOverdueFormula(refs, labels(context)),
    reminderCount: reminderCountFormula(at("id"), wholeColumn(reminders, header("reminders", "recordId", context))),
  };
}

/**
 * The slips naming the complaint's id. Ids can be typed into the table, so the id is matched literally, never as a
 * pattern; a row without an id has none (the criterion "=" would count the slips without a record id).
 */
function reminderCountFormula(id: string, recordIds: string): string {
  return `=IF(${id}="",0,COUNTIF(${recordIds},${exactCriterion(id)}))`;
}

function surveyDispatchFormulas(context: FormulaContext): TableFormulas {
  const at = (key: string) => cell("surveyDispatch", key, context);
  const returns = tableSpec("surveyReturns").name;
  const returnedColumn = wholeColumn(returns, header("surveyReturns", "returnedAt", context));
  const dispatchColumn = wholeColumn(returns, header("surveyReturns", "dispatchId", context));
  const { deadlines } = context.settings;
  return {
    dueBack: dueFormula(at("sentAt"), deadlines.surveyDueBack, holidays(context)),
    // The id looked up literally (MATCH(…,0) reads wildcards); a blank id matches no return.
    returnedAt: `=IFERROR(INDEX(${returnedColumn},MATCH(${literalPattern(at("id"))},${dispatchColumn},0)),"")`,
    onTime: onTimeFormula(at("sentAt"), at("returnedAt"), surveyReturnDays(deadlines), holidays(context)),
  };
}

/** Module scores over each module's item cells, the weighted total, and its grade. */
function surveyReturnFormulas(context: FormulaContext): TableFormulas {
  const table = tableSpec("surveyReturns").name;
  const { instrument, modules, gradeBands } = context.settings;
  const formulas: { [key: string]: string } = {};
  for (const module of modules) {
    const items = instrument.filter((item) => item.module === module.key);
    const scale = items[0]?.scale;
    if (items.some((item) => item.scale !== scale)) {
      throw new SchemaError(`The items of the module "${module.key}" must share one scale.`);
    }
    const first = header("surveyReturns", `item_${items[0].code}`, context);
    const last = header("surveyReturns", `item_${items[items.length - 1].code}`, context);
    formulas[`module_${module.key}`] = scoreFormula(
      thisRowSpan(table, first, last),
      items.map((item) => item.weight),
      scale,
    );
  }
  const firstModule = header("surveyReturns", `module_${modules[0].key}`, context);
  const lastModule = header("surveyReturns", `module_${modules[modules.length - 1].key}`, context);
  formulas.total = totalFormula(
    thisRowSpan(table, firstModule, lastModule),
    modules.map((module) => module.weight),
  );
  formulas.grade = gradeFormula(cell("surveyReturns", "total", context), gradeBands);
  return formulas;
}

/** The formulas of a table's calculated columns, by column key (empty for tables without any). */
export function calculatedFormulas(table: TableKey, context: FormulaContext): TableFormulas {
  switch (table) {
    case "feedback":
      return feedbackFormulas(context);
    case "complaints":
      return complaintFormulas(context);
    case "surveyDispatch":
      return surveyDispatchFormulas(context);
    case "surveyReturns":
      return surveyReturnFormulas(context);
    default:
      return {};
  }
}
