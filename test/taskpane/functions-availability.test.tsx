import { fireEvent, render, screen } from "@testing-library/react";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import { MemoryExcel } from "../../src/memory-host";
import { FunctionsAvailability } from "../../src/taskpane/components/FunctionsAvailability";
import { I18nProvider } from "../../src/taskpane/i18n";
import { StorageProvider } from "../../src/taskpane/storage-context";
import { fakeOffice, removeOffice } from "../support/fake-office";
import { memoryStorage, renderTaskpane } from "../support/render-taskpane";

function renderNotice(language: Language, storage: Storage = memoryStorage()) {
  return render(
    <I18nProvider language={language}>
      <StorageProvider storage={storage}>
        <FunctionsAvailability />
      </StorageProvider>
    </I18nProvider>,
  );
}

const title = (language: Language) => translate(language, "home.functionsUnavailable.title");

afterEach(removeOffice);

describe("Home, where Excel cannot run the VOC functions", () => {
  it("says so on Home, and that the workbook's own formulas still carry every figure", async () => {
    fakeOffice("Excel", { ExcelApi: "1.9", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
    renderTaskpane(new MemoryExcel(), "en-US");
    expect(await screen.findByText(title("en"))).toBeTruthy();
    expect(screen.getByText(/every score, grade, rate and due date .* is an Excel formula of its own/)).toBeTruthy();
    expect(screen.getAllByText(title("en"))).toHaveLength(1);
    expect(screen.queryByText("=VOC.GRADE(85)")).toBeNull();
  });

  it("offers an example VOC formula on Home only where Excel runs them", async () => {
    fakeOffice("Excel", { ExcelApi: "1.9", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" });
    renderTaskpane(new MemoryExcel(), "en-US");
    expect(await screen.findByText("=VOC.GRADE(85)")).toBeTruthy();
  });

  it.each(LANGUAGES)("speaks %s", (language) => {
    fakeOffice("Excel", { CustomFunctionsRuntime: "1.1" });
    renderNotice(language);
    expect(screen.getByText(title(language))).toBeTruthy();
    expect(screen.getByText(translate(language, "home.functionsUnavailable.body"))).toBeTruthy();
    expect(screen.getByRole("button", { name: translate(language, "home.functionsUnavailable.dismiss") })).toBeTruthy();
  });

  it("once dismissed, is gone and stays gone the next time the task pane opens", () => {
    fakeOffice("Excel", { CustomFunctionsRuntime: "1.2" });
    const storage = memoryStorage();
    const first = renderNotice("en", storage);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(title("en"))).toBeNull();
    first.unmount();
    renderNotice("en", storage);
    expect(screen.queryByText(title("en"))).toBeNull();
  });

  it("says nothing where the functions run, or outside Excel where nothing is known", () => {
    fakeOffice("Excel", { CustomFunctionsRuntime: "1.3" });
    const inExcel = renderNotice("en");
    expect(inExcel.container.textContent).toBe("");
    inExcel.unmount();
    removeOffice();
    expect(renderNotice("en").container.textContent).toBe("");
  });
});
