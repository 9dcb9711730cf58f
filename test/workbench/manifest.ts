/**
 * What the workbench's ribbon shows, read from the built manifest (dist/manifest.xml) in the
 * browser: the add-in's group and buttons on the Home tab, their labels in the display
 * language (bt:Override Locale), and the custom functions' namespace.
 */

export type RibbonAction = { kind: 'function'; name: string } | { kind: 'taskpane' };

export interface RibbonControl {
  id: string;
  label: string;
  tooltip?: string;
  action: RibbonAction;
}

export interface ManifestInfo {
  groupLabel: string;
  controls: RibbonControl[];
  /** Custom functions' namespace ('CASA'). */
  namespace: string;
}

/** The manifest's own Italian / English labels, used until (or if) the manifest cannot be read. */
export function fallbackManifest(language: 'it' | 'en'): ManifestInfo {
  const en = language === 'en';
  return {
    groupLabel: en ? 'Housing offer plan' : 'Piano offerta abitativa',
    namespace: 'CASA',
    controls: [
      { id: 'TaskpaneButton', label: en ? 'Open pane' : 'Apri il pannello', action: { kind: 'taskpane' } },
      {
        id: 'CreatePlanButton',
        label: en ? 'Create plan' : 'Crea piano',
        action: { kind: 'function', name: 'creaPiano' },
      },
    ],
  };
}

function byLocalName(root: Element | Document, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', name));
}

/** Parses the add-in only manifest; throws when it has no ribbon controls. */
export function parseManifest(xml: string, displayLanguage: string): ManifestInfo {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (byLocalName(doc, 'parsererror').length > 0) throw new Error('manifest.xml is not well-formed');
  const language = displayLanguage.toLowerCase();
  const text = (resid: string | null): string | undefined => {
    if (!resid) return undefined;
    const entry = byLocalName(doc, 'String').find((element) => element.getAttribute('id') === resid);
    if (!entry) return undefined;
    const overrides = byLocalName(entry, 'Override');
    const exact = overrides.find((o) => o.getAttribute('Locale')?.toLowerCase() === language);
    const sameLanguage = overrides.find(
      (o) => o.getAttribute('Locale')?.toLowerCase().split('-')[0] === language.split('-')[0],
    );
    return (exact ?? sameLanguage)?.getAttribute('Value') ?? entry.getAttribute('DefaultValue') ?? undefined;
  };
  const desktop = byLocalName(doc, 'DesktopFormFactor')[0] ?? doc;
  const group = byLocalName(desktop, 'Group')[0];
  const labelOf = (element: Element): string | undefined =>
    text(
      Array.from(element.children)
        .find((child) => child.localName === 'Label')
        ?.getAttribute('resid') ?? null,
    );
  const controls: RibbonControl[] = [];
  for (const control of group ? byLocalName(group, 'Control') : []) {
    const action = byLocalName(control, 'Action')[0];
    const type = action?.getAttribute('xsi:type');
    const label = labelOf(control);
    if (!action || !label) continue;
    const tooltip = text(byLocalName(control, 'Description')[0]?.getAttribute('resid') ?? null);
    if (type === 'ExecuteFunction') {
      const name = byLocalName(action, 'FunctionName')[0]?.textContent?.trim();
      if (name)
        controls.push({ id: control.getAttribute('id') ?? name, label, tooltip, action: { kind: 'function', name } });
    } else if (type === 'ShowTaskpane') {
      controls.push({ id: control.getAttribute('id') ?? 'taskpane', label, tooltip, action: { kind: 'taskpane' } });
    }
  }
  if (controls.length === 0) throw new Error('manifest.xml has no ribbon buttons');
  const namespace = text(byLocalName(doc, 'Namespace')[0]?.getAttribute('resid') ?? null) ?? 'CASA';
  return { groupLabel: (group && labelOf(group)) ?? '', controls, namespace };
}
