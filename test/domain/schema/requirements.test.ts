import { CHOICE_LISTS, TABLES, type ChoiceListKey, type TableKey, columnSpec } from "../../../src/domain/schema";

const keysOf = (table: TableKey) => TABLES[table].columns.map((column) => column.key);
const choiceKeys = (list: ChoiceListKey) => CHOICE_LISTS[list].choices.map((choice) => choice.key);

/** DESIGN.md's column lists, in DESIGN's order (the tables may insert columns the requirements add). */
const DESIGN_COLUMNS: { readonly [table in TableKey]: readonly string[] } = {
  customers: ["id", "name", "category", "type", "contact", "phone", "email", "address", "region", "since", "notes"],
  feedback: [
    "id",
    "receivedAt",
    "channel",
    "customer",
    "contact",
    "kind",
    "topic",
    "content",
    "receivedBy",
    "department",
    "verified",
    "action",
    "status",
    "closedAt",
    "customerConfirmed",
    "linkedComplaint",
  ],
  complaints: [
    "id",
    "receivedAt",
    "channel",
    "customer",
    "product",
    "batchNo",
    "purchaseDate",
    "purchasePlace",
    "defectQuantity",
    "defectRate",
    "contentClass",
    "nature",
    "severity",
    "urgent",
    "description",
    "customerDemand",
    "ownerDepartment",
    "ownerPerson",
    "approval",
    "replyDue",
    "proposalDue",
    "eightDDue",
    "rootCause",
    "containment",
    "correctiveAction",
    "preventiveAction",
    "status",
    "closedAt",
    "handlingSatisfaction",
    "followUpDue",
    "followUpResult",
    "reminderCount",
    "parentComplaint",
  ],
  reminders: ["recordId", "issuedAt", "department", "overdueStep", "reason", "answeredAt"],
  surveyDispatch: [
    "id",
    "period",
    "customer",
    "instrument",
    "sentAt",
    "channel",
    "receiptConfirmed",
    "dueBack",
    "returnedAt",
    "onTime",
  ],
  surveyReturns: ["id", "dispatchId", "period", "customer", "returnedAt", "total", "grade", "comments"],
  // REQ 15, 16, 18: the actions low survey figures require, with their owner, due date and effectiveness check.
  actions: [
    "id",
    "alertKey",
    "kind",
    "period",
    "customer",
    "item",
    "finding",
    "raisedAt",
    "owner",
    "department",
    "dueDate",
    "status",
    "doneAt",
    "actionTaken",
    "effectiveness",
    "checkedAt",
  ],
  instrument: ["module", "code", "text", "weight", "scale"],
  modules: ["module", "weight", "ownerDepartment"],
  holidays: ["date", "name"],
  ratingLevels: ["word", "points"],
  gradeBands: ["lowerBound", "label"],
  targets: ["key", "value"],
  slaDurations: ["key", "duration"],
};

function isSubsequence(wanted: readonly string[], actual: readonly string[]): boolean {
  let at = 0;
  for (const key of actual) if (key === wanted[at]) at += 1;
  return at === wanted.length;
}

describe("the tables follow DESIGN.md's data model", () => {
  it.each(Object.entries(DESIGN_COLUMNS))("%s has DESIGN's columns in DESIGN's order", (table, wanted) => {
    expect(isSubsequence(wanted, keysOf(table as TableKey))).toBe(true);
  });

  it("Complaints has exactly these columns, in this order (the keys the workbook plan refers to)", () => {
    expect(keysOf("complaints")).toEqual([
      "id",
      "receivedAt",
      "channel",
      "customer",
      "contact",
      "phone",
      "product",
      "batchNo",
      "purchaseDate",
      "purchasePlace",
      "defectQuantity",
      "defectRate",
      "contentClass",
      "nature",
      "severity",
      "urgent",
      "description",
      "customerDemand",
      "ownerDepartment",
      "ownerPerson",
      "approval",
      "approvedBy",
      "notifyDue",
      "notifiedAt",
      "replyDue",
      "replyDone",
      "proposalDue",
      "proposalDone",
      "eightDCustomerDue",
      "eightDDue",
      "eightDDone",
      "rootCause",
      "containment",
      "correctiveAction",
      "preventiveAction",
      "status",
      "closedAt",
      "effectivenessChecked",
      "handlingSatisfaction",
      "followUpDue",
      "followUpDone",
      "followUpResult",
      "onTime",
      "overdue",
      "reminderCount",
      "parentComplaint",
      "notes",
    ]);
  });

  it("ends every record table with its notes, after its calculated columns: where a correction's reason is kept", () => {
    const records = ["customers", "feedback", "complaints", "reminders", "surveyDispatch", "surveyReturns", "actions"];
    for (const table of records as readonly TableKey[]) {
      expect(keysOf(table).at(-1)).toBe("notes");
      expect(columnSpec(TABLES[table], "notes")).toEqual(columnSpec(TABLES.customers, "notes"));
    }
  });

  it("adds to DESIGN only these columns elsewhere", () => {
    const added = (table: TableKey) => keysOf(table).filter((key) => !DESIGN_COLUMNS[table].includes(key));
    expect(added("customers")).toEqual(["birthday"]);
    expect(added("feedback")).toEqual(["phone", "address", "urgent", "replyDue", "repliedAt", "notes"]);
    expect(added("reminders")).toEqual(["id", "notes"]);
    for (const table of ["surveyDispatch", "surveyReturns", "actions"] as const) {
      expect(added(table)).toEqual(["notes"]);
    }
    for (const table of ["instrument", "modules"] as const) expect(added(table)).toEqual([]);
  });

  it("computes exactly the due dates, flags, counts, scores and grades with native formulas", () => {
    const calculated = Object.fromEntries(
      Object.values(TABLES)
        .map((table) => [table.name, table.columns.filter((c) => c.calculated).map((c) => c.key)] as const)
        .filter(([, keys]) => keys.length > 0),
    );
    expect(calculated).toEqual({
      Feedback: ["replyDue"],
      Complaints: [
        "notifyDue",
        "replyDue",
        "proposalDue",
        "eightDDue",
        "followUpDue",
        "onTime",
        "overdue",
        "reminderCount",
      ],
      SurveyDispatch: ["dueBack", "returnedAt", "onTime"],
      SurveyReturns: ["total", "grade"],
    });
  });

  it("keeps calculated flags as booleans and entered flags as the yes/no list", () => {
    for (const table of Object.values(TABLES)) {
      for (const column of table.columns) {
        if (column.type === "boolean") expect(column.calculated).toBe(true);
      }
    }
    for (const key of ["urgent", "effectivenessChecked"]) {
      expect(columnSpec(TABLES.complaints, key).choices).toBe("yesNo");
    }
  });
});

describe("the records keep what the procedures ask for", () => {
  it("REQ 1: feedback keeps the customer's name, phone and address and the full feedback text", () => {
    expect(columnSpec(TABLES.feedback, "customer")).toMatchObject({ required: true, references: "customers" });
    expect(columnSpec(TABLES.feedback, "phone").type).toBe("phone");
    expect(columnSpec(TABLES.feedback, "address").type).toBe("text");
    expect(columnSpec(TABLES.feedback, "content")).toMatchObject({ type: "longText", required: true });
    expect(columnSpec(TABLES.feedback, "verified").choices).toBe("yesNo");
    expect(columnSpec(TABLES.feedback, "customerConfirmed").choices).toBe("yesNo");
  });

  it("REQ 2, 12: channels are the procedures' channels, survey forms and suggestion letters", () => {
    expect(choiceKeys("channel")).toEqual(
      expect.arrayContaining([
        "phone",
        "fax",
        "letter",
        "email",
        "inPerson",
        "hotline",
        "visit",
        "meeting",
        "media",
        "partners",
        "surveyForm",
        "suggestionLetter",
      ]),
    );
  });

  it("REQ 3: complaints keep product, batch, purchase date and place, defect quantity and rate, severity, demand", () => {
    for (const key of ["product", "batchNo", "purchaseDate", "purchasePlace", "defectQuantity", "defectRate"]) {
      expect(keysOf("complaints")).toContain(key);
    }
    expect(columnSpec(TABLES.complaints, "product").required).toBe(true);
    expect(columnSpec(TABLES.complaints, "description").required).toBe(true);
    expect(columnSpec(TABLES.complaints, "defectRate").type).toBe("percent");
    expect(columnSpec(TABLES.complaints, "severity")).toMatchObject({ choices: "severity", required: true });
    expect(columnSpec(TABLES.complaints, "customerDemand").choices).toBe("customerDemand");
    expect(choiceKeys("customerDemand")).toEqual(expect.arrayContaining(["return", "exchange", "compensation"]));
  });

  it("REQ 3: no compensation amount is recorded at intake", () => {
    expect(keysOf("complaints").filter((key) => /amount|sum|money/i.test(key))).toEqual([]);
  });

  it("REQ 4: feedback gets a handling status and a closing date", () => {
    expect(columnSpec(TABLES.feedback, "status")).toMatchObject({ choices: "caseStatus", required: true });
    expect(columnSpec(TABLES.feedback, "closedAt").type).toBe("dateTime");
  });

  it("REQ 5: the customer register keeps name, phone, address and birthday", () => {
    expect(columnSpec(TABLES.customers, "name")).toMatchObject({ required: true, unique: true });
    expect(columnSpec(TABLES.customers, "phone").type).toBe("phone");
    expect(columnSpec(TABLES.customers, "address").type).toBe("text");
    expect(columnSpec(TABLES.customers, "birthday").type).toBe("date");
  });

  it("REQ 8, 9: complaints are classified by content and by nature", () => {
    expect(columnSpec(TABLES.complaints, "contentClass").choices).toBe("complaintContent");
    expect(choiceKeys("complaintContent")).toEqual([
      "productQuality",
      "serviceQuality",
      "serviceAttitude",
      "suddenEvent",
    ]);
    expect(columnSpec(TABLES.complaints, "nature").choices).toBe("complaintNature");
    expect(choiceKeys("complaintNature")).toEqual(["valid", "helpSeeking", "enquiry", "venting"]);
  });

  it("REQ 10: complaints are routed to an owner department, quality, sales and engineering among them", () => {
    expect(columnSpec(TABLES.complaints, "ownerDepartment").choices).toBe("department");
    expect(choiceKeys("department")).toEqual(expect.arrayContaining(["quality", "sales", "engineering"]));
  });

  it("REQ 11: customers have a category and a type", () => {
    expect(choiceKeys("customerCategory")).toEqual(["longTerm", "referred", "firstTime"]);
    expect(choiceKeys("customerType")).toEqual(["endUser", "agent", "internal"]);
  });

  it("REQ 18, 25: a dispatch records how it was sent, the receipt confirmation, its due date and its return", () => {
    expect(columnSpec(TABLES.surveyDispatch, "sentAt").required).toBe(true);
    expect(columnSpec(TABLES.surveyDispatch, "channel").choices).toBe("dispatchMethod");
    expect(columnSpec(TABLES.surveyDispatch, "receiptConfirmed").choices).toBe("yesNo");
    expect(columnSpec(TABLES.surveyDispatch, "onTime").type).toBe("boolean");
    expect(columnSpec(TABLES.surveyReturns, "dispatchId").references).toBe("surveyDispatch");
  });

  it("REQ 20–23: reply (urgent or not), proposal, 8D (or the customer's date) and notification deadlines", () => {
    for (const [due, done] of [
      ["notifyDue", "notifiedAt"],
      ["replyDue", "replyDone"],
      ["proposalDue", "proposalDone"],
      ["eightDDue", "eightDDone"],
    ]) {
      expect(columnSpec(TABLES.complaints, due)).toMatchObject({ type: "dateTime", calculated: true });
      expect(columnSpec(TABLES.complaints, done).type).toBe("dateTime");
      expect(columnSpec(TABLES.complaints, done).calculated).toBeUndefined();
    }
    expect(columnSpec(TABLES.complaints, "eightDCustomerDue").calculated).toBeUndefined();
  });

  it("REQ 24, 28, 31: a follow-up after closing records the satisfaction with handling and its result", () => {
    expect(columnSpec(TABLES.complaints, "followUpDue").calculated).toBe(true);
    expect(columnSpec(TABLES.complaints, "handlingSatisfaction").choices).toBe("satisfactionLevel");
    expect(columnSpec(TABLES.complaints, "followUpResult").choices).toBe("followUpResult");
    expect(choiceKeys("followUpResult")).toEqual(["satisfied", "dissatisfied", "notReached"]);
  });

  it("REQ 26: major complaints are marked and the approval and approver recorded", () => {
    expect(choiceKeys("severity")).toEqual(["general", "major"]);
    expect(columnSpec(TABLES.complaints, "approval").choices).toBe("approvalStatus");
    expect(keysOf("complaints")).toContain("approvedBy");
  });

  it("REQ 27: reminder slips name the overdue complaint, the department and its reason; complaints count them", () => {
    expect(columnSpec(TABLES.reminders, "recordId")).toMatchObject({ references: "complaints", required: true });
    expect(columnSpec(TABLES.reminders, "department").required).toBe(true);
    expect(columnSpec(TABLES.reminders, "reason").type).toBe("longText");
    expect(columnSpec(TABLES.complaints, "reminderCount").calculated).toBe(true);
  });

  it("REQ 28: a rejected outcome opens a new complaint attached to the original", () => {
    expect(columnSpec(TABLES.complaints, "parentComplaint").references).toBe("complaints");
  });

  it("REQ 29, 30: containment, root cause, corrective and preventive action, effectiveness check, reopening", () => {
    for (const key of ["containment", "rootCause", "correctiveAction", "preventiveAction"]) {
      expect(columnSpec(TABLES.complaints, key).type).toBe("longText");
    }
    expect(keysOf("complaints")).toContain("effectivenessChecked");
    expect(choiceKeys("caseStatus")).toEqual(["open", "inProgress", "awaitingCustomer", "closed", "reopened"]);
  });

  it("REQ 36: a dispatch names its instrument, customer or employee", () => {
    expect(columnSpec(TABLES.surveyDispatch, "instrument").choices).toBe("instrumentKind");
    expect(choiceKeys("instrumentKind")).toEqual(["customer", "employee"]);
  });
});
