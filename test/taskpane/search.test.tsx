import { fireEvent, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import { useCallback } from "react";
import { TABLES, columnSpec } from "../../src/domain/schema";
import { type Ledger, readLedger } from "../../src/excel/read-ledger";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { CustomerPicker } from "../../src/taskpane/forms/CustomerPicker";
import { useCustomerSearch } from "../../src/taskpane/forms/customer-search";
import { useRecordForm } from "../../src/taskpane/forms/use-record-form";
import { I18nProvider } from "../../src/taskpane/i18n";

/** The feedback form's customer field alone, over the demo register, as the Record screen shows it. */
function FeedbackCustomer({ ledger }: { ledger: Ledger }) {
  const initial = useCallback(() => ({}), []);
  const form = useRecordForm({ name: "feedback", table: TABLES.feedback, workbookLanguage: "en", initial });
  const column = columnSpec(TABLES.feedback, "customer");
  return <CustomerPicker form={form} column={column} ledger={ledger} onCustomerAdded={() => undefined} />;
}

// The demo register: "Công ty Hòa Phát", "深圳华强电子" (Simplified) and "台北精密工業" (Traditional).
async function customerBox(): Promise<HTMLElement> {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, "en");
  const ledger = await memoryExcelRunner(host)((context) => readLedger(context, ["customers"]));
  render(
    <I18nProvider language="en">
      <FeedbackCustomer ledger={ledger} />
    </I18nProvider>,
  );
  return screen.getByRole("combobox", { name: /^Customer/ });
}

/** Types into the picker and returns the customers it lists once `expected` is among them. */
async function search(box: HTMLElement, query: string, expected: RegExp): Promise<string[]> {
  fireEvent.change(box, { target: { value: query } });
  await screen.findByRole("option", { name: expected });
  const list = document.getElementById(box.getAttribute("aria-controls") ?? "");
  if (!list) throw new Error("The picker's list is not open.");
  return within(list)
    .getAllByRole("option")
    .map((option) => option.textContent ?? "");
}

// First in this file: the Traditional/Simplified table is not loaded yet (it stays loaded for the specs after it).
describe("a list searched before the Chinese table has arrived", () => {
  it("is searched again when it arrives: 华为 then finds 華為", async () => {
    const register = [{ id: "CU-1", name: "華為技術", phone: "" }];
    const { result } = renderHook(() => useCustomerSearch(register, "华为"));
    expect(result.current).toEqual([]); // accents, case and width already; Chinese forms once the table is in
    await waitFor(() => expect(result.current.map((found) => found.name)).toEqual(["華為技術"]));
  });
});

describe("the customer picker's search", () => {
  it("finds 'Công ty Hòa Phát' when 'hoa' is typed", async () => {
    const box = await customerBox();
    expect(await search(box, "hoa", /Công ty Hòa Phát/)).toEqual([expect.stringMatching(/^Công ty Hòa Phát/)]);
  });

  it("finds it typed in capitals, in full-width letters, or with its words in another order", async () => {
    const box = await customerBox();
    expect(await search(box, "ＰＨＡＴ　HOA", /Công ty Hòa Phát/)).toHaveLength(1);
    expect(await search(box, "cong ty", /Công ty Hòa Phát/)).toHaveLength(1);
  });

  it("finds 台北精密工業 when 精密工业 is typed and 深圳华强电子 when 深圳華強 is typed", async () => {
    const box = await customerBox();
    expect(await search(box, "精密工业", /台北精密工業/)).toEqual([expect.stringMatching(/^台北精密工業/)]);
    expect(await search(box, "深圳華強", /深圳华强电子/)).toEqual([expect.stringMatching(/^深圳华强电子/)]);
  });
});
