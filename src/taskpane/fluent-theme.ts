import { type Theme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ThemeKind } from "../excel/office-environment";

// Office shows most panes light: the dark theme's colour tables are a chunk of their own, fetched only for a pane
// that is dark, so the light pane's first script does not carry them.
let darkTheme: Theme | undefined;
let darkThemeRequest: Promise<Theme> | undefined;

/** Fetches the Fluent theme for Office's theme, once; boot starts it beside the pane's language. */
export function loadFluentTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return Promise.resolve(webLightTheme);
  darkThemeRequest ??= import(/* webpackChunkName: "theme-dark" */ "./dark-theme").then(
    (module) => (darkTheme = module.webDarkTheme),
    (error: unknown) => {
      darkThemeRequest = undefined; // fetched again by the next pane that asks (offline for a moment)
      throw error;
    },
  );
  return darkThemeRequest;
}

/**
 * The Fluent theme for Office's theme, or undefined while the dark one is on its way: the pane waits for it
 * rather than paint light first. If it cannot be fetched, the pane shows light, still usable.
 */
export function useFluentTheme(kind: ThemeKind): Theme | undefined {
  const ready = kind === "light" ? webLightTheme : darkTheme;
  const [fetched, setFetched] = useState<Theme>();
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadFluentTheme(kind).then(
      (theme) => live && setFetched(theme),
      () => live && setFetched(webLightTheme),
    );
    return () => {
      live = false;
    };
  }, [kind, ready]);
  return ready ?? fetched;
}
