/**
 * Ukrainian interface text. Names and dates arrive already formatted (names in the nominative),
 * so sentences are built to keep them in the nominative: «сторона — позицію не заявлено»,
 * «питання «…»», «категорія «…»». Counts take their noun through `plural`; where a count follows
 * a preposition the forms below are the genitive ones.
 */
import type { Notice } from '../core/notice';
import type { CitationFacts, Counts, Messages } from './en';
import { pluralsFor, type PluralForms } from './plural';

/** Plural rules by the registry's locale (./languages.ts). */
const { count, plural } = pluralsFor('uk-UA');

const n1 = (n: number, forms: PluralForms) => count(n, forms);
/** Ends a sentence whose last word came from the caller: a date such as «14 червня 2024 р.» already carries the period. */
const period = (s: string) => (s.endsWith('.') ? s : `${s}.`);

const ISSUES: PluralForms = { one: 'питання', few: 'питання', many: 'питань' };
// "довше за 200 символів" takes the accusative; "скорочено до 200 символів" the genitive.
const CHARACTERS_ACC: PluralForms = { one: 'символ', few: 'символи', many: 'символів' };
const CHARACTERS_GEN: PluralForms = { one: 'символу', few: 'символів', many: 'символів' };
const VALUES_ACC: PluralForms = { one: 'значення', few: 'значення', many: 'значень' };
const AGE_UNITS: Record<'year' | 'month' | 'day', PluralForms> = {
  year: { one: 'рік', few: 'роки', many: 'років' },
  month: { one: 'місяць', few: 'місяці', many: 'місяців' },
  day: { one: 'день', few: 'дні', many: 'днів' },
};
const DAYS_ACC: PluralForms = AGE_UNITS.day;
const POSITIONS: PluralForms = { one: 'позиція', few: 'позиції', many: 'позицій' };
const ROWS: PluralForms = { one: 'рядок', few: 'рядки', many: 'рядків' };
const PROBLEMS_ACC: PluralForms = { one: 'проблему', few: 'проблеми', many: 'проблем' };
const STATEMENTS: PluralForms = { one: 'заява', few: 'заяви', many: 'заяв' };
const COMMON_ISSUES: PluralForms = { one: 'спільне питання', few: 'спільні питання', many: 'спільних питань' };
/** Genitive, after «з» / «щодо». */
const PAIRS_GEN: PluralForms = { one: 'пари', few: 'пар', many: 'пар' };
const ISSUES_GEN: PluralForms = { one: 'питання', few: 'питань', many: 'питань' };
const PARTIES_GEN: PluralForms = { one: 'сторони', few: 'сторін', many: 'сторін' };
const POSITIONS_GEN: PluralForms = { one: 'позиції', few: 'позицій', many: 'позицій' };
const SHOWN_ISSUES_GEN: PluralForms = { one: 'показаного питання', few: 'показаних питань', many: 'показаних питань' };
const COMMON_ISSUES_GEN: PluralForms = { one: 'спільного питання', few: 'спільних питань', many: 'спільних питань' };
const BOTH_ADDRESSED_GEN: PluralForms = {
  one: 'питання, щодо якого обидві сторони заявили позицію',
  few: 'питань, щодо яких обидві сторони заявили позиції',
  many: 'питань, щодо яких обидві сторони заявили позиції',
};

export const uk: Messages = {
  app: {
    partFailed: (what: string) => `Не вдалося показати: ${what}.`,
    partFailedHint: 'Решта сторінки працює.',
    loading: 'Завантаження позицій…',
    loadingChart: 'Завантаження графіка…',
    skipTo: (target: string) => `Перейти до ${target}`,
    language: 'Мова',
    tryAgain: 'Спробувати ще раз',
    problemsFound: (n: number, shown: number) =>
      n > shown
        ? `Виявлено ${n1(n, PROBLEMS_ACC)}; ${shown === 1 ? 'перша' : `перші ${shown}`}:`
        : `Виявлено ${n1(n, PROBLEMS_ACC)}:`,
  },
  preview: {
    bar: (name: string) => `Попередній перегляд локального файлу (${name}) — не опубліковано`,
    barNote: 'Прочитано лише в цьому браузері; читачі бачать опубліковані дані.',
    back: 'Повернутися до опублікованих даних',
    imageLine: (name: string) => `ПОПЕРЕДНІЙ ПЕРЕГЛЯД локального файлу (${name}), не опубліковані дані`,
  },
  scope: {
    firstParties: (shown: number, total: number, filter: string) =>
      `Сторін у наборі даних: ${total}; показано перші ${shown}. Інші можна вибрати у фільтрі «${filter}».`,
    pairsOf: (shown: number, total: number) =>
      `Пар сторін: ${total} — забагато, щоб показати всі; показано пари однієї сторони (${shown}).`,
    focus: 'Пари сторони',
    everyPair: (max: number) => `Щоб побачити всі пари, виберіть не більше ${n1(max, PARTIES_GEN)}.`,
  },
  views: {
    label: 'Розділи',
    compare: 'Порівняння',
    matrix: 'Матриця збігів',
    agreement: 'Згода',
    timeline: 'Хронологія',
    distribution: 'Розподіл',
    table: 'Усі позиції',
    method: 'Методологія',
  },
  /** Genitive: they follow «Перейти до». */
  skipTargets: {
    compare: 'порівняння',
    matrix: 'матриці',
    agreement: 'графіків згоди',
    timeline: 'хронології',
    distribution: 'графіка розподілу',
    table: 'таблиці',
    method: 'методології',
  },
  header: {
    positionsAsOf: 'Позиції станом на',
    updated: (date: string) => `Дані оновлено ${date}`,
    sources: 'Джерела:',
    licence: (licence: string) => `Ліцензія: ${period(licence)}`,
    footerNote:
      'Кожна позиція має посилання на дослівну цитату та джерело; позначка «у переказі» означає, що видання описує позицію, не цитуючи сторону.',
    embedDates: (asOf: string, updated: string) => `Позиції станом на ${asOf}; дані оновлено ${period(updated)}`,
    openFull: 'Відкрити повну версію',
    newTab: '(відкривається в новій вкладці)',
    methodology: 'Методологія',
  },
  notices: {
    heading: 'Деякі параметри посилання проігноровано:',
    more: (n: number) => `…і ще ${n}.`,
    dismiss: 'Закрити',
    dismissLabel: 'Закрити сповіщення',
    text: (n: Notice): string => {
      switch (n.kind) {
        case 'unreadable':
          return 'адресу не вдалося прочитати; показано типовий вигляд';
        case 'repeated':
          return `${n.param} вказано кілька разів; використано перше значення`;
        case 'tooLong':
          return `проігноровано ${n.param}: значення довше за ${count(n.max, CHARACTERS_ACC)}`;
        case 'notOneOf':
          return `проігноровано ${n.param}="${n.value}": очікувалося ${n.expected.length === 1 ? `«${n.expected[0] ?? ''}»` : `одне з: ${n.expected.join(', ')}`}`;
        case 'notADate':
          return `проігноровано ${n.param}="${n.value}": очікувалася дата у форматі РРРР-ММ-ДД`;
        case 'notAllowed':
          return n.allowed === 'childId'
            ? `проігноровано ${n.param}: очікувалися літери, цифри, - або _`
            : `проігноровано «${n.value}» у ${n.param}: неприпустиме значення`;
        case 'notInDataset':
          return `проігноровано «${n.value}» у ${n.param}: цього немає в наборі даних`;
        case 'tooMany':
          return `${n.param} містить понад ${count(n.max, VALUES_ACC)}; решту проігноровано`;
        case 'searchCut':
          return `текст пошуку скорочено до ${count(n.max, CHARACTERS_GEN)}`;
        case 'fromAfterTo':
          return `проігноровано from/to: ${n.from} пізніше за ${n.to}`;
      }
    },
  },
  asOf: {
    latest: 'Остання дата',
    play: 'Показати зміни за датами',
    pause: 'Пауза',
    reducedMotion: 'Перемикає дати без анімації',
  },
  filters: {
    region: 'Фільтри',
    searchLabel: 'Пошук у цитатах, суті позицій, іменах авторів заяв і назвах питань',
    searchPlaceholder: 'Цитати, автори, питання…',
    toggle: (active: number) => (active > 0 ? `Фільтри (${active})` : 'Фільтри'),
    clearAll: 'Скинути всі фільтри',
    parties: 'Сторони',
    categories: 'Категорії',
    issues: 'Питання',
    stance: 'Позиція',
    attribution: 'Тип цитати',
    basis: 'Підстава',
    statedBetween: 'Заявлено в період',
    fromDate: 'Початкова дата',
    toDate: 'Кінцева дата',
    datePattern: 'РРРР-ММ-ДД',
    notADate: (text: string) => `«${text}» — не дата: введіть її як 2022-03-15.`,
    all: 'Усі',
    selected: (n: number) => `Вибрано: ${n}`,
    showAll: 'Показати всі',
    /** Each follows «фільтр»: «фільтр за сторонами». */
    names: {
      parties: 'за сторонами',
      issues: 'за питаннями',
      categories: 'за категоріями',
      stances: 'за позицією',
      attribution: 'за типом цитати',
      basis: 'за підставою',
      from: 'за початковою датою',
      to: 'за кінцевою датою',
      q: 'за пошуковим запитом',
    },
  },
  stance: { supports: 'Підтримує', conditional: 'З умовами', opposes: 'Проти', none: 'Позицію не заявлено' },
  verdict: {
    overlap: 'Збіг',
    concession: 'Поступка',
    partial: 'Частковий збіг',
    conflict: 'Конфлікт',
    'no-basis': 'Немає підстав',
  },
  verdictExplanation: {
    overlap: 'обидві сторони займають однакову позицію',
    concession: 'одна сторона як поступку приймає позицію, якої вимагає інша',
    partial: 'одна сторона висуває умови, інша — ні',
    conflict: 'одна сторона підтримує, інша — проти',
    'no-basis': 'принаймні одна зі сторін не заявила позиції',
  },
  attribution: { direct: 'Пряма цитата', reported: 'Зі слів видання' },
  attributionOnly: { direct: 'пряма цитата', reported: 'зі слів видання' },
  basis: { stated: 'Заявлено', inferred: 'Виведено' },
  basisOnly: { stated: 'заявлені позиції', inferred: 'виведені позиції' },
  kind: { demand: 'Вимога', concession: 'Поступка' },
  stale: {
    age: (count: number, unit: 'year' | 'month' | 'day') => `заявлено за ${n1(count, AGE_UNITS[unit])} до цієї дати`,
    freshLabel: 'Лише чинні позиції',
    freshHint: (days: number) =>
      `Позиції, заявлені більш ніж за ${days} ${plural(days, DAYS_ACC)} до дати, вважаються незаявленими.`,
  },
  // The cast mirrors en.ts (ids beyond these six are shown as written); `Messages` already makes it redundant here.

  categories: {
    security: 'Безпека',
    military: 'Військові питання',
    territory: 'Території',
    political: 'Політика',
    economy: 'Економіка',
    justice: 'Правосуддя',
  } as Record<string, string>,
  legend: {
    label: 'Легенда',
    stances: 'Позиції:',
    stancesNote: '— щодо тези кожного питання.',
    verdicts: 'Оцінки:',
    index:
      'Індекс згоди: 2 бали за кожен збіг або поступку (позиції сходяться, хоча одна сторона поступилася), 1 — за частковий збіг, 0 — за конфлікт; сума ділиться на 2 × кількість питань, щодо яких висловилися обидві сторони. Питання без підстав для порівняння не враховуються й наводяться окремо.',
  },
  detail: {
    close: 'Закрити подробиці',
    asOf: (date: string) => `Станом на ${date}`,
    oneStatement: 'Одна заява',
    proposition: (text: string) => `Теза: ${text}`,
    everyIssue: 'Усі показані питання',
    inCategory: (category: string) => `Питання в категорії «${category}»`,
    pair: (a: string, b: string) => `${a} та ${b}`,
    verdictLine: (a: string, b: string, explanation: string) => `${a} та ${b}: ${explanation}.`,
    related: (title: string) => `Читати разом із питанням «${title}»`,
    conceded: (conceder: string, other: string) => `${conceder} поступається тим, чого вимагає ${other}.`,
    bothConcede: (a: string, b: string) => `${a} та ${b} обидві поступаються, займаючи однакову позицію.`,
    noPosition: 'Станом на цю дату в даних немає заявленої позиції щодо цього питання.',
    earlier: 'Попередні позиції',
    foot: 'Позиції тут відібрано відповідно до фільтра «Тип цитати»; попередні позиції зберігаються в історії.',
    agreementIndex: 'Індекс згоди',
    notComputed: 'не обчислено (немає підстав)',
    issueCount: (n: number) => n1(n, ISSUES),
    silent: (issue: string, party: string) => `${issue}: ${party} — позицію не заявлено`,
    bothSilent: (issue: string, a: string, b: string) => `${issue}: ні ${a}, ні ${b} не заявили позиції`,
    notInDataset: 'Цієї позиції немає в даних.',
    unknown: 'Невідома позиція',
  },
  position: {
    noSpeaker: (party: string) => `${party} (автора заяви не названо)`,
    reportedUndated: (date: string) => `Повідомлення від ${date} (дату заяви не вказано)`,
    reportWording: 'Формулювання видання, а не автора заяви.',
    quoteIn: (language: string) => `Цитата в оригіналі (мова: ${language}).`,
    translation: 'Переклад:',
    noQuote: 'У джерелі немає речення, яке можна процитувати; наведено лише суть.',
    inferred: 'Виведено упорядниками, а не заявлено стороною: у примітці сказано, з чого саме.',
    concession: 'Поступка: те, на що сторона, за її словами, погодилася б, хоч і не цього вона домагається.',
    conditions: 'Умови:',
    note: 'Примітка:',
    source: 'Джерело:',
    readReport: 'Читати матеріал',
    noLink: 'Посилання немає: URL невідомий',
    archived: ' (текст збережено в архіві набору даних)',
  },
  compare: {
    empty:
      'Фільтрам не відповідає жодне питання або жодна сторона. Скиньте фільтр за сторонами, питаннями чи категоріями, щоб порівняти позиції.',
    pairsLabel: 'Згода між сторонами',
    counts: (comparable: number, excluded: number) => `Порівнянних питань: ${comparable} · непорівнянних: ${excluded}`,
    notApplicable: 'н/д',
    region: 'Таблиця порівняння, прокручується горизонтально',
    caption: (date: string) =>
      `Позиція кожної сторони щодо кожного питання станом на ${date} і збіг чи конфлікт позицій у кожній парі сторін`,
    issue: 'Питання',
    stanceCell: (party: string, issue: string) => `${party} щодо питання «${issue}»:`,
    stanceCellAction: 'Показати відповідні позиції',
    verdictCell: (a: string, b: string, issue: string) => `${a} та ${b} щодо питання «${issue}»:`,
    verdictCellAction: 'Показати пояснення',
    concession: 'поступка',
    reported: 'у переказі',
    inferred: 'виведено',
    concedes: (party: string) => `${party} поступається`,
  },
  matrix: {
    title: 'Збіги й конфлікти в кожній парі сторін',
    empty: (fewerThanTwo: boolean) =>
      `Матриця порівнює пари сторін, а після фільтрації ${fewerThanTwo ? 'залишилося менше двох сторін' : 'не залишилося жодного питання'}. Скиньте фільтр за сторонами, питаннями чи категоріями.`,
    region: 'Матриця збігів, прокручується горизонтально',
    caption: (date: string, byConflicts: boolean) =>
      `Оцінка кожної пари сторін щодо кожного питання станом на ${date}; ${byConflicts ? 'спершу питання з найбільшою кількістю конфліктів' : 'питання у вихідному порядку'}`,
    issue: 'Питання',
    conflicts: 'Конфлікти',
    conflictsOf: (pairs: number) => ` з ${pairs} ${plural(pairs, PAIRS_GEN)} у конфлікті`,
    order: 'Порядок питань',
    datasetOrder: 'Як у даних',
    mostConflicts: 'Спершу найбільше конфліктів',
  },
  charts: {
    showData: 'Показати дані таблицею',
    dataRegion: (title: string) => `${title}: таблиця даних, прокручується горизонтально`,
    noBasis: 'немає підстав',
    noBasisCap: 'Немає підстав',
    tooFew: (n: number) => `замало для порівняння (${n1(n, ISSUES)})`,
    tooFewCap: (n: number) => `Замало для порівняння (${n1(n, ISSUES)})`,
  },
  agreement: {
    empty:
      'Для розрахунку згоди потрібні дві сторони й щонайменше одне питання: скиньте фільтр за сторонами, питаннями чи категоріями.',
    barsTitle: 'Індекс згоди для кожної пари сторін',
    barsNote:
      'Шкала — від 0% (конфлікт щодо всіх питань, на які висловилися обидві сторони) до 100% (однакова позиція щодо всіх). Виберіть стовпчик, щоб побачити позиції, на яких ґрунтується оцінка.',
    counts: (compared: number, excluded: number) => `Порівняно: ${compared} · виключено: ${excluded}`,
    barLabel: (pair: string, index: string, counts: string) =>
      `${pair}: індекс згоди ${index}. ${counts}. Показати порівняння`,
    pair: 'Пара',
    index: 'Індекс згоди',
    overlap: 'Збіг',
    partial: 'Частковий збіг',
    conflict: 'Конфлікт',
    compared: 'Порівняно',
    excluded: 'Виключено (немає підстав)',
    categoryTitle: 'Згода за категоріями питань',
    categoryNote:
      '«Немає підстав» — у категорії немає жодного питання, щодо якого позицію заявили обидві сторони, тож індекс не обчислюється.',
    category: 'Категорія',
    issues: 'Питання',
    issueCount: (n: number) => n1(n, ISSUES),
    comparedCount: (n: number) => `(порівняно: ${n})`,
    categoryBar: (pair: string, category: string, index: string, compared: number) =>
      `${pair}, категорія «${category}»: ${index}, порівняно: ${compared}. Показати порівняння`,
    pairs: 'Пари',
  },
  timeline: {
    issue: 'Питання',
    firstOfMany: (n: number) =>
      `Хронологія відстежує одне питання: показано перше з вибраних (усього ${n}). Графік згоди нижче враховує всі.`,
    proposition: (text: string) => `Теза: ${text}`,
    empty: 'Для хронології потрібні питання й сторона: скиньте фільтр за сторонами, питаннями чи категоріями.',
    stepsTitle: (issue: string) => `${issue}: позиція кожної сторони в динаміці`,
    stepsNote:
      'Лінія робить крок, коли змінюється позиція сторони; кожна позначка — це заява. Наведіть на позначку курсор або фокус, щоб побачити цитату; виберіть її, щоб відкрити повне джерело.',
    parties: 'Сторони',
    party: 'Сторона',
    date: 'Дата',
    stanceFrom: 'Позиція з цієї дати',
    statements: 'Заяви',
    showQuote: (stance: string) => `${stance}: показати цитату`,
    markerLabel: (party: string, date: string, stance: string, more: number) =>
      `${party}, ${date}: ${stance}${more > 0 ? ` і ще ${n1(more, STATEMENTS)} цього дня` : ''}. Показати джерело`,
    asOfLine: (date: string) => `Станом на ${date}`,
    reportedBy: ' — у переказі видання',
    agreementTitle: 'Індекс згоди кожної пари в динаміці',
    agreementNote:
      'Перераховується на кожну дату, коли змінюється будь-яка позиція; розриви означають, що в пари ще не було спільного питання із заявленими позиціями.',
    nothingYet: (date: string) => `До ${date} позицій щодо цих питань не заявлено.`,
    agreementSummary: (date: string, issues: number, values: string) =>
      `Станом на ${date} щодо ${issues === 1 ? 'єдиного показаного питання' : `${issues} ${plural(issues, SHOWN_ISSUES_GEN)}`}: ${values}.`,
  },
  distribution: {
    empty:
      'Фільтрам не відповідає жодне питання або жодна сторона. Скиньте фільтр за сторонами, питаннями чи категоріями.',
    title: 'Скільки сторін підтримує чи відкидає кожну тезу',
    propositions: (n: number) => `Тези, щодо яких заявлено позиції (${n1(n, ISSUES)})`,
    note: (parties: number) =>
      `Кожен стовпчик охоплює всі показані сторони (${parties}); виберіть сегмент, щоб побачити позицію кожної сторони щодо цього питання.`,
    issue: 'Питання',
    segment: (issue: string, count: number, parties: number, phrase: string) =>
      `${issue}: ${phrase} — ${count} з ${parties} ${plural(parties, PARTIES_GEN)}. Показати позиції`,
    /** Read as «за — 2 з 3 сторін». */
    phrase: { supports: 'за', conditional: 'за, але з умовами', opposes: 'проти', none: 'без заявленої позиції' },
  },
  table: {
    showing: (shown: number, total: number) => `Показано ${shown} з ${total} ${plural(total, POSITIONS_GEN)}`,
    sortBy: 'Сортування:',
    oldest: '(спершу давніші)',
    newest: '(спершу новіші)',
    az: '(А–Я)',
    za: '(Я–А)',
    group: 'Групувати за питаннями',
    region: 'Таблиця позицій',
    caption: (rows: number) => `Позиції, ${n1(rows, ROWS)}; сортування за заголовками стовпців`,
    details: 'Деталі',
    expand: (open: boolean, party: string, issue: string) =>
      `${open ? 'Сховати' : 'Показати'} цитату та джерело: ${party} щодо питання «${issue}»`,
    columns: {
      date: 'Дата',
      party: 'Сторона',
      actor: 'Автор заяви',
      issue: 'Питання',
      stance: 'Позиція',
      summary: 'Суть',
      source: 'Джерело',
    },
    noMatch: 'Позицій не знайдено.',
    culprit: (filter: string) => `У поєднанні з іншими фільтр ${filter} не залишає жодного результату.`,
    together: 'Усі фільтри разом не залишають жодного результату.',
    clearOne: (filter: string) => `Скинути фільтр ${filter}`,
  },
  share: {
    download: 'Завантажити',
    embed: 'Вбудувати',
    embedTitle: 'Вбудувати цей розділ',
    loading: 'Завантаження…',
    close: (title: string) => `Закрити вікно «${title}»`,
    copy: 'Копіювати',
    copied: 'Скопійовано.',
    selected: 'Виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати.',
    responsive: 'Адаптивний iframe (рекомендовано)',
    responsiveHint:
      'Підлаштовує розмір під вміст за допомогою невеликого скрипта для сторінки-хоста (MIT, без залежностей). Підключіть скрипт один раз на сторінці.',
    pym: 'pym.js',
    pymHint: 'Для сторінок, які вже завантажують pym.js від NPR.',
    frozen: 'Зафіксований',
    frozenHint:
      'Фіксує цей розділ і дату, щоб графіка в опублікованій статті не змінювалася після додавання нових позицій.',
    frameTitle: (title: string, view: string) => `${title} — ${view}`,
    linkCutList: (filter: string, kept: number, total: number) =>
      `${filter}: посилання на цей розділ зберігають лише перші ${kept} з ${total} вибраних; ця сторінка показує всі.`,
    linkCutSearch: (kept: number, total: number) =>
      `Пошук: посилання на цей розділ зберігають лише перші ${kept} з ${total} символів запиту; ця сторінка шукає за всім запитом.`,
    sandboxNote:
      'Ізольовані iframe працюють з атрибутом sandbox="allow-scripts allow-popups", якщо ресурси й дані дашборда віддаються із заголовком Access-Control-Allow-Origin: *; див. README.',
  },
  export: {
    image: 'Зображення',
    size: 'Розмір',
    presets: {
      article: 'Стаття (ширина розділу)',
      social: 'Соцмережі 1200 × 628',
      square: 'Квадрат 1080 × 1080',
      portrait: 'Портрет 1080 × 1350',
      custom: 'Власна ширина',
    },
    headline: 'Заголовок',
    note: 'Примітка під зображенням (необов’язково)',
    stated: (n: number, total: number) => `заявили ${n} з ${total}`,
    shownOf: (shown: number, total: number, unit: 'issues' | 'pairs') =>
      `Показано ${shown} з ${total} ${plural(total, unit === 'issues' ? ISSUES_GEN : PAIRS_GEN)}; усі — за посиланням нижче.`,
    fit: {
      partial: (shown: number, total: number, unit: 'issues' | 'pairs') =>
        `У цьому розмірі з читабельним текстом уміщається ${shown} з ${total} ${plural(total, unit === 'issues' ? ISSUES_GEN : PAIRS_GEN)}, і зображення про це каже. Щоб показати всі, виберіть вищий розмір або відфільтруйте ${unit === 'issues' ? 'питання' : 'сторони'}.`,
      tooWide: 'Для цього розміру забагато стовпців із читабельним текстом: виберіть менше сторін або ширший розмір.',
      none: 'У цьому розмірі нічого не вміщається з читабельним текстом: виберіть вищий розмір.',
      filter: (n: number) => `Залишити у фільтрі лише показані питання (${n})`,
      taller: (size: string) => `Вибрати: ${size}`,
    },
    widthLabel: 'Ширина в пікселях',
    widthError: 'Введіть ціле число від 320 до 3000.',
    png: (scale: number) => `Завантажити PNG (${scale}×)`,
    svg: 'Завантажити SVG',
    copyImage: 'Копіювати зображення',
    preparing: 'Підготовка…',
    imageNote:
      'Кожне зображення містить заголовок, фільтри й дату, джерела, зазначення авторства та посилання на цей розділ.',
    noPicture: 'Для таблиці позицій зображення немає: завантажте її дані нижче або перейдіть до графіка чи порівняння.',
    data: 'Дані',
    dataNote: (date: string) =>
      `Те, що показує цей розділ станом на ${date}, з позиціями, на яких ґрунтується кожен показник, і їхніми джерелами. Файли CSV у кодуванні UTF-8; відкривайте їх у таблиці через імпорт, зі стовпцями як текст.`,
    tables: {
      verdicts: 'Оцінки пар',
      agreement: 'Згода за парами',
      distribution: 'Позиції за питаннями',
      positions: 'Чинні позиції',
    },
    positionsListed: 'Позиції зі списку',
    positionsHistory: 'Позиції до дати',
    tableCsv: (table: string, rows: number) => `${table} (CSV, ${n1(rows, ROWS)})`,
    history: 'Додати попередні заяви (історію кожної позиції до дати)',
    json: 'Усе у форматі JSON',
    citationFile: 'Цитування (текст)',
    citation: (c: CitationFacts) =>
      [
        c.title,
        `${c.view}, позиції станом на ${c.asOf}.`,
        c.filters,
        '',
        `Як цитувати: ${c.credit} «${c.title}», ${c.view}, позиції станом на ${c.asOf}. Отримано ${c.retrieved} з ${c.url}`,
        c.sources,
        `Ліцензія: ${period(c.licence)}`,
        '',
        `Файли: ${c.files.join(', ')}.`,
        `Списки в клітинці розділено знаком «${c.separator}». Ідентифікатор кожної позиції веде до її цитати чи переказу та джерела у файлі позицій.`,
      ].join('\n'),
    svgSaved: (w: number, h: number) => `Файл SVG збережено, ${w} × ${h}.`,
    pngSaved: (w: number, h: number) => `Файл PNG збережено, ${w} × ${h} пікс.`,
    fontsNotReady: 'шрифти зображення не завантажилися вчасно; спробуйте ще раз',
    copiedImage: 'Зображення скопійовано в буфер обміну.',
    failed: (why: string) => `Не вдалося експортувати: ${why}`,
    creditShort: (updated: string, licence: string) => `Дані оновлено ${period(updated)} Ліцензія: ${period(licence)}`,
    credit: (credit: string, updated: string, licence: string) =>
      `${credit} Дані оновлено ${period(updated)} Ліцензія: ${period(licence)}`,
    subtitle: {
      parties: (names: string) => `Сторони: ${names}`,
      pairsOf: (name: string) => `лише пари сторони ${name}`,
      categories: (names: string) => `Категорії: ${names}`,
      issues: (names: string) => `Питання: ${names}`,
      stances: (names: string) => `Позиції: ${names}`,
      only: (names: string) => `Лише: ${names}`,
      fresh: (days: number) =>
        `Лише чинні позиції (заявлені не раніше ніж за ${days} ${plural(days, DAYS_ACC)} до дати)`,
      from: (date: string) => `з ${date}`,
      to: (date: string) => `до ${date}`,
      stated: (range: string) => `Заявлено ${range}`,
      matching: (q: string) => `За запитом «${q}»`,
      asOf: (date: string) => `Позиції станом на ${date}`,
    },
    sources: (outlets: string) => `Джерела: ${period(outlets)}`,
    sourcesMore: (outlets: string, more: number) =>
      `Джерела: ${outlets} та ще ${more} (усі — на сторінці методології).`,
  },
  summary: {
    asOf: (date: string) => `Станом на ${date}`,
    noneTogether: (when: string, a: string, b: string) =>
      `${when} немає жодного з цих питань, щодо якого позицію заявили б і ${a}, і ${b}.`,
    oneConcession: (when: string, conceder: string, other: string) =>
      `${when} щодо єдиного питання, на яке висловилися обидві сторони, ${conceder} поступається тим, чого вимагає ${other}.`,
    oneIssue: (when: string, a: string, b: string, verdict: 'overlap' | 'partial' | 'conflict') =>
      `${when} ${a} та ${b} ${verdict === 'overlap' ? 'погоджуються' : verdict === 'partial' ? 'частково погоджуються' : 'мають протилежні позиції'} щодо єдиного питання, на яке висловилися обидві сторони.`,
    counts: (when: string, a: string, b: string, c: Counts, list: (parts: string[]) => string) => {
      const parts: string[] = [];
      if (c.overlap > 0) parts.push(`погоджуються щодо ${c.overlap}`);
      if (c.partial > 0) parts.push(`частково погоджуються щодо ${c.partial}`);
      if (c.conflict > 0) parts.push(`мають протилежні позиції щодо ${c.conflict}`);
      const conceded = [
        ...(c.concededBy.a > 0 ? [`щодо ${c.concededBy.a} ${a} поступається тим, чого вимагає ${b}`] : []),
        ...(c.concededBy.b > 0 ? [`щодо ${c.concededBy.b} ${b} поступається тим, чого вимагає ${a}`] : []),
      ];
      const of = `${when} з ${c.comparable} ${plural(c.comparable, BOTH_ADDRESSED_GEN)}`;
      if (parts.length === 0) return `${of}: ${conceded.join('; ')}.`;
      return `${of}, ${a} та ${b} ${list(parts)}${conceded.length > 0 ? `; ${conceded.join('; ')}` : ''}.`;
    },
    noPairs: (when: string) =>
      `${when} жодна пара сторін не має спільного питання, щодо якого обидві заявили б позицію.`,
    tooFewPairs: (when: string, min: number) =>
      `${when} жодна пара сторін не заявила позицій щодо ${min} чи більше спільних питань: замало для порівняння.`,
    allSame: (when: string, pct: string, all: boolean) =>
      `${when} індекс згоди в усіх пар сторін${all ? '' : ', яким достатньо спільних питань для порівняння,'} однаковий — ${pct}.`,
    pairName: (a: string, b: string) => `${a} та ${b}`,
    rankedOne: (pair: string, most: boolean, pct: string, comparable: number) =>
      `${pair} ${most ? 'мають найвищий індекс' : '— найнижчий'} (${pct} щодо ${comparable} ${plural(comparable, COMMON_ISSUES_GEN)})`,
    rankedTie: (pairs: string, most: boolean, pct: string, least: number, greatest: number) =>
      `${pairs} ${most ? 'мають найвищий індекс' : '— найнижчий'} (${pct} у кожної пари, щодо ${least === greatest ? least : `${least}–${greatest}`} ${plural(greatest, COMMON_ISSUES_GEN)})`,
    ranking: (when: string, top: string, bottom: string) => `${when} ${top}; ${bottom}.`,
    matrix: (when: string, pairCount: number, conflicted: number, issues: number, allOverlap: number) => {
      const of = `з ${issues} ${plural(issues, SHOWN_ISSUES_GEN)}`;
      if (pairCount === 1) {
        const conflict =
          conflicted === 0
            ? `позиції двох сторін не протилежні щодо жодного ${of}`
            : `позиції двох сторін протилежні щодо ${conflicted} ${of}`;
        const overlap = allOverlap === 0 ? 'і не збігаються щодо жодного' : `і збігаються щодо ${allOverlap}`;
        return `${when} ${conflict} ${overlap}.`;
      }
      const tail =
        allOverlap === 0
          ? 'і немає жодного питання, щодо якого позиції збігалися б в усіх парах'
          : `а щодо ${allOverlap} позиції збігаються в усіх парах`;
      if (conflicted === 0) return `${when} у жодній парі сторін позиції не протилежні щодо жодного ${of}, ${tail}.`;
      return `${when} принаймні в одній парі сторін позиції протилежні щодо ${conflicted} ${of}, ${tail}.`;
    },
    /** Nominative: «спочатку підтримка (…), потім неприйняття (…)». */
    stanceNoun: { supports: 'підтримка', conditional: 'умовна підтримка', opposes: 'неприйняття' },
    stanceVerb: { supports: 'підтримує', conditional: 'підтримує з умовами', opposes: 'виступає проти' },
    silentParty: (party: string) => `${party} — позицію не заявлено`,
    throughout: (party: string, verb: string, first: string) => `${party} незмінно ${verb} (вперше заявлено ${first})`,
    path: (party: string, steps: { noun: string; date: string }[]) =>
      `${party}: ${steps.map((s, i) => `${i === 0 ? 'спочатку' : 'потім'} ${s.noun} (${s.date})`).join(', ')}`,
    timeline: (when: string, issue: string, parts: string[]) => `${when} щодо питання «${issue}»: ${parts.join('; ')}.`,
    distribution: (when: string, split: number, issues: number, united: number) => {
      const of = `з ${issues} ${plural(issues, SHOWN_ISSUES_GEN)}`;
      const head =
        split === 0
          ? `${when} щодо жодного ${of} сторони не розділилися так, щоб одна була за, а інша проти`
          : `${when} сторони розділилися — принаймні одна за, а інша проти — щодо ${split} ${of}`;
      const tail =
        united === 0
          ? 'немає питання, щодо якого всі сторони, які висловилися, займали б однакову позицію'
          : `щодо ${united} усі сторони, які висловилися, займають однакову позицію`;
      return `${head}; ${tail}.`;
    },
    categoryIntro: (date: string) => `Станом на ${date}: індекс згоди кожної пари в кожній категорії питань.`,
    categoryNone: 'У жодній категорії жодна пара не має спільного питання із заявленими позиціями.',
    categoryHighest: (pair: string, category: string, pct: string, n: number) =>
      `Найвищий показник: ${pair} у категорії «${category}» — ${pct} (${n1(n, COMMON_ISSUES)}).`,
  },
  live: {
    results: (view: string, count: number, date: string) =>
      `${view}: фільтрам ${plural(count, { one: 'відповідає', few: 'відповідають', many: 'відповідають' })} ${n1(count, POSITIONS)}; дані станом на ${period(date)}`,
  },
};
