import { ActionIcon, Autocomplete, Box, Checkbox, Group, Input, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { SanitizedHtml } from '@sim/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from './use-forum';

// The forum's editor: a contentEditable box with a small toolbar for the safe subset (bold, italic, lists, quote,
// link) and an @-mention picker. What it produces is only a proposal: the server keeps the allowlisted markup and
// drops the rest, so the editor needs no HTML library of its own.

type EditorProps = {
  label: string;
  onChange: (html: string) => void;
  /** Bumped by the parent after sending, to empty the box. */
  resetKey?: number;
  /** The user's own earlier post, as the server's sanitiser wrote it. */
  initialHtml?: SanitizedHtml;
  error?: string;
};

const COMMANDS = [
  { cmd: 'bold', label: 'forum.editor.bold', text: 'B' },
  { cmd: 'italic', label: 'forum.editor.italic', text: 'I' },
  { cmd: 'insertUnorderedList', label: 'forum.editor.list', text: '•' },
  { cmd: 'insertOrderedList', label: 'forum.editor.numbered', text: null },
  { cmd: 'formatBlock', arg: 'blockquote', label: 'forum.editor.quote', text: '❝' },
] as const;

// Pictures rather than words on the buttons whose label is a phrase: visible text that is not part of the button's
// name fails WCAG 2.5.3 (label in name), and symbol characters depend on the phone's fonts.
const icon = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
const NumberedIcon = () => (
  <svg {...icon} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
    {/* the digits 1 and 2 drawn as strokes, each before a line */}
    <path d="M1.5 2.2l1.3-.9v5" />
    <path d="M1.2 9.6a1.5 1.5 0 012.8.6c0 1.2-2.8 2.2-2.8 4h2.9" />
    <path d="M7 4h8M7 12h8" strokeWidth="2" />
  </svg>
);
const LinkIcon = () => (
  <svg {...icon} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5" />
    <path d="M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5" />
  </svg>
);

export function ForumEditor({ label, onChange, resetKey = 0, initialHtml, error }: EditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [mention, setMention] = useState('');
  const [debounced] = useDebouncedValue(mention, 250);
  const people = usePeople(debounced);

  const run = (cmd: string, arg?: string) => {
    box.current?.focus();
    // execCommand is deprecated but still the one portable way to format a contentEditable selection.
    document.execCommand(cmd, false, arg);
    onChange(box.current?.innerHTML ?? '');
  };
  const link = () => {
    const href = window.prompt(t('forum.editor.linkPrompt'), 'https://');
    if (href && /^(https?:\/\/|mailto:)/i.test(href)) run('createLink', href);
  };
  const insertMention = (username: string) => {
    box.current?.focus();
    document.execCommand('insertText', false, `@${username} `);
    onChange(box.current?.innerHTML ?? '');
    setMention('');
  };

  return (
    <Input.Wrapper label={label} error={error} labelProps={{ id: `${id}-label`, htmlFor: undefined }}>
      <Group gap={4} mb={4} role="toolbar" aria-label={label}>
        {COMMANDS.map((c) => (
          <Tooltip key={c.label} label={t(c.label)}>
            <ActionIcon
              variant="default"
              aria-label={t(c.label)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(c.cmd, 'arg' in c ? c.arg : undefined)}
            >
              {c.text === null ? (
                <NumberedIcon />
              ) : (
                <Text fw={700} size="sm" fs={c.cmd === 'italic' ? 'italic' : undefined}>
                  {c.text}
                </Text>
              )}
            </ActionIcon>
          </Tooltip>
        ))}
        <Tooltip label={t('forum.editor.link')}>
          <ActionIcon
            variant="default"
            aria-label={t('forum.editor.link')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={link}
          >
            <LinkIcon />
          </ActionIcon>
        </Tooltip>
        <Autocomplete
          size="xs"
          w={220}
          aria-label={t('forum.editor.mention')}
          placeholder={t('forum.editor.mentionSearch')}
          value={mention}
          onChange={setMention}
          data={(people.data?.items ?? []).map((p) => ({
            value: p.username,
            label: `${p.name} (@${p.username})`,
          }))}
          onOptionSubmit={insertMention}
          filter={({ options }) => options}
        />
      </Group>
      <Box
        key={resetKey}
        ref={box}
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        tabIndex={0}
        suppressContentEditableWarning
        onInput={(e) => onChange(e.currentTarget.innerHTML)}
        // The initial text is the user's own earlier post, already sanitised by the server.
        dangerouslySetInnerHTML={resetKey === 0 && initialHtml ? { __html: initialHtml } : undefined}
        style={{
          minHeight: '6rem',
          border: '1px solid var(--mantine-color-gray-5)',
          borderRadius: 'var(--mantine-radius-sm)',
          padding: 'var(--mantine-spacing-xs)',
          background: 'var(--mantine-color-body)',
        }}
      />
    </Input.Wrapper>
  );
}

/** The anonymous toggle with the plain explanation of who can still see the author. */
export function AnonymousToggle({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      label={t('forum.editor.anonymous')}
      description={t('forum.editor.anonymousHint')}
    />
  );
}
