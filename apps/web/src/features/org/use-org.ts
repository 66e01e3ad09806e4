import type {
  OrgUnit,
  OrgUnitInput,
  OrgUnitList,
  OrgUnitPatch,
  Position,
  PositionInput,
  PositionListQuery,
  PositionPatch,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, type Paged } from '../../app/api';
import { buildUnitTree, flattenUnitTree } from './unit-tree';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './org.i18n';

/** A unit as created, or as changed (`isActive` only when editing). */
export type UnitValues = OrgUnitInput & Pick<OrgUnitPatch, 'isActive'>;
/** A position as created, or as changed (`isActive` only when editing). */
export type PositionValues = PositionInput & Pick<PositionPatch, 'isActive'>;
/** The list filters; the server fills in the paging defaults. */
export type PositionQuery = Partial<PositionListQuery>;

export const orgKeys = {
  units: ['org', 'units'] as const,
  positions: (query: PositionQuery) => ['org', 'positions', query] as const,
};

export function useUnits() {
  const query = useQuery({
    queryKey: orgKeys.units,
    queryFn: ({ signal }) => api.get<OrgUnitList>('/org/units', { signal }),
    staleTime: 5 * 60_000,
  });
  const tree = useMemo(() => buildUnitTree(query.data?.items ?? []), [query.data]);
  const flat = useMemo(() => flattenUnitTree(tree), [tree]);
  return { ...query, tree, flat };
}

export function usePositions(query: PositionQuery, enabled = true) {
  return useQuery({
    queryKey: orgKeys.positions(query),
    queryFn: ({ signal }) => api.get<Paged<Position>>('/org/positions', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSaveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, values }: { id?: number; values: UnitValues }) =>
      id ? api.patch<OrgUnit>(`/org/units/${id}`, values) : api.post<OrgUnit>('/org/units', values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org'] }),
  });
}

export function useSavePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, values }: { id?: number; values: PositionValues }) =>
      id ? api.patch<Position>(`/org/positions/${id}`, values) : api.post<Position>('/org/positions', values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['org'] });
      await queryClient.invalidateQueries({ queryKey: ['employees'] });
    },
  });
}
