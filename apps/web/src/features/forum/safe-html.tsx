import { Typography } from '@mantine/core';
import type { SanitizedHtml } from '@sim/contracts';

/**
 * Renders HTML that came out of the server's sanitiser (issue 13 §3). The prop's type is the contract's branded
 * `SanitizedHtml`, which only the API's post, policy and response bodies carry: no other string can reach
 * dangerouslySetInnerHTML in this app (titles, names and file names are rendered as text by React).
 */
export function SafeHtml({ html }: { html: SanitizedHtml }) {
  return (
    <Typography>
      <div className="forum-body" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
