import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Navigation } from "../../src/taskpane/components/Navigation";
import type { Section } from "../../src/taskpane/sections";

const NAMES = ["Home", "Record", "Records", "Cases", "Reports", "Settings"];

/** The navigation as App holds it: the chosen section in state; `opened` hears each section chosen. */
function renderNavigation(opened: Section[] = []) {
  function Shell() {
    const [current, setCurrent] = useState<Section>("home");
    return (
      <Navigation
        current={current}
        onSelect={(section) => {
          opened.push(section);
          setCurrent(section);
        }}
      />
    );
  }
  render(<Shell />);
  return opened;
}

const tab = (name: string) => screen.getByRole("tab", { name });
const focused = () => document.activeElement?.textContent;
const press = (key: string) => document.activeElement && fireEvent.keyDown(document.activeElement, { key });

describe("the task pane's navigation", () => {
  it("is a tab list of the six sections, Home chosen and the only one on the Tab key's way", () => {
    renderNavigation();
    expect(screen.getByRole("tablist", { name: "Sections" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((element) => element.textContent)).toEqual(NAMES);
    expect(tabs.map((element) => element.getAttribute("aria-selected"))).toEqual([
      "true",
      "false",
      "false",
      "false",
      "false",
      "false",
    ]);
    expect(tabs.map((element) => element.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
  });

  it("moves the focus with the arrow keys, round the ends, without opening what it passes", () => {
    const opened = renderNavigation();
    tab("Home").focus();
    press("ArrowRight");
    expect(focused()).toBe("Record");
    press("ArrowRight");
    expect(focused()).toBe("Records");
    press("ArrowLeft");
    press("ArrowLeft");
    expect(focused()).toBe("Home");
    press("ArrowLeft");
    expect(focused()).toBe("Settings");
    press("ArrowRight");
    expect(focused()).toBe("Home");
    expect(opened).toEqual([]);
    expect(tab("Home").getAttribute("aria-selected")).toBe("true");
  });

  it("goes to the first tab on Home and the last on End, and leaves other keys alone", () => {
    renderNavigation();
    tab("Home").focus();
    press("End");
    expect(focused()).toBe("Settings");
    press("Home");
    expect(focused()).toBe("Home");
    press("ArrowDown");
    press("a");
    expect(focused()).toBe("Home");
  });

  it("keeps the page from scrolling on the keys it handles, and only on those", () => {
    renderNavigation();
    tab("Home").focus();
    const handled = ["ArrowLeft", "ArrowRight", "Home", "End"].map(
      (key) => !fireEvent.keyDown(document.activeElement as Element, { key }),
    );
    expect(handled).toEqual([true, true, true, true]);
    expect(fireEvent.keyDown(document.activeElement as Element, { key: "Tab" })).toBe(true);
  });

  it("opens the focused section when activated (a button: Enter and Space click it), and the Tab stop follows", () => {
    const opened = renderNavigation();
    tab("Home").focus();
    press("ArrowRight");
    press("ArrowRight");
    fireEvent.click(document.activeElement as Element);
    expect(opened).toEqual(["records"]);
    expect(tab("Records").getAttribute("aria-selected")).toBe("true");
    expect(tab("Home").getAttribute("aria-selected")).toBe("false");
    expect(screen.getAllByRole("tab").map((element) => element.tabIndex)).toEqual([-1, -1, 0, -1, -1, -1]);
  });
});
