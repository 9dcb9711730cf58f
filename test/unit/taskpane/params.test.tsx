/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createFakeAdapter, COMUNE_CREMONA, ALER } from '../../helpers/fake-adapter';
import { readInventory, renderPane, type, validationMessageOf } from '../../helpers/render-pane';

const field = (label: RegExp | string): HTMLElement => screen.getByRole('textbox', { name: label });

describe('plan parameters', () => {
  test.each([
    ['Quota indigenza (base)', 'Fissata al 20 % dal R.R. 4/2017 art. 13 c. 3'],
    ['Soglia massima SAT', 'Predefinito 25 % - L.R. 16/2016 art. 23'],
    ['Quota Forze di Polizia e Vigili del Fuoco', 'Predefinito 0 % - R.R. 4/2017 art. 7 bis'],
    ['Alloggi SAT richiesti (per ente e comune)', 'Predefinito 0 - L.R. 16/2016 art. 23'],
  ])('%s shows its default and legal reference', async (label, hint) => {
    await renderPane(createFakeAdapter());
    expect(field(label)).toHaveAccessibleDescription(expect.stringContaining(hint));
  });

  test('percentages are typed as points and say so', async () => {
    await renderPane(createFakeAdapter());
    const increase = field('Maggiorazione indigenza (solo alloggi comunali)');
    expect(increase).toHaveValue('0');
    expect(increase).toHaveAccessibleDescription(expect.stringContaining('30, 30 % e 0,3 significano tutti 30 %'));
  });

  test('the base poverty share is the regulation’s 20 %: shown, not typed, with where to raise it', async () => {
    await renderPane(createFakeAdapter());
    const indigenza = field('Quota indigenza (base)');
    expect(indigenza).toHaveValue('20');
    expect(indigenza).toHaveAttribute('readonly');
    expect(indigenza).toHaveAccessibleDescription(
      'Fissata al 20 % dal R.R. 4/2017 art. 13 c. 3; per una quota più alta sugli alloggi del Comune usate la maggiorazione.',
    );
  });

  test.each([
    { year: '2022', label: 'Soglia massima SAT', value: '30', reference: 'L.R. 16/2016 art. 23', says: '30 %' },
    {
      year: '2024',
      label: 'Quota Forze di Polizia e Vigili del Fuoco',
      value: '15',
      reference: 'art. 7 bis',
      says: '15 %',
    },
    {
      year: '2025',
      label: 'Quota Forze di Polizia e Vigili del Fuoco',
      value: '25',
      reference: 'art. 4 c. 3 lett. d bis (R.R. 2/2025)',
      says: '25 %',
    },
    {
      year: '2022',
      label: 'Riserva per le categorie dell’art. 14',
      value: '5',
      reference: 'R.R. 4/2017 art. 4 c. 3 lett. c bis, dal piano 2025',
      says: 'non è prevista',
    },
  ])(
    '$label $value % in $year is refused with the rule ($reference)',
    async ({ year, label, value, reference, says }) => {
      await renderPane(createFakeAdapter());
      type(field('Anno del piano'), year);
      const input = field(label);
      type(input, value);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      const message = validationMessageOf(input);
      expect(message).toContain(reference);
      expect(message).toContain(says);
      expect(screen.getByRole('button', { name: 'Crea piano' })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByText(/correggete i parametri segnati in rosso/)).toBeInTheDocument();
    },
  );

  test('a value within the bounds is accepted (10 % police share in 2024, 20 % in 2025)', async () => {
    await renderPane(createFakeAdapter());
    const year = field('Anno del piano');
    const police = field('Quota Forze di Polizia e Vigili del Fuoco');
    type(year, '2024');
    type(police, '10');
    expect(police).not.toHaveAttribute('aria-invalid', 'true');
    type(year, '2025');
    type(police, '20');
    expect(police).not.toHaveAttribute('aria-invalid', 'true');
  });

  test.each([
    ['abc', '«abc» non è un numero'],
    ['150', '150 è più di 100'],
  ])('"%s" in a percentage is refused with what to type', async (value, expected) => {
    await renderPane(createFakeAdapter());
    const input = field('Quota indigenza (base)');
    type(input, value);
    expect(validationMessageOf(input)).toContain(expected);
  });

  test('a year outside the rules is refused', async () => {
    await renderPane(createFakeAdapter());
    const year = field('Anno del piano');
    type(year, '2015');
    expect(validationMessageOf(year)).toContain('Anno del piano 2015 non valido');
  });

  test('the reading of the split is one switch away, each with its explanation', async () => {
    await renderPane(createFakeAdapter());
    const satFirst = screen.getByRole('radio', { name: /Prima i SAT, poi l’indigenza/ });
    const onAll = screen.getByRole('radio', { name: /Indigenza su tutti gli alloggi/ });
    expect(satFirst).toBeChecked();
    expect(screen.getByText(/si calcolano su tutti gli alloggi disponibili, SAT compresi/)).toBeInTheDocument();
    fireEvent.click(onAll);
    expect(onAll).toBeChecked();
  });

  test('the Cremona 2022 preset fills the year, the category and the Comune di Cremona override', async () => {
    await renderPane(createFakeAdapter());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Riempi da un modello' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Cremona 2022' }));
    });
    expect(field('Anno del piano')).toHaveValue('2022');
    expect(field('Ambito territoriale')).toHaveValue('Ambito di Cremona');
    expect(field('Comune capofila')).toHaveValue('Comune di Cremona');
    expect(field('Nome della categoria')).toHaveValue('Beneficiari di progetti di protezione sociale');
    expect((field('Descrizione e motivazione') as HTMLTextAreaElement).value).toContain(
      'Servizio Sociale Territoriale',
    );
    const overrides = screen.getByRole('list', { name: 'Valori per ente' });
    expect(
      within(overrides).getByText(`${COMUNE_CREMONA}: Maggiorazione indigenza (solo alloggi comunali) 10 %`),
    ).toBeInTheDocument();
    expect(
      within(overrides).getByText(`${COMUNE_CREMONA}: Alloggi SAT richiesti (per ente e comune) 5`),
    ).toBeInTheDocument();
    expect(screen.getByText('Parametri presi dal modello «Cremona 2022»: potete modificarli.')).toBeInTheDocument();

    // The regional preset brings every field back to the rules.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Riempi da un modello' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Regione Lombardia - regole base' }));
    });
    expect(field('Anno del piano')).toHaveValue('2022');
    expect(field('Nome della categoria')).toHaveValue('');
    expect(screen.queryByRole('list', { name: 'Valori per ente' })).not.toBeInTheDocument();
  });

  test('an override is removed with its button, and added for an owner of the inventory', async () => {
    await renderPane(createFakeAdapter());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Riempi da un modello' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Cremona 2022' }));
    });
    fireEvent.click(
      screen.getByRole('button', { name: `Rimuovi «Alloggi SAT richiesti (per ente e comune)» per ${COMUNE_CREMONA}` }),
    );
    const overrides = screen.getByRole('list', { name: 'Valori per ente' });
    expect(within(overrides).queryByText(/Alloggi SAT richiesti/)).not.toBeInTheDocument();

    // Owners come from the inventory.
    const owner = screen.getByRole('combobox', { name: 'Ente proprietario' });
    expect(owner).toBeDisabled();
    await readInventory();
    expect(owner).toBeEnabled();
    fireEvent.change(owner, { target: { value: ALER } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Parametro' }), { target: { value: 'satRichiesti' } });
    type(field('Valore'), '2');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    expect(within(overrides).getByText(`${ALER}: Alloggi SAT richiesti (per ente e comune) 2`)).toBeInTheDocument();

    // Out of bounds for that owner: refused with the rule.
    fireEvent.change(screen.getByRole('combobox', { name: 'Parametro' }), { target: { value: 'satSoglia' } });
    type(field('Valore'), '40');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    expect(validationMessageOf(field('Valore'))).toContain('L.R. 16/2016 art. 23');
    expect(within(overrides).queryByText(/Soglia massima SAT/)).not.toBeInTheDocument();
  });
});

describe('the art. 14 reserve (from 2025)', () => {
  test('its categories are ticked in the pane from 2025, saved with the parameters, absent before', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    type(field('Anno del piano'), '2022');
    expect(screen.queryByRole('group', { name: 'Categorie a cui è destinata la riserva' })).toBeNull();
    type(field('Anno del piano'), '2027');
    const group = screen.getByRole('group', { name: 'Categorie a cui è destinata la riserva' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(7);
    type(field('Riserva per le categorie dell’art. 14'), '10');
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Anziani' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Categoria aggiuntiva del Comune' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Salva parametri' }));
    });
    expect(adapter.settings?.params).toMatchObject({
      anno: 2027,
      categoriaQuota: 0.1,
      riservaCategorie: ['anziani', 'categoria-aggiuntiva'],
    });
    // Back to 2022 the categories are not part of the plan, and nothing is refused because of them.
    type(field('Anno del piano'), '2022');
    type(field('Riserva per le categorie dell’art. 14'), '0');
    expect(screen.getByRole('button', { name: 'Salva parametri' })).not.toHaveAttribute('aria-disabled', 'true');
  });
});
