import type { ThemeKind } from "../../src/excel/office-environment";

// Each spec starts as a pane just opened, before the dark theme's chunk was fetched: its own copy of the modules
// (React and Testing Library with them, so hooks and renderer match). The shared setup would have fetched it.
process.env.RTL_SKIP_AUTO_CLEANUP = "true"; // a copy imported inside a spec cannot register its afterEach
type Modules = {
  rtl: typeof import("@testing-library/react");
  fluent: typeof import("@fluentui/react-components");
  themes: typeof import("../../src/taskpane/fluent-theme");
};

async function freshPane<T>(spec: (modules: Modules) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await jest.isolateModulesAsync(async () => {
    const modules = {
      rtl: await import("@testing-library/react"),
      fluent: await import("@fluentui/react-components"),
      themes: await import("../../src/taskpane/fluent-theme"),
    };
    result = await spec(modules);
    modules.rtl.cleanup();
  });
  return result as T;
}

/** Renders the theme a pane would use and remembers every theme it was ever painted with, in order. */
function renderThemes({ rtl, fluent, themes }: Modules, kind: ThemeKind) {
  const painted: string[] = [];
  const name = (theme: unknown) =>
    theme === undefined
      ? "none yet"
      : theme === fluent.webDarkTheme
        ? "dark"
        : theme === fluent.webLightTheme
          ? "light"
          : "other";
  function Pane() {
    const theme = themes.useFluentTheme(kind);
    painted.push(name(theme));
    return <p data-testid="theme">{name(theme)}</p>;
  }
  rtl.render(<Pane />);
  return { painted, shown: () => rtl.screen.getByTestId("theme").textContent };
}

describe("the pane's Fluent theme", () => {
  it("is light at once when Office is light", () =>
    freshPane(async (modules) => {
      const { painted } = renderThemes(modules, "light");
      expect(painted).toEqual(["light"]);
    }));

  it("is dark when Office is dark, after its chunk arrives: the pane is never painted light first", () =>
    freshPane(async (modules) => {
      const { painted, shown } = renderThemes(modules, "dark");
      expect(shown()).toBe("none yet");
      await modules.rtl.waitFor(() => expect(shown()).toBe("dark"));
      expect(new Set(painted)).toEqual(new Set(["none yet", "dark"]));
    }));

  it("is dark from the first paint when boot fetched it already", () =>
    freshPane(async (modules) => {
      expect(await modules.themes.loadFluentTheme("dark")).toBe(modules.fluent.webDarkTheme);
      const { painted } = renderThemes(modules, "dark");
      expect(painted).toEqual(["dark"]);
    }));

  it("falls back to light when the dark theme cannot be fetched, and fetches it again next time", () =>
    freshPane(async (modules) => {
      jest.doMock("../../src/taskpane/dark-theme", () => {
        throw new Error("offline");
      });
      const { shown } = renderThemes(modules, "dark");
      await modules.rtl.waitFor(() => expect(shown()).toBe("light"));
      jest.dontMock("../../src/taskpane/dark-theme");
      expect(await modules.themes.loadFluentTheme("dark")).toBe(modules.fluent.webDarkTheme);
    }));
});
