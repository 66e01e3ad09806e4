import type { ComponentType } from 'react';
import { useParams } from 'react-router';
import { NotFoundPage } from '../features/home/not-found.page';
import { parseIdParam } from './id-param';

/**
 * A detail page whose URL ends in a record id: the page gets the id as a number, and a URL whose last part is not
 * an id (a mistyped `/complaints/queue`) shows the not-found page instead of a request the server must refuse.
 */
export function withIdParam(Page: ComponentType<{ id: number }>) {
  return function IdParamPage() {
    const id = parseIdParam(useParams().id);
    return id === null ? <NotFoundPage /> : <Page id={id} />;
  };
}
