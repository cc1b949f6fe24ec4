/**
 * Seeded, realistic sample rows for the workbook plan's record tables, by column key, in the workbook's language:
 * what a quality department's ledger holds after a year or so. The rows are chosen to reach every branch of the
 * calculated columns: weekends and holidays, blank cells, urgent and non-urgent cases, customers' own 8D dates,
 * closed and open complaints, steps done before, exactly at and after their due dates, survey forms returned on
 * time, on the last day, a day late or never, and ratings whose totals sit exactly on a grade boundary or just
 * below it.
 *
 * Complaints depend on NOW() (their overdue flag): no complaint due date lies within MARGIN_DAYS of `now`, so the
 * flag cannot change between generating the rows and LibreOffice recalculating them (nor with the time zone).
 */
import { type Deadlines, complaintDueDates, followUpDue } from "../../src/domain/case-deadlines";
import { dateOfSerial, serialOf } from "../../src/domain/excel-date";
import { total as totalOf, score as scoreOf } from "../../src/domain/score";
import type { Language } from "../../src/domain/i18n/language";
import { periodOf } from "../../src/domain/period";
import { DEFAULT_LEVELS } from "../../src/domain/rating-levels";
import { type ChoiceListKey, CHOICE_LISTS, choiceLabel } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS, type PlanSettings, type PlanValue } from "../../src/domain/workbook-plan";
import { workday } from "../../src/domain/working-days";
import { mulberry32, randomInteger } from "./random";

/** One row of a table by column key; calculated columns are left out (the plan's formulas compute them). */
export type SampleRow = { readonly [columnKey: string]: PlanValue };

export interface SampleRecords {
  readonly customers: readonly SampleRow[];
  readonly feedback: readonly SampleRow[];
  readonly complaints: readonly SampleRow[];
  readonly reminders: readonly SampleRow[];
  readonly surveyDispatch: readonly SampleRow[];
  readonly surveyReturns: readonly SampleRow[];
  readonly holidays: readonly SampleRow[];
}

export interface SampleOptions {
  readonly language: Language;
  /** The time the workbook will be recalculated, as a local Excel date-time serial. */
  readonly now: number;
  readonly seed?: number;
  readonly settings?: PlanSettings;
  /** Rows of each record table (at least this many). */
  readonly rows?: number;
}

/** No complaint due date lies closer than this to `now`, in days. */
export const MARGIN_DAYS = 1.5;

const MINUTES_PER_DAY = 1440;

/** The current time as a local Excel date-time serial (what NOW() shows on this machine), to the minute or finer. */
export function localNowSerial(date: Date = new Date()): number {
  const localMs = date.getTime() - date.getTimezoneOffset() * 60_000;
  return localMs / 86_400_000 + 25_569;
}

/** Holidays of the years around `now`: fixed-date public holidays, Tết / Spring Festival 2025–2027. */
function holidayRows(now: number): SampleRow[] {
  const year = dateOfSerial(now).year;
  const rows: SampleRow[] = [];
  const lunarNewYear: { readonly [year: number]: readonly [number, number] } = {
    2025: [1, 28],
    2026: [2, 16],
    2027: [2, 5],
  };
  for (let y = year - 2; y <= year + 1; y += 1) {
    rows.push({ date: serialOf(y, 1, 1), name: "元旦 / New Year" });
    const lunar = lunarNewYear[y];
    if (lunar) {
      const first = serialOf(y, lunar[0], lunar[1]);
      for (let day = 0; day < 4; day += 1) rows.push({ date: first + day, name: "春节 / Tết" });
    }
    rows.push({ date: serialOf(y, 4, 30), name: "Reunification Day" });
    rows.push({ date: serialOf(y, 5, 1), name: "劳动节 / Labour Day" });
    rows.push({ date: serialOf(y, 9, 2), name: "Quốc khánh" });
    for (let day = 1; day <= 3; day += 1) rows.push({ date: serialOf(y, 10, day), name: "国庆节 / National Day" });
  }
  rows.push({ date: null, name: null }); // a row left blank: WORKDAY skips it
  return rows;
}

const CUSTOMER_NAMES = [
  "华东精密机械有限公司",
  "Công ty TNHH Minh Phát",
  "Northwind Traders",
  "广州恒达电子",
  "Công ty CP Thép Việt",
  "Contoso Ltd.",
  "深圳市鑫源科技",
  "Hòa Bình Logistics",
  "Fabrikam Inc.",
  "苏州新宇包装",
  "Đại lý Hưng Thịnh",
  "Tailspin Toys",
  "杭州天成汽配",
  "Công ty May Sài Gòn",
  "Litware, Inc.",
  "成都蓝海物流",
  "O'Neil & Sons",
  "Nhà phân phối Ánh Dương",
  "宁波港联贸易",
  "Adventure Works",
  // Names a criterion would read as a pattern or an operator, each after one that such a reading would match.
  "Star Trading",
  "Star* Trading",
  "Star Trading Ltd",
  "What! Co",
  "What? Co",
  "TildeWorks",
  "Tilde~Works",
  `O'Brien "Quoted" Ltd`,
  "Equals Corp",
  "=Equals Corp",
];

/**
 * Ids typed into the workbook by hand (a legacy register's numbers), in pairs: the second would match the first if
 * read as a pattern ("?" and "*" as wildcards, "~" escaping the next character), and only the first has records
 * pointing to it (a return, reminder slips).
 */
export const TYPED_ID_PAIRS: readonly (readonly [string, string])[] = [
  ["LEGACY-A1", "LEGACY-A?"],
  ["LEGACY-B17", "LEGACY-B*"],
  ["LEGACY-C1", "LEGACY~-C1"],
];

const PEOPLE = ["张伟", "李娜", "Nguyễn Văn An", "Trần Thị Bình", "王芳", "Alex Chen", "Lê Minh", "刘洋"];
const PRODUCTS = ["PN-1001 轴承", "PN-2040 齿轮箱", "VX-300 Van", "MK-12 控制板", "BT-7 Bơm", "SK-88 Seal kit"];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function label(list: ChoiceListKey, key: string, language: Language): string {
  return choiceLabel(list, key, language);
}

function randomLabel(random: Random, list: ChoiceListKey, language: Language): string {
  return pick(random, CHOICE_LISTS[list].choices).label[language];
}

/** A whole minute of the day, as a fraction of a day; office hours mostly. */
function minuteOfDay(random: Random, from = 7 * 60, to = 19 * 60): number {
  return randomInteger(random, from, to) / MINUTES_PER_DAY;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function recordId(prefix: string, serial: number, number: number): string {
  return `${prefix}-${dateOfSerial(serial).year}-${pad(number, 4)}`;
}

/**
 * Days a case may start on: ordinary days over the last ~14 months, the days of each holiday and the day before,
 * Fridays, Saturdays and Sundays.
 */
function startDays(random: Random, now: number, holidays: readonly number[], count: number): number[] {
  const today = Math.floor(now);
  const days: number[] = [];
  const pastHolidays = holidays.filter((day) => day < today - 10 && day > today - 430);
  for (const holiday of pastHolidays) days.push(holiday, holiday - 1);
  for (let week = 0; days.length < count / 2; week += 1) {
    const friday = today - ((today - 6) % 7) - 7 * (week + 2); // serial mod 7: 6 is a Friday
    days.push(friday, friday + 1, friday + 2);
  }
  while (days.length < count) days.push(today - randomInteger(random, 3, 420));
  return days.sort((a, b) => a - b);
}

function customers(language: Language): SampleRow[] {
  return CUSTOMER_NAMES.map((name, index) => ({
    id: `CU-2025-${pad(index + 1, 4)}`,
    name,
    category: CHOICE_LISTS.customerCategory.choices[index % 3].label[language],
    type: CHOICE_LISTS.customerType.choices[index % 3].label[language],
    contact: PEOPLE[index % PEOPLE.length],
    phone: `+86 21 5555 ${pad(index, 4)}`,
    email: `quality${index}@example.com`,
    address: `No. ${index + 1}, Industrial Park`,
    region: index % 2 === 0 ? "华东" : "Miền Nam",
    since: serialOf(2015 + (index % 10), 1 + (index % 12), 1 + index),
    birthday: index % 4 === 0 ? null : serialOf(1970 + index, 1 + (index % 12), 10),
    notes: index % 5 === 0 ? "=SUM(1,2) typed as text, never a formula" : null,
  }));
}

function feedbackRows(random: Random, options: Required<SampleOptions>, holidays: readonly number[]): SampleRow[] {
  const { language, now, rows } = options;
  const yes = label("yesNo", "yes", language);
  const no = label("yesNo", "no", language);
  const days = startDays(random, now, holidays, rows);
  return days.map((day, index) => {
    const receivedAt = index % 50 === 7 ? null : day + minuteOfDay(random, 0, 1439);
    const urgent = index % 3 === 0 ? yes : index % 3 === 1 ? no : null;
    const closed = index % 4 !== 0 && receivedAt !== null;
    const repliedAt =
      receivedAt === null || index % 5 === 0 ? null : receivedAt + randomInteger(random, 10, 2880) / 1440;
    return {
      id: recordId("FB", day, index + 1),
      receivedAt,
      channel: randomLabel(random, "channel", language),
      customer: pick(random, CUSTOMER_NAMES),
      contact: pick(random, PEOPLE),
      phone: index % 7 === 0 ? null : `0${randomInteger(random, 100_000_000, 999_999_999)}`,
      address: null,
      kind: randomLabel(random, "feedbackKind", language),
      topic: index % 6 === 0 ? null : randomLabel(random, "feedbackTopic", language),
      urgent,
      content: index % 25 === 3 ? "+86 rang about the invoice" : "交货延迟两天，请尽快答复 / Giao hàng trễ",
      receivedBy: pick(random, PEOPLE),
      department: randomLabel(random, "department", language),
      verified: index % 2 === 0 ? yes : null,
      repliedAt,
      action: repliedAt === null ? null : "已电话说明 / Đã gọi điện giải thích",
      status: closed ? label("caseStatus", "closed", language) : label("caseStatus", "inProgress", language),
      closedAt: closed && repliedAt !== null ? repliedAt + 1 : null,
      customerConfirmed: closed ? yes : null,
      linkedComplaint: null,
    };
  });
}

/** Where a step's done date falls against its due date. */
type Timing = "early" | "onTheMinute" | "late" | "notDone";

function doneAt(random: Random, start: number, due: number | null, timing: Timing, now: number): number | null {
  if (due === null || timing === "notDone") return null;
  const done =
    timing === "early"
      ? start + Math.max(1, Math.floor((due - start) * MINUTES_PER_DAY * random())) / MINUTES_PER_DAY
      : timing === "onTheMinute"
        ? due
        : due + randomInteger(random, 1, 4320) / MINUTES_PER_DAY;
  return done < now - MARGIN_DAYS ? done : null;
}

const TIMINGS: readonly Timing[] = ["early", "early", "onTheMinute", "late", "notDone"];

interface ComplaintShape {
  readonly urgent: string | null;
  readonly contentClass: string | null;
  readonly customerEightDOffset: number | null;
  readonly closed: boolean;
  readonly timings: readonly [Timing, Timing, Timing, Timing];
}

function complaintRows(
  random: Random,
  options: Required<SampleOptions>,
  holidays: readonly number[],
  holidaySet: ReadonlySet<number>,
): SampleRow[] {
  const { language, now, rows, settings } = options;
  const deadlines: Deadlines = settings.deadlines;
  const yes = label("yesNo", "yes", language);
  const no = label("yesNo", "no", language);
  const contentClasses = [...CHOICE_LISTS.complaintContent.choices.map((choice) => choice.label[language]), null];
  const days = startDays(random, now, holidays, rows - 40);
  // Recent cases: received in the last days, some steps not yet due.
  for (let back = 2; days.length < rows; back += 0.25) days.push(Math.floor(now - back));
  return days.map((day, index) => {
    const shape: ComplaintShape = {
      urgent: index % 3 === 0 ? yes : index % 3 === 1 ? no : null,
      contentClass: contentClasses[index % contentClasses.length],
      customerEightDOffset: index % 3 === 2 ? randomInteger(random, 1, 20) + randomInteger(random, 0, 3) * 0.25 : null,
      closed: index % 5 < 3,
      timings: [pick(random, TIMINGS), pick(random, TIMINGS), pick(random, TIMINGS), pick(random, TIMINGS)],
    };
    const id = recordId("CC", day, index + 1);
    if (index % 60 === 11) return complaintRow(id, null, shape, random, options, deadlines, holidaySet);
    // Keep every due date clear of `now`: move the case back two days at a time until it is.
    for (let start = day + minuteOfDay(random, 0, 1439); ; start -= 2) {
      const row = complaintRow(id, start, shape, random, options, deadlines, holidaySet);
      if (
        dueDatesOf(row, yes, deadlines, holidaySet).every((due) => due === null || Math.abs(due - now) >= MARGIN_DAYS)
      ) {
        return row;
      }
    }
  });
}

/** A complaint's due dates, the follow-up's included, as the domain computes them. */
function dueDatesOf(
  row: SampleRow,
  yes: string,
  deadlines: Deadlines,
  holidays: ReadonlySet<number>,
): (number | null)[] {
  const due = complaintDueDates(
    {
      receivedAt: row.receivedAt as number | null,
      urgent: row.urgent === yes,
      customerEightDDue: row.eightDCustomerDue as number | null,
    },
    deadlines,
    holidays,
  );
  return [
    due.notifyDue,
    due.replyDue,
    due.proposalDue,
    due.eightDDue,
    followUpDue(row.closedAt as number | null, deadlines, holidays),
  ];
}

function complaintRow(
  id: string,
  receivedAt: number | null,
  shape: ComplaintShape,
  random: Random,
  options: Required<SampleOptions>,
  deadlines: Deadlines,
  holidays: ReadonlySet<number>,
): SampleRow {
  const { language, now } = options;
  const yes = label("yesNo", "yes", language);
  const start = receivedAt ?? Math.floor(now) - 30;
  const customerEightDDue = shape.customerEightDOffset === null ? null : Math.floor(start) + shape.customerEightDOffset;
  const due = complaintDueDates({ receivedAt, urgent: shape.urgent === yes, customerEightDDue }, deadlines, holidays);
  const [replyTiming, proposalTiming, eightDTiming, followUpTiming] = shape.timings;
  const replyDone = doneAt(random, start, due.replyDue, replyTiming, now);
  const proposalDone = doneAt(random, start, due.proposalDue, proposalTiming, now);
  const eightDDone = doneAt(random, start, due.eightDDue, eightDTiming, now);
  const lastStep = Math.max(start, replyDone ?? 0, proposalDone ?? 0, eightDDone ?? 0);
  const closedAt =
    shape.closed && receivedAt !== null && lastStep + 1 < now - MARGIN_DAYS
      ? lastStep + randomInteger(random, 60, 2880) / MINUTES_PER_DAY
      : null;
  const followUpDueAt = followUpDue(closedAt, deadlines, holidays);
  const followUpDone =
    closedAt === null || followUpDueAt === null
      ? null
      : doneAt(random, closedAt, followUpDueAt, followUpTiming === "onTheMinute" ? "early" : followUpTiming, now);
  return {
    id,
    receivedAt,
    channel: randomLabel(random, "channel", language),
    customer: pick(random, CUSTOMER_NAMES),
    contact: pick(random, PEOPLE),
    phone: `0${randomInteger(random, 100_000_000, 999_999_999)}`,
    product: pick(random, PRODUCTS),
    batchNo: `L${randomInteger(random, 2_400_000, 2_699_999)}`,
    purchaseDate: Math.floor(start) - randomInteger(random, 5, 200),
    purchasePlace: null,
    defectQuantity: randomInteger(random, 0, 500),
    defectRate: randomInteger(random, 0, 1000) / 10_000,
    contentClass: shape.contentClass,
    nature: randomLabel(random, "complaintNature", language),
    severity: randomLabel(random, "severity", language),
    urgent: shape.urgent,
    description: "外观划伤，批量不良 / Trầy xước bề mặt",
    customerDemand: randomLabel(random, "customerDemand", language),
    ownerDepartment: randomLabel(random, "department", language),
    ownerPerson: pick(random, PEOPLE),
    approval: randomLabel(random, "approvalStatus", language),
    approvedBy: null,
    notifiedAt: receivedAt === null ? null : receivedAt + randomInteger(random, 5, 90) / MINUTES_PER_DAY,
    replyDone,
    proposalDone,
    eightDCustomerDue: customerEightDDue,
    eightDDone,
    rootCause: null,
    containment: null,
    correctiveAction: null,
    preventiveAction: null,
    status: label(
      "caseStatus",
      closedAt === null ? pick(random, ["open", "inProgress", "reopened"]) : "closed",
      language,
    ),
    closedAt,
    effectivenessChecked: closedAt === null ? null : yes,
    handlingSatisfaction: closedAt === null ? null : randomLabel(random, "satisfactionLevel", language),
    followUpDone,
    followUpResult: followUpDone === null ? null : randomLabel(random, "followUpResult", language),
    parentComplaint: null,
  };
}

function reminderRows(random: Random, options: Required<SampleOptions>, complaints: readonly SampleRow[]): SampleRow[] {
  const { language, now } = options;
  const rows: SampleRow[] = [];
  let number = 0;
  const add = (recordId: string, issuedAt: number) => {
    number += 1;
    rows.push({
      id: recordId.replace(/^CC/, "RM").replace(/\d+$/, pad(number, 4)),
      recordId,
      issuedAt,
      department: randomLabel(random, "department", language),
      overdueStep: randomLabel(random, "dueStep", language),
      reason: number % 3 === 0 ? null : "等待供应商分析 / Chờ nhà cung cấp",
      answeredAt: number % 2 === 0 ? Math.min(issuedAt + 1, now - 1) : null,
    });
  };
  complaints.forEach((complaint, index) => {
    const count = index % 7 === 0 ? 3 : index % 3 === 0 ? 0 : randomInteger(random, 0, 2);
    const base = typeof complaint.receivedAt === "number" ? complaint.receivedAt : Math.floor(now) - 20;
    for (let slip = 0; slip < count; slip += 1) add(String(complaint.id), Math.min(base + 2 + slip, now - 1));
  });
  while (rows.length < options.rows) {
    const complaint = pick(random, complaints);
    add(String(complaint.id), Math.floor(now) - randomInteger(random, 2, 300));
  }
  add("CC-2019-9999", Math.floor(now) - 3); // a slip for a complaint the ledger no longer has
  return rows;
}

// Survey dispatch and returns -----------------------------------------------------------------------------------

interface Ratings {
  readonly [itemCode: string]: number | null;
}

/** Every way to answer a module's items (each blank or 0..scale), by the module score it gives (null: none). */
function moduleAnswers(settings: PlanSettings, moduleKey: string): Map<number | null, Ratings> {
  const items = settings.instrument.filter((item) => item.module === moduleKey);
  const scale = { maxPoints: items[0].scale, levels: DEFAULT_LEVELS };
  const found = new Map<number | null, Ratings>();
  const answers: (number | null)[] = [null];
  for (let rating = 0; rating <= items[0].scale; rating += 1) answers.push(rating);
  const combinations = answers.length ** items.length;
  for (let combination = 0; combination < combinations; combination += 1) {
    const ratings: { [code: string]: number | null } = {};
    let rest = combination;
    for (const item of items) {
      ratings[item.code] = answers[rest % answers.length];
      rest = Math.floor(rest / answers.length);
    }
    const row = items.map((item) => ratings[item.code]);
    const moduleScore = row.every((rating) => rating === null)
      ? null
      : scoreOf([row], [items.map((item) => item.weight)], scale);
    if (!found.has(moduleScore)) found.set(moduleScore, ratings);
  }
  return found;
}

/**
 * Ratings whose totals sit on each grade band's lower bound (as many distinct ways as the weights allow, up to
 * three) and the highest total just below it ("79.99…"), found by trying every module score the items can give.
 */
export function boundaryRatings(settings: PlanSettings): { readonly total: number; readonly ratings: Ratings }[] {
  const perModule = settings.modules.map((module) => [...moduleAnswers(settings, module.key)]);
  const weights = [settings.modules.map((module) => module.weight)];
  const combos: { total: number; ratings: Ratings }[] = [];
  const walk = (index: number, scores: (number | null)[], ratings: Ratings) => {
    if (index === perModule.length) {
      if (scores.every((value) => value === null)) return;
      combos.push({ total: totalOf([scores], weights), ratings });
      return;
    }
    for (const [moduleScore, answers] of perModule[index]) {
      walk(index + 1, [...scores, moduleScore], { ...ratings, ...answers });
    }
  };
  walk(0, [], {});
  const chosen: { total: number; ratings: Ratings }[] = [];
  for (const band of settings.gradeBands) {
    if (band.lowerBound <= 0) continue;
    chosen.push(...combos.filter((combo) => combo.total === band.lowerBound).slice(0, 3));
    const below = combos.filter((combo) => combo.total < band.lowerBound);
    const highest = Math.max(...below.map((combo) => combo.total));
    chosen.push(...below.filter((combo) => combo.total === highest).slice(0, 2));
  }
  return chosen;
}

function dispatchAndReturnRows(
  random: Random,
  options: Required<SampleOptions>,
  holidays: readonly number[],
  holidaySet: ReadonlySet<number>,
): { dispatch: SampleRow[]; returns: SampleRow[] } {
  const { language, now, rows, settings } = options;
  const yes = label("yesNo", "yes", language);
  const instruments = CHOICE_LISTS.instrumentKind.choices.map((choice) => choice.label[language]);
  const days = startDays(random, now, holidays, rows).filter((day) => day < now - 12);
  while (days.length < rows) days.push(Math.floor(now) - randomInteger(random, 12, 400));
  const boundaries = boundaryRatings(settings);
  const dispatch: SampleRow[] = [];
  const returns: SampleRow[] = [];
  const itemCodes = settings.instrument.map((item) => item.code);
  const moduleOf = new Map(settings.instrument.map((item) => [item.code, item.module]));
  let returnNumber = 0;

  const ratingsFor = (index: number): Ratings => {
    if (index < boundaries.length) return boundaries[index].ratings;
    const skippedModule = index % 9 === 0 ? settings.modules[index % settings.modules.length].key : undefined;
    const ratings: { [code: string]: number | null } = {};
    for (const code of itemCodes) {
      const scale = settings.instrument.find((item) => item.code === code)?.scale ?? 5;
      ratings[code] =
        index % 41 === 5 || moduleOf.get(code) === skippedModule || random() < 0.08
          ? null
          : randomInteger(random, index % 4 === 0 ? 0 : 2, scale);
    }
    return ratings;
  };
  const addReturn = (dispatchId: string | null, sentAt: number, returnedAt: number, customer: string) => {
    returnNumber += 1;
    const ratings = ratingsFor(returnNumber - 1);
    const row: { [key: string]: PlanValue } = {
      id: recordId("SR", returnedAt, returnNumber),
      dispatchId,
      period: periodOf(sentAt, "Q"),
      customer,
      returnedAt,
    };
    for (const code of itemCodes) row[`item_${code}`] = ratings[code] ?? null;
    row.comments = returnNumber % 4 === 0 ? "希望缩短交期 / Mong giao hàng nhanh hơn" : null;
    returns.push(row);
  };

  days.forEach((day, index) => {
    const sentAt = index % 4 === 0 ? day : day + minuteOfDay(random);
    const id = recordId("SD", day, index + 1);
    const customer = CUSTOMER_NAMES[index % CUSTOMER_NAMES.length];
    dispatch.push({
      id,
      period: periodOf(sentAt, "Q"),
      customer,
      instrument: instruments[index % 7 === 0 ? 1 : 0],
      sentAt: index % 97 === 50 ? null : sentAt,
      channel: randomLabel(random, "channel", language),
      receiptConfirmed: index % 3 === 0 ? null : yes,
    });
    const dueDay = workday(day, 5, holidaySet);
    switch (index % 8) {
      case 0: // on the last day
        addReturn(id, sentAt, dueDay, customer);
        break;
      case 1: // a day late
        addReturn(id, sentAt, workday(day, 6, holidaySet), customer);
        break;
      case 2: // not back
        break;
      case 3: // the same day
        addReturn(id, sentAt, day, customer);
        break;
      case 4: // weeks late
        addReturn(id, sentAt, dueDay + randomInteger(random, 7, 30), customer);
        break;
      default: // some working days later
        addReturn(id, sentAt, workday(day, randomInteger(random, 1, 4), holidaySet), customer);
    }
  });
  // Forms keyed without a dispatch, one keyed twice (the lookup finds the first), one dated before it was sent.
  for (let extra = 0; extra < 10; extra += 1) {
    const day = Math.floor(now) - randomInteger(random, 20, 300);
    addReturn(null, day, day + 3, pick(random, CUSTOMER_NAMES));
  }
  const twice = dispatch[8];
  addReturn(String(twice.id), twice.sentAt as number, Math.floor(twice.sentAt as number) + 40, String(twice.customer));
  const early = dispatch[10];
  addReturn(String(early.id), early.sentAt as number, Math.floor(early.sentAt as number), String(early.customer));
  const typo = returns.find((row, index) => index > 8 && row.dispatchId !== null && row.dispatchId !== twice.id);
  if (typo) {
    const sent = dispatch.find((row) => row.id === typo.dispatchId)?.sentAt as number;
    returns[returns.indexOf(typo)] = { ...typo, returnedAt: Math.floor(sent) - 1 };
  }
  return { dispatch, returns };
}

/**
 * New ids for TYPED_ID_PAIRS: each pair's first id replaces one of `ids` that has records pointing to it, the second
 * one that has none.
 */
function typedIds(prefix: string, ids: readonly string[], pointedTo: (id: string) => boolean): Map<string, string> {
  const used = ids.filter(pointedTo);
  const unused = ids.filter((id) => !pointedTo(id));
  const renames = new Map<string, string>();
  TYPED_ID_PAIRS.forEach(([first, second], index) => {
    renames.set(used[index], `${prefix}-${first}`);
    renames.set(unused[index], `${prefix}-${second}`);
  });
  return renames;
}

function renamed(rows: readonly SampleRow[], key: string, renames: ReadonlyMap<string, string>): SampleRow[] {
  return rows.map((row) => {
    const id = row[key];
    const to = typeof id === "string" ? renames.get(id) : undefined;
    return to === undefined ? row : { ...row, [key]: to };
  });
}

/** The sample rows of every record table and the Holidays table, the same for the same options. */
export function sampleRecords(options: SampleOptions): SampleRecords {
  const full: Required<SampleOptions> = {
    seed: 20_261_121,
    settings: DEFAULT_PLAN_SETTINGS,
    rows: 220,
    ...options,
  };
  const random = mulberry32(full.seed);
  const holidays = holidayRows(full.now);
  const holidayDays = holidays.flatMap((row) => (typeof row.date === "number" ? [row.date] : []));
  const holidaySet = new Set(holidayDays);
  const feedback = feedbackRows(random, full, holidayDays);
  const complaints = complaintRows(random, full, holidayDays, holidaySet);
  const reminders = reminderRows(random, full, complaints);
  const { dispatch, returns } = dispatchAndReturnRows(random, full, holidayDays, holidaySet);
  const complaintIds = typedIds(
    "CC",
    complaints.map((row) => String(row.id)),
    (id) => reminders.some((reminder) => reminder.recordId === id),
  );
  const dispatchIds = typedIds(
    "SD",
    dispatch.map((row) => String(row.id)),
    (id) => returns.some((row) => row.dispatchId === id),
  );
  return {
    customers: customers(full.language),
    feedback,
    complaints: renamed(complaints, "id", complaintIds),
    reminders: renamed(reminders, "recordId", complaintIds),
    surveyDispatch: renamed(dispatch, "id", dispatchIds),
    surveyReturns: renamed(returns, "dispatchId", dispatchIds),
    holidays,
  };
}
