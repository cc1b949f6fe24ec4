import { type ReactNode, useMemo, useState } from "react";
import type { LastSave } from "../../excel/undo-last-save";
import { LastSaveContext, type LastSaveStore } from "./last-save-store";

/** Keeps the session's last save (one row or several) for every screen under it (App puts it around the sections). */
export function LastSaveProvider({ children, initial }: { children: ReactNode; initial?: LastSave }) {
  const [lastSave, setLastSave] = useState<LastSave | undefined>(initial);
  const store = useMemo<LastSaveStore>(
    () => ({ lastSave, remember: setLastSave, forget: () => setLastSave(undefined) }),
    [lastSave],
  );
  return <LastSaveContext.Provider value={store}>{children}</LastSaveContext.Provider>;
}
