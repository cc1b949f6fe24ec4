/**
 * The procedures' vocabulary, one glossary per UI language (en.ts, zh-CN.ts, zh-TW.ts, vi.ts). The message groups,
 * the catalogues and the schema's headers and choices take their words from here, so a word is changed once.
 *
 * Terms are written as they stand inside a sentence: English and Vietnamese nouns in lower case (use `capitalized`
 * at the start of a sentence or a label), Chinese as they are. Every glossary has every term (the Glossary type), and
 * lists the words it avoids; test/domain/i18n/glossary.test.ts fails when a message, header or choice uses one.
 *
 * Headers and choice labels are written into users' workbooks: changing a term that one of them uses must keep the
 * old wording as a `formerHeaders` / `formerLabels` entry of the schema (test/domain/schema/shipped-words.test.ts
 * fails otherwise), so that a workbook set up with the old words keeps working.
 */
import type { Language } from "../language";

export interface Glossary {
  // People -------------------------------------------------------------------------------------------------------
  /** The organisation's customer (001, 003: 顾客 / 顧客; 000: khách hàng). */
  readonly customer: string;
  /** A customer who uses the product (004 §2.0). */
  readonly endUser: string;
  /** Who approves a major complaint (003 §3.1, §4.4.2.1: 主任). */
  readonly approver: string;
  /** Who approves a general complaint together with the approver (003 §3.2: 技術負責人). */
  readonly technicalLead: string;
  /** A department of the organisation (004 §5.7.4 writes 部门单位: the ledger says 部门). */
  readonly department: string;
  /** The department answering for a case (004 §5.5.2: 责任部门). */
  readonly responsibleDepartment: string;
  /** The person answering for a case (004 §5.8.6: 责任人). */
  readonly responsiblePerson: string;

  // Records ------------------------------------------------------------------------------------------------------
  /** What a customer tells us (000 §5.2: ý kiến phản hồi; 003: 意見). */
  readonly feedback: string;
  /** 001 (3), 003 §4.4: 投诉 / 投訴. */
  readonly complaint: string;
  /** The slip that chases an overdue case (003 §4.4.2.7: 催辦單). */
  readonly reminderSlip: string;
  /** A satisfaction questionnaire as sent and returned (004: 调查表; 000: phiếu khảo sát). */
  readonly surveyForm: string;
  /** The id of one survey form sent, which its return quotes. */
  readonly dispatchId: string;
  /** The satisfaction being measured (001: 满意度; vi: hài lòng, as elsewhere in the pane). */
  readonly satisfaction: string;

  // Handling -----------------------------------------------------------------------------------------------------
  /** The approval of a complaint's handling (003 §4.4.2: 批示, written 审批 / 核准 in the ledger). */
  readonly approval: string;
  /** The short-term action that contains the problem (004 §5.8.6; 8D D3). */
  readonly interimAction: string;
  /** What caused the problem (004 §5.8.6: 找出原因; 8D D4). */
  readonly rootCause: string;
  readonly correctiveAction: string;
  readonly preventiveAction: string;
  /** The call or visit after closing (001 (5): 回访). */
  readonly followUp: string;
  /** The answer to a customer (003 §4.1.5: 答复). */
  readonly reply: string;
  /** The handling proposal due in 3 working days (003 §4.4.2.6: 处理方案). */
  readonly handlingProposal: string;

  // The pane and the workbook ------------------------------------------------------------------------------------
  /** The pane's first section. */
  readonly home: string;
  /** The section of what is still open and to be followed up (not 案件: that reads as legal or police work). */
  readonly cases: string;
  /** The things listed there, counted ("open cases: 3"). */
  readonly openCases: string;
  readonly workbook: string;
  readonly sheet: string;
  readonly dashboard: string;
  readonly managementReview: string;
  /** Excel's own Home tab, by the name Office gives it in this language (not the pane's Home). */
  readonly excelHomeTab: string;

  // Writing --------------------------------------------------------------------------------------------------------
  /** Between the items of a list written out in a sentence (Chinese: the enumeration comma 、). */
  readonly listSeparator: string;
  /** Each UI language as it is named inside a sentence of this language ("tiếng Việt", not "Tiếng Việt"). */
  readonly languageNames: { readonly [language in Language]: string };
  /**
   * How a choice label (capitalised, as a cell shows it) is written where a message puts it inside a sentence:
   * Vietnamese lowers its first letter ("Hạn phương án xử lý"); English messages put labels first, Chinese has no case.
   */
  readonly labelsInSentence: "lowerFirst" | "asIs";
  /** Durations as people read them; {count} is the number. */
  readonly durations: {
    readonly minutes: string;
    readonly hours: string;
    readonly days: string;
    readonly workdays: string;
  };

  /** Words this language's messages, headers and choices must not use, and what to use instead. */
  readonly avoid: readonly AvoidedWord[];
}

export interface AvoidedWord {
  /** The word as reviewers found it. */
  readonly word: string;
  /** What the glossary says instead. */
  readonly use: string;
  readonly why: string;
  /** Where matching the word literally would be wrong (a longer word that contains it, the start of a text). */
  readonly pattern?: RegExp;
  /** Phrases in which the word is right after all (Office's own names), left out before looking. */
  readonly except?: readonly string[];
}

/** The term with its first letter in upper case, for the start of a sentence or a label. */
export function capitalized(term: string): string {
  return term.charAt(0).toLocaleUpperCase() + term.slice(1);
}

/** A label as `glossary.labelsInSentence` writes it inside a sentence; an acronym ("KPI", "8D") keeps its case. */
export function labelInSentence(glossary: Glossary, label: string): string {
  if (glossary.labelsInSentence === "asIs" || !/^\p{Lu}\p{Ll}/u.test(label)) return label;
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** Where an avoided word occurs in a text: the matched words (empty when the text is clean). */
export function avoidedIn(text: string, word: AvoidedWord): string[] {
  const cleaned = (word.except ?? []).reduce((rest, phrase) => rest.split(phrase).join(" "), text);
  const pattern = word.pattern ?? new RegExp(word.word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u");
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  return [...cleaned.matchAll(global)].map((match) => match[0]);
}
