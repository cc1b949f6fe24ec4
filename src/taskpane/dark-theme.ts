// Its own chunk (theme-dark.js), fetched only when Office shows the pane dark: see fluent-theme.ts.
export { webDarkTheme } from "@fluentui/react-components";
