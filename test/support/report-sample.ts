/**
 * Two years of a quality department's ledger for the dashboard and review tests: the 8 quarters ending with the
 * one `today` is in, with thousands of survey forms sent and returned and thousands of complaints, seeded so every
 * run writes the same rows.
 *
 * The rows are shaped for what the reports count: customers of different satisfaction (some averaging below 80,
 * items dipping to 70 or below in some quarters), forms returned on time, late or never, complaints of every content
 * class and nature, closed and open, steps done on time, late or not at all. Nothing happens after `today` (due
 * dates may lie beyond it); a survey form sent in the last days may still be out.
 */
import { type Deadlines, complaintDueDates } from "../../src/domain/case-deadlines";
import { dateOfSerial, serialOf } from "../../src/domain/excel-date";
import type { Language } from "../../src/domain/i18n/language";
import { formatRecordId } from "../../src/domain/records";
import { type ChoiceListKey, choiceLabel } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS, type PlanSettings, type PlanValue } from "../../src/domain/workbook-plan";
import { isWorkingDay, workday } from "../../src/domain/working-days";
import type { SampleRecords, SampleRow } from "./sample-records";

export interface ReportSampleOptions {
  readonly language: Language;
  /** The Excel date(-time) serial of the moment the sample is taken: nothing is dated after it. */
  readonly today: number;
  readonly seed?: number;
  readonly settings?: PlanSettings;
  /**
   * How many times the ledger (1 unless given): the register holds that many copies of each customer (numbered
   * after the first) and every quarter sends, receives and gets back that many times the forms and complaints.
   */
  readonly scale?: number;
}

/** A quarter of the sample: its label ("2026-Q3") and its first and last days (date serials). */
export interface SampleQuarter {
  readonly label: string;
  readonly first: number;
  readonly last: number;
}

/** Survey forms sent in a full quarter; the current quarter sends its elapsed share. */
const FORMS_PER_QUARTER = 800;
/** Complaints received in a full quarter. */
const COMPLAINTS_PER_QUARTER = 300;
const MINUTE = 1 / 1440;
/** Rounding and capping at full marks pull the mean rating down; this lifts it back to the customers' levels. */
const LEVEL_LIFT = 0.03;

type Random = () => number;

/*
 * Math's functions held in constants: in jest's sandbox every lookup of a global is slow, and the sample draws some
 * 300,000 random numbers (random.ts's generator took most of a second there; outside jest, a tenth of that).
 */
const { imul, floor, round, min, max, sqrt } = Math;

/** mulberry32, as random.ts, without global lookups. */
function generator(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `from` to `to` inclusive. */
function randomInteger(random: Random, from: number, to: number): number {
  return from + floor(random() * (to - from + 1));
}

/** The `count` quarters ending with the one `today` lies in, oldest first. */
export function sampleQuarters(today: number, count = 8): SampleQuarter[] {
  const { year, month } = dateOfSerial(today);
  const quarters: SampleQuarter[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const index = year * 4 + floor((month - 1) / 3) - back;
    const y = floor(index / 4);
    const q = (index % 4) + 1;
    const next = q === 4 ? serialOf(y + 1, 1, 1) : serialOf(y, q * 3 + 1, 1);
    quarters.push({ label: `${y}-Q${q}`, first: serialOf(y, q * 3 - 2, 1), last: next - 1 });
  }
  return quarters;
}

// Customers ------------------------------------------------------------------------------------------------------

/**
 * The register: Chinese, Vietnamese and Latin names, and names a criterion would read as a pattern or an operator
 * (`*`, `?`, `~`, quotes, a leading `=`), each after a name such a reading would match instead ("Star Trading"
 * before "Star* Trading", "What! Co" before "What? Co", "TildeWorks" before "Tilde~Works", "Equals Corp" before
 * "=Equals Corp"), at different levels, so a wildcard reading gives another customer's scores.
 * `level` is how satisfied the customer is (share of full marks), `share` how much business (forms, complaints).
 */
interface SampleCustomer {
  readonly name: string;
  readonly level: number;
  readonly share: number;
}

const CUSTOMERS: readonly SampleCustomer[] = [
  { name: "华东精密机械有限公司", level: 0.9, share: 3 },
  { name: "Công ty TNHH Minh Phát", level: 0.86, share: 2 },
  { name: "Northwind Traders", level: 0.93, share: 2 },
  { name: "广州恒达电子", level: 0.74, share: 3 },
  { name: "Công ty CP Thép Việt", level: 0.82, share: 2 },
  { name: "Contoso Ltd.", level: 0.88, share: 1 },
  { name: "深圳市鑫源科技", level: 0.84, share: 2 },
  { name: "Hòa Bình Logistics", level: 0.7, share: 1 },
  { name: "Fabrikam Inc.", level: 0.91, share: 1 },
  { name: "苏州新宇包装", level: 0.8, share: 2 },
  { name: "Đại lý Hưng Thịnh", level: 0.87, share: 1 },
  { name: "=Sum Corp", level: 0.78, share: 1 },
  { name: "杭州天成汽配", level: 0.89, share: 2 },
  { name: "Công ty May Sài Gòn", level: 0.85, share: 1 },
  { name: "O'Neil & Sons", level: 0.83, share: 1 },
  { name: "成都蓝海物流", level: 0.76, share: 1 },
  { name: "Nhà phân phối Ánh Dương", level: 0.92, share: 1 },
  { name: "宁波港联贸易", level: 0.87, share: 2 },
  { name: "Adventure Works", level: 0.95, share: 1 },
  { name: "天津滨海重工", level: 0.81, share: 2 },
  { name: "Công ty Điện tử Đông Á", level: 0.88, share: 1 },
  { name: "Tailspin Toys", level: 0.9, share: 1 },
  { name: "青岛海诚食品", level: 0.86, share: 1 },
  { name: "Hợp tác xã Phú Lợi", level: 0.72, share: 1 },
  { name: "Litware, Inc.", level: 0.89, share: 1 },
  { name: "武汉光谷光电", level: 0.84, share: 2 },
  { name: "Vinh Quang Trading", level: 0.9, share: 1 },
  { name: "厦门鹭岛五金", level: 0.79, share: 1 },
  { name: "Wide World Importers", level: 0.94, share: 1 },
  { name: "Công ty Nhựa Bình Minh", level: 0.85, share: 1 },
  { name: "Star Trading", level: 0.72, share: 2 },
  { name: "Star* Trading", level: 0.93, share: 2 },
  { name: "Star Trading Ltd", level: 0.8, share: 1 },
  { name: "What! Co", level: 0.7, share: 1 },
  { name: "What? Co", level: 0.9, share: 1 },
  { name: "TildeWorks", level: 0.95, share: 1 },
  { name: "Tilde~Works", level: 0.75, share: 1 },
  { name: `O'Brien "Quoted" Ltd`, level: 0.86, share: 1 },
  { name: "Equals Corp", level: 0.92, share: 1 },
  { name: "=Equals Corp", level: 0.74, share: 1 },
];

const PEOPLE = ["张伟", "李娜", "Nguyễn Văn An", "Trần Thị Bình", "王芳", "Alex Chen", "Lê Minh", "刘洋"];
const PRODUCTS = ["PN-1001 轴承", "PN-2040 齿轮箱", "VX-300 Van", "MK-12 控制板", "BT-7 Bơm", "SK-88 Seal kit"];
const COMMENTS = ["希望缩短交期", "Mong giao hàng nhanh hơn", "Packaging could be sturdier.", "服务很及时，谢谢"];

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The register at `scale`: the customers above, then copies of them numbered 2, 3… ("Star* Trading 2"). */
function register(scale: number): SampleCustomer[] {
  return Array.from({ length: scale }, (_, copy) =>
    CUSTOMERS.map((customer) => (copy === 0 ? customer : { ...customer, name: `${customer.name} ${copy + 1}` })),
  ).flat();
}

function customerRows(customers: readonly SampleCustomer[], language: Language, today: number): SampleRow[] {
  const day = floor(today);
  return customers.map(({ name }, index) => ({
    id: formatRecordId("CU", dateOfSerial(day - 900 - (index % CUSTOMERS.length) * 40).year, index + 1),
    name,
    category: label("customerCategory", ["longTerm", "referred", "firstTime"][index % 3], language),
    type: label("customerType", ["endUser", "agent", "internal"][index % 3], language),
    contact: PEOPLE[index % PEOPLE.length],
    phone: `+86 21 5555 ${pad(index, 4)}`,
    email: `quality${index}@example.com`,
    address: `No. ${index + 1}, Industrial Park`,
    region: index % 2 === 0 ? "华东" : "Miền Nam",
    since: day - 900 - index * 40,
    birthday: index % 4 === 0 ? null : serialOf(1965 + index, 1 + (index % 12), 10),
    notes: index === 11 ? "=SUM(1,2) typed as text, never a formula" : null,
  }));
}

// Holidays -------------------------------------------------------------------------------------------------------

/** The first day of the lunar new year (春节 / Tết). */
const LUNAR_NEW_YEAR: { readonly [year: number]: readonly [number, number] } = {
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
};

function holidayRows(firstYear: number, lastYear: number): SampleRow[] {
  const rows: SampleRow[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    rows.push({ date: serialOf(year, 1, 1), name: "元旦 / New Year" });
    const lunar = LUNAR_NEW_YEAR[year];
    if (lunar) {
      const first = serialOf(year, lunar[0], lunar[1]);
      for (let day = -1; day < 4; day += 1) rows.push({ date: first + day, name: "春节 / Tết" });
    }
    rows.push({ date: serialOf(year, 4, 30), name: "Reunification Day" });
    rows.push({ date: serialOf(year, 5, 1), name: "劳动节 / Labour Day" });
    rows.push({ date: serialOf(year, 9, 2), name: "Quốc khánh" });
    for (let day = 1; day <= 3; day += 1) rows.push({ date: serialOf(year, 10, day), name: "国庆节 / National Day" });
  }
  return rows;
}

// Helpers --------------------------------------------------------------------------------------------------------

function label(list: ChoiceListKey, key: string, language: Language): string {
  return choiceLabel(list, key, language);
}

/** A key drawn by weight: [["valid", 55], ["venting", 10], …]. */
function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const sum = options.reduce((total, [, weight]) => total + weight, 0);
  let at = random() * sum;
  for (const [value, weight] of options) {
    at -= weight;
    if (at < 0) return value;
  }
  return options[options.length - 1][0];
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[floor(random() * items.length)];
}

/** Roughly normal noise with mean 0 and standard deviation 1. */
function noise(random: Random): number {
  return (random() + random() + random() + random() - 2) * sqrt(3);
}

/** A customer drawn by share of business: the Pareto chart has a few big complainers. */
function customerPicker(random: Random, customers: readonly SampleCustomer[]): () => SampleCustomer {
  const options = customers.map((customer) => [customer, customer.share ** 2] as const);
  return () => weighted(random, options);
}

/** Ids per prefix and year, counted in the order the records are made (oldest first). */
function idAllocator(prefix: string): (when: number) => string {
  const counters = new Map<number, number>();
  return (when) => {
    const year = dateOfSerial(when).year;
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    return formatRecordId(prefix, year, next);
  };
}

/**
 * A date-time in the quarter, no later than `today`, at a whole minute: working days in office hours mostly, now and
 * then a weekend or a night.
 */
function momentIn(random: Random, quarter: SampleQuarter, today: number, holidays: ReadonlySet<number>): number {
  const last = min(quarter.last, floor(today));
  let day = randomInteger(random, quarter.first, last);
  for (let tries = 0; tries < 4 && !isWorkingDay(day, holidays) && random() < 0.85; tries += 1) {
    day = randomInteger(random, quarter.first, last);
  }
  const minute = random() < 0.9 ? randomInteger(random, 8 * 60, 18 * 60) : randomInteger(random, 0, 1439);
  const moment = day + minute * MINUTE;
  if (moment <= today) return moment;
  return day + floor((today - day) * 1440 * random()) * MINUTE;
}

/** The share of the quarter that has passed by `today` (1 for past quarters). */
function elapsed(quarter: SampleQuarter, today: number): number {
  return min(1, (floor(today) - quarter.first + 1) / (quarter.last - quarter.first + 1));
}

// Survey dispatch and returns ----------------------------------------------------------------------------------------

interface RatingModel {
  /** Added to a customer's level for one quarter: satisfaction drifts. */
  readonly drift: (customer: number, quarter: number) => number;
  /** Added for one item in one quarter: the price item is rated lower, service response dips in some quarters. */
  readonly itemShift: (item: number, quarter: number) => number;
}

function ratingModel(random: Random, customers: number, items: number, quarters: number): RatingModel {
  const drifts = Array.from({ length: customers }, () => {
    const walk: number[] = [];
    let level = 0;
    for (let quarter = 0; quarter < quarters; quarter += 1) {
      level = max(-0.08, min(0.08, level + noise(random) * 0.025));
      walk.push(level);
    }
    return walk;
  });
  // Each item's usual offset (price and service response rated lower), and three dips deep enough to bring an
  // item's quarter average to 70 or below: the fourth item (service response) in the third quarter, the last item
  // in the sixth, the first (price) in the current quarter.
  const offsets = Array.from(
    { length: items },
    (_, item) => [-0.05, -0.03, 0.01, -0.06, 0.0, 0.02, 0.03, 0.01][item % 8],
  );
  const dips = new Map<string, number>([
    [`${3 % items}:${min(2, quarters - 1)}`, -0.2],
    [`${items - 1}:${min(5, quarters - 1)}`, -0.18],
    [`0:${quarters - 1}`, -0.16],
  ]);
  return {
    drift: (customer, quarter) => drifts[customer][quarter],
    itemShift: (item, quarter) => offsets[item] + (dips.get(`${item}:${quarter}`) ?? 0),
  };
}

interface SurveyRows {
  readonly dispatch: SampleRow[];
  readonly returns: SampleRow[];
}

function surveyRows(
  random: Random,
  customers: readonly SampleCustomer[],
  options: Required<ReportSampleOptions>,
  quarters: readonly SampleQuarter[],
  holidays: ReadonlySet<number>,
): SurveyRows {
  const { language, today, settings, scale } = options;
  const items = settings.instrument;
  const modules = settings.modules.map((module) => module.key);
  const model = ratingModel(random, customers.length, items.length, quarters.length);
  const nextCustomer = customerPicker(random, customers);
  const dispatchId = idAllocator("SD");
  const returnId = idAllocator("SR");
  const customerKind = label("instrumentKind", "customer", language);
  const yes = label("yesNo", "yes", language);
  const channels = ["email", "email", "letter", "fax", "visit"].map((key) => label("channel", key, language));
  const lastDay = floor(today);
  const dispatch: SampleRow[] = [];
  const returns: { row: SampleRow; returnedAt: number }[] = [];

  const ratings = (customer: number, quarter: number): { [key: string]: PlanValue } => {
    const row: { [key: string]: PlanValue } = {};
    const skipped = random() < 0.04 ? pick(random, modules) : undefined;
    const level = customers[customer].level + LEVEL_LIFT + model.drift(customer, quarter);
    items.forEach((item, index) => {
      const blank = item.module === skipped || random() < 0.04;
      const mean = (level + model.itemShift(index, quarter)) * item.scale;
      const rating = round(mean + noise(random) * 0.75);
      row[`item_${item.code}`] = blank ? null : max(0, min(item.scale, rating));
    });
    // A form holds at least one rating (the record rule); a blank form is not recorded.
    const first = items[0];
    if (items.every((item) => row[`item_${item.code}`] === null)) {
      row[`item_${first.code}`] = randomInteger(random, Math.ceil(first.scale / 2), first.scale);
    }
    return row;
  };

  const addReturn = (
    id: string | null,
    period: string,
    customer: number,
    quarter: number,
    returnedAt: number,
  ): void => {
    returns.push({
      returnedAt,
      row: {
        id: null, // numbered once all are made, in the order they came back
        dispatchId: id,
        period,
        customer: customers[customer].name,
        returnedAt,
        ...ratings(customer, quarter),
        comments: random() < 0.15 ? pick(random, COMMENTS) : null,
      },
    });
  };

  quarters.forEach((quarter, quarterIndex) => {
    const forms = max(10, round(FORMS_PER_QUARTER * scale * elapsed(quarter, today)));
    // Some quarters chase their forms harder than others: the return rate moves around the 99 % target.
    const missing = [0.03, 0.06, 0.01, 0.08, 0.02, 0.05, 0.01, 0.04][quarterIndex % 8];
    const sent = Array.from({ length: forms }, () => momentIn(random, quarter, today, holidays)).sort((a, b) => a - b);
    for (const sentAt of sent) {
      const customer = customers.indexOf(nextCustomer());
      const id = dispatchId(sentAt);
      dispatch.push({
        id,
        period: quarter.label,
        customer: customers[customer].name,
        instrument: customerKind,
        sentAt,
        channel: pick(random, channels),
        receiptConfirmed: random() < 0.7 ? yes : null,
      });
      const due = workday(floor(sentAt), 5, holidays);
      const returnedAt = weighted<number | null>(random, [
        [null, missing],
        [randomInteger(random, floor(sentAt), due), 0.84 - missing],
        [due, 0.04],
        [workday(due, randomInteger(random, 1, 3), holidays), 0.07],
        [due + randomInteger(random, 7, 40), 0.05],
      ]);
      if (returnedAt !== null && returnedAt <= lastDay)
        addReturn(id, quarter.label, customer, quarterIndex, returnedAt);
    }
    // Forms that came back without a dispatch row (handed over at a visit).
    for (let extra = 0; extra < 3 * scale; extra += 1) {
      const returnedAt = floor(momentIn(random, quarter, today, holidays));
      addReturn(null, quarter.label, customers.indexOf(nextCustomer()), quarterIndex, returnedAt);
    }
  });

  const ordered = returns.sort((a, b) => a.returnedAt - b.returnedAt);
  return {
    dispatch,
    returns: ordered.map(({ row, returnedAt }) => ({ ...row, id: returnId(returnedAt) })),
  };
}

// Complaints -----------------------------------------------------------------------------------------------------

const CONTENT_CLASSES: readonly (readonly [string | null, number])[] = [
  ["productQuality", 50],
  ["serviceQuality", 24],
  ["serviceAttitude", 16],
  ["suddenEvent", 8],
  [null, 2],
];
const NATURES: readonly (readonly [string | null, number])[] = [
  ["valid", 55],
  ["helpSeeking", 20],
  ["enquiry", 14],
  ["venting", 10],
  [null, 1],
];

/** When a step is done against its due date: on time, late, or not (yet) done. */
type Timing = "onTime" | "late" | "notDone";

/** A step's done time; null when not done or when it would lie after `today`. */
function stepDone(random: Random, start: number, due: number | null, timing: Timing, today: number): number | null {
  if (due === null || timing === "notDone") return null;
  const minutes = max(1, round((due - start) * 1440));
  const done =
    timing === "onTime"
      ? start + randomInteger(random, 1, minutes) * MINUTE
      : due + randomInteger(random, 1, random() < 0.7 ? 2 * 1440 : 15 * 1440) * MINUTE;
  return done <= today ? done : null;
}

function complaintRows(
  random: Random,
  customers: readonly SampleCustomer[],
  options: Required<ReportSampleOptions>,
  quarters: readonly SampleQuarter[],
  holidays: ReadonlySet<number>,
): SampleRow[] {
  const { language, today, settings, scale } = options;
  const deadlines: Deadlines = settings.deadlines;
  const yes = label("yesNo", "yes", language);
  const no = label("yesNo", "no", language);
  const nextCustomer = customerPicker(random, customers);
  const complaintId = idAllocator("CC");
  const rows: SampleRow[] = [];
  const choice = (list: ChoiceListKey, key: string | null) => (key === null ? null : label(list, key, language));

  quarters.forEach((quarter, quarterIndex) => {
    const count = max(8, round(COMPLAINTS_PER_QUARTER * scale * elapsed(quarter, today)));
    // Timeliness improves over the two years; the closure rate moves around its 80 % target.
    const onTimeShare = 0.72 + (0.2 * quarterIndex) / max(1, quarters.length - 1);
    const closeShare = [0.86, 0.78, 0.9, 0.75, 0.88, 0.82, 0.93, 0.8][quarterIndex % 8];
    const received = Array.from({ length: count }, () => momentIn(random, quarter, today, holidays)).sort(
      (a, b) => a - b,
    );
    for (const receivedAt of received) {
      const contentClass = weighted(random, CONTENT_CLASSES);
      const urgent = weighted(random, [
        [yes, 20],
        [no, 60],
        [null, 20],
      ]);
      const major = random() < 0.15;
      const customerEightDDue =
        random() < 0.2 ? floor(receivedAt) + randomInteger(random, 2, 15) + randomInteger(random, 0, 3) * 0.25 : null;
      const due = complaintDueDates({ receivedAt, urgent: urgent === yes, customerEightDDue }, deadlines, holidays);
      const timing = (): Timing =>
        weighted<Timing>(random, [
          ["onTime", onTimeShare],
          ["late", 0.95 - onTimeShare],
          ["notDone", 0.05],
        ]);
      const replyDone = stepDone(random, receivedAt, due.replyDue, timing(), today);
      const proposalDone = stepDone(random, receivedAt, due.proposalDue, timing(), today);
      const eightDOwed = contentClass === "productQuality" || customerEightDDue !== null;
      const eightDDone = eightDOwed ? stepDone(random, receivedAt, due.eightDDue, timing(), today) : null;
      const lastStep = max(receivedAt, replyDone ?? 0, proposalDone ?? 0, eightDDone ?? 0);
      const closing = lastStep + randomInteger(random, 2 * 60, 10 * 1440) * MINUTE;
      const closedAt = replyDone !== null && random() < closeShare && closing <= today ? closing : null;
      const followUp =
        closedAt === null
          ? null
          : closedAt + randomInteger(random, 1440, random() < 0.85 ? 7 * 1440 : 12 * 1440) * MINUTE;
      const followUpDone = followUp !== null && followUp <= today && random() < 0.9 ? followUp : null;
      const status =
        closedAt !== null
          ? "closed"
          : pick(random, ["open", "inProgress", "inProgress", "awaitingCustomer", "reopened"]);
      // A major complaint in hand needs the director's approval, and only an approved one is closed.
      const approval =
        closedAt !== null
          ? major || random() < 0.6
            ? "approved"
            : null
          : major && status !== "open"
            ? pick(random, ["pending", "approved", "returned"])
            : random() < 0.3
              ? "pending"
              : null;
      const notified = receivedAt + randomInteger(random, 5, random() < 0.85 ? 30 : 240) * MINUTE;
      rows.push({
        id: complaintId(receivedAt),
        receivedAt,
        channel: label("channel", pick(random, ["phone", "email", "hotline", "visit", "letter", "fax"]), language),
        customer: nextCustomer().name,
        contact: pick(random, PEOPLE),
        phone: `1${randomInteger(random, 3, 9)}${randomInteger(random, 100_000_000, 999_999_999)}`,
        product: pick(random, PRODUCTS),
        batchNo: `L${randomInteger(random, 2_400_000, 2_699_999)}`,
        purchaseDate: floor(receivedAt) - randomInteger(random, 5, 200),
        purchasePlace: null,
        defectQuantity: randomInteger(random, 0, 500),
        defectRate: randomInteger(random, 0, 1000) / 10_000,
        contentClass: choice("complaintContent", contentClass),
        nature: choice("complaintNature", weighted(random, NATURES)),
        severity: label("severity", major ? "major" : "general", language),
        urgent,
        description: pick(random, [
          "外观划伤，批量不良",
          "Trầy xước bề mặt",
          "Late delivery of order 4411",
          "噪音偏大",
        ]),
        customerDemand: label(
          "customerDemand",
          pick(random, ["return", "exchange", "repair", "explanation"]),
          language,
        ),
        ownerDepartment: label("department", pick(random, ["quality", "sales", "engineering", "production"]), language),
        ownerPerson: pick(random, PEOPLE),
        approval: choice("approvalStatus", approval),
        approvedBy: approval === "approved" ? "总经理 / Director" : null,
        notifiedAt: notified <= today ? notified : null,
        replyDone,
        proposalDone,
        eightDCustomerDue: customerEightDDue,
        eightDDone,
        rootCause: eightDDone === null ? null : "模具磨损 / Khuôn bị mòn",
        containment: null,
        correctiveAction: null,
        preventiveAction: null,
        status: label("caseStatus", status, language),
        closedAt,
        effectivenessChecked: closedAt === null ? null : yes,
        handlingSatisfaction:
          closedAt === null
            ? null
            : label(
                "satisfactionLevel",
                pick(random, ["verySatisfied", "satisfied", "satisfied", "dissatisfied"]),
                language,
              ),
        followUpDone,
        followUpResult:
          followUpDone === null
            ? null
            : label("followUpResult", pick(random, ["satisfied", "satisfied", "dissatisfied", "notReached"]), language),
        parentComplaint: null,
      });
    }
  });
  return rows;
}

// The sample -----------------------------------------------------------------------------------------------------

/**
 * The rows of every table the reports read, by table key (feedback and reminders empty), the same for the same
 * options: 40 customers, ≥ 5,000 survey returns with their dispatch rows, ≥ 2,000 complaints (each times the
 * scale), and the holidays of the years the 8 quarters touch.
 */
export function reportSample(options: ReportSampleOptions): SampleRecords {
  const full: Required<ReportSampleOptions> = {
    seed: 20_260_701,
    settings: DEFAULT_PLAN_SETTINGS,
    scale: 1,
    ...options,
  };
  if (!Number.isSafeInteger(full.scale) || full.scale < 1)
    throw new RangeError(`A sample's scale is a whole number from 1, not ${full.scale}.`);
  const customers = register(full.scale);
  const quarters = sampleQuarters(full.today);
  const holidays = holidayRows(dateOfSerial(quarters[0].first).year, dateOfSerial(full.today).year);
  const holidaySet = new Set(holidays.map((row) => row.date as number));
  const random = generator(full.seed);
  const { dispatch, returns } = surveyRows(random, customers, full, quarters, holidaySet);
  return {
    customers: customerRows(customers, full.language, full.today),
    feedback: [],
    complaints: complaintRows(random, customers, full, quarters, holidaySet),
    reminders: [],
    surveyDispatch: dispatch,
    surveyReturns: returns,
    holidays,
  };
}
