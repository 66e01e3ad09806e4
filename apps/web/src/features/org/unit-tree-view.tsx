import { ActionIcon, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, ChevronRightIcon, PencilIcon } from '../../components/icons';
import type { UnitNode } from './unit-tree';
import { StatusBadge } from '../../components/status-badge';

type UnitTreeViewProps = {
  roots: UnitNode[];
  expanded: Set<number>;
  onToggle: (id: number) => void;
  selectedId: number | null;
  onSelect: (unit: UnitNode) => void;
  onEdit?: (unit: UnitNode) => void;
};

/**
 * Nested lists with disclosure buttons rather than an ARIA tree: every row holds several controls
 * (expand, select, edit), which a treeitem may not contain.
 */
export function UnitTreeView(props: UnitTreeViewProps) {
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {props.roots.map((node) => (
        <UnitTreeItem key={node.id} node={node} {...props} />
      ))}
    </Box>
  );
}

function UnitTreeItem({ node, ...props }: UnitTreeViewProps & { node: UnitNode }) {
  const { t } = useTranslation();
  const { expanded, onToggle, selectedId, onSelect, onEdit } = props;
  const isOpen = expanded.has(node.id);
  const isSelected = selectedId === node.id;
  const childListId = `unit-children-${node.id}`;

  return (
    <li>
      <Group
        gap={4}
        wrap="nowrap"
        py={2}
        px={4}
        bg={isSelected ? 'blue.0' : undefined}
        style={{ borderRadius: 6 }}
      >
        {node.children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="md"
            onClick={() => onToggle(node.id)}
            aria-expanded={isOpen}
            aria-controls={childListId}
            aria-label={t(isOpen ? 'org.units.collapse' : 'org.units.expand', { name: node.name })}
          >
            {isOpen ? <ChevronDownIcon /> : <ChevronRightIcon />}
          </ActionIcon>
        ) : (
          <Box w={28} style={{ flexShrink: 0 }} />
        )}
        <UnstyledButton
          onClick={() => onSelect(node)}
          aria-current={isSelected ? 'true' : undefined}
          style={{ flex: 1, minWidth: 0, padding: '4px 6px', borderRadius: 6 }}
        >
          <Text size="sm" fw={isSelected ? 700 : 500} c={node.isActive ? undefined : 'dimmed'} truncate>
            {node.name}
          </Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {t(`org.unitTypes.${node.type}`)}
              {node.kemendagriCode ? ` · ${node.kemendagriCode}` : ''}
            </Text>
            {!node.isActive && (
              <StatusBadge size="xs" tone="neutral">
                {t('common.inactive')}
              </StatusBadge>
            )}
          </Group>
        </UnstyledButton>
        {onEdit && (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            onClick={() => onEdit(node)}
            aria-label={t('org.units.editNamed', { name: node.name })}
          >
            <PencilIcon size={16} />
          </ActionIcon>
        )}
      </Group>
      {isOpen && node.children.length > 0 && (
        <Box component="ul" id={childListId} m={0} pl="md" style={{ listStyle: 'none' }}>
          {node.children.map((child) => (
            <UnitTreeItem key={child.id} node={child} {...props} />
          ))}
        </Box>
      )}
    </li>
  );
}
