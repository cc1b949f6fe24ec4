import { createContext, type ReactNode, useContext } from "react";

const StorageContext = createContext<Storage | undefined>(undefined);

/** Gives components the task pane's local storage (drafts, preferences); absent in some hosts and tests. */
export function StorageProvider({ storage, children }: { storage: Storage | undefined; children: ReactNode }) {
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

export function useStorage(): Storage | undefined {
  return useContext(StorageContext);
}
