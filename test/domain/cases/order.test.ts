import fc from "fast-check";
import { type LedgerRecord, type OpenCase, badgeState, openCases } from "../../../src/domain/cases";
import { FRIDAY_4PM, HOUR, at, clockAt, complaint, dispatch, feedback, sources } from "./fixtures";

const THURSDAY_4PM = at(2026, 11, 26, 16);

describe("the order of the list", () => {
  it("lists a complaint whose 8D report is a day late before one whose reply is due tomorrow", () => {
    const eightDLate = complaint(
      {
        contentClass: "productQuality",
        notifiedAt: FRIDAY_4PM,
        replyDone: FRIDAY_4PM + HOUR,
        proposalDone: at(2026, 11, 24),
      },
      { id: "CC-2026-0001" },
    );
    const replyTomorrow = complaint(
      { receivedAt: THURSDAY_4PM - HOUR, notifiedAt: THURSDAY_4PM - HOUR },
      { id: "CC-2026-0002" },
    );
    const cases = openCases(sources({ complaints: [replyTomorrow, eightDLate] }), clockAt(THURSDAY_4PM));
    expect(cases.map((found) => found.id)).toEqual(["CC-2026-0001", "CC-2026-0002"]);
    expect(cases[0].badges).toEqual([{ step: "eightD", due: at(2026, 11, 25, 16), state: "overdue" }]);
    expect(cases[0].overdueBy).toBeCloseTo(1, 9);
    expect(cases[1].overdueBy).toBe(0);
    expect(cases[1].badges.map((badge) => [badge.step, badge.state])).toEqual([
      ["reply", "dueSoon"],
      ["proposal", "upcoming"],
    ]);
  });

  it("measures how late a case is by its most overdue step", () => {
    const cases = openCases(sources({ complaints: [complaint()] }), clockAt(at(2026, 11, 27, 16)));
    expect(cases[0].badges.map((badge) => badge.state)).toEqual(["overdue", "overdue", "overdue"]);
    expect(cases[0].overdueBy).toBeCloseTo(7 - 30 / 1440, 9); // the 30-minute notification, a week ago
  });

  it("mixes complaints, feedback and surveys by urgency, not by table", () => {
    const now = at(2026, 11, 27, 12);
    const cases = openCases(
      sources({
        complaints: [complaint({ receivedAt: now - HOUR, notifiedAt: now })],
        feedback: [feedback({ receivedAt: now - 23 * HOUR })],
        surveyDispatch: [dispatch({ sentAt: at(2026, 11, 20, 9) })],
      }),
      clockAt(now),
    );
    expect(cases.map((found) => found.kind)).toEqual(["surveyDispatch", "feedback", "complaint"]);
  });
});

describe("a badge's state", () => {
  const now = THURSDAY_4PM;

  it("is overdue once its due time has passed", () => {
    expect(badgeState(now - 1 / 1440, now)).toBe("overdue");
  });

  it("is due soon from now up to 24 hours ahead", () => {
    expect(badgeState(now, now)).toBe("dueSoon");
    expect(badgeState(now + 1, now)).toBe("dueSoon");
  });

  it("is upcoming beyond 24 hours", () => {
    expect(badgeState(now + 1 + 1 / 1440, now)).toBe("upcoming");
  });
});

// Properties ---------------------------------------------------------------------------------------------------------

const NOW = THURSDAY_4PM;
const DAY_OFFSETS = fc.double({ min: -20, max: 5, noNaN: true });

/** A complaint, feedback or dispatch row keyed directly (choice keys), received some days around now. */
const anyRow = fc.record({
  table: fc.constantFrom("complaints", "feedback", "surveyDispatch"),
  offset: DAY_OFFSETS,
  urgent: fc.boolean(),
  done: fc.array(fc.constantFrom("notifiedAt", "replyDone", "proposalDone", "eightDDone", "repliedAt"), {
    maxLength: 5,
  }),
  productQuality: fc.boolean(),
});

type AnyRow = typeof anyRow extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(generated: readonly AnyRow[]) {
  const tables = sources({});
  const add = (table: "complaints" | "feedback" | "surveyDispatch", row: LedgerRecord) => ({
    ...tables,
    [table]: [...tables[table], row],
  });
  return generated.reduce(
    (all, spec, index) => {
      const start = NOW + spec.offset;
      const done = Object.fromEntries(spec.done.map((key) => [key, start + HOUR]));
      const row: LedgerRecord = {
        id: `X-${String(index).padStart(4, "0")}`,
        receivedAt: start,
        sentAt: start,
        status: "open",
        urgent: spec.urgent ? "yes" : "no",
        contentClass: spec.productQuality ? "productQuality" : "serviceAttitude",
        ...done,
      };
      return { ...all, [spec.table]: [...all[spec.table], row] };
    },
    add("complaints", { id: "CC-0", receivedAt: NOW, status: "open" }),
  );
}

function inListOrder(a: OpenCase, b: OpenCase): boolean {
  if (a.overdueBy !== b.overdueBy) return a.overdueBy > b.overdueBy;
  if (a.nextDue === null || b.nextDue === null) return b.nextDue === null;
  return a.nextDue <= b.nextDue;
}

describe("the order, for any ledger", () => {
  it("puts the most overdue first, then the soonest due, cases without a due date last", () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), (generated) => {
        const cases = openCases(rowsOf(generated), clockAt(NOW));
        cases.slice(1).forEach((found, index) => expect(inListOrder(cases[index], found)).toBe(true));
      }),
    );
  });

  it("shows each case's badges earliest first, overdue exactly when due before now", () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), (generated) => {
        for (const found of openCases(rowsOf(generated), clockAt(NOW))) {
          const dues = found.badges.map((badge) => badge.due);
          expect(dues).toEqual([...dues].sort((a, b) => a - b));
          found.badges.forEach((badge) => expect(badge.state === "overdue").toBe(badge.due < NOW));
          expect(found.overdueBy).toBe(found.badges[0] && found.badges[0].due < NOW ? NOW - found.badges[0].due : 0);
        }
      }),
    );
  });

  it("does not depend on the order of the rows in the tables", () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), (generated) => {
        const tables = rowsOf(generated);
        const reversed = {
          complaints: [...tables.complaints].reverse(),
          feedback: [...tables.feedback].reverse(),
          surveyDispatch: [...tables.surveyDispatch].reverse(),
          surveyReturns: [],
        };
        const ids = (list: readonly OpenCase[]) => list.map((found) => `${found.kind}:${found.id}`);
        expect(ids(openCases(reversed, clockAt(NOW)))).toEqual(ids(openCases(tables, clockAt(NOW))));
      }),
    );
  });
});
