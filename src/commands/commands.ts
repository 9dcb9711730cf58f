/** Ribbon commands, registered in the shared runtime (manifest: ExecuteFunction "creaPiano"). */

/** Until the one-click plan lands (issue 4), the ribbon button opens the pane to create the plan there. */
async function creaPiano(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  Office.actions.associate('creaPiano', creaPiano);
}
