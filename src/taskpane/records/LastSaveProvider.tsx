import { type ReactNode, useMemo, useState } from "react";
import { LastSaveContext, type LastSaveStore, type SavedRecord } from "./use-undo-last-save";

/** Keeps the session's last save for every screen under it (App puts it around the sections). */
export function LastSaveProvider({ children, initial }: { children: ReactNode; initial?: SavedRecord }) {
  const [lastSave, setLastSave] = useState<SavedRecord | undefined>(initial);
  const store = useMemo<LastSaveStore>(
    () => ({ lastSave, remember: setLastSave, forget: () => setLastSave(undefined) }),
    [lastSave],
  );
  return <LastSaveContext.Provider value={store}>{children}</LastSaveContext.Provider>;
}
