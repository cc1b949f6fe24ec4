// The task pane's sections are chunks loaded on first opening (src/taskpane/App.tsx). A spec clicks a tab and looks
// at once, as a person does after the pane's idle prefetch: so every section is fetched before the specs run.
import { preloadSections } from "../../src/taskpane/App";

beforeAll(() => preloadSections());
