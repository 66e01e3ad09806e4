/**
 * The record id of a detail page's URL (`/complaints/:id`): a positive whole number the server could hold, or null
 * for anything else (`/complaints/queue`, `/skp/1e3`, `/skp/-1`), which the page answers with "not found" instead
 * of asking the server and showing its "invalid data" error.
 */
export function parseIdParam(raw: string | undefined): number | null {
  if (!raw || !/^[1-9][0-9]{0,14}$/.test(raw)) return null;
  return Number(raw);
}
