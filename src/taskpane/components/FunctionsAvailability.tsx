import { DismissRegular } from "@fluentui/react-icons/svg/dismiss"; // its own module: see Navigation
import { useState } from "react";
import { customFunctionsSupport } from "../../excel/office-environment";
import { useI18n } from "../i18n";
import { useStorage } from "../storage-context";
import { Notice } from "./Notice";
import { PaneButton } from "./PaneButton";

const DISMISSED_KEY = "vocLedger.functionsNoticeDismissed";

function wasDismissed(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(DISMISSED_KEY) === "yes";
  } catch {
    return false; // storage can be blocked in some Office webviews
  }
}

/**
 * Says once, where Excel cannot run custom functions, that VOC.* formulas are unavailable and that the ledger's
 * figures do not depend on them. Dismissed, it stays dismissed in this task pane's storage.
 */
export function FunctionsAvailability() {
  const { t } = useI18n();
  const storage = useStorage();
  const [support] = useState(customFunctionsSupport);
  const [dismissed, setDismissed] = useState(() => wasDismissed(storage));
  if (support !== "unsupported" || dismissed) return null;

  const dismiss = () => {
    setDismissed(true);
    try {
      storage?.setItem(DISMISSED_KEY, "yes");
    } catch {
      // Then it is dismissed for this session only.
    }
  };

  return (
    <Notice
      intent="info"
      title={t("home.functionsUnavailable.title")}
      actions={
        <PaneButton
          appearance="transparent"
          icon={<DismissRegular />}
          aria-label={t("home.functionsUnavailable.dismiss")}
          onClick={dismiss}
        />
      }
    >
      {t("home.functionsUnavailable.body")}
    </Notice>
  );
}
