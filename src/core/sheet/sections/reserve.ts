/**
 * From 2025: the reserve for the art. 14 categories (R.R. 4/2017 art. 4 c. 3 lett. c bis), its
 * share and the categories it serves, generally and for each owner that chose otherwise. The
 * quotas themselves are in the split's columns (quota.ts, CATEGORIA).
 */
import { CATEGORIA } from '../../quota';
import { rulesFor } from '../../rules';
import { CATEGORIE_ART14_LABELS, type CategoriaArt14 } from '../../plan/params';
import { cite } from '../../messages/citations';
import type { SectionContext } from './context';

export function addReserve({ sheet, plan, strings, language }: SectionContext): void {
  const rule = rulesFor(plan.anno).riservaCategorie;
  if (rule.maxPpm === 0) return;
  const general = plan.parametri;
  const used =
    general.categoriaQuota > 0 ||
    general.riservaCategorie.length > 0 ||
    plan.gruppi.some((group) => group.categoria.percentuale > 0);
  if (!used) return;
  const names = (categories: readonly CategoriaArt14[]): string =>
    categories.map((category) => CATEGORIE_ART14_LABELS[category][language]).join('; ');

  sheet.addSectionHeader(strings.sections.reserve, 'riserva');
  sheet.addTextRow(
    strings.reserve.share({
      share: strings.percent(general.categoriaQuota),
      reference: cite(rule.reference),
      column: CATEGORIA.label,
    }),
  );
  sheet.addTextRow(
    general.riservaCategorie.length > 0
      ? strings.reserve.categories({ categories: names(general.riservaCategorie) })
      : strings.reserve.noCategories,
  );
  const seen = new Set<string>();
  for (const group of plan.gruppi) {
    if (seen.has(group.ente)) continue;
    seen.add(group.ente);
    const ownShare = group.personalizzati.includes('categoriaQuota');
    const ownCategories = group.categorieRiserva !== general.riservaCategorie;
    if (!ownShare && !ownCategories) continue;
    sheet.addTextRow(
      strings.reserve.owner({
        owner: group.ente,
        share: strings.percent(group.parametri.categoriaQuota),
        categories: group.categorieRiserva.length > 0 ? names(group.categorieRiserva) : '-',
      }),
    );
  }
}
