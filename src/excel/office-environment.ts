/** What the task pane needs to know about the Office it runs in. */
export interface OfficeEnvironment {
  readonly inExcel: boolean;
  readonly displayLanguage: string;
  readonly theme: ThemeKind;
}

export type ThemeKind = "light" | "dark";

/**
 * Whether Excel can run the VOC.* custom functions here. They need CustomFunctionsRuntime 1.3 (its ErrorCode values,
 * which excel-results.ts returns); Excel builds without it are listed in
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets. Outside Excel
 * (the preview page, tests) nothing is known, and nothing is said.
 */
export type CustomFunctionsSupport = "supported" | "unsupported" | "unknown";

export const CUSTOM_FUNCTIONS_SET = { name: "CustomFunctionsRuntime", version: "1.3" } as const;

/** Read once Office.onReady has resolved (the task pane renders after it). */
export function customFunctionsSupport(): CustomFunctionsSupport {
  if (typeof Office === "undefined" || !Office.context?.requirements) return "unknown";
  if (Office.context.host !== Office.HostType.Excel) return "unknown";
  const { name, version } = CUSTOM_FUNCTIONS_SET;
  // https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport: the version as a string.
  return Office.context.requirements.isSetSupported(name, version) ? "supported" : "unsupported";
}

/** Dark when the Office body background is dark (relative luminance below one half). */
export function themeKindOf(bodyBackgroundColor: string | undefined): ThemeKind {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/** Waits for Office.js; outside Office (a plain browser page) host is null and nothing else is known. */
export async function readOfficeEnvironment(): Promise<OfficeEnvironment> {
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return {
    inExcel,
    displayLanguage: inExcel ? Office.context.displayLanguage : navigator.language,
    theme: inExcel ? themeKindOf(Office.context.officeTheme?.bodyBackgroundColor) : "light",
  };
}
