import { Input, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import { type FocusEvent, useId } from "react";
import type { RatingLevels } from "../../domain/rating-levels";
import type { InstrumentItem } from "../../domain/schema";
import { levelOptions, parseAnswer } from "../../domain/survey-forms";
import { useI18n } from "../i18n";
import { levelWord } from "./survey-levels";
import { scoreText } from "./survey-score-text";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  // As wide as its longest level ("Tương đối hài lòng (3)"): when that and the points do not fit one line (320 px,
  // Vietnamese), the points move to the next line and the list takes the whole width; it is narrower only where
  // even the whole width is.
  level: { flexGrow: 1, flexShrink: 1, flexBasis: "auto", minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0 },
  pointsGroup: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  points: { width: "5rem" },
  error: { color: tokens.colorPaletteRedForeground1 },
  alert: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
  },
});

export interface SurveyAnswerFieldProps {
  /** The points input's element id: where an error summary link and the focus on a failed save go. */
  readonly id: string;
  readonly item: InstrumentItem;
  readonly levels: RatingLevels;
  /** The answer as typed: points or a level word. */
  readonly text: string;
  readonly onChange: (text: string) => void;
  /** Focus left the item: its error may show now. */
  readonly onLeave: () => void;
  readonly error?: string;
  /** Shown when the answer is at or below the item alert (REQ 16). */
  readonly alert?: { readonly points: number; readonly threshold: number };
}

/**
 * One item of the questionnaire: a level chosen from a list (keyboard: arrows), or points typed on the item's
 * scale; both edit the same answer, the list showing the level the points stand for.
 */
export function SurveyAnswerField({ id, item, levels, text, onChange, onLeave, error, alert }: SurveyAnswerFieldProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const labelId = useId();
  const pointsId = useId();
  const noteId = useId();
  const options = levelOptions(item, levels);
  const outcome = parseAnswer(text, item, levels);
  const chosen = outcome.ok ? options.find((option) => option.rating === outcome.rating) : undefined;
  const leave = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onLeave();
  };
  const described = error || alert ? noteId : undefined;

  return (
    <div className={styles.item} role="group" aria-labelledby={labelId} onBlur={leave}>
      <Label id={labelId} htmlFor={`${id}-level`}>
        {item.code} {item.text[language]}
      </Label>
      <div className={styles.row}>
        <Select
          id={`${id}-level`}
          className={styles.level}
          select={{ className: styles.control }}
          value={chosen?.key ?? ""}
          aria-describedby={described}
          onChange={(_, data) => {
            const option = options.find((candidate) => candidate.key === data.value);
            onChange(option ? String(option.rating) : "");
          }}
        >
          <option value="">{t("surveyReturn.chooseLevel")}</option>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {t("surveyReturn.levelOption", { level: levelWord(option.key, language), rating: option.rating })}
            </option>
          ))}
        </Select>
        <span className={styles.pointsGroup}>
          <Text id={pointsId} size={200}>
            {t("surveyReturn.points", { max: item.scale })}
          </Text>
          <Input
            id={id}
            className={styles.points}
            value={text}
            inputMode="numeric"
            aria-labelledby={`${labelId} ${pointsId}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            onChange={(_, data) => onChange(data.value)}
          />
        </span>
      </div>
      {(error || alert) && (
        <div id={noteId}>
          {error && <Text className={styles.error}>{error}</Text>}
          {!error && alert && (
            <Text className={styles.alert}>
              <WarningRegular aria-hidden />
              {t("surveyReturn.itemAlert", { points: scoreText(alert.points, language), threshold: alert.threshold })}
            </Text>
          )}
        </div>
      )}
    </div>
  );
}
