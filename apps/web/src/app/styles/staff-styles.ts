// The staff app: every Mantine component's styles, in the `mantine` layer like public-styles.ts (ADR 0005). Loaded
// by the login page (so the staff styles are cached by the time the user signs in) and by the signed-in layouts.
import '@mantine/core/styles.layer.css';
