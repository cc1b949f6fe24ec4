import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";

/**
 * The layout of a row of filters (Cases, Records): each filter as wide as its label or its longest choice, whichever
 * is wider, the filters wrapping onto as many lines as the pane needs. Fixed column widths let long labels and
 * choices (Vietnamese "Phân loại theo nội dung", "Sổ") run into the next filter at 320 and 360 px.
 */
export const useFilterRowStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  filter: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: "auto",
    minWidth: 0,
    maxWidth: "100%",
    gridTemplateColumns: "minmax(0, 1fr)",
  },
  // The control (and its native element) may shrink with the filter where one choice is wider than the pane.
  shrink: { minWidth: 0 },
});

export interface ChoiceFilterProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly { readonly key: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
  /** The first option, which lets everything through; none where one of the options is always chosen. */
  readonly allLabel?: string;
}

/** One drop-down filter: a native select, reached with Tab and changed with the keyboard. */
export function ChoiceFilter({ label, value, options, onChange, allLabel }: ChoiceFilterProps) {
  const styles = useFilterRowStyles();
  return (
    <Field label={label} className={styles.filter}>
      <Select
        className={styles.shrink}
        select={{ className: styles.shrink }}
        value={value ?? ""}
        onChange={(_, data) => onChange(data.value)}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
