import type { Ledger } from "../../excel/read-ledger";

/** What every form of the Record screen is given. */
export interface RecordFormProps {
  readonly ledger: Ledger;
  /** A customer was added to the register: the ledger should be read again. */
  readonly onCustomerAdded: () => void;
}
