// The staff app: every Mantine component's styles, in the `mantine` layer like public-styles.ts (ADR 0005). Loaded
// by the login page (so the staff styles are cached by the time the user signs in) and by the signed-in layouts.
// The chart styles (legends, tooltips, axes) are here too, once for every page with a chart: a page that forgot its
// own import drew an unstyled legend over its table.
import '@mantine/core/styles.layer.css';
import '@mantine/charts/styles.layer.css';
