import { Card, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** One report action's card: a named region (icon, heading, what it does), then its controls and outcome. */
export function ReportCard({
  icon,
  title,
  hint,
  children,
}: {
  icon: ReactNode;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const headingId = useId("report-card");
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <div className={styles.heading}>
        {icon}
        <Text as="h3" weight="semibold" id={headingId}>
          {title}
        </Text>
      </div>
      <Text>{hint}</Text>
      {children}
    </Card>
  );
}
