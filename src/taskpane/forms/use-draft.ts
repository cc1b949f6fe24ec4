import { useCallback, useEffect, useState } from "react";
import { useStorage } from "../storage-context";

/** What a form holds while someone types: the text of each field, by column key. */
export type FormValues = { readonly [key: string]: string };

const PREFIX = "vocLedger.draft.";

function readDraft(storage: Storage | undefined, name: string): FormValues | undefined {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PREFIX + name) ?? "null");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    const entries = Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string");
    return Object.fromEntries(entries);
  } catch {
    return undefined; // a draft that cannot be read is dropped, never shown half-parsed
  }
}

/**
 * A form's values, kept in local storage as they change so that closing the task pane loses nothing. `restored`
 * says the form opened with a draft from before.
 */
export function useDraft(name: string, initial: () => FormValues) {
  const storage = useStorage();
  const [state] = useState(() => {
    const draft = readDraft(storage, name);
    return { values: draft ? { ...initial(), ...draft } : initial(), restored: draft !== undefined };
  });
  const [values, setValues] = useState<FormValues>(state.values);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    try {
      storage?.setItem(PREFIX + name, JSON.stringify(values));
    } catch {
      // Storage full or blocked: the form still works, only the draft is not kept.
    }
  }, [storage, name, values, dirty]);

  const change = useCallback((next: FormValues) => {
    setDirty(true);
    setValues(next);
  }, []);

  /** Starts a fresh form and forgets the draft (after a save, or when the person clears the form). */
  const discard = useCallback(() => {
    storage?.removeItem(PREFIX + name);
    setDirty(false);
    setValues(initial());
  }, [storage, name, initial]);

  /** `dirty`: changed since the form opened or was last started afresh. */
  return { values, change, discard, restored: state.restored, dirty };
}
