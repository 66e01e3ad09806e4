/** How much each generated data set holds. `kecamatan` is the demo office alone (nothing is added to it). */
export type Scale = {
  name: 'test' | 'kecamatan' | 'city';
  /** Of Palembang's 17 other kecamatan, how many are added next to the Kertapati demo office. */
  kecamatan: number;
  /** Employees added (the demo office's 71 come on top; the city total is 20,000). */
  employees: number;
  complaints: number;
  /** Years of complaint, survey and training history up to the reference day. */
  years: number;
  surveyResponses: number;
  enrolments: number;
  findings: number;
};

export const SCALES: Record<Scale['name'], Scale> = {
  // Small enough for a test file on the embedded database (seconds), large enough that the planner prefers an
  // index over a scan for a single employee's or unit's rows.
  test: {
    name: 'test',
    kecamatan: 2,
    employees: 600,
    complaints: 30_000,
    years: 5,
    surveyResponses: 20_000,
    enrolments: 3_000,
    findings: 600,
  },
  kecamatan: {
    name: 'kecamatan',
    kecamatan: 0,
    employees: 0,
    complaints: 0,
    years: 0,
    surveyResponses: 0,
    enrolments: 0,
    findings: 0,
  },
  // Kota Palembang at full adoption (issue 15 §1).
  city: {
    name: 'city',
    kecamatan: 17,
    employees: 20_000 - 71,
    complaints: 2_000_000,
    years: 5,
    surveyResponses: 1_000_000,
    enrolments: 200_000,
    findings: 50_000,
  },
};
