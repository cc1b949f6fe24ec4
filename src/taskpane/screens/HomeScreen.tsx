import { makeStyles, tokens } from "@fluentui/react-components";
// Icons from their own modules, not the package's index: see Navigation.
import { ArrowClockwiseRegular } from "@fluentui/react-icons/svg/arrow-clockwise";
import { TableRegular } from "@fluentui/react-icons/svg/table";
import { TableAddRegular } from "@fluentui/react-icons/svg/table-add";
import { Suspense, useEffect, useState } from "react";
import { tableTitle } from "../../domain/schema/titles";
import { customFunctionsSupport } from "../../excel/office-environment";
import { Busy } from "../components/Busy";
import { FunctionsAvailability } from "../components/FunctionsAvailability";
import { Notice } from "../components/Notice";
import { PaneButton } from "../components/PaneButton";
import { Panel } from "../components/Panel";
import { ScreenHeader } from "../components/ScreenHeader";
import { useI18n } from "../i18n";
import { lazySection, SectionFrame } from "../lazy-section";
import { useWorkbookSummary } from "../use-workbook-summary";

// What Set up would change takes the whole schema and workbook plan to work out: its own chunk, fetched once Home
// has first shown the workbook, so that none of it is in the first screen's (DESIGN: task-pane loading). No idle
// prefetch as for the sections: Home shows it, so Home asks for it, right after its first read.
const WorkbookSetup = lazySection(() =>
  import(/* webpackChunkName: "home-setup" */ "../components/SetupCard").then((m) => m.SetupCard),
);

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tables: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  // As Fluent's <Text weight="semibold"> draws a heading (its margins the browser's), without Text in this chunk.
  heading: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The setup panel as it first looks while the workbook is checked: what its chunk shows until it has looked. */
function CheckingWorkbook() {
  const { t } = useI18n();
  return (
    <>
      <Busy label={t("setup.checking")} />
      <div>
        <PaneButton appearance="primary" icon={<TableAddRegular />} disabled>
          {t("setup.action")}
        </PaneButton>
      </div>
    </>
  );
}

/** Home's panel for setting the workbook up; its body comes in its own chunk once `wanted`. */
function SetupPanel({ wanted, onSetUp }: { wanted: boolean; onSetUp: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const title = t("setup.title");
  return (
    <Panel>
      <h3 className={styles.heading}>{title}</h3>
      {wanted ? (
        <SectionFrame
          name="setup"
          loadingText={t("setup.checking")}
          failureText={(reason) => t("nav.openFailed", { section: title, reason })}
          retryText={t("nav.retry")}
        >
          <Suspense fallback={<CheckingWorkbook />}>
            <WorkbookSetup.View onSetUp={onSetUp} />
          </Suspense>
        </SectionFrame>
      ) : (
        <CheckingWorkbook />
      )}
    </Panel>
  );
}

/** `onFirstRead` runs once, when the screen first shows what is in the workbook (or why it cannot). */
export function HomeScreen({ onFirstRead }: { onFirstRead?: () => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { state, refresh } = useWorkbookSummary();
  const [functionsRun] = useState(() => customFunctionsSupport() !== "unsupported");
  const [firstRead, setFirstRead] = useState(false);

  useEffect(() => {
    if (state.status === "reading" || firstRead) return;
    setFirstRead(true);
    onFirstRead?.();
  }, [state.status, firstRead, onFirstRead]);

  return (
    <section className={styles.screen} aria-labelledby="home-title">
      <ScreenHeader title={t("app.name")} intro={t("home.intro")} />
      <FunctionsAvailability />
      <Panel>
        <div className={styles.row}>
          <TableRegular aria-hidden />
          <h3 className={styles.heading} id="home-title">
            {t("home.title")}
          </h3>
        </div>
        {state.status === "reading" && <Busy label={t("home.reading")} />}
        {state.status === "failed" && <Notice intent="error">{t("home.readFailed", { reason: state.reason })}</Notice>}
        {state.status === "read" && (
          <>
            <span>{t("home.sheets", { count: state.summary.sheetNames.length })}</span>
            {state.summary.tables.length === 0 ? (
              <span>{t("home.noTables")}</span>
            ) : (
              <ul className={styles.tables} aria-label={t("home.tables")}>
                {/* The ledger's tables by what people call them in the pane's language; the user's own by their name. */}
                {state.summary.tables.map((table) => (
                  <li key={table.name}>
                    {t("home.tableRows", {
                      name: tableTitle(table.name, language) ?? table.name,
                      count: table.rowCount,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <div>
          <PaneButton icon={<ArrowClockwiseRegular />} onClick={refresh} disabled={state.status === "reading"}>
            {t("home.refresh")}
          </PaneButton>
        </div>
      </Panel>
      {/* Until Home has first read the workbook, its setup panel waits: the first read is what the pane is for. */}
      <SetupPanel wanted={firstRead} onSetUp={refresh} />
      {/* No example of a VOC.* formula where Excel cannot run it: the notice above says why. */}
      {functionsRun && (
        <Panel>
          <h3 className={styles.heading}>{t("home.functionsTitle")}</h3>
          <span>{t("home.functionsHint")}</span>
          <code className={styles.code}>=VOC.GRADE(85)</code>
        </Panel>
      )}
    </section>
  );
}
