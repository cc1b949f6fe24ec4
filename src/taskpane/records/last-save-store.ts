import { createContext } from "react";
import type { LastSave } from "../../excel/undo-last-save";

// Apart from use-undo-last-save: App puts the provider around every section, and importing the hook's module
// for it would put the undo code (Excel batches, schema) into the first screen's chunk (DESIGN: task-pane loading).

/** The session's last save (one row or several), shared by the screens that save and the Records screen. */
export interface LastSaveStore {
  readonly lastSave: LastSave | undefined;
  readonly remember: (save: LastSave) => void;
  readonly forget: () => void;
}

export const LastSaveContext = createContext<LastSaveStore | undefined>(undefined);
