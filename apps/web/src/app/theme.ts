import { createTheme, type CSSVariablesResolver, type MantineThemeComponent } from '@mantine/core';

/**
 * Required fields get their red asterisk from CSS (`.label-required::after`, with empty alternative text)
 * instead of Mantine's extra <span>: the label text then stays exactly the field's name for assistive
 * technology and for tests that find fields by label.
 */
// A plain object, not TextInput.extend(…): importing the components here would pull Select and its popover code
// into the first bundle of every page (ADR 0005).
const requiredMarker: MantineThemeComponent = {
  defaultProps: { withAsterisk: false },
  classNames: (_theme: unknown, props: { required?: boolean }) => ({
    label: props.required ? 'label-required' : '',
  }),
};

// Shade 8 of blue/red/green on white keeps button and link text above the WCAG AA 4.5:1 ratio
// (Mantine's default shade 6 is about 3.5:1).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
  focusRing: 'auto',
  components: {
    Badge: { defaultProps: { variant: 'outline' } },
    TextInput: requiredMarker,
    PasswordInput: requiredMarker,
    Select: requiredMarker,
    NativeSelect: requiredMarker,
    Textarea: requiredMarker,
    InputWrapper: requiredMarker,
    // A <header> in a modal portal counts as a second page banner for screen readers; a div does not.
    ModalHeader: { defaultProps: { component: 'div' } },
    // Light alerts put shade-9 text on a shade-1 background, under 4.5:1 for green and yellow: use body text.
    Alert: {
      styles: {
        title: { color: 'var(--mantine-color-text)' },
        message: { color: 'var(--mantine-color-text)' },
      },
    },
  },
});

/** Darker dimmed and error text than Mantine's defaults so both pass AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    // Field errors are small red text: shade 9 keeps them above 4.5:1.
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
