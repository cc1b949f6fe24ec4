/**
 * Durations in words, as the Settings sheet shows them to people ("3 个工作日", "24 giờ"), and back to the duration
 * text VOC.DUE reads ("3wd", "24h"). The words are the glossaries' (src/domain/i18n/glossary); a cell holding the
 * duration text itself ("3wd", as workbooks set up before the words hold it) reads as it always did.
 */
import { parseDuration } from "./due-date";
import { FormulaInputError } from "./formula-error";
import { GLOSSARIES, type Glossary } from "./i18n/glossary";
import { LANGUAGES, type Language } from "./i18n/language";

type Unit = keyof Glossary["durations"];

/** VOC.DUE's unit letters: "h", "m", "d", "wd". */
const UNIT_OF_CODE: { readonly [code: string]: Unit } = { h: "hours", m: "minutes", d: "days", wd: "workdays" };
const CODE_OF_UNIT: { readonly [unit in Unit]: string } = { hours: "h", minutes: "m", days: "d", workdays: "wd" };

/** English also reads its singulars ("1 working day"). */
const SINGULARS: readonly (readonly [Unit, string])[] = [
  ["minutes", "{count} minute"],
  ["hours", "{count} hour"],
  ["days", "{count} day"],
  ["workdays", "{count} working day"],
];

const DURATION_CODE = /^\s*(\d+)\s*(wd|h|m|d)\s*$/i;

/** "3 个工作日" for "3wd" in zh-CN; a text that is not a duration is returned as it is. */
export function durationInWords(language: Language, code: string): string {
  const match = DURATION_CODE.exec(code);
  if (!match) return code;
  const unit = UNIT_OF_CODE[match[2].toLowerCase()];
  return GLOSSARIES[language].durations[unit].replace("{count}", String(Number(match[1])));
}

/** Same text for the comparison: lower case, no white space. */
function compact(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

function templates(): readonly (readonly [Unit, string])[] {
  const all: (readonly [Unit, string])[] = [];
  for (const language of LANGUAGES) {
    for (const unit of Object.keys(CODE_OF_UNIT) as Unit[]) all.push([unit, GLOSSARIES[language].durations[unit]]);
  }
  return [...all, ...SINGULARS];
}

/**
 * The duration text VOC.DUE reads ("3wd") for a cell's text: the duration text itself, or its words in any of the
 * four languages ("3 working days", "3 个工作日", "3 個工作日", "3 ngày làm việc"); undefined for anything else.
 */
export function durationCode(text: string): string | undefined {
  try {
    parseDuration(text);
    return text.trim();
  } catch (error) {
    if (!(error instanceof FormulaInputError)) throw error;
  }
  const typed = compact(text);
  for (const [unit, template] of templates()) {
    const [before, after] = compact(template).split("{count}");
    if (!typed.startsWith(before) || !typed.endsWith(after)) continue;
    const count = typed.slice(before.length, typed.length - after.length);
    if (/^\d+$/.test(count) && Number(count) >= 1) return `${Number(count)}${CODE_OF_UNIT[unit]}`;
  }
  return undefined;
}
