/** The performance mark the bench reads as "time to interactive": the task pane first shows the workbook. */
export const INTERACTIVE_MARK = "voc-interactive";

export function markInteractive(): void {
  performance.mark(INTERACTIVE_MARK);
}
