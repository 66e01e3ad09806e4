// Types of openapi-sample.mjs for the TypeScript tests that import it (apps/server/test/security/authz-fixture.ts);
// only what they use. Keep in step with the .mjs (the authz matrix and hostile-input tests exercise it).

export type SampleOptions = {
  /** Fill every property of an object, not only the required ones. */
  all?: boolean;
  /** The free text, padded to minLength and cut at maxLength ('uji keamanan' unless told). */
  text?: string;
  /** The day dates are sampled on (YYYY-MM-DD); today in WIB unless told. */
  today?: string;
  /** Days added to the date of a field that ends a period (closesAt, endsAt…); 30 unless told. */
  laterDays?: number;
};

/** A value for `schema` that a generic filler expects the schema to accept. */
export declare function sample(
  schema: unknown,
  options?: SampleOptions,
  depth?: number,
  key?: string,
): unknown;
