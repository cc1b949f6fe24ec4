import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import { validateRecord } from "../../src/domain/records";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  DEFAULT_TARGETS,
  TABLES,
  columnSpec,
  headerOf,
  surveyReturnColumns,
} from "../../src/domain/schema";
import { currentPeriod, surveyPreview } from "../../src/domain/survey-forms";
import { DEFAULT_PLAN_SETTINGS, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { dateText, serialOfDate } from "../../src/taskpane/forms/date-text";
import { scoreText } from "../../src/taskpane/forms/survey-score-text";
import { openSection, renderTaskpane } from "../support/render-taskpane";

const UI: { readonly [language in Language]: string } = {
  en: "en-US",
  "zh-CN": "zh-CN",
  "zh-TW": "zh-TW",
  vi: "vi-VN",
};
const HOA_PHAT = "Công ty Hòa Phát";
const HUAQIANG = "深圳华强电子";
const TAIPEI = "台北精密工業";

async function seeded(language: Language = "en") {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, language);
  return host;
}

async function openForm(host: MemoryExcel, key: "surveyDispatch" | "surveyReturn", language: Language = "en") {
  renderTaskpane(host, UI[language]);
  await openSection(translate(language, "nav.record"));
  fireEvent.change(await screen.findByLabelText(translate(language, "record.chooseForm")), { target: { value: key } });
  return screen.findByRole("form", { name: translate(language, `record.form.${key}`) });
}

function field(form: HTMLElement, table: "surveyDispatch" | "surveyReturns", key: string, language: Language) {
  const header = headerOf(columnSpec(TABLES[table], key), language).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return within(form).getByLabelText(new RegExp(`^${header}\\s*\\*?$`));
}

function checkbox(form: HTMLElement, name: string) {
  return within(form).getByLabelText(new RegExp(name), { selector: "input" }) as HTMLInputElement;
}

function customerBox(form: HTMLElement, language: Language) {
  const name = headerOf(columnSpec(TABLES.surveyReturns, "customer"), language);
  return within(form).getByLabelText(new RegExp(`^${name}`), { selector: "input" });
}

function fill(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}

function save(form: HTMLElement, language: Language = "en") {
  fireEvent.click(within(form).getByText(translate(language, "form.save"), { selector: "button" }));
}

function rows(host: MemoryExcel, table: "SurveyDispatch" | "SurveyReturns") {
  return host.tables()[table].rows;
}

/** The column of a table's header, as the workbook holds it. */
function cellOf(host: MemoryExcel, table: "SurveyDispatch" | "SurveyReturns", row: number, header: string) {
  const { headers, rows: body } = host.tables()[table];
  return body[row][headers.indexOf(header)];
}

/** The next sync meets `fault` once the read before it has gone: the fault hits the write. */
async function fillDispatch(form: HTMLElement) {
  fill(field(form, "surveyDispatch", "period", "en"), "2026-Q4");
  for (const name of [HOA_PHAT, HUAQIANG, TAIPEI]) {
    fireEvent.click(checkbox(form, name));
  }
  fill(field(form, "surveyDispatch", "channel", "en"), "email");
  fill(field(form, "surveyDispatch", "sentAt", "en"), "2026-11-20T10:00");
}

describe("the survey dispatch form", () => {
  it("starts in the current quarter, for customer satisfaction, sent now", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    const period = field(form, "surveyDispatch", "period", "en") as HTMLInputElement;
    expect(period.value).toBe(currentPeriod(serialOfDate(new Date())));
    expect((field(form, "surveyDispatch", "instrument", "en") as HTMLSelectElement).value).toBe("customer");
    expect(within(form).getByText(/^Due back by /)).toBeTruthy();
  });

  it("records forms sent to 3 customers as 3 rows in at most 2 round trips, due back 5 working days later", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    await fillDispatch(form);
    // Sent on a Friday: the 5 working days skip the weekend.
    expect(
      within(form).getByText("Due back by 2026-11-27 10:00: a form returned later counts as not returned."),
    ).toBeTruthy();
    expect(within(form).getByText("3 chosen")).toBeTruthy();
    host.resetMeters();
    save(form);
    expect(await screen.findByText("3 survey forms recorded.")).toBeTruthy();
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(rows(host, "SurveyDispatch")).toHaveLength(3);
    const customer = headerOf(columnSpec(TABLES.surveyDispatch, "customer"), "en");
    expect([0, 1, 2].map((row) => cellOf(host, "SurveyDispatch", row, customer))).toEqual([HOA_PHAT, HUAQIANG, TAIPEI]);
    expect(screen.getByText(`SD-2026-0002 · ${HUAQIANG}`)).toBeTruthy();
    expect(checkbox(form, HUAQIANG).checked).toBe(false);
  });

  it("writes nothing while no customer is chosen, and says so next to the customer list", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    host.resetMeters();
    save(form);
    expect(await within(form).findByText("Choose at least one customer.")).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText("Find customers"));
    expect(host.syncCount).toBe(0);
    expect(rows(host, "SurveyDispatch")).toHaveLength(0);
  });

  it("finds customers by part of a name, and lets all shown be chosen at once", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    fill(within(form).getByLabelText("Find customers"), "华强");
    expect(within(form).getAllByRole("checkbox")).toHaveLength(1);
    fireEvent.click(within(form).getByText("Choose all shown", { selector: "button" }));
    expect(checkbox(form, HUAQIANG).checked).toBe(true);
    expect(within(form).getByText("1 chosen")).toBeTruthy();
  });

  it("keeps the form when the write is rejected, and the retry leaves exactly 3 rows", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    await fillDispatch(form);
    host.rejectNextSync("The network connection was lost.", { after: 1 }); // the write, after the read
    save(form);
    expect(await screen.findByText(/Everything you entered is still here/)).toBeTruthy();
    expect(rows(host, "SurveyDispatch")).toHaveLength(0);
    expect(checkbox(form, TAIPEI).checked).toBe(true);
    save(form);
    expect(await screen.findByText("3 survey forms recorded.")).toBeTruthy();
    expect(rows(host, "SurveyDispatch")).toHaveLength(3);
  });

  it("recognises rows that landed although the answer was lost: the retry adds none", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    await fillDispatch(form);
    host.loseNextSyncResponse({ after: 1 }); // the write lands, its answer is lost
    save(form);
    expect(await screen.findByText(/Everything you entered is still here/)).toBeTruthy();
    expect(rows(host, "SurveyDispatch")).toHaveLength(3);
    save(form);
    expect(await screen.findByText("3 of them had already been saved: no second row was added.")).toBeTruthy();
    expect(rows(host, "SurveyDispatch")).toHaveLength(3);
  });
});

describe("undoing a survey dispatch", () => {
  it("takes back every row of the dispatch in at most 2 round trips, puts the choices back, and gives no id again", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    await fillDispatch(form);
    save(form);
    expect(await screen.findByText("3 survey forms recorded.")).toBeTruthy();
    host.resetMeters();
    fireEvent.click(within(form).getByRole("button", { name: "Undo this save" }));

    const done = await screen.findByText(
      "3 records were removed: SD-2026-0001, SD-2026-0002, SD-2026-0003. Their IDs will not be given again: the next save takes new ones.",
    );
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(rows(host, "SurveyDispatch")).toHaveLength(0);
    expect(done.closest("[tabindex='-1']")).toBe(document.activeElement);
    expect(screen.queryByText("3 survey forms recorded.")).toBeNull();
    expect(checkbox(form, HUAQIANG).checked).toBe(true);

    save(form);
    expect(await screen.findByText(`SD-2026-0005 · ${HUAQIANG}`)).toBeTruthy();
    expect(rows(host, "SurveyDispatch").map((row) => row[0])).toEqual(["SD-2026-0004", "SD-2026-0005", "SD-2026-0006"]);
  });

  it("deletes none of the rows when one was edited since, and says which one in the pane's language", async () => {
    const host = await seeded("vi");
    const form = await openForm(host, "surveyDispatch", "vi");
    for (const name of [HOA_PHAT, HUAQIANG]) fireEvent.click(checkbox(form, name));
    save(form, "vi");
    expect(await screen.findByText(translate("vi", "surveyDispatch.saved", { count: 2 }))).toBeTruthy();
    const { headers } = host.tables().SurveyDispatch;
    const receipt = headerOf(columnSpec(TABLES.surveyDispatch, "receiptConfirmed"), "vi");
    await act(async () => {
      await host.run(async (context) => {
        const body = context.workbook.tables.getItem("SurveyDispatch").getDataBodyRange();
        body.getCell(1, headers.indexOf(receipt)).values = [["Có"]];
      });
    });
    fireEvent.click(within(form).getByRole("button", { name: translate("vi", "records.undo.action") }));

    expect(
      await screen.findByText(
        translate("vi", "records.undo.changedMany", { id: "SD-2026-0002", fields: receipt, count: 2 }),
      ),
    ).toBeTruthy();
    expect(rows(host, "SurveyDispatch").map((row) => row[0])).toEqual(["SD-2026-0001", "SD-2026-0002"]);
    expect(screen.getByText(translate("vi", "surveyDispatch.saved", { count: 2 }))).toBeTruthy();
  });
});

const ZH = "zh-CN" as const;
const RETURN_COLUMNS = surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES);

function itemName(code: string): string {
  const item = DEFAULT_INSTRUMENT.find((candidate) => candidate.code === code);
  return `${code} ${item?.text[ZH]}`;
}

function levelList(form: HTMLElement, code: string) {
  return within(form).getByLabelText(itemName(code), { selector: "select" });
}

function pointsBox(form: HTMLElement, code: string) {
  return within(form).getByLabelText(itemName(code), { selector: "input" });
}

function itemGroup(form: HTMLElement, code: string) {
  const group = levelList(form, code).closest<HTMLElement>('[role="group"]');
  if (!group) throw new Error(`No group for ${code}.`);
  return group;
}

async function dispatchTo(host: MemoryExcel, customer: string, sentAt: string) {
  const plan = buildWorkbookPlan(ZH);
  const input = { period: "2026-Q4", customer, instrument: "customer", sentAt, channel: "email" };
  const result = validateRecord(TABLES.surveyDispatch, input, { language: ZH });
  if (!result.ok) throw new Error("The test's dispatch is not valid.");
  await memoryExcelRunner(host)((context) =>
    appendMany(context, plan, { table: "surveyDispatch", records: [result.row], year: 2026 }),
  );
  host.resetMeters();
}

describe("the survey return form", () => {
  it("stores level words and points as numbers, previews what the workbook will score, in ≤ 2 round trips", async () => {
    const host = await seeded(ZH);
    const form = await openForm(host, "surveyReturn", ZH);
    fill(field(form, "surveyReturns", "period", ZH), "2026-Q4");
    fill(customerBox(form, ZH), HUAQIANG);
    fill(field(form, "surveyReturns", "returnedAt", ZH), "2026-11-24");
    fill(levelList(form, "OV1"), "verySatisfied");
    fill(pointsBox(form, "OV2"), "4");
    fill(levelList(form, "OV3"), "basicallySatisfied");
    fill(pointsBox(form, "SV1"), "满意");
    fill(pointsBox(form, "SV2"), "2");
    fill(pointsBox(form, "SV3"), "５");
    fill(levelList(form, "PQ1"), "satisfied");
    fill(pointsBox(form, "PQ2"), "3");

    expect((pointsBox(form, "OV1") as HTMLInputElement).value).toBe("5");
    expect((levelList(form, "SV1") as HTMLSelectElement).value).toBe("satisfied");
    const stored = { OV1: 5, OV2: 4, OV3: 3, SV1: 4, SV2: 2, SV3: 5, PQ1: 4, PQ2: 3 };
    const target = (key: string) => DEFAULT_TARGETS.find((entry) => entry.key === key)?.value ?? NaN;
    const expected = surveyPreview(stored, {
      ...DEFAULT_PLAN_SETTINGS,
      itemAlert: target("itemAlert"),
      customerAlert: target("customerAlert"),
    });
    const total = expected.total ?? NaN;
    expect(within(form).getByText(translate(ZH, "surveyReturn.total", { score: scoreText(total, ZH) }))).toBeTruthy();
    expect(within(form).getByText(translate(ZH, "surveyReturn.grade", { grade: expected.grade }))).toBeTruthy();
    expect(total).toBeLessThan(80);
    expect(within(form).getByText(translate(ZH, "surveyReturn.totalAlert", { threshold: 80 }))).toBeTruthy();
    // Basically satisfied is 60 points: at or below 70, the item needs root-cause analysis.
    const flagged = translate(ZH, "surveyReturn.itemAlert", { points: 60, threshold: 70 });
    expect(within(itemGroup(form, "OV3")).getByText(flagged)).toBeTruthy();
    expect(within(itemGroup(form, "OV2")).queryByText(/70/)).toBeNull();

    host.resetMeters();
    save(form, ZH);
    expect(await screen.findByText(translate(ZH, "form.saved", { id: "SR-2026-0001" }))).toBeTruthy();
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(rows(host, "SurveyReturns")).toHaveLength(1);
    for (const [code, rating] of Object.entries(stored)) {
      const column = RETURN_COLUMNS.find((spec) => spec.key === `item_${code}`);
      expect(cellOf(host, "SurveyReturns", 0, column ? headerOf(column, ZH) : code)).toBe(rating);
    }
  });

  it("writes nothing while an answer is off the item's scale, and says so next to the item", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyReturn");
    const points = within(form).getByLabelText("OV1 Product price", { selector: "input" });
    fill(customerBox(form, "en"), HOA_PHAT);
    fill(points, "7");
    host.resetMeters();
    save(form);
    expect(await within(form).findByText("Points lie between 0 and 5.")).toBeTruthy();
    expect(document.activeElement).toBe(points);
    expect(points.getAttribute("aria-invalid")).toBe("true");
    expect(host.syncCount).toBe(0);
    expect(rows(host, "SurveyReturns")).toHaveLength(0);
  });

  it("fills in the period and customer of the awaiting dispatch chosen, and says whether it came back on time", async () => {
    const host = await seeded(ZH);
    await dispatchTo(host, TAIPEI, "2026-11-20T10:00");
    const form = await openForm(host, "surveyReturn", ZH);
    const dispatch = field(form, "surveyReturns", "dispatchId", ZH);
    const option = translate(ZH, "surveyReturn.dispatchOption", {
      id: "SD-2026-0001",
      customer: TAIPEI,
      period: "2026-Q4",
    });
    expect(within(dispatch).getByText(option, { selector: "option" })).toBeTruthy();
    fill(field(form, "surveyReturns", "period", ZH), "2027-Q1");
    fill(dispatch, "SD-2026-0001");
    expect((field(form, "surveyReturns", "period", ZH) as HTMLInputElement).value).toBe("2026-Q4");
    expect((customerBox(form, ZH) as HTMLInputElement).value).toBe(TAIPEI);
    fill(field(form, "surveyReturns", "returnedAt", ZH), "2026-11-30");
    expect(within(form).getByText(translate(ZH, "surveyReturn.late", { due: "2026-11-27 10:00" }))).toBeTruthy();
    fill(field(form, "surveyReturns", "returnedAt", ZH), "2026-11-26");
    expect(within(form).getByText(translate(ZH, "surveyReturn.onTime", { due: "2026-11-27 10:00" }))).toBeTruthy();
    fill(pointsBox(form, "OV1"), "5");

    save(form, ZH);
    await screen.findByText(translate(ZH, "form.saved", { id: "SR-2026-0001" }));
    const dispatchHeader = headerOf(columnSpec(TABLES.surveyReturns, "dispatchId"), ZH);
    expect(cellOf(host, "SurveyReturns", 0, dispatchHeader)).toBe("SD-2026-0001");
    // Returned: no longer awaiting.
    await act(async () => undefined);
    expect(
      within(field(form, "surveyReturns", "dispatchId", ZH)).queryByText(option, { selector: "option" }),
    ).toBeNull();
  });
});

/** A save in jsdom on a busy 2-core machine can take seconds: wait for its answer that long. */
const SLOW = { timeout: 15_000 };

/** The answer to the save is at the top of the form, above its first field, announced and focused. */
function expectSavedAtTop(form: HTMLElement, text: string, firstField: HTMLElement) {
  const message = within(form).getByText(text);
  const outcome = message.closest<HTMLElement>("[tabindex='-1']");
  expect(document.activeElement).toBe(outcome);
  expect(message.closest("[role=status]")).not.toBeNull();
  expect(outcome?.compareDocumentPosition(firstField)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  expect(within(form).queryByText(/^Not saved yet/)).toBeNull();
  expect(within(form).queryByText("Choose at least one customer.")).toBeNull();
}

const NOTHING_MORE = translate("en", "form.nothingMoreToSave");

describe("pressing Save again right after survey forms are recorded", () => {
  it("says what was recorded at the top and records once when Save is double-clicked", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    await fillDispatch(form);
    save(form);
    save(form);
    await within(form).findByText("3 survey forms recorded.", undefined, SLOW);
    save(form);
    expect(within(form).getByText(NOTHING_MORE)).toBeTruthy();
    expectSavedAtTop(form, "3 survey forms recorded.", field(form, "surveyDispatch", "period", "en"));
    expect(rows(host, "SurveyDispatch")).toHaveLength(3);
  });

  it("says what was recorded at the top and records once when Ctrl+Enter is pressed twice", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    await fillDispatch(form);
    fireEvent.keyDown(field(form, "surveyDispatch", "sentAt", "en"), { key: "Enter", ctrlKey: true });
    await within(form).findByText("3 survey forms recorded.", undefined, SLOW);
    fireEvent.keyDown(document.activeElement ?? form, { key: "Enter", ctrlKey: true });
    expect(within(form).getByText(NOTHING_MORE)).toBeTruthy();
    expectSavedAtTop(form, "3 survey forms recorded.", field(form, "surveyDispatch", "period", "en"));
    expect(rows(host, "SurveyDispatch")).toHaveLength(3);
  });

  it("has Now beside the time the forms were sent", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyDispatch");
    const sentAt = field(form, "surveyDispatch", "sentAt", "en") as HTMLInputElement;
    fill(sentAt, "2020-01-01T08:00");
    const group = sentAt.closest<HTMLElement>(".fui-Field");
    if (!group) throw new Error("Sent at has no field.");
    fireEvent.click(within(group).getByRole("button", { name: "Now" }));
    expect(sentAt.value).not.toBe("2020-01-01T08:00");
    expect(sentAt.value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  });
});

/** A survey return with one answer, ready to save. */
function fillReturn(form: HTMLElement) {
  fill(customerBox(form, "en"), HOA_PHAT);
  fill(within(form).getByLabelText("OV1 Product price", { selector: "input" }), "5");
}

describe("pressing Save again right after a survey return is saved", () => {
  it("says what was saved at the top and saves once when Save is double-clicked", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyReturn");
    fillReturn(form);
    save(form);
    save(form);
    await within(form).findByText("Saved as SR-2026-0001.", undefined, SLOW);
    save(form);
    expect(within(form).getByText(NOTHING_MORE)).toBeTruthy();
    expectSavedAtTop(form, "Saved as SR-2026-0001.", field(form, "surveyReturns", "dispatchId", "en"));
    expect(rows(host, "SurveyReturns")).toHaveLength(1);
  });

  it("says what was saved at the top and saves once when Ctrl+Enter is pressed twice", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyReturn");
    fillReturn(form);
    fireEvent.keyDown(customerBox(form, "en"), { key: "Enter", ctrlKey: true });
    await within(form).findByText("Saved as SR-2026-0001.", undefined, SLOW);
    fireEvent.keyDown(document.activeElement ?? form, { key: "Enter", ctrlKey: true });
    expect(within(form).getByText(NOTHING_MORE)).toBeTruthy();
    expectSavedAtTop(form, "Saved as SR-2026-0001.", field(form, "surveyReturns", "dispatchId", "en"));
    expect(rows(host, "SurveyReturns")).toHaveLength(1);
  });

  it("has Today beside the date the form came back", async () => {
    const host = await seeded();
    const form = await openForm(host, "surveyReturn");
    const returnedAt = field(form, "surveyReturns", "returnedAt", "en") as HTMLInputElement;
    fill(returnedAt, "2020-01-01");
    const group = returnedAt.closest<HTMLElement>(".fui-Field");
    if (!group) throw new Error("Returned at has no field.");
    fireEvent.click(within(group).getByRole("button", { name: "Today" }));
    expect(returnedAt.value).toBe(dateText(new Date()));
  });
});
