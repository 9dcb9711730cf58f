import * as React from 'react';
import { makeStyles, mergeClasses } from '../ui';

const useStyles = makeStyles({
  line: { display: 'block', overflowWrap: 'anywhere' },
});

/**
 * A group as the preview and the chart show it: the owner on one line, the comune under it, so
 * that a long owner ("ALER Brescia-Cremona-Mantova") stays on one line in a 320 px pane. The
 * element around it gives the accessible name (strings.groupLabel).
 */
export function GroupName({
  ente,
  comune,
  enteClassName,
  comuneClassName,
}: {
  ente: string;
  comune: string;
  enteClassName?: string;
  comuneClassName?: string;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <>
      <span className={mergeClasses(styles.line, enteClassName)}>{ente}</span>
      <span className={mergeClasses(styles.line, comuneClassName)}>{comune}</span>
    </>
  );
}
