/** What the task pane needs to know about the Office it runs in. */
export interface OfficeEnvironment {
  readonly inExcel: boolean;
  readonly displayLanguage: string;
  readonly theme: ThemeKind;
}

export type ThemeKind = "light" | "dark";

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
