import type { Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";

/** Languages whose messages have "arrived"; the rest wait on a fetch the spec settles. */
const arrived = new Set<Language>(["en"]);
const fetches = new Map<Language, { resolve: () => void; reject: (error: Error) => void }>();

// The provider, React and Testing Library in a registry of their own, where translate.ts is this fake: the specs'
// setup has loaded every language into the real one (whose translate the fake lends, as every language is there).
type Kit = typeof import("../../src/taskpane/i18n") & typeof import("@testing-library/react");
let kit = {} as Kit;
jest.isolateModules(() => {
  jest.doMock("../../src/domain/i18n/translate", () => ({
    translate,
    isLanguageLoaded: (language: Language) => arrived.has(language),
    loadLanguage: (language: Language) =>
      new Promise<void>((resolve, reject) => {
        fetches.set(language, {
          resolve: () => {
            arrived.add(language);
            resolve();
          },
          reject,
        });
      }),
  }));
  kit = { ...jest.requireActual("@testing-library/react"), ...jest.requireActual("../../src/taskpane/i18n") };
});
const { I18nProvider, act, render, screen, useI18n } = kit;

function Greeting() {
  const { t, language } = useI18n();
  return <p data-language={language}>{t("nav.settings")}</p>;
}

async function settle(language: Language, outcome: "arrives" | "fails") {
  await act(async () => {
    const fetch = fetches.get(language);
    if (!fetch) throw new Error(`${language} was never fetched`);
    if (outcome === "arrives") fetch.resolve();
    else fetch.reject(new Error("The connection was lost"));
  });
}

beforeEach(() => {
  arrived.clear();
  arrived.add("en");
  fetches.clear();
});

describe("the pane's language while its messages load", () => {
  it("shows nothing at first rather than English, then the language once it has come", async () => {
    const { container } = render(
      <I18nProvider language="zh-TW">
        <Greeting />
      </I18nProvider>,
    );
    expect(container.textContent).toBe("");
    await settle("zh-TW", "arrives");
    expect(screen.getByText("設定")).toBeTruthy();
  });

  it("keeps speaking the language it spoke while the one chosen next is on its way", async () => {
    const { rerender } = render(
      <I18nProvider language="en">
        <Greeting />
      </I18nProvider>,
    );
    rerender(
      <I18nProvider language="vi">
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText("Settings").dataset.language).toBe("en");
    await settle("vi", "arrives");
    expect(screen.getByText("Cài đặt").dataset.language).toBe("vi");
  });

  it("switches at once to a language already loaded", () => {
    arrived.add("zh-CN");
    const { rerender } = render(
      <I18nProvider language="en">
        <Greeting />
      </I18nProvider>,
    );
    rerender(
      <I18nProvider language="zh-CN">
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText("设置").dataset.language).toBe("zh-CN");
    expect(fetches.size).toBe(0);
  });

  it("carries on in English, saying why, when the messages cannot be fetched", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { container } = render(
      <I18nProvider language="vi">
        <Greeting />
      </I18nProvider>,
    );
    await settle("vi", "fails");
    expect(container.textContent).toBe("Settings");
    expect(warn).toHaveBeenCalledWith("The vi messages could not be loaded.", expect.any(Error));
    warn.mockRestore();
  });

  it("never speaks a language it stopped waiting for", async () => {
    const { rerender } = render(
      <I18nProvider language="en">
        <Greeting />
      </I18nProvider>,
    );
    rerender(
      <I18nProvider language="vi">
        <Greeting />
      </I18nProvider>,
    );
    rerender(
      <I18nProvider language="en">
        <Greeting />
      </I18nProvider>,
    );
    await settle("vi", "arrives");
    expect(screen.getByText("Settings").dataset.language).toBe("en");
  });
});
