/** The additional category of particular social relevance, with its reasons (R.R. 4/2017 art. 4 c. 3 lett. d). */
import { toPpm } from '../../rules';
import { STYLE } from '../builder';
import type { SectionContext } from './context';

export function addCategory({ sheet, plan, strings }: SectionContext): void {
  const category = plan.parametri.categoria;
  if (!category || (category.nome.trim() === '' && category.descrizione.trim() === '')) return;
  sheet.addSectionHeader(strings.sections.category, 'categoria');
  if (category.nome.trim() !== '') sheet.addTextRow(category.nome.trim(), STYLE.categoryName);
  if (category.descrizione.trim() !== '') sheet.addTextRow(category.descrizione.trim());
  const shares = [plan.parametri.categoriaQuota, ...plan.gruppi.map((group) => group.categoria.percentuale)];
  if (shares.some((share) => toPpm(share) > 0))
    sheet.addTextRow(strings.categoryReserve(strings.percent(plan.parametri.categoriaQuota)));
}
