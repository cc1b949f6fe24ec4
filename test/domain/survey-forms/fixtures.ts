import { serialOf } from "../../../src/domain/excel-date";
import { type InstrumentItem, type ModuleSpec, sameInAllLanguages } from "../../../src/domain/schema";

/** An item of a made-up instrument. */
export function item(module: string, code: string, scale = 5, weight = 1): InstrumentItem {
  return { module, code, text: sameInAllLanguages(`Question ${code}`), weight, scale };
}

/** A module of a made-up instrument. */
export function module(key: string, weight = 1): ModuleSpec {
  return { key, label: sameInAllLanguages(`Module ${key}`), weight, ownerDepartment: "quality" };
}

/** A date (and time) as an Excel serial. */
export function at(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return serialOf(year, month, day) + (hours * 60 + minutes) / 1440;
}
