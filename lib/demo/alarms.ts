import type { AlarmAction } from "@/lib/alarms/transitions";

type DemoAction = { action: AlarmAction; daysAgo: number; note?: string; extra?: Record<string, unknown> };
export type DemoAlarm = {
  request: Record<string, unknown>;
  requestedDaysAgo: number;
  steps: DemoAction[];
  calls?: { daysAgo: number; outcome: string }[];
};

const person = (name: string, house: string, street: string, town: string, postcode: string, phone: string) => ({
  personName: name,
  addressLine1: `${house} ${street}`,
  town,
  postcode,
  contactPhone: phone,
});

const approve = (daysAgo: number): DemoAction => ({
  action: "approve",
  daysAgo,
  note: "Risk assessed as high and current; approved.",
});
const install = (daysAgo: number, reviewInDays: number): DemoAction => ({
  action: "install",
  daysAgo,
  extra: { controlRoomRef: `CTRL-${4100 + daysAgo}`, reviewInDays, tested: true },
});
/** The control room confirms the fit the same day: from then on the alarm is live. */
const confirmLive = (daysAgo: number, installedDaysAgo: number): DemoAction => ({
  action: "confirm-live",
  daysAgo,
  extra: { controlRoomRef: `CTRL-${4100 + installedDaysAgo}`, rangThrough: true },
});
const fitted = (daysAgo: number, reviewInDays: number) => [
  install(daysAgo, reviewInDays),
  confirmLive(daysAgo - 0.1, daysAgo),
];

/** A dozen invented requests, one or more in every state. Every person, address and number is fictitious. */
export const DEMO_ALARMS: DemoAlarm[] = [
  {
    requestedDaysAgo: 3,
    steps: [],
    request: {
      ...person("Jane Example", "14", "Laurel Close", "Kingsbridge", "KB2 5LC", "07700 900101"),
      reasonCategory: "DOMESTIC_ABUSE",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 56,
      riskSummary: "Ex-partner released on bail with conditions not to attend; has breached before.",
      hazards: "Ex-partner (fictional) has history of violence towards police.",
      reference: "CR/26/004411",
    },
  },
  {
    requestedDaysAgo: 1,
    steps: [],
    request: {
      ...person("Sam Placeholder", "2", "Mill Lane", "Fellside", "FS2 7ML", "07700 900102"),
      reasonCategory: "HATE_CRIME",
      alarmType: "INTRUDER",
      periodDays: 28,
      riskSummary: "Repeated criminal damage to the shop front with racist graffiti.",
      hazards: "Group of youths gathers opposite in the evenings.",
      reference: "CR/26/004502",
    },
  },
  {
    requestedDaysAgo: 6,
    steps: [approve(4)],
    request: {
      ...person("Chris Sample", "Flat 3", "Harbour View", "Southport Quay", "SQ1 4HV", "07700 900103"),
      reasonCategory: "WITNESS",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 90,
      riskSummary: "Key witness in a forthcoming trial; threats made via social media.",
      hazards: "Associates of the defendant live nearby.",
      reference: "INT-26-0331",
    },
  },
  {
    requestedDaysAgo: 9,
    steps: [approve(7)],
    request: {
      ...person("Robin Testcase", "41", "Quarry Road", "Ashby Moor", "AM1 6QR", "07700 900104"),
      reasonCategory: "OTHER",
      alarmType: "INTRUDER",
      periodDays: 28,
      riskSummary: "Elderly resident targeted by distraction burglars twice this month.",
      hazards: "No known hazards.",
      reference: "CR/26/004120",
    },
  },
  {
    requestedDaysAgo: 12,
    steps: [
      { action: "reject", daysAgo: 11, note: "Risk managed by other measures: target hardening already in place." },
    ],
    request: {
      ...person("Lee Dummy", "8", "Ropewalk", "Brackenfield", "BF5 2RW", "07700 900105"),
      reasonCategory: "OTHER",
      alarmType: "INTRUDER",
      periodDays: 14,
      riskSummary: "Neighbour dispute with verbal threats.",
      hazards: "Neighbour keeps a large dog.",
      reference: "CR/26/003987",
    },
  },
  {
    requestedDaysAgo: 10,
    steps: [{ action: "withdraw", daysAgo: 9, note: "Victim moved to a refuge out of force." }],
    request: {
      ...person("Pat Fictional", "27", "Castle Hill", "Kingsbridge", "KB1 3CX", "07700 900106"),
      reasonCategory: "REPEAT_VICTIM",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 28,
      riskSummary: "Third burglary in six months.",
      hazards: "Rear access via unlit alley.",
      reference: "CR/26/003850",
    },
  },
  {
    requestedDaysAgo: 30,
    steps: [approve(29), ...fitted(27, 20)],
    calls: [
      { daysAgo: 12, outcome: "FALSE_ALARM" },
      { daysAgo: 5, outcome: "GENUINE_EMERGENCY" },
    ],
    request: {
      ...person("Alex Invented", "5", "Station Road", "Fellside", "FS2 6SQ", "07700 900107"),
      reasonCategory: "DOMESTIC_ABUSE",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 56,
      riskSummary: "Former partner stalking; non-molestation order in force.",
      hazards: "Former partner (fictional) known to carry a knife.",
      reference: "CR/26/002210",
    },
  },
  {
    requestedDaysAgo: 40,
    steps: [approve(39), ...fitted(36, 3)],
    calls: [{ daysAgo: 20, outcome: "TEST" }],
    request: {
      ...person("Morgan Notreal", "19", "Green Lane", "Harrowby", "HB1 4GX", "07700 900108"),
      reasonCategory: "REPEAT_VICTIM",
      alarmType: "INTRUDER",
      periodDays: 42,
      riskSummary: "Business premises burgled four times.",
      hazards: "Offenders have used vehicles to ram the shutter.",
      reference: "CR/26/001994",
    },
  },
  {
    requestedDaysAgo: 60,
    steps: [approve(58), ...fitted(55, -2)],
    request: {
      ...person("Jordan Madeup", "Flat 12", "Abbey Walk", "Stonebury", "SB1 6AX", "07700 900109"),
      reasonCategory: "DOMESTIC_ABUSE",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 56,
      riskSummary: "Partner on remand; release date uncertain.",
      hazards: "Partner's brother (fictional) has threatened the victim.",
      reference: "CR/26/001502",
    },
  },
  {
    requestedDaysAgo: 80,
    steps: [
      approve(78),
      ...fitted(75, 10),
      { action: "order-removal", daysAgo: 2, note: "Trial concluded; witness relocated." },
    ],
    request: {
      ...person("Casey Imaginary", "33", "Bridge Street", "Westmarch", "WM1 1BX", "07700 900110"),
      reasonCategory: "WITNESS",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 84,
      riskSummary: "Witness to a serious assault.",
      hazards: "None known now.",
      reference: "INT-26-0102",
    },
  },
  {
    requestedDaysAgo: 100,
    steps: [
      approve(98),
      ...fitted(95, 10),
      { action: "order-removal", daysAgo: 10, note: "Offender convicted and imprisoned." },
      { action: "remove", daysAgo: 8, extra: { unitCondition: "GOOD" } },
    ],
    request: {
      ...person("Drew Pretend", "7", "Forest Road", "Oakhampton", "OK2 5FX", "07700 900111"),
      reasonCategory: "HATE_CRIME",
      alarmType: "INTRUDER",
      periodDays: 84,
      riskSummary: "Mosque targeted with arson attempt.",
      hazards: "Accelerant found at the scene previously.",
      reference: "CR/25/009911",
    },
  },
  {
    requestedDaysAgo: 150,
    steps: [
      approve(148),
      ...fitted(145, 10),
      { action: "order-removal", daysAgo: 40, note: "Risk reduced; review decided removal." },
      { action: "remove", daysAgo: 38, extra: { unitCondition: "FAULTY" } },
      { action: "close", daysAgo: 37 },
    ],
    request: {
      ...person("Taylor Nominal", "60", "High Street", "Ashby Moor", "AM1 1HX", "07700 900112"),
      reasonCategory: "DOMESTIC_ABUSE",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 112,
      riskSummary: "Former partner made threats to kill.",
      hazards: "Former partner (fictional) has firearms licence revoked.",
      reference: "CR/25/008702",
    },
  },
  {
    requestedDaysAgo: 5,
    steps: [approve(4), install(2, 28)],
    request: {
      ...person("Avery Fictional", "8", "Orchard Way", "Kingsbridge", "KB3 2OW", "07700 900113"),
      reasonCategory: "CHILD_PROTECTION",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 56,
      riskSummary: "Parent fears abduction of the children by an estranged relative.",
      hazards: "Relative (fictional) has made threats at the school gate.",
      reference: "CR/26/004620",
      riskGrade: "HIGH",
      maracHeard: "yes",
      dependants: "3 children aged 2, 6 and 9",
    },
  },
  {
    requestedDaysAgo: 2400,
    steps: [
      approve(2398),
      ...fitted(2395, 10),
      { action: "order-removal", daysAgo: 2250, note: "Risk ended: offender moved out of the area." },
      { action: "remove", daysAgo: 2248, extra: { unitCondition: "GOOD" } },
      { action: "close", daysAgo: 2200 },
    ],
    request: {
      ...person("Riley Unreal", "21", "Chapel Row", "Harrowby", "HB2 3CR", "07700 900114"),
      reasonCategory: "DOMESTIC_ABUSE",
      alarmType: "PERSONAL_ATTACK",
      periodDays: 56,
      riskSummary: "Former partner harassed the victim after separation.",
      hazards: "Former partner (fictional) has a history of criminal damage.",
      reference: "CR/20/001733",
    },
  },
];
