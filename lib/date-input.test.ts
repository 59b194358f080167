import { describe, expect, it } from "vitest";
import {
  calendarDayFrom,
  dateInputValues,
  fromDateInputValues,
  londonDayStart,
  parseTime,
  readDateInput,
} from "@/lib/date-input";

const values = (day: string, month: string, year: string, time: string) => ({ day, month, year, time });

describe("GOV.UK date inputs read as London time", () => {
  it("reads day, month, year and a 24-hour time in GMT and in BST", () => {
    expect(fromDateInputValues(values("23", "11", "2026", "09:30"))?.toISOString()).toBe("2026-11-23T09:30:00.000Z");
    expect(fromDateInputValues(values("1", "7", "2026", "14:05"))?.toISOString()).toBe("2026-07-01T13:05:00.000Z");
  });

  it("means no date when every box is empty", () => {
    expect(fromDateInputValues(values("", " ", "", ""))).toBeUndefined();
  });

  it("gives an invalid date for a date that does not exist or a missing part", () => {
    for (const bad of [
      values("31", "2", "2026", "10:00"),
      values("29", "2", "2027", "10:00"),
      values("1", "13", "2026", "10:00"),
      values("1", "1", "26", "10:00"),
      values("1", "1", "2026", ""),
      values("", "1", "2026", "10:00"),
      values("1", "1", "2026", "25:00"),
      values("one", "1", "2026", "10:00"),
    ]) {
      expect(Number.isNaN(fromDateInputValues(bad)?.getTime()), JSON.stringify(bad)).toBe(true);
    }
    expect(fromDateInputValues(values("29", "2", "2028", "10:00"))?.toISOString()).toBe("2028-02-29T10:00:00.000Z");
  });

  it("accepts the ways people write a time", () => {
    expect(parseTime("1430")).toEqual({ hour: 14, minute: 30 });
    expect(parseTime("14.30")).toEqual({ hour: 14, minute: 30 });
    expect(parseTime("9:05")).toEqual({ hour: 9, minute: 5 });
    expect(parseTime("2:30pm")).toEqual({ hour: 14, minute: 30 });
    expect(parseTime("12:00am")).toEqual({ hour: 0, minute: 0 });
    expect(parseTime("13:00pm")).toBeUndefined();
    expect(parseTime("noon")).toBeUndefined();
  });

  it("fills the boxes with a date's London day, month, year and time, and reads them back", () => {
    const summer = new Date("2026-07-01T13:05:00Z");
    expect(dateInputValues(summer)).toEqual(values("1", "7", "2026", "14:05"));
    expect(dateInputValues(undefined)).toEqual(values("", "", "", ""));
    const form = new FormData();
    for (const [part, value] of Object.entries(dateInputValues(summer))) form.set(`dueAt-${part}`, value);
    expect(readDateInput(form, "dueAt")?.toISOString()).toBe(summer.toISOString());
  });
});

describe("filter days", () => {
  it("reads day, month and year boxes as a calendar day, and blank as none", () => {
    expect(calendarDayFrom({ day: "3", month: "11", year: "2026" })).toBe("2026-11-03");
    expect(calendarDayFrom({ day: "", month: "", year: "" })).toBeUndefined();
    expect(calendarDayFrom({ day: "x", month: "11", year: "2026" })).toBe("2026-11-x");
  });

  it("starts a London day at its local midnight, and moves on by calendar days across the clock change", () => {
    expect(londonDayStart("2026-07-01").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(londonDayStart("2026-10-24", 1).toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(londonDayStart("2026-10-25", 1).toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });
});
