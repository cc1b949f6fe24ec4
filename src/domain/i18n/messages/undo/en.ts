import { en as E } from "../../glossary";

/**
 * Undoing a save of several rows (a survey dispatch to several customers): taken back whole or not at all, so a
 * refusal names the row that stopped it and says that nothing was deleted. One row's undo is in records.ts.
 */
export const UNDO_MESSAGES = {
  "records.undo.lastMany": "{kind}: {count} records saved together in this session ({ids}).",
  "records.undo.doneMany":
    "{count} records were removed: {ids}. Their IDs will not be given again: the next save takes new ones.",
  "records.undo.changedMany": `Nothing was removed: {id} was changed after it was saved ({fields}). The {count} records of this save are taken back together or not at all. Check the row in the ${E.sheet} and delete there what is still wrong.`,
  "records.undo.movedMany":
    "Nothing was removed: the row of {id} is no longer where it was saved (rows were sorted or moved). The {count} records of this save are taken back together or not at all.",
  "records.undo.goneMany": `Nothing was removed: {id} is no longer in the ${E.sheet} (its row was deleted or its ID changed). The {count} records of this save are taken back together or not at all.`,
};
