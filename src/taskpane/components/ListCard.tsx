import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { type ReactNode, useId } from "react";

/**
 * One item of a list shown as a card (a case, a survey alert, a corrective action, a record): bordered, its start
 * edge marked when it waits for someone (attention) or is late (overdue). Long ids and names wrap anywhere, so a
 * card never runs past a 320 px pane.
 */
export const useListCardStyles = makeStyles({
  card: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  attention: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorStatusWarningBorder2,
  },
  overdue: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorStatusDangerBorder2,
  },
  /** The card's own button (Take action): as wide as its label. */
  button: { alignSelf: "flex-start" },
  /** The button that opens what the card is about: its name, flush with the card's text. */
  open: { justifyContent: "flex-start", textAlign: "start", padding: 0, minWidth: 0, overflowWrap: "anywhere" },
  facts: { color: tokens.colorNeutralForeground2 },
});

export type ListCardMark = "attention" | "overdue";

/** The card itself, an `<li>`: what goes inside is the caller's. */
export function ListCard({ mark, children }: { mark?: ListCardMark; children: ReactNode }) {
  const styles = useListCardStyles();
  return <li className={mergeClasses(styles.card, mark && styles[mark])}>{children}</li>;
}

export interface OpenableListCardProps {
  /** The open button's element id: where the focus returns when what it opened is closed. */
  readonly buttonId: string;
  /** The button's text: the id and customer ("CC-2026-0001 · Công ty Hòa Phát"). */
  readonly title: string;
  /** A fuller name for the button where its text alone says too little. */
  readonly ariaLabel?: string;
  readonly mark?: ListCardMark;
  /** What describes it under the button, read with the button (aria-describedby). */
  readonly details: ReactNode;
  readonly onOpen: () => void;
}

/** A card opened by its name: a button with a chevron, the details below it. */
export function OpenableListCard({ buttonId, title, ariaLabel, mark, details, onOpen }: OpenableListCardProps) {
  const styles = useListCardStyles();
  const detailsId = useId();
  return (
    <ListCard mark={mark}>
      <Button
        id={buttonId}
        className={styles.open}
        appearance="transparent"
        icon={<ChevronRightRegular />}
        iconPosition="after"
        aria-label={ariaLabel}
        aria-describedby={detailsId}
        onClick={onOpen}
      >
        {title}
      </Button>
      <div id={detailsId}>{details}</div>
    </ListCard>
  );
}
