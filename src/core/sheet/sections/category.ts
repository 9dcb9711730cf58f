/**
 * The additional category of particular social relevance, with its reasons (R.R. 4/2017 art. 4
 * c. 3 lett. d, art. 14 c. 1 lett. f), and whether it has a reserve: none before 2025 (it gives
 * points in the call's ranking); from 2025 when the reserve serves it (sections/reserve.ts).
 */
import { CATEGORIA } from '../../quota';
import { rulesFor } from '../../rules';
import { STYLE } from '../builder';
import type { SectionContext } from './context';

export function addCategory({ sheet, plan, strings }: SectionContext): void {
  const category = plan.parametri.categoria;
  if (!category || (category.nome.trim() === '' && category.descrizione.trim() === '')) return;
  sheet.addSectionHeader(strings.sections.category, 'categoria');
  if (category.nome.trim() !== '') sheet.addTextRow(category.nome.trim(), STYLE.categoryName);
  if (category.descrizione.trim() !== '') sheet.addTextRow(category.descrizione.trim());
  const rule = rulesFor(plan.anno).riservaCategorie;
  if (rule.maxPpm === 0) {
    sheet.addTextRow(
      strings.reserve.categoryNoReserve({ year: plan.anno, reference: `${CATEGORIA.article}, R.R. 2/2025` }),
    );
    return;
  }
  const served = plan.gruppi.some(
    (group) => group.categoria.percentuale > 0 && group.categorieRiserva.includes('categoria-aggiuntiva'),
  );
  sheet.addTextRow(served ? strings.reserve.categoryInReserve : strings.reserve.categoryNotInReserve);
}
