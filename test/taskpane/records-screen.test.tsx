import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import type { RecordInput } from "../../src/domain/records";
import type { TableKey } from "../../src/domain/schema";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import type { SavedRecord } from "../../src/excel/undo-last-save";
import type { MemoryExcel } from "../../src/memory-host";
import { ExcelProvider } from "../../src/taskpane/excel-context";
import { I18nProvider } from "../../src/taskpane/i18n";
import { LastSaveProvider } from "../../src/taskpane/records/LastSaveProvider";
import { RecordsScreen } from "../../src/taskpane/records/RecordsScreen";
import { StorageProvider } from "../../src/taskpane/storage-context";
import { countingRunner } from "../support/counting-runner";
import { type TestWorkbook, setUpWorkbook, surveyReturn, validRecord } from "../support/excel-fixtures";
import { setUpBeforeNotes } from "../support/former-schema";
import { memoryStorage } from "../support/render-taskpane";

jest.setTimeout(60_000);

/** Wednesday 2026-11-25, 10:00: when a correction is saved. */
const NOW = new Date(2026, 10, 25, 10, 0);

/** Saves a record as a form does (validated, then appendRecord); what Undo would be handed. */
async function add(workbook: TestWorkbook, table: TableKey, input: RecordInput, language: Language = "en") {
  const record = validRecord(table, input, language);
  const result = await workbook.run((context) => appendRecord(context, workbook.plan, { table, record, year: 2026 }));
  return { table, id: result.id, rowIndex: result.rowIndex, record } satisfies SavedRecord;
}

const CLOSED_COMPLAINT: RecordInput = {
  receivedAt: "2026-07-01T09:00",
  channel: "phone",
  customer: "Công ty Hòa Phát",
  product: "Pump P-200",
  severity: "general",
  description: "Seal leaks after two days.",
  status: "closed",
  closedAt: "2026-07-10T16:00",
  effectivenessChecked: "yes",
};

const CLOSED_FEEDBACK: RecordInput = {
  receivedAt: "2026-08-03T09:15",
  channel: "email",
  customer: "Công ty Hòa Phát",
  kind: "suggestion",
  content: "Please send the invoices by email.",
  status: "closed",
  closedAt: "2026-08-05T11:00",
  action: "Invoices now go by email.",
};

/** Two complaints (one closed, chased by a reminder slip), a closed feedback, a dispatch and its return. */
async function ledger(language: Language = "en") {
  const workbook = await setUpWorkbook(language);
  const closed = await add(workbook, "complaints", CLOSED_COMPLAINT, language);
  const open = await add(
    workbook,
    "complaints",
    { ...CLOSED_COMPLAINT, customer: "深圳华强电子", receivedAt: "2026-11-20T09:00", status: "open", closedAt: "" },
    language,
  );
  const reminder = await add(
    workbook,
    "reminders",
    {
      recordId: closed.id,
      issuedAt: "2026-07-03T10:00",
      department: "quality",
      overdueStep: "proposal",
      reason: "Waiting for the supplier",
    },
    language,
  );
  const feedback = await add(workbook, "feedback", CLOSED_FEEDBACK, language);
  const dispatch = await add(
    workbook,
    "surveyDispatch",
    { period: "2026-Q3", customer: "台北精密工業", instrument: "customer", sentAt: "2026-09-01T10:00" },
    language,
  );
  const returned = await add(
    workbook,
    "surveyReturns",
    {
      ...surveyReturn(1),
      dispatchId: dispatch.id,
      customer: "台北精密工業",
      period: "2026-Q3",
      returnedAt: "2026-09-04",
    },
    language,
  );
  workbook.host.resetMeters();
  return { workbook, closed, open, reminder, feedback, dispatch, returned };
}

function renderRecords(host: MemoryExcel, options: { batches?: number[]; lastSave?: SavedRecord; ui?: Language } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={options.ui ?? "en"}>
        <ExcelProvider runner={countingRunner(host, options.batches ?? [])}>
          <StorageProvider storage={memoryStorage()}>
            <LastSaveProvider initial={options.lastSave}>
              <RecordsScreen now={() => NOW} />
            </LastSaveProvider>
          </StorageProvider>
        </ExcelProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

// Plain selectors where the list is long: role queries walk the whole accessibility tree of a thousand nodes.
const list = (): HTMLElement => {
  const found = document.querySelector<HTMLElement>('ul[aria-label="Records, newest first"]');
  if (!found) throw new Error("The list of records is not shown.");
  return found;
};
const items = () => [...list().querySelectorAll(":scope > li")];
const select = (name: string, value: string) =>
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value } });
const search = (text: string) =>
  fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), { target: { value: text } });
const itemButton = (id: string): HTMLElement => {
  const found = [...list().querySelectorAll<HTMLElement>("li > button")].find((button) =>
    button.textContent?.startsWith(id),
  );
  if (!found) throw new Error(`${id} is not listed.`);
  return found;
};
const fieldValue = (header: string) => screen.getByText(header, { selector: "dt" }).nextElementSibling?.textContent;

describe("the Records screen", () => {
  it("finds a closed complaint by its customer's name and shows its reminders", async () => {
    const { workbook, closed, reminder } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    search("hòa phát");
    // The complaint, its reminder slip (which names the complaint's customer) and the feedback.
    await waitFor(() => expect(items()).toHaveLength(3));
    select("Ledger", "complaints");
    select("Status", "closed");
    await waitFor(() => expect(items()).toHaveLength(1));

    fireEvent.click(itemButton(closed.id));
    const heading = screen.getByRole("heading", { name: `Complaint ${closed.id}` });
    expect(document.activeElement).toBe(heading);
    const history = screen.getByRole("list", { name: "History" });
    expect(within(history).getByRole("button").textContent).toBe(`Reminder slip · ${reminder.id} · 2026-07-03`);
  });

  it("finds records as the pane's search finds text: accents, width and Traditional or Simplified forms ignored", async () => {
    const { workbook, open } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    search("hoa phat");
    await waitFor(() => expect(items()).toHaveLength(3));
    search("華強"); // the workbook holds 深圳华强电子
    await waitFor(() =>
      expect(items().map((item) => item.querySelector("button")?.textContent)).toEqual([`${open.id} · 深圳华强电子`]),
    );
  });

  it("shows every field under the sheet's own headers, in the workbook's language, whatever the pane speaks", async () => {
    const { workbook, closed } = await ledger("zh-CN");
    renderRecords(workbook.host);
    fireEvent.click(await screen.findByRole("button", { name: new RegExp(`^${closed.id}`) }));
    expect(fieldValue("投诉编号")).toBe(closed.id);
    expect(fieldValue("受理时间")).toBe("2026-07-01 09:00");
    expect(fieldValue("处理状态")).toBe("已结案");
    expect(fieldValue("批号")).toBe("(blank)");
    expect(screen.getByText("答复期限", { selector: "dt" })).toBeTruthy(); // calculated columns are listed too
  });

  it("opens the dispatch a survey return answered and back, and returns the focus to the list item", async () => {
    const { workbook, dispatch, returned } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(returned.id));
    fireEvent.click(
      within(screen.getByRole("list", { name: "History" })).getByRole("button", { name: /The survey form it answers/ }),
    );
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: `Survey form sent ${dispatch.id}` }));
    expect(within(screen.getByRole("list", { name: "History" })).getByRole("button").textContent).toContain(
      returned.id,
    );

    fireEvent.click(screen.getByRole("button", { name: `Back to ${returned.id}` }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: `Survey form returned ${returned.id}` }));
    fireEvent.keyDown(screen.getByRole("heading", { name: /Survey form returned/ }), { key: "Escape" });
    await waitFor(() => expect(document.activeElement).toBe(itemButton(returned.id)));
  });

  it("lists a customer's records from one of them, the focus on the search box", async () => {
    const { workbook, closed } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(closed.id));
    fireEvent.click(screen.getByRole("button", { name: "List this customer's records" }));
    await waitFor(() => expect(items()).toHaveLength(3));
    expect((screen.getByRole("combobox", { name: "Customer" }) as HTMLSelectElement).value).toBe("Công ty Hòa Phát");
    expect(document.activeElement).toBe(screen.getByRole("searchbox", { name: "Search" }));
  });

  it("filters by the quarter or month of each ledger's own date, and by customer", async () => {
    const { workbook, feedback, closed, reminder } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    select("Period", "2026-Q3");
    await waitFor(() => expect(items()).toHaveLength(5));
    select("Period by", "M");
    select("Period", "2026-07");
    await waitFor(() =>
      expect(items().map((item) => item.querySelector("button")?.textContent?.split(" · ")[0])).toEqual([
        reminder.id,
        closed.id,
      ]),
    );
    fireEvent.click(screen.getByRole("button", { name: "Clear search and filters" }));
    expect(document.activeElement).toBe(screen.getByRole("searchbox", { name: "Search" }));
    select("Customer", "Công ty Hòa Phát");
    await waitFor(() => expect(items()).toHaveLength(3)); // the complaint, its reminder slip, the feedback
    expect(itemButton(feedback.id)).toBeTruthy();
  });

  it("lists thousands of records fifty at a time; Show more adds fifty and takes the focus to the first of them", async () => {
    const workbook = await setUpWorkbook("en");
    const returns = Array.from({ length: 2_000 }, (_, index) => surveyReturn(index));
    await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "surveyReturns", records: returns, year: 2026 }),
    );
    const batches: number[] = [];
    renderRecords(workbook.host, { batches });
    expect(await screen.findByText("Records: 2000 The first 50 are listed.")).toBeTruthy();
    expect(batches).toEqual([2]); // readLedger: the headers and settings, then every ledger's rows in one read
    expect(items()).toHaveLength(50);
    fireEvent.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(items()).toHaveLength(100);
    expect(document.activeElement).toBe(items()[50].querySelector("button"));
    search("Customer 7");
    await waitFor(() => expect(list().previousElementSibling?.textContent).toMatch(/^Records: \d+ of 2000 match/));
  });

  it(`corrects a closed feedback with a reason, kept dated in its notes, in at most 2 round trips`, async () => {
    const { workbook, feedback } = await ledger();
    const batches: number[] = [];
    renderRecords(workbook.host, { batches });
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(feedback.id));
    select("Field to correct", "closedAt");
    const closedAt = screen.getByLabelText("Closed at");
    expect(document.activeElement).toBe(closedAt);
    fireEvent.change(closedAt, { target: { value: "2026-08-04T11:00" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Reason for the correction/ }), {
      target: { value: "The customer was answered a day earlier." },
    });
    batches.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Save correction" }));

    expect(await screen.findByText(`${feedback.id} corrected: Closed at. The reason is kept in “Notes”.`)).toBeTruthy();
    expect(batches[0]).toBeLessThanOrEqual(2);
    const { headers, rows } = workbook.host.tables().Feedback;
    const row = rows.find((cells) => cells[0] === feedback.id) ?? [];
    expect(row[headers.indexOf("Notes")]).toBe(
      "[2026-11-25 10:00 Correction: Closed at] The customer was answered a day earlier.",
    );
    expect(row[headers.indexOf("Action taken")]).toBe("Invoices now go by email.");
    await waitFor(() => expect(fieldValue("Closed at")).toBe("2026-08-04 11:00"));
  });

  it("asks for the reason before it saves a correction", async () => {
    const { workbook, feedback } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(feedback.id));
    select("Field to correct", "channel");
    fireEvent.change(screen.getByLabelText("Channel"), { target: { value: "phone" } });
    const writes = workbook.host.writeCount;
    fireEvent.click(screen.getByRole("button", { name: "Save correction" }));
    expect(await screen.findByText("Write why the record is corrected.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /Reason for the correction/ }));
    expect(workbook.host.writeCount).toBe(writes);
  });

  it("undoes the session's last save when nobody changed the row, and the next save takes a new id", async () => {
    const { workbook } = await ledger();
    const last = await add(workbook, "complaints", { ...CLOSED_COMPLAINT, customer: "台北精密工業" });
    const batches: number[] = [];
    renderRecords(workbook.host, { batches, lastSave: last });
    await screen.findByText("Records: 7");
    expect(screen.getByText(`Complaint ${last.id} was saved in this session.`)).toBeTruthy();
    batches.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Undo this save" }));

    const done = await screen.findByText(
      `${last.id} was removed. Its ID will not be given again: the next save takes a new one.`,
    );
    expect(batches[0]).toBeLessThanOrEqual(2);
    expect(done.closest("[tabindex='-1']")).toBe(document.activeElement);
    expect(screen.queryByRole("button", { name: "Undo this save" })).toBeNull();
    await screen.findByText("Records: 6");
    expect(workbook.host.tables().Complaints.rows.map((row) => row[0])).not.toContain(last.id);
    const next = await add(workbook, "complaints", CLOSED_COMPLAINT);
    expect(next.id).not.toBe(last.id);
    expect(next.id).toBe("CC-2026-0004");
  });

  it("refuses to undo a row someone edited since, and says so", async () => {
    const { workbook } = await ledger();
    const last = await add(workbook, "complaints", { ...CLOSED_COMPLAINT, customer: "台北精密工業" });
    await act(async () => {
      const { headers } = workbook.host.tables().Complaints;
      await workbook.run(async (context) => {
        const body = context.workbook.tables.getItem("Complaints").getDataBodyRange();
        body.getCell(last.rowIndex, headers.indexOf("Batch / lot no.")).values = [["B-2611"]];
      });
    });
    renderRecords(workbook.host, { lastSave: last, ui: "vi" });
    fireEvent.click(await screen.findByRole("button", { name: "Hoàn tác lần lưu này" }));
    expect(
      await screen.findByText(
        `Chưa xóa ${last.id}: bản ghi đã bị sửa sau khi lưu (Số lô). Hãy kiểm tra dòng đó trong trang tính và xóa ở đó nếu vẫn sai.`,
      ),
    ).toBeTruthy();
    expect(workbook.host.tables().Complaints.rows.map((row) => row[0])).toContain(last.id);
  });
});

/** The improvement report a low return of 台北精密工業 required in 2026-Q3, taken and marked done. */
const ACTION: RecordInput = {
  alertKey: "surveyTotal|2026-Q3|台北精密工業",
  kind: "surveyTotal",
  period: "2026-Q3",
  customer: "台北精密工業",
  finding: "Total score 43.8, below 80",
  raisedAt: "2026-10-05T10:00",
  owner: "Nguyễn Lan",
  department: "quality",
  dueDate: "2026-10-12",
  status: "done",
  doneAt: "2026-10-09T15:00",
  actionTaken: "Packing line retrained.",
};

describe("corrective actions on the Records screen", () => {
  it("finds an action raised from a low survey return by its customer and by the ledger filter; its page shows its alert and effectiveness", async () => {
    const { workbook, returned } = await ledger();
    const action = await add(workbook, "actions", ACTION);
    const batches: number[] = [];
    renderRecords(workbook.host, { batches });
    await screen.findByText("Records: 7");
    expect(batches).toEqual([2]); // CorrectiveActions rides in the ledger's own reads
    search("台北精密");
    await waitFor(() => expect(items()).toHaveLength(3)); // the form sent, the form returned, the action
    select("Ledger", "actions");
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(itemButton(action.id).textContent).toBe(`${action.id} · 台北精密工業`);
    expect(itemButton(action.id).nextElementSibling?.textContent).toBe(
      "Corrective action · 2026-10-05 · Action done, effectiveness not confirmed yet",
    );
    select("Status", "actionDone");
    await waitFor(() => expect(items()).toHaveLength(1));

    fireEvent.click(itemButton(action.id));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: `Corrective action ${action.id}` }));
    const history = screen.getByRole("region", { name: "History" });
    expect(
      within(history).getByText("The alert it answers: Improvement report (survey total), 台北精密工業 · 2026-Q3"),
    ).toBeTruthy();
    // 2026-Q4, the period after the action's, is not over on 2026-11-25.
    expect(
      within(history).getByText("Effectiveness: pending until 2026-Q4 is over and its survey forms are back."),
    ).toBeTruthy();
    const raisedBy = within(screen.getByRole("list", { name: "History" })).getByRole("button");
    expect(raisedBy.textContent).toBe(`The returned form that raised its alert · ${returned.id} · 2026-09-04`);
    expect(fieldValue("Effectiveness")).toBe("(blank)");
    expect(fieldValue("What was done")).toBe("Packing line retrained.");

    // And back from the return to the action raised from it.
    fireEvent.click(raisedBy);
    expect(
      within(screen.getByRole("list", { name: "History" })).getByRole("button", {
        name: `Corrective action raised from it · ${action.id} · 2026-10-05`,
      }),
    ).toBeTruthy();
  });

  it("lists every other record of a workbook set up before CorrectiveActions existed, and says Set up adds it", async () => {
    const { workbook } = await ledger();
    await workbook.run(async (context) => {
      context.workbook.tables.getItem("CorrectiveActions").delete();
      await context.sync();
    });
    renderRecords(workbook.host);
    expect(await screen.findByText("Records: 6")).toBeTruthy();
    expect(screen.getByText(/This workbook has no CorrectiveActions table yet/)).toBeTruthy();
  });
});

describe("correcting a closed record of any ledger (issue 13)", () => {
  /** The Notes cell of a record, by the table's Excel name and the notes header in the workbook's language. */
  const notesOf = (host: MemoryExcel, table: string, id: string, header = "Notes") => {
    const { headers, rows } = host.tables()[table];
    return rows.find((cells) => cells[0] === id)?.[headers.indexOf(header)];
  };
  const reasonBox = () => screen.getByRole("textbox", { name: /Reason for the correction/ });
  const correct = (field: string, value: string, reason: string) => {
    select("Field to correct", field);
    fireEvent.change(document.activeElement ?? document.body, { target: { value } });
    fireEvent.change(reasonBox(), { target: { value: reason } });
    fireEvent.click(screen.getByRole("button", { name: "Save correction" }));
  };

  it("writes a closed complaint's new closing date and the dated reason into its Notes, in the workbook's words", async () => {
    const { workbook, closed } = await ledger("zh-CN");
    const batches: number[] = [];
    renderRecords(workbook.host, { batches });
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(closed.id));
    batches.length = 0;
    correct("closedAt", "2026-07-09T16:00", "Closed a day earlier than typed.");

    expect(await screen.findByText(`${closed.id} corrected: Closed at. The reason is kept in “备注”.`)).toBeTruthy();
    expect(batches[0]).toBeLessThanOrEqual(2);
    expect(notesOf(workbook.host, "Complaints", closed.id, "备注")).toBe(
      "[2026-11-25 10:00 更正：结案日期] Closed a day earlier than typed.",
    );
    await waitFor(() => expect(fieldValue("结案日期")).toBe("2026-07-09 16:00"));
  });

  it("keeps a survey return's and a reminder slip's reasons in their own Notes", async () => {
    const { workbook, returned, reminder } = await ledger("vi");
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(returned.id));
    correct("returnedAt", "2026-09-03", "Phiếu về sớm một ngày.");
    expect(
      await screen.findByText(`${returned.id} corrected: Returned at. The reason is kept in “Ghi chú”.`),
    ).toBeTruthy();
    expect(notesOf(workbook.host, "SurveyReturns", returned.id, "Ghi chú")).toBe(
      "[2026-11-25 10:00 Đính chính: Ngày thu hồi] Phiếu về sớm một ngày.",
    );

    fireEvent.keyDown(screen.getByRole("heading", { name: /Survey form returned/ }), { key: "Escape" });
    fireEvent.click(itemButton(reminder.id));
    correct("answeredAt", "2026-07-04T09:00", "Phòng ban đã trả lời qua điện thoại.");
    expect(
      await screen.findByText(`${reminder.id} corrected: Answered at. The reason is kept in “Ghi chú”.`),
    ).toBeTruthy();
    expect(notesOf(workbook.host, "Reminders", reminder.id, "Ghi chú")).toBe(
      "[2026-11-25 10:00 Đính chính: Ngày trả lời] Phòng ban đã trả lời qua điện thoại.",
    );
  });

  it("refuses a blank reason next to its field, and writes nothing", async () => {
    const { workbook, closed } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(closed.id));
    const writes = workbook.host.writeCount;
    correct("closedAt", "2026-07-09T16:00", "   ");
    const message = await screen.findByText("Write why the record is corrected.");
    expect(reasonBox().getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    expect(document.activeElement).toBe(reasonBox());
    expect(workbook.host.writeCount).toBe(writes);
  });

  it("writes nothing when the save fails, and keeps what was typed to try again", async () => {
    const { workbook, closed } = await ledger();
    renderRecords(workbook.host);
    await screen.findByText("Records: 6");
    fireEvent.click(itemButton(closed.id));
    const before = workbook.host.tables().Complaints.rows;
    workbook.host.rejectNextSync("The network connection was lost.", { after: 1 }); // the write of the update
    correct("closedAt", "2026-07-09T16:00", "Closed a day earlier than typed.");

    expect(await screen.findByText(/The network connection was lost\./)).toBeTruthy();
    expect(workbook.host.tables().Complaints.rows).toEqual(before);
    expect((reasonBox() as HTMLTextAreaElement).value).toBe("Closed a day earlier than typed.");
    expect((screen.getByLabelText("Closed at") as HTMLInputElement).value).toBe("2026-07-09T16:00");
  });

  it("says, in a workbook set up before the notes columns, that Set up adds the place for the reason", async () => {
    const workbook = await setUpBeforeNotes("en");
    const closed = await add(workbook, "complaints", CLOSED_COMPLAINT);
    const feedback = await add(workbook, "feedback", CLOSED_FEEDBACK);
    renderRecords(workbook.host);
    await screen.findByText("Records: 2");
    const noPlace = translate("en", "records.correct.noPlace", { column: "Notes", action: "Set up workbook" });
    for (const id of [closed.id, feedback.id]) {
      fireEvent.click(itemButton(id));
      expect(screen.getByText(noPlace)).toBeTruthy();
      expect(screen.queryByRole("button", { name: "Save correction" })).toBeNull();
      fireEvent.keyDown(screen.getByRole("heading", { name: new RegExp(id) }), { key: "Escape" });
    }
  });
});
