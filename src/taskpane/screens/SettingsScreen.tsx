import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { LANGUAGES, type Language } from "../../domain/i18n/language";
import type { ThemeKind } from "../../excel/office-environment";
import { ScreenHeader } from "../components/ScreenHeader";
import { useI18n } from "../i18n";
import type { LanguagePreference } from "../language-preference";

const useStyles = makeStyles({ screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL } });

interface SettingsProps {
  readonly preference: LanguagePreference;
  readonly officeLanguage: Language;
  readonly theme: ThemeKind;
  readonly onPreferenceChange: (preference: LanguagePreference) => void;
}

export function SettingsScreen({ preference, officeLanguage, theme, onPreferenceChange }: SettingsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.screen}>
      <ScreenHeader title={t("settings.title")} intro={t("settings.languageHint")} />
      <Field label={t("settings.language")}>
        <RadioGroup value={preference} onChange={(_, data) => onPreferenceChange(data.value as LanguagePreference)}>
          <Radio
            value="office"
            label={t("settings.languageFollowOffice", { language: t(`languageName.${officeLanguage}`) })}
          />
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} label={t(`language.${language}`)} lang={language} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("settings.theme")}>
        <Text>{t("settings.themeHint", { theme: t(`theme.${theme}`) })}</Text>
      </Field>
    </section>
  );
}
