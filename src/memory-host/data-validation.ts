import { ClientObject } from "./client-object";
import { invalidArgument } from "./errors";
import type { ErrorAlert, Validation, ValidationRule } from "./model";
import type { RangeTarget } from "./range-proxy";

const TYPES: Readonly<Record<string, string>> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  custom: "Custom",
};

const DEFAULTS: Omit<Validation, "rule"> = {
  errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
  prompt: { message: "", showPrompt: false, title: "" },
  ignoreBlanks: true,
};

function typeOf(rule: ValidationRule | undefined): string {
  const kinds = Object.keys(rule ?? {});
  return kinds.length === 1 ? TYPES[kinds[0]] : "None";
}

/** Excel accepts exactly one kind of criteria per rule, with the fields that kind needs. */
function checkedRule(rule: ValidationRule): ValidationRule {
  const kinds = Object.keys(rule).filter((kind) => rule[kind as keyof ValidationRule] !== undefined);
  if (kinds.length !== 1 || !(kinds[0] in TYPES))
    throw invalidArgument(`A data validation rule needs exactly one kind of criteria, not [${kinds.join(", ")}].`);
  const source = rule.list?.source;
  if (rule.list && (typeof source !== "string" || source.trim() === ""))
    throw invalidArgument("A list validation needs a source.");
  const criteria = rule.decimal ?? rule.wholeNumber ?? rule.textLength ?? rule.date ?? rule.time;
  if (criteria && (criteria.formula1 === undefined || !criteria.operator))
    throw invalidArgument("The validation criteria need formula1 and an operator.");
  if (criteria && /between/i.test(criteria.operator) && criteria.formula2 === undefined)
    throw invalidArgument(`The operator ${criteria.operator} needs formula2.`);
  return rule;
}

/** Range.dataValidation: kept on the sheet as area rules, one per rectangle, never two on a cell. */
export class DataValidationProxy extends ClientObject<RangeTarget> {
  protected readonly scalarProperties = ["type", "rule", "errorAlert", "prompt", "ignoreBlanks"];

  protected snapshot(property: string, { sheet, area }: RangeTarget): unknown {
    const { values, uncovered } = sheet.validations.within(area);
    const ruled = values.filter((value) => typeOf(value.rule) !== "None");
    const single = values.length === 1 && !uncovered ? values[0] : undefined;
    switch (property) {
      case "type":
        if (ruled.length === 0) return "None";
        if (uncovered || ruled.length < values.length) return "MixedCriteria";
        return new Set(ruled.map((value) => JSON.stringify(value.rule))).size > 1
          ? "Inconsistent"
          : typeOf(ruled[0].rule);
      case "rule":
        return single?.rule ?? {};
      case "errorAlert":
      case "prompt":
      case "ignoreBlanks":
        return values.length === 0 ? DEFAULTS[property] : (single?.[property] ?? null);
      default:
        throw invalidArgument(`The in-memory host does not load DataValidation.${property}.`);
    }
  }

  get type(): string {
    return this.loadedValue("type");
  }

  get rule(): ValidationRule {
    return this.loadedValue("rule");
  }
  /** Replaces the rule of every cell in the range; their error alert and prompt stay. */
  set rule(rule: ValidationRule) {
    this.edit({ set: "rule", rule }, (old) => ({ ...DEFAULTS, ...old, rule: checkedRule(rule) }));
  }

  get errorAlert(): ErrorAlert {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(alert: Partial<ErrorAlert>) {
    this.edit({ set: "errorAlert", alert }, (old) => ({
      ...DEFAULTS,
      ...old,
      errorAlert: { ...(old ?? DEFAULTS).errorAlert, ...alert },
    }));
  }

  get prompt(): Validation["prompt"] {
    return this.loadedValue("prompt");
  }
  set prompt(prompt: Partial<Validation["prompt"]>) {
    this.edit({ set: "prompt", prompt }, (old) => ({
      ...DEFAULTS,
      ...old,
      prompt: { ...(old ?? DEFAULTS).prompt, ...prompt },
    }));
  }

  get ignoreBlanks(): boolean {
    return this.loadedValue("ignoreBlanks");
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.edit({ set: "ignoreBlanks", ignoreBlanks }, (old) => ({ ...DEFAULTS, ...old, ignoreBlanks }));
  }

  clear(): void {
    this.edit({ clear: "dataValidation" }, () => undefined);
  }

  private edit(request: object, change: (old: Validation | undefined) => Validation | undefined): void {
    this.change(request, ({ sheet, area }) => {
      sheet.assertWritable();
      sheet.validations.update(area, change);
    });
  }
}
