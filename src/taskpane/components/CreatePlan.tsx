import * as React from 'react';
import { Button, Caption1, Spinner, useId } from '@fluentui/react-components';
import type { Strings } from '../i18n/strings';
import { Notice } from './Notice';
import { useSectionStyles } from './Section';

export type CreateStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; sheetName: string; warning?: string }
  | { kind: 'failed'; message: string };

export interface CreatePlanProps {
  /** Why the plan cannot be created yet; empty when it can. */
  reasons: string[];
  status: CreateStatus;
  onCreate: () => void;
  strings: Strings;
}

/** The one click that writes the plan sheet. */
export function CreatePlan({ reasons, status, onCreate, strings }: CreatePlanProps): React.ReactElement {
  const styles = useSectionStyles();
  const reasonId = useId('create-reason-');
  const busy = status.kind === 'busy';
  const blocked = reasons.length > 0;
  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={blocked || busy}
          aria-describedby={blocked ? reasonId : undefined}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={onCreate}
        >
          {strings.createButton}
        </Button>
        {busy && <Caption1>{strings.creating}</Caption1>}
      </div>
      {blocked ? <Caption1 id={reasonId}>{reasons.join(' ')}</Caption1> : <Caption1>{strings.createHint}</Caption1>}
      {status.kind === 'done' && <Notice intent="success">{strings.created(status.sheetName)}</Notice>}
      {status.kind === 'done' && status.warning && (
        <Notice intent="warning" title={strings.savedAfterCreateFailed}>
          {status.warning}
        </Notice>
      )}
      {status.kind === 'failed' && (
        <Notice intent="error" title={strings.createFailed}>
          {status.message}
        </Notice>
      )}
    </>
  );
}
