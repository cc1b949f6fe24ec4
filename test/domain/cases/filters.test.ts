import { filterCases, filterOptions, openCases } from "../../../src/domain/cases";
import { FRIDAY_4PM, clockAt, complaint, dispatch, feedback, sources } from "./fixtures";

const cases = openCases(
  sources({
    complaints: [
      complaint({ ownerDepartment: "engineering", contentClass: "productQuality" }, { id: "CC-1", language: "zh-CN" }),
      complaint({ ownerDepartment: "quality", contentClass: "serviceAttitude", status: "inProgress" }, { id: "CC-2" }),
      complaint({ ownerDepartment: null, contentClass: null }, { id: "CC-3", language: "vi" }),
    ],
    feedback: [feedback({ department: "sales" }, { id: "FB-1", language: "zh-CN" })],
    surveyDispatch: [dispatch({}, { id: "SD-1" })],
  }),
  clockAt(FRIDAY_4PM),
);

const ids = (list: readonly { readonly id: string }[]) => list.map((found) => found.id).sort();

describe("filtering the Cases list", () => {
  it("shows every case without a filter, or with filters left blank", () => {
    expect(filterCases(cases, {})).toHaveLength(5);
    expect(filterCases(cases, { department: "", status: "", contentClass: "" })).toHaveLength(5);
  });

  it("narrows to one department, whether the workbook is in Chinese, Vietnamese or English", () => {
    expect(ids(filterCases(cases, { department: "engineering" }))).toEqual(["CC-1"]);
    expect(ids(filterCases(cases, { department: "sales" }))).toEqual(["FB-1"]);
  });

  it("narrows to a content class, which only complaints have", () => {
    expect(ids(filterCases(cases, { contentClass: "productQuality" }))).toEqual(["CC-1"]);
  });

  it("narrows to a status, which survey dispatches do not have", () => {
    expect(ids(filterCases(cases, { status: "open" }))).toEqual(["CC-1", "CC-3", "FB-1"]);
    expect(ids(filterCases(cases, { status: "inProgress" }))).toEqual(["CC-2"]);
  });

  it("narrows to a kind of case", () => {
    expect(ids(filterCases(cases, { kind: "surveyDispatch" }))).toEqual(["SD-1"]);
    expect(ids(filterCases(cases, { kind: "complaint" }))).toEqual(["CC-1", "CC-2", "CC-3"]);
  });

  it("combines filters: every one must match", () => {
    expect(ids(filterCases(cases, { kind: "complaint", status: "open", department: "engineering" }))).toEqual(["CC-1"]);
    expect(filterCases(cases, { kind: "feedback", department: "engineering" })).toEqual([]);
  });

  it("keeps the list's order", () => {
    const filtered = filterCases(cases, { status: "open" });
    const order = cases.filter((found) => filtered.includes(found));
    expect(filtered).toEqual(order);
  });
});

describe("what the filters offer", () => {
  it("offers the keys present in the list, in the order of their choice list, blanks left out", () => {
    expect(filterOptions(cases)).toEqual({
      departments: ["quality", "sales", "engineering"],
      contentClasses: ["productQuality", "serviceAttitude"],
      statuses: ["open", "inProgress"],
    });
  });

  it("offers nothing for an empty list", () => {
    expect(filterOptions([])).toEqual({ departments: [], contentClasses: [], statuses: [] });
  });
});

describe("searching the Cases list by what was typed", () => {
  it("finds the cases of 'Hà Nội Motors' when 'ha noi' is typed, accents and case ignored", () => {
    expect(ids(filterCases(cases, { text: "ha noi" }))).toEqual(["CC-1", "CC-2", "CC-3", "SD-1"]);
    expect(ids(filterCases(cases, { text: "SAI GÒN" }))).toEqual(["FB-1"]);
  });

  it("finds a case by its id, typed in full-width or lower case, and with the customer's words beside it", () => {
    expect(ids(filterCases(cases, { text: "ｃｃ－２" }))).toEqual(["CC-2"]);
    expect(ids(filterCases(cases, { text: "motors cc-2" }))).toEqual(["CC-2"]);
    expect(filterCases(cases, { text: "trading cc-2" })).toEqual([]);
  });

  it("combines the text with the other filters, and lets everything through when blank", () => {
    expect(ids(filterCases(cases, { text: "cc", kind: "complaint", department: "quality" }))).toEqual(["CC-2"]);
    expect(filterCases(cases, { text: "  " })).toHaveLength(5);
    expect(filterCases(cases, { text: "no such customer" })).toEqual([]);
  });
});
