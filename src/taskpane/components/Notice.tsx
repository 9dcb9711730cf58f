import * as React from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '../ui';

export interface NoticeProps {
  intent: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children?: React.ReactNode;
  /** A button at the end of the bar (e.g. close). */
  action?: React.ReactElement;
}

/** A message bar; its intent is also exposed as data-intent, for tests and styling hooks. */
export function Notice({ intent, title, children, action }: NoticeProps): React.ReactElement {
  return (
    <MessageBar intent={intent} data-intent={intent}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {action && <MessageBarActions containerAction={action} />}
    </MessageBar>
  );
}
