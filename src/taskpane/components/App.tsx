import * as React from 'react';
import { Body1, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n/strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface AppProps {
  strings: Strings;
}

export function App({ strings }: AppProps): React.ReactElement {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
      <Caption1>{strings.appSubtitle}</Caption1>
      <Body1>{strings.functionsIntro}</Body1>
      <code className={styles.code}>{strings.functionIndigenza}</code>
      <code className={styles.code}>{strings.functionSat}</code>
    </main>
  );
}
