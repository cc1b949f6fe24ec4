/**
 * What prints: orientation, paper, centring, zoom (a scale, or pages across and down to fit on) and the header and
 * footer for all pages. The print area is a defined name (_xlnm.Print_Area), written with the other names.
 */
import type ExcelJS from "exceljs";
import { HEADER_FOOTER_PARTS, type MemorySheet } from "../model";
import { PAPER_SIZES } from "../page-layout";

export function pageSetupOf(sheet: MemorySheet): Partial<ExcelJS.PageSetup> {
  const layout = sheet.pageLayout;
  const code = PAPER_SIZES.indexOf(layout.paperSize) + 1;
  const { scale, horizontalFitToPages: across, verticalFitToPages: down } = layout.zoom;
  const fit = across !== undefined || down !== undefined;
  return {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    ...(code > 0 ? { paperSize: code as ExcelJS.PageSetup["paperSize"] } : {}),
    horizontalCentered: layout.centerHorizontally,
    ...(fit ? { fitToPage: true, fitToWidth: across ?? 0, fitToHeight: down ?? 0 } : { scale: scale ?? 100 }),
  };
}

/** The header and footer as Excel's codes: "&L…&C…&R…"; the sections' texts are Excel's codes already. */
export function headerFooterOf(sheet: MemorySheet): Partial<ExcelJS.HeaderFooter> {
  const parts = sheet.pageLayout.headerFooter;
  const [leftHeader, centerHeader, rightHeader, leftFooter, centerFooter, rightFooter] = HEADER_FOOTER_PARTS.map(
    (part) => parts[part],
  );
  const code = (left: string, center: string, right: string) =>
    (left ? `&L${left}` : "") + (center ? `&C${center}` : "") + (right ? `&R${right}` : "");
  const oddHeader = code(leftHeader, centerHeader, rightHeader);
  const oddFooter = code(leftFooter, centerFooter, rightFooter);
  return { ...(oddHeader ? { oddHeader } : {}), ...(oddFooter ? { oddFooter } : {}) };
}
