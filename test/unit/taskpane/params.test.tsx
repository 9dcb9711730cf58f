/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createFakeAdapter, COMUNE_CREMONA, ALER } from '../../helpers/fake-adapter';
import {
  applyPreset,
  footerStatus,
  openStep,
  readInventory,
  renderPane,
  type,
  validationMessageOf,
} from '../../helpers/render-pane';
import type { PlanParams } from '../../../src/core/plan/params';

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

  test('each preset says what it sets; nothing changes before "Applica il modello"', async () => {
    await renderPane(createFakeAdapter());
    fireEvent.click(screen.getByRole('button', { name: 'Riempi da un modello' }));
    const cremona = screen.getByRole('radio', { name: /^Cremona 2022/ });
    expect(cremona).toHaveAccessibleName(
      expect.stringContaining(
        'Imposta: • Anno del modello: 2022 • Ambito territoriale: Ambito di Cremona • Comune capofila: Comune di Cremona',
      ),
    );
    expect(cremona).toHaveAccessibleName(
      expect.stringContaining('• Maggiorazione indigenza (solo alloggi comunali) per Comune di Cremona: 10 %'),
    );
    expect(screen.getByRole('radio', { name: /^Regione Lombardia - regole base/ })).toHaveAccessibleName(
      expect.stringContaining('Nessuna scelta locale: solo le regole regionali.'),
    );
    fireEvent.click(cremona);
    expect(field('Ambito territoriale')).toHaveValue('');
    const changes = screen.getByRole('list', { name: 'Cosa cambia' });
    expect(within(changes).getByText(/^Ambito territoriale: \(vuoto\) → Ambito di Cremona/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(field('Ambito territoriale')).toHaveValue('');
  });

  test('the Cremona 2022 preset fills the category and the Comune di Cremona values, next to their fields', async () => {
    await renderPane(createFakeAdapter());
    await applyPreset('Cremona 2022');
    expect(field('Anno del piano')).toHaveValue('2022');
    expect(field('Ambito territoriale')).toHaveValue('Ambito di Cremona');
    expect(field('Comune capofila')).toHaveValue('Comune di Cremona');
    expect(field('Nome della categoria')).toHaveValue('Beneficiari di progetti di protezione sociale');
    expect((field('Descrizione e motivazione') as HTMLTextAreaElement).value).toContain(
      'Servizio Sociale Territoriale',
    );
    // Each owner's value right under the general field it replaces for that owner.
    const increase = field('Maggiorazione indigenza (solo alloggi comunali)');
    const ownIncrease = screen.getByRole('list', {
      name: 'Valori propri degli enti per «Maggiorazione indigenza (solo alloggi comunali)»',
    });
    expect(within(ownIncrease).getByText(`Valore proprio di ${COMUNE_CREMONA}: 10 %`)).toBeInTheDocument();
    expect(increase.compareDocumentPosition(ownIncrease) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const ownSat = screen.getByRole('list', {
      name: 'Valori propri degli enti per «Alloggi SAT richiesti (per ente e comune)»',
    });
    expect(within(ownSat).getByText(`Valore proprio di ${COMUNE_CREMONA}: 5`)).toBeInTheDocument();
    // Said next to the button that undoes it, and in the pane's live region.
    const done = 'Parametri presi dal modello «Cremona 2022»: 6 campi cambiati.';
    expect(screen.getByRole('button', { name: 'Annulla' }).closest('[data-intent]')).toHaveTextContent(done);
    expect(footerStatus()).toHaveTextContent(done);

    // The regional preset brings every share back to the rules, and keeps the Ambito.
    await applyPreset('Regione Lombardia - regole base');
    expect(field('Anno del piano')).toHaveValue('2022');
    expect(field('Ambito territoriale')).toHaveValue('Ambito di Cremona');
    expect(field('Nome della categoria')).toHaveValue('');
    expect(screen.queryByRole('list', { name: /^Valori propri degli enti/ })).not.toBeInTheDocument();
  });

  test('a preset over typed values says which it replaces, keeps the plan year, and can be undone', async () => {
    await renderPane(createFakeAdapter(), { now: () => new Date(2026, 9, 1) });
    type(field('Ambito territoriale'), 'Ambito di Lodi');
    type(field('Soglia massima SAT'), '20');
    fireEvent.click(screen.getByRole('button', { name: 'Riempi da un modello' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Cremona 2022/ }));
    const changes = screen.getByRole('list', { name: 'Cosa cambia' });
    expect(within(changes).getByText(/^Ambito territoriale: Ambito di Lodi → Ambito di Cremona/)).toHaveTextContent(
      '(sostituisce un valore già presente)',
    );
    expect(within(changes).getByText(/^Soglia massima SAT: 20 % → 25 %/)).toBeInTheDocument();
    expect(within(changes).queryByText(/^Anno del piano/)).not.toBeInTheDocument();
    expect(screen.getByText(/Alcuni valori già presenti saranno sostituiti/)).toBeInTheDocument();
    // The plan year changes only when asked, and the list says so.
    const takeYear = screen.getByRole('checkbox', {
      name: 'Usa anche l’anno del modello: piano 2022 invece del 2027',
    });
    expect(takeYear).not.toBeChecked();
    fireEvent.click(takeYear);
    expect(within(changes).getByText('Anno del piano: 2027 → 2022')).toBeInTheDocument();
    fireEvent.click(takeYear);
    fireEvent.click(screen.getByRole('button', { name: 'Applica il modello' }));

    expect(field('Anno del piano')).toHaveValue('2027');
    expect(field('Ambito territoriale')).toHaveValue('Ambito di Cremona');
    expect(field('Soglia massima SAT')).toHaveValue('25');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    });
    expect(field('Ambito territoriale')).toHaveValue('Ambito di Lodi');
    expect(field('Soglia massima SAT')).toHaveValue('20');
    expect(field('Anno del piano')).toHaveValue('2027');
    expect(screen.queryByRole('list', { name: /^Valori propri degli enti/ })).not.toBeInTheDocument();
  });

  test('an override is removed with its button, and added for an owner of the inventory', async () => {
    await renderPane(createFakeAdapter());
    await applyPreset('Cremona 2022');
    fireEvent.click(
      screen.getByRole('button', { name: `Rimuovi «Alloggi SAT richiesti (per ente e comune)» per ${COMUNE_CREMONA}` }),
    );
    expect(
      screen.queryByRole('list', { name: 'Valori propri degli enti per «Alloggi SAT richiesti (per ente e comune)»' }),
    ).not.toBeInTheDocument();

    // Owners come from the inventory.
    const owner = screen.getByRole('combobox', { name: 'Ente proprietario' });
    expect(owner).toBeDisabled();
    await readInventory();
    await openStep('2. Parametri del piano');
    expect(owner).toBeEnabled();
    fireEvent.change(owner, { target: { value: ALER } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Parametro' }), { target: { value: 'satRichiesti' } });
    type(field('Valore'), '2');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    const ownSat = screen.getByRole('list', {
      name: 'Valori propri degli enti per «Alloggi SAT richiesti (per ente e comune)»',
    });
    expect(within(ownSat).getByText(`Valore proprio di ${ALER}: 2`)).toBeInTheDocument();

    // Out of bounds for that owner: refused with the rule.
    fireEvent.change(screen.getByRole('combobox', { name: 'Parametro' }), { target: { value: 'satSoglia' } });
    type(field('Valore'), '40');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    expect(validationMessageOf(field('Valore'))).toContain('L.R. 16/2016 art. 23');
    expect(
      screen.queryByRole('list', { name: 'Valori propri degli enti per «Soglia massima SAT»' }),
    ).not.toBeInTheDocument();
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

describe('measures (lett. f) and the dwellings assigned last year (lett. g)', () => {
  test('measures are added with an optional amount in euro, refused when unreadable, removed, saved', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    const group = screen.getByRole('group', { name: 'Misure per l’accesso e il mantenimento dell’abitazione' });
    expect(within(group).getByText('Nessuna misura indicata.')).toBeInTheDocument();
    const text = within(group).getByRole('textbox', { name: 'Misura' });
    const amount = within(group).getByRole('textbox', { name: 'Importo in euro (facoltativo)' });
    type(text, 'Fondo per la morosità incolpevole');
    type(amount, '25.000');
    fireEvent.click(within(group).getByRole('button', { name: 'Aggiungi la misura' }));
    type(text, 'Sportello casa');
    fireEvent.click(within(group).getByRole('button', { name: 'Aggiungi la misura' }));
    type(text, 'Contributo affitto');
    type(amount, 'molti');
    fireEvent.click(within(group).getByRole('button', { name: 'Aggiungi la misura' }));
    expect(validationMessageOf(text)).toBe(
      '«molti» non è un importo in euro: scrivete ad esempio 25.000 oppure 12.500,50.',
    );
    const list = within(group).getByRole('list', { name: 'Misure per l’accesso e il mantenimento dell’abitazione' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Fondo per la morosità incolpevole: 25.000,00\u00a0€', 'Sportello casa']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Salva parametri' }));
    });
    expect(adapter.settings?.params).toMatchObject({
      misure: [{ testo: 'Fondo per la morosità incolpevole', importo: 25_000 }, { testo: 'Sportello casa' }],
    });
    fireEvent.click(within(list).getByRole('button', { name: 'Rimuovi la misura «Sportello casa»' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  test('an owner’s dwellings assigned last year are a value for that owner', async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await readInventory();
    await openStep('2. Parametri del piano');
    type(field('Anno del piano'), '2027');
    fireEvent.change(screen.getByRole('combobox', { name: 'Ente proprietario' }), { target: { value: ALER } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Parametro' }), {
      target: { value: 'assegnatiAnnoPrecedente' },
    });
    type(field('Valore'), '2,5');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    // Issue #10: "2,5" answered "2.5 non va bene"; the answer quotes what was typed and says what is expected.
    expect(validationMessageOf(field('Valore'))).toBe(
      'Alloggi assegnati nel 2026 (per ente): «2,5» non è un numero intero di alloggi. Scrivete un numero intero da 0 a 100000, ad esempio 3.',
    );
    type(field('Valore'), '12');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    // No general field to stand under: the owners' values of lett. g are listed with the others.
    const listed = screen.getByRole('list', {
      name: 'Valori propri degli enti per «Alloggi assegnati nel 2026 (per ente)»',
    });
    expect(within(listed).getByText(`Valore proprio di ${ALER}: 12`)).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Salva parametri' }));
    });
    expect((adapter.settings?.params as PlanParams).enti[ALER]).toEqual({ assegnatiAnnoPrecedente: 12 });
  });
});
