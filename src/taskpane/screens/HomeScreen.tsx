import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, TableRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { tableTitle } from "../../domain/schema";
import { customFunctionsSupport } from "../../excel/office-environment";
import { FunctionsAvailability } from "../components/FunctionsAvailability";
import { ScreenHeader } from "../components/ScreenHeader";
import { SetupCard } from "../components/SetupCard";
import { useI18n } from "../i18n";
import { useWorkbookSummary } from "../use-workbook-summary";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tables: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** `onFirstRead` runs once, when the screen first shows what is in the workbook (or why it cannot). */
export function HomeScreen({ onFirstRead }: { onFirstRead?: () => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { state, refresh } = useWorkbookSummary();
  const [functionsRun] = useState(() => customFunctionsSupport() !== "unsupported");
  const reported = useRef(false);

  useEffect(() => {
    if (state.status === "reading" || reported.current) return;
    reported.current = true;
    onFirstRead?.();
  }, [state.status, onFirstRead]);

  return (
    <section className={styles.screen} aria-labelledby="home-title">
      <ScreenHeader title={t("app.name")} intro={t("home.intro")} />
      <FunctionsAvailability />
      <Card>
        <div className={styles.row}>
          <TableRegular aria-hidden />
          <Text as="h3" weight="semibold" id="home-title">
            {t("home.title")}
          </Text>
        </div>
        {state.status === "reading" && <Spinner size="tiny" label={t("home.reading")} />}
        {state.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{t("home.readFailed", { reason: state.reason })}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === "read" && (
          <>
            <Text>{t("home.sheets", { count: state.summary.sheetNames.length })}</Text>
            {state.summary.tables.length === 0 ? (
              <Text>{t("home.noTables")}</Text>
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
          <Button icon={<ArrowClockwiseRegular />} onClick={refresh} disabled={state.status === "reading"}>
            {t("home.refresh")}
          </Button>
        </div>
      </Card>
      <SetupCard onSetUp={refresh} />
      {/* No example of a VOC.* formula where Excel cannot run it: the notice above says why. */}
      {functionsRun && (
        <Card>
          <Text as="h3" weight="semibold">
            {t("home.functionsTitle")}
          </Text>
          <Text>{t("home.functionsHint")}</Text>
          <code className={styles.code}>=VOC.GRADE(85)</code>
        </Card>
      )}
    </section>
  );
}
