// The pane loads a language's messages before it speaks it (src/domain/i18n/translate.ts), and the App holds its
// text back until then. Specs read messages in every language, as data, and render the pane in any of them: so every
// language is loaded before they run, as the boot does for the one it opens in.
import { loadAllLanguages } from "../../src/domain/i18n/translate";

beforeAll(() => loadAllLanguages());
