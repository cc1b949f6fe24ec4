import { en as E, GLOSSARIES } from "../glossary";
import { ACTION_MESSAGES } from "../messages/actions/en";
import { CASE_MESSAGES } from "../messages/cases/en";
import { COMPLAINT_FORM_MESSAGES } from "../messages/complaint-form/en";
import { FUNCTIONS_AVAILABILITY_MESSAGES } from "../messages/functions-availability/en";
import { RECORD_FORM_MESSAGES } from "../messages/record-form/en";
import { REPORT_MESSAGES } from "../messages/reports/en";
import { RECORD_MESSAGES } from "../messages/records/en";
import { SURVEY_FORM_MESSAGES } from "../messages/survey-forms/en";
import { UNDO_MESSAGES } from "../messages/undo/en";
/** The button that sets the workbook up, as the fixes below name it. */
const SETUP_ACTION = "Set up workbook";

/**
 * English: the reference catalogue. Every other catalogue has exactly these keys and placeholders. Words come from
 * the glossary (../glossary/en.ts) where it has the term.
 */
export const en = {
  "app.name": "VOC Ledger",
  "app.outsideExcel": `Open VOC Ledger from the ${E.excelHomeTab} tab in Excel to use it with a workbook.`,
  "nav.label": "Sections",
  "nav.home": E.home,
  "nav.record": "Record",
  "nav.cases": E.cases,
  "nav.reports": "Reports",
  "nav.settings": "Settings",
  "nav.opening": "Opening {section}…",
  "nav.openFailed": "{section} could not be opened: {reason}",
  "nav.retry": "Try again",
  "home.title": "This workbook",
  "home.intro":
    "Feedback, complaints and satisfaction surveys are recorded as rows of Excel tables, so the workbook stays the record.",
  "home.refresh": "Refresh",
  "home.reading": "Reading the workbook…",
  "home.readFailed": "The workbook could not be read: {reason}",
  "home.sheets": "Sheets: {count}",
  "home.tables": "Tables",
  "home.noTables": "This workbook has no tables yet.",
  "home.tableRows": "{name} — {count} rows",
  "home.functionsTitle": "Formulas",
  "home.functionsHint": "Grade a score in any cell of the workbook, for example:",
  "setup.title": "Tables of the ledger",
  "setup.notSetUp":
    "This workbook is not set up for VOC Ledger yet. Set up creates the sheets and tables VOC Ledger records into, with headers in {language}; the workbook keeps that language from then on.",
  "setup.setUpIn": "Set up in {language}.",
  "setup.languageKept":
    "Its headers, sheets and drop-down choices stay in {language} whatever language the task pane speaks.",
  "setup.upToDate": "Every sheet, table and column is in place: there is nothing to set up.",
  "setup.wouldChange":
    "Set up would create {sheets} sheets and {tables} tables and add {columns} columns. Nothing is deleted.",
  "setup.checking": "Checking the workbook…",
  "setup.checkFailed": "The workbook could not be checked: {reason}",
  "setup.checkAgain": "Check again",
  "setup.action": SETUP_ACTION,
  "setup.working": "Setting up the workbook…",
  "setup.done": "Done: {sheets} sheets and {tables} tables created, {columns} columns added.",
  "setup.unchanged": "The workbook is already set up: nothing needed changing.",
  "setup.failed": "The workbook could not be set up: {reason}",
  "setup.problems": "Left as it is, for you to check:",
  "setup.renames": "{count} columns keep their data and get the headers this version gives them.",
  "setup.renamed": "{count} columns were given the headers this version gives them; their data stayed.",
  "record.title": "Record",
  "record.intro": "Log customer feedback, complaints, survey dispatches and survey returns.",
  "cases.title": E.cases,
  "cases.intro": "Open complaints, feedback awaiting a reply and surveys awaiting return, most overdue first.",
  "reports.title": "Reports",
  "reports.intro": "Dashboard, trend charts and the management review sheet.",
  "settings.title": "Settings",
  "settings.language": "Language",
  "settings.languageFollowOffice": "Same as Office ({language})",
  "settings.languageHint": "Changes the language of this task pane on this computer.",
  "settings.theme": "Theme",
  "settings.themeHint": "Follows the Office theme: {theme}.",
  "theme.light": "light",
  "theme.dark": "dark",
  "language.en": "English",
  "language.zh-CN": "简体中文",
  "language.zh-TW": "繁體中文",
  "language.vi": "Tiếng Việt",
  "languageName.en": GLOSSARIES.en.languageNames.en,
  "languageName.zh-CN": GLOSSARIES.en.languageNames["zh-CN"],
  "languageName.zh-TW": GLOSSARIES.en.languageNames["zh-TW"],
  "languageName.vi": GLOSSARIES.en.languageNames.vi,
  "validation.required": "{field} is required.",
  "validation.tooLong": "{field} is too long: at most {maxLength} characters.",
  "validation.notText": "{field} must be text.",
  "validation.notANumber": "{field} must be a number, not “{value}”.",
  "validation.notAWholeNumber": "{field} must be a whole number, not “{value}”.",
  "validation.notAPercent": "{field} must be a percentage such as 3 or 3%, not “{value}”.",
  "validation.belowMin": "{field} must be at least {min}.",
  "validation.aboveMax": "{field} must be at most {max}.",
  "validation.outOfRange": "{field} must be between {min} and {max}.",
  "validation.notADate": "{field} must be a date such as 2026-11-21, not “{value}”.",
  "validation.notADateTime": "{field} must be a date and time such as 2026-11-21 14:30, not “{value}”.",
  "validation.dateOutOfRange": "{field} must be a date from {min} to {max}.",
  "validation.notABoolean": "{field} must be TRUE or FALSE, not “{value}”.",
  "validation.notAChoice": "{field}: “{value}” is not one of the choices.",
  "validation.notAPhone":
    "{field}: “{value}” is not a phone number. Enter a Chinese mobile number (11 digits) or a landline with its area code, a Vietnamese number starting with 0, or + and the country code.",
  "validation.notAnEmail": "{field}: “{value}” is not an email address such as name@example.com.",
  "validation.notAPeriod": "{field} must be a period such as 2026-Q3, 2026-H2, 2026-07 or 2026, not “{value}”.",
  "validation.notADuration": "{field} must be a duration such as 24h, 30m, 7d or 3wd, not “{value}”.",
  "validation.beforeOther": "{field} cannot be earlier than {other}.",
  "validation.afterOther": "{field} cannot be later than {other}.",
  "validation.closedNeedsDate": "{field} is required when the status is “{status}”.",
  "validation.dateNeedsClosedStatus":
    "{field} is only filled in when the status is “{status}”: clear the date or change the status.",
  "validation.approvalRequired": `A “{severity}” complaint needs the ${E.approver}'s approval: fill in {field} before handling starts.`,
  "validation.approvalBeforeClosing": "A “{severity}” complaint can only be closed once {field} is “{approved}”.",
  "validation.noRatings": "Enter at least one rating: every question of the form is blank.",
  "schema.missingSheet": "The sheet “{sheet}” is missing.",
  "schema.missingSheet.fix": `Run ${SETUP_ACTION} again: it re-creates the sheet “{sheet}” without touching your data.`,
  "schema.missingTable": "The table {table} is missing.",
  "schema.missingTable.fix": `Run ${SETUP_ACTION} again: it re-creates the table {table} without touching your other data.`,
  "schema.convertedToRange": "The table {table} on the sheet “{sheet}” has been converted to a plain range.",
  "schema.convertedToRange.fix":
    "Select the data on the sheet “{sheet}”, choose Insert ▸ Table, then name it {table} (Table Design ▸ Table Name).",
  "schema.missingColumn": "The table {table} has no column “{column}”.",
  // A column this version added: the workbook was set up before it (ColumnSpec.addedLater).
  "schema.missingColumn.addedLater.fix": `Run ${SETUP_ACTION} on ${E.home}: it adds the column “{column}” at the end of the table {table} without touching your data.`,
  "schema.missingColumn.fix":
    "Undo the deletion, or insert a column headed “{column}” in the table {table}, then save again.",
  "schema.renamedColumn": "The column “{column}” of the table {table} is now headed “{found}”.",
  "schema.renamedColumn.fix":
    "Rename the column “{found}” back to “{column}”: the add-in writes by header and will not guess.",
  "schema.formerHeader": "The column “{found}” of the table {table} still has the header an earlier version gave it.",
  "schema.formerHeader.fix": `Run ${SETUP_ACTION} on ${E.home}: it gives the column the header “{column}” and keeps its data.`,
  "schema.movedColumn": "The column “{column}” of the table {table} has been moved.",
  "schema.movedColumn.fix":
    "Move the column “{column}” back to its place in the table {table} (or undo the move), then save again.",
  "schema.protectedSheet": "The sheet “{sheet}” is protected, so nothing can be written to it.",
  "schema.protectedSheet.fix": "Unprotect the sheet “{sheet}” (Review ▸ Unprotect Sheet), then save again.",
  "schema.filteredTable": "The table {table} is filtered, so rows could be written out of sight.",
  "schema.filteredTable.fix": "Clear the filter on the table {table} (Data ▸ Clear), then save again.",
  "schema.sortedTable":
    "The table {table} has a sort applied, so its rows would not stay in the order they were recorded.",
  "schema.sortedTable.fix": "Clear the sort on the table {table} (Data ▸ Clear), then save again.",
  "schema.duplicateId": "The ID {id} appears more than once in the table {table}.",
  "schema.duplicateId.fix":
    "Delete the duplicate row or give it a new ID in the table {table}, so that {id} names one record, then save again.",
  ...RECORD_FORM_MESSAGES,
  ...COMPLAINT_FORM_MESSAGES,
  ...SURVEY_FORM_MESSAGES,
  ...CASE_MESSAGES,
  ...ACTION_MESSAGES,
  ...REPORT_MESSAGES,
  ...FUNCTIONS_AVAILABILITY_MESSAGES,
  ...RECORD_MESSAGES,
  ...UNDO_MESSAGES,
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [key in MessageKey]: string };
