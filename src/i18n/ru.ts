/**
 * Russian interface text. Names and dates arrive already formatted (names in the nominative),
 * so sentences are built to keep them in the nominative: «сторона — позиция не заявлена»,
 * «вопрос «…»», «категория «…»». Counts take their noun through `plural`; where a count follows
 * a preposition the forms below are in the case that preposition needs.
 */
import type { Notice } from '../core/notice';
import type { CitationFacts, Counts, Messages } from './en';
import { pluralsFor, type PluralForms } from './plural';

/** Plural rules by the registry's locale (./languages.ts). */
const { count, plural } = pluralsFor('ru-RU');

const n1 = (n: number, forms: PluralForms) => count(n, forms);
/** Ends a sentence whose last word came from the caller: a date such as «14 июня 2024 г.» already carries the period. */
const period = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/** Percent sign after a no-break space, as Intl formats it for Russian. */
const PCT = '\u00a0%';

const ISSUES: PluralForms = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };
// After a comparative ("длиннее 200 символов") and after "до", the genitive.
const CHARACTERS_GEN: PluralForms = { one: 'символа', few: 'символов', many: 'символов' };
const VALUES_GEN: PluralForms = { one: 'значения', few: 'значений', many: 'значений' };
const AGE_UNITS: Record<'year' | 'month' | 'day', PluralForms> = {
  year: { one: 'год', few: 'года', many: 'лет' },
  month: { one: 'месяц', few: 'месяца', many: 'месяцев' },
  day: { one: 'день', few: 'дня', many: 'дней' },
};
const POSITIONS: PluralForms = { one: 'позиция', few: 'позиции', many: 'позиций' };
const ROWS: PluralForms = { one: 'строка', few: 'строки', many: 'строк' };
const PROBLEMS: PluralForms = { one: 'проблема', few: 'проблемы', many: 'проблем' };
const STATEMENTS: PluralForms = { one: 'заявление', few: 'заявления', many: 'заявлений' };
const COMMON_ISSUES: PluralForms = { one: 'общий вопрос', few: 'общих вопроса', many: 'общих вопросов' };
/** Past participle agreeing with a counted subject: «обнаружена 1 проблема», «обнаружено 5 проблем». */
const FOUND: PluralForms = { one: 'Обнаружена', few: 'Обнаружено', many: 'Обнаружено' };
/** Genitive, after «из». */
const PAIRS_GEN: PluralForms = { one: 'пары', few: 'пар', many: 'пар' };
const ISSUES_GEN: PluralForms = { one: 'вопроса', few: 'вопросов', many: 'вопросов' };
const PARTIES_GEN: PluralForms = { one: 'стороны', few: 'сторон', many: 'сторон' };
const POSITIONS_GEN: PluralForms = { one: 'позиции', few: 'позиций', many: 'позиций' };
const SHOWN_ISSUES_GEN: PluralForms = {
  one: 'показанного вопроса',
  few: 'показанных вопросов',
  many: 'показанных вопросов',
};
const BOTH_ADDRESSED_GEN: PluralForms = {
  one: 'вопроса, по которому обе стороны заявили позицию',
  few: 'вопросов, по которым обе стороны заявили позиции',
  many: 'вопросов, по которым обе стороны заявили позиции',
};
/** Dative, after «по». */
const SHOWN_ISSUES_DAT: PluralForms = {
  one: 'показанному вопросу',
  few: 'показанным вопросам',
  many: 'показанным вопросам',
};
const COMMON_ISSUES_DAT: PluralForms = { one: 'общему вопросу', few: 'общим вопросам', many: 'общим вопросам' };

export const ru: Messages = {
  app: {
    partFailed: (what: string) => `Не удалось показать: ${what}.`,
    partFailedHint: 'Остальная часть страницы работает.',
    loading: 'Загрузка позиций…',
    loadingChart: 'Загрузка графика…',
    skipTo: (target: string) => `Перейти к ${target}`,
    language: 'Язык',
    tryAgain: 'Попробовать снова',
    problemsFound: (n: number, shown: number) =>
      n > shown
        ? `${plural(n, FOUND)} ${n1(n, PROBLEMS)}; ${shown === 1 ? 'первая' : `первые ${shown}`}:`
        : `${plural(n, FOUND)} ${n1(n, PROBLEMS)}:`,
  },
  preview: {
    bar: (name: string) => `Предварительный просмотр локального файла (${name}) — не опубликовано`,
    barNote: 'Прочитано только в этом браузере; читатели видят опубликованные данные.',
    back: 'Вернуться к опубликованным данным',
    imageLine: (name: string) => `ПРЕДВАРИТЕЛЬНЫЙ ПРОСМОТР локального файла (${name}), не опубликованные данные`,
  },
  scope: {
    firstParties: (shown: number, total: number, filter: string) =>
      `Сторон в наборе данных: ${total}; показаны первые ${shown}. Другие можно выбрать в фильтре «${filter}».`,
    pairsOf: (shown: number, total: number) =>
      `Пар сторон: ${total} — слишком много, чтобы показать все; показаны пары одной стороны (${shown}).`,
    focus: 'Пары стороны',
    everyPair: (max: number) => `Чтобы увидеть все пары, выберите не больше ${n1(max, PARTIES_GEN)}.`,
  },
  views: {
    label: 'Разделы',
    compare: 'Сравнение',
    matrix: 'Матрица совпадений',
    agreement: 'Согласие',
    timeline: 'Хронология',
    distribution: 'Распределение',
    table: 'Все позиции',
    method: 'Методология',
  },
  /** Dative: they follow «Перейти к». */
  skipTargets: {
    compare: 'сравнению',
    matrix: 'матрице',
    agreement: 'графикам согласия',
    timeline: 'хронологии',
    distribution: 'графику распределения',
    table: 'таблице',
    method: 'методологии',
  },
  header: {
    positionsAsOf: 'Позиции по состоянию на',
    updated: (date: string) => `Данные обновлены ${date}`,
    sources: 'Источники:',
    licence: (licence: string) => `Лицензия: ${period(licence)}`,
    footerNote:
      'Каждая позиция снабжена ссылкой на дословную цитату и источник; пометка «в пересказе» означает, что издание излагает позицию, не цитируя сторону.',
    embedDates: (asOf: string, updated: string) =>
      `Позиции по состоянию на ${asOf}; данные обновлены ${period(updated)}`,
    openFull: 'Открыть полную версию',
    newTab: '(откроется в новой вкладке)',
    methodology: 'Методология',
  },
  notices: {
    heading: 'Некоторые параметры ссылки были проигнорированы:',
    more: (n: number) => `…и ещё ${n}.`,
    dismiss: 'Закрыть',
    dismissLabel: 'Закрыть уведомление',
    text: (n: Notice): string => {
      switch (n.kind) {
        case 'unreadable':
          return 'адрес не удалось прочитать; показан вид по умолчанию';
        case 'repeated':
          return `${n.param} указан несколько раз; использовано первое значение`;
        case 'tooLong':
          return `проигнорирован ${n.param}: значение длиннее ${count(n.max, CHARACTERS_GEN)}`;
        case 'notOneOf':
          return `проигнорирован ${n.param}="${n.value}": ожидалось ${n.expected.length === 1 ? `«${n.expected[0] ?? ''}»` : `одно из: ${n.expected.join(', ')}`}`;
        case 'notADate':
          return `проигнорирован ${n.param}="${n.value}": ожидалась дата в формате ГГГГ-ММ-ДД`;
        case 'notAllowed':
          return n.allowed === 'childId'
            ? `проигнорирован ${n.param}: ожидались буквы, цифры, - или _`
            : `проигнорировано «${n.value}» в ${n.param}: недопустимое значение`;
        case 'notInDataset':
          return `проигнорировано «${n.value}» в ${n.param}: этого нет в наборе данных`;
        case 'tooMany':
          return `${n.param} содержит больше ${count(n.max, VALUES_GEN)}; остальные проигнорированы`;
        case 'searchCut':
          return `текст поиска сокращён до ${count(n.max, CHARACTERS_GEN)}`;
        case 'fromAfterTo':
          return `проигнорированы from/to: ${n.from} позже, чем ${n.to}`;
      }
    },
  },
  asOf: {
    latest: 'Последняя дата',
    play: 'Показать изменения по датам',
    pause: 'Пауза',
    reducedMotion: 'Переключает даты без анимации',
  },
  filters: {
    region: 'Фильтры',
    searchLabel: 'Поиск по цитатам, сути позиций, именам авторов заявлений и названиям вопросов',
    searchPlaceholder: 'Цитаты, авторы, вопросы…',
    toggle: (active: number) => (active > 0 ? `Фильтры (${active})` : 'Фильтры'),
    clearAll: 'Сбросить все фильтры',
    parties: 'Стороны',
    categories: 'Категории',
    issues: 'Вопросы',
    stance: 'Позиция',
    attribution: 'Тип цитаты',
    basis: 'Основание',
    statedBetween: 'Заявлено в период',
    fromDate: 'Начальная дата',
    toDate: 'Конечная дата',
    datePattern: 'ГГГГ-ММ-ДД',
    notADate: (text: string) => `«${text}» — не дата: введите её как 2022-03-15.`,
    all: 'Все',
    selected: (n: number) => `Выбрано: ${n}`,
    showAll: 'Показать все',
    /** Each follows «фильтр»: «фильтр по сторонам». */
    names: {
      parties: 'по сторонам',
      issues: 'по вопросам',
      categories: 'по категориям',
      stances: 'по позиции',
      attribution: 'по типу цитаты',
      basis: 'по основанию',
      from: 'по начальной дате',
      to: 'по конечной дате',
      q: 'по поисковому запросу',
    },
  },
  stance: { supports: 'Поддерживает', conditional: 'С условиями', opposes: 'Против', none: 'Позиция не заявлена' },
  verdict: {
    overlap: 'Совпадение',
    concession: 'Уступка',
    partial: 'Частичное совпадение',
    conflict: 'Конфликт',
    'no-basis': 'Нет оснований',
  },
  verdictExplanation: {
    overlap: 'обе стороны занимают одинаковую позицию',
    concession: 'одна сторона в качестве уступки принимает позицию, которой требует другая',
    partial: 'одна сторона выдвигает условия, другая — нет',
    conflict: 'одна сторона поддерживает, другая — против',
    'no-basis': 'хотя бы одна из сторон не заявила позицию',
  },
  attribution: { direct: 'Прямая цитата', reported: 'В пересказе издания' },
  attributionOnly: { direct: 'прямая цитата', reported: 'в пересказе издания' },
  basis: { stated: 'Заявлено', inferred: 'Выведено' },
  basisOnly: { stated: 'заявленные позиции', inferred: 'выведенные позиции' },
  kind: { demand: 'Требование', concession: 'Уступка' },
  stale: {
    age: (count: number, unit: 'year' | 'month' | 'day') => `заявлено за ${n1(count, AGE_UNITS[unit])} до этой даты`,
    freshLabel: 'Только актуальные позиции',
    freshHint: (days: number) =>
      `Позиции, заявленные более чем за ${days} ${plural(days, AGE_UNITS.day)} до даты, считаются незаявленными.`,
  },
  // The cast mirrors en.ts (ids beyond these six are shown as written); `Messages` already makes it redundant here.

  categories: {
    security: 'Безопасность',
    military: 'Военные вопросы',
    territory: 'Территории',
    political: 'Политика',
    economy: 'Экономика',
    justice: 'Правосудие',
  } as Record<string, string>,
  legend: {
    label: 'Легенда',
    stances: 'Позиции:',
    stancesNote: '— по отношению к тезису каждого вопроса.',
    verdicts: 'Оценки:',
    index:
      'Индекс согласия: 2 балла за каждое совпадение или уступку (позиции сходятся, хотя одна сторона уступила), 1 — за частичное совпадение, 0 — за конфликт; сумма делится на 2 × число вопросов, по которым высказались обе стороны. Вопросы без оснований для сравнения не учитываются и указываются отдельно.',
  },
  detail: {
    close: 'Закрыть подробности',
    asOf: (date: string) => `По состоянию на ${date}`,
    oneStatement: 'Одно заявление',
    proposition: (text: string) => `Тезис: ${text}`,
    everyIssue: 'Все показанные вопросы',
    inCategory: (category: string) => `Вопросы в категории «${category}»`,
    pair: (a: string, b: string) => `${a} и ${b}`,
    verdictLine: (a: string, b: string, explanation: string) => `${a} и ${b}: ${explanation}.`,
    related: (title: string) => `Читать вместе с вопросом «${title}»`,
    conceded: (conceder: string, other: string) => `${conceder} уступает в том, чего требует ${other}.`,
    bothConcede: (a: string, b: string) => `${a} и ${b} обе уступают, занимая одинаковую позицию.`,
    noPosition: 'На эту дату в данных нет заявленной позиции по этому вопросу.',
    earlier: 'Предыдущие позиции',
    foot: 'Позиции здесь отобраны в соответствии с фильтром «Тип цитаты»; предыдущие позиции сохраняются в истории.',
    agreementIndex: 'Индекс согласия',
    notComputed: 'не рассчитан (нет оснований)',
    issueCount: (n: number) => n1(n, ISSUES),
    silent: (issue: string, party: string) => `${issue}: ${party} — позиция не заявлена`,
    bothSilent: (issue: string, a: string, b: string) => `${issue}: ни ${a}, ни ${b} не заявили позицию`,
    notInDataset: 'Этой позиции нет в данных.',
    unknown: 'Неизвестная позиция',
  },
  position: {
    noSpeaker: (party: string) => `${party} (автор заявления не назван)`,
    reportedUndated: (date: string) => `Сообщение от ${date} (дата заявления не указана)`,
    reportWording: 'Формулировка издания, а не автора заявления.',
    quoteIn: (language: string) => `Цитата в оригинале (язык: ${language}).`,
    translation: 'Перевод:',
    noQuote: 'В источнике нет фразы, которую можно процитировать; приводится только суть.',
    inferred: 'Выведено составителями, а не заявлено стороной: в примечании сказано, из чего именно.',
    concession: 'Уступка: то, на что сторона, по ее словам, согласилась бы, хотя добивается она не этого.',
    conditions: 'Условия:',
    note: 'Примечание:',
    source: 'Источник:',
    readReport: 'Читать материал',
    noLink: 'Ссылки нет: URL неизвестен',
    archived: ' (текст сохранён в архиве набора данных)',
  },
  compare: {
    empty:
      'Фильтрам не соответствует ни один вопрос или ни одна сторона. Сбросьте фильтр по сторонам, вопросам или категориям, чтобы сравнить позиции.',
    pairsLabel: 'Согласие между сторонами',
    counts: (comparable: number, excluded: number) =>
      `Сопоставимых вопросов: ${comparable} · несопоставимых: ${excluded}`,
    notApplicable: 'н/д',
    region: 'Таблица сравнения, прокручивается по горизонтали',
    caption: (date: string) =>
      `Позиция каждой стороны по каждому вопросу на ${date} и совпадение или конфликт позиций в каждой паре сторон`,
    issue: 'Вопрос',
    stanceCell: (party: string, issue: string) => `${party} по вопросу «${issue}»:`,
    stanceCellAction: 'Показать соответствующие позиции',
    verdictCell: (a: string, b: string, issue: string) => `${a} и ${b} по вопросу «${issue}»:`,
    verdictCellAction: 'Показать объяснение',
    concession: 'уступка',
    reported: 'в пересказе',
    inferred: 'выведено',
    concedes: (party: string) => `${party} уступает`,
  },
  matrix: {
    title: 'Совпадения и конфликты в каждой паре сторон',
    empty: (fewerThanTwo: boolean) =>
      `Матрица сравнивает пары сторон, а после фильтрации ${fewerThanTwo ? 'осталось меньше двух сторон' : 'не осталось ни одного вопроса'}. Сбросьте фильтр по сторонам, вопросам или категориям.`,
    region: 'Матрица совпадений, прокручивается по горизонтали',
    caption: (date: string, byConflicts: boolean) =>
      `Оценка каждой пары сторон по каждому вопросу на ${date}; ${byConflicts ? 'сначала вопросы с наибольшим числом конфликтов' : 'вопросы в исходном порядке'}`,
    issue: 'Вопрос',
    conflicts: 'Конфликты',
    conflictsOf: (pairs: number) => ` из ${pairs} ${plural(pairs, PAIRS_GEN)} в конфликте`,
    order: 'Порядок вопросов',
    datasetOrder: 'Как в данных',
    mostConflicts: 'Сначала больше всего конфликтов',
  },
  charts: {
    showData: 'Показать данные в виде таблицы',
    dataRegion: (title: string) => `${title}: таблица данных, прокручивается по горизонтали`,
    noBasis: 'нет оснований',
    noBasisCap: 'Нет оснований',
    tooFew: (n: number) => `слишком мало для сравнения (${n1(n, ISSUES)})`,
    tooFewCap: (n: number) => `Слишком мало для сравнения (${n1(n, ISSUES)})`,
  },
  agreement: {
    empty:
      'Для расчёта согласия нужны две стороны и хотя бы один вопрос: сбросьте фильтр по сторонам, вопросам или категориям.',
    barsTitle: 'Индекс согласия для каждой пары сторон',
    barsNote: `Шкала — от 0${PCT} (конфликт по всем вопросам, по которым высказались обе стороны) до 100${PCT} (одинаковая позиция по всем). Выберите столбец, чтобы увидеть позиции, на которых основана оценка.`,
    counts: (compared: number, excluded: number) => `Сравнено: ${compared} · исключено: ${excluded}`,
    barLabel: (pair: string, index: string, counts: string) =>
      `${pair}: индекс согласия ${index}. ${counts}. Показать сравнения`,
    pair: 'Пара',
    index: 'Индекс согласия',
    overlap: 'Совпадение',
    partial: 'Частичное совпадение',
    conflict: 'Конфликт',
    compared: 'Сравнено',
    excluded: 'Исключено (нет оснований)',
    categoryTitle: 'Согласие по категориям вопросов',
    categoryNote:
      '«Нет оснований» — в категории нет ни одного вопроса, по которому позицию заявили обе стороны, поэтому индекс не рассчитывается.',
    category: 'Категория',
    issues: 'Вопросы',
    issueCount: (n: number) => n1(n, ISSUES),
    comparedCount: (n: number) => `(сравнено: ${n})`,
    categoryBar: (pair: string, category: string, index: string, compared: number) =>
      `${pair}, категория «${category}»: ${index}, сравнено: ${compared}. Показать сравнения`,
    pairs: 'Пары',
  },
  timeline: {
    issue: 'Вопрос',
    firstOfMany: (n: number) =>
      `Хронология отслеживает один вопрос: показан первый из выбранных (всего ${n}). График согласия ниже учитывает все.`,
    proposition: (text: string) => `Тезис: ${text}`,
    empty: 'Для хронологии нужны вопрос и сторона: сбросьте фильтр по сторонам, вопросам или категориям.',
    stepsTitle: (issue: string) => `${issue}: позиция каждой стороны в динамике`,
    stepsNote:
      'Линия делает шаг, когда меняется позиция стороны; каждая отметка — заявление. Наведите на отметку курсор или фокус, чтобы увидеть цитату; выберите её, чтобы открыть полный источник.',
    parties: 'Стороны',
    party: 'Сторона',
    date: 'Дата',
    stanceFrom: 'Позиция с этой даты',
    statements: 'Заявления',
    showQuote: (stance: string) => `${stance}: показать цитату`,
    markerLabel: (party: string, date: string, stance: string, more: number) =>
      `${party}, ${date}: ${stance}${more > 0 ? ` и ещё ${n1(more, STATEMENTS)} в этот день` : ''}. Показать источник`,
    asOfLine: (date: string) => `На ${date}`,
    reportedBy: ' — в пересказе издания',
    agreementTitle: 'Индекс согласия каждой пары в динамике',
    agreementNote:
      'Пересчитывается на каждую дату, когда меняется какая-либо позиция; разрывы означают, что у пары ещё не было общего вопроса с заявленными позициями.',
    nothingYet: (date: string) => `К ${date} позиций по этим вопросам заявлено не было.`,
    agreementSummary: (date: string, issues: number, values: string) =>
      `По состоянию на ${date} по ${issues === 1 ? 'единственному показанному вопросу' : `${issues} ${plural(issues, SHOWN_ISSUES_DAT)}`}: ${values}.`,
  },
  distribution: {
    empty:
      'Фильтрам не соответствует ни один вопрос или ни одна сторона. Сбросьте фильтр по сторонам, вопросам или категориям.',
    title: 'Сколько сторон поддерживают или отвергают каждый тезис',
    propositions: (n: number) => `Тезисы, по которым заявлены позиции (${n1(n, ISSUES)})`,
    note: (parties: number) =>
      `Каждый столбец охватывает все показанные стороны (${parties}); выберите сегмент, чтобы увидеть позицию каждой стороны по этому вопросу.`,
    issue: 'Вопрос',
    segment: (issue: string, count: number, parties: number, phrase: string) =>
      `${issue}: ${phrase} — ${count} из ${parties} ${plural(parties, PARTIES_GEN)}. Показать позиции`,
    /** Read as «за — 2 из 3 сторон». */
    phrase: { supports: 'за', conditional: 'за, но с условиями', opposes: 'против', none: 'без заявленной позиции' },
  },
  table: {
    showing: (shown: number, total: number) => `Показано ${shown} из ${total} ${plural(total, POSITIONS_GEN)}`,
    sortBy: 'Сортировка:',
    oldest: '(сначала старые)',
    newest: '(сначала новые)',
    az: '(А–Я)',
    za: '(Я–А)',
    group: 'Группировать по вопросам',
    region: 'Таблица позиций',
    caption: (rows: number) => `Позиции, ${n1(rows, ROWS)}; сортировка по заголовкам столбцов`,
    details: 'Детали',
    expand: (open: boolean, party: string, issue: string) =>
      `${open ? 'Скрыть' : 'Показать'} цитату и источник: ${party} по вопросу «${issue}»`,
    columns: {
      date: 'Дата',
      party: 'Сторона',
      actor: 'Автор заявления',
      issue: 'Вопрос',
      stance: 'Позиция',
      summary: 'Суть',
      source: 'Источник',
    },
    noMatch: 'Позиции не найдены.',
    culprit: (filter: string) => `Вместе с остальными фильтр ${filter} не оставляет ни одного результата.`,
    together: 'Все фильтры вместе не оставляют ни одного результата.',
    clearOne: (filter: string) => `Сбросить фильтр ${filter}`,
  },
  share: {
    download: 'Скачать',
    embed: 'Встроить',
    embedTitle: 'Встроить этот раздел',
    loading: 'Загрузка…',
    close: (title: string) => `Закрыть окно «${title}»`,
    copy: 'Копировать',
    copied: 'Скопировано.',
    selected: 'Выделено: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать.',
    responsive: 'Адаптивный iframe (рекомендуется)',
    responsiveHint:
      'Подстраивает размер под содержимое с помощью небольшого скрипта для страницы-хоста (MIT, без зависимостей). Подключите скрипт один раз на странице.',
    pym: 'pym.js',
    pymHint: 'Для страниц, где уже подключён pym.js от NPR.',
    frozen: 'Зафиксированный',
    frozenHint:
      'Фиксирует этот раздел и дату, чтобы графика в опубликованной статье не менялась при добавлении новых позиций.',
    frameTitle: (title: string, view: string) => `${title} — ${view}`,
    linkCutList: (filter: string, kept: number, total: number) =>
      `${filter}: ссылки на этот раздел сохраняют только первые ${kept} из ${total} выбранных; эта страница показывает все.`,
    linkCutSearch: (kept: number, total: number) =>
      `Поиск: ссылки на этот раздел сохраняют только первые ${kept} из ${total} символов запроса; эта страница ищет по всему запросу.`,
    sandboxNote:
      'Изолированные iframe работают с атрибутом sandbox="allow-scripts allow-popups", если ресурсы и данные дашборда отдаются с заголовком Access-Control-Allow-Origin: *; см. README.',
  },
  export: {
    image: 'Изображение',
    size: 'Размер',
    presets: {
      article: 'Статья (ширина раздела)',
      social: 'Соцсети 1200 × 628',
      square: 'Квадрат 1080 × 1080',
      portrait: 'Портрет 1080 × 1350',
      custom: 'Своя ширина',
    },
    headline: 'Заголовок',
    note: 'Примечание под изображением (необязательно)',
    stated: (n: number, total: number) => `заявили ${n} из ${total}`,
    shownOf: (shown: number, total: number, unit: 'issues' | 'pairs') =>
      `Показано ${shown} из ${total} ${plural(total, unit === 'issues' ? ISSUES_GEN : PAIRS_GEN)}; все — по ссылке ниже.`,
    fit: {
      partial: (shown: number, total: number, unit: 'issues' | 'pairs') =>
        `В этом размере с читаемым текстом помещается ${shown} из ${total} ${plural(total, unit === 'issues' ? ISSUES_GEN : PAIRS_GEN)}, и изображение об этом говорит. Чтобы показать все, выберите размер повыше или отфильтруйте ${unit === 'issues' ? 'вопросы' : 'стороны'}.`,
      tooWide: 'Для этого размера слишком много столбцов с читаемым текстом: выберите меньше сторон или размер пошире.',
      none: 'В этом размере ничего не помещается с читаемым текстом: выберите размер повыше.',
      filter: (n: number) => `Оставить в фильтре только показанные вопросы (${n})`,
      taller: (size: string) => `Выбрать: ${size}`,
    },
    widthLabel: 'Ширина в пикселях',
    widthError: 'Введите целое число от 320 до 3000.',
    png: (scale: number) => `Скачать PNG (${scale}×)`,
    svg: 'Скачать SVG',
    copyImage: 'Копировать изображение',
    preparing: 'Подготовка…',
    imageNote:
      'Каждое изображение содержит заголовок, фильтры и дату, источники, указание авторства и ссылку на этот раздел.',
    noPicture: 'У таблицы позиций нет изображения: скачайте её данные ниже или переключитесь на график или сравнение.',
    data: 'Данные',
    dataNote: (date: string) =>
      `То, что показывает этот раздел по состоянию на ${date}, с позициями, на которых основан каждый показатель, и их источниками. Файлы CSV в кодировке UTF-8; открывайте их в таблице через импорт, со столбцами как текст.`,
    tables: {
      verdicts: 'Оценки пар',
      agreement: 'Согласие по парам',
      distribution: 'Позиции по вопросам',
      positions: 'Действующие позиции',
    },
    positionsListed: 'Позиции из списка',
    positionsHistory: 'Позиции до даты',
    tableCsv: (table: string, rows: number) => `${table} (CSV, ${n1(rows, ROWS)})`,
    history: 'Добавить прежние заявления (историю каждой позиции до даты)',
    json: 'Всё в формате JSON',
    citationFile: 'Цитирование (текст)',
    citation: (c: CitationFacts) =>
      [
        c.title,
        `${c.view}, позиции по состоянию на ${c.asOf}.`,
        c.filters,
        '',
        `Как цитировать: ${c.credit} «${c.title}», ${c.view}, позиции по состоянию на ${c.asOf}. Получено ${c.retrieved} с ${c.url}`,
        c.sources,
        `Лицензия: ${period(c.licence)}`,
        '',
        `Файлы: ${c.files.join(', ')}.`,
        `Списки в ячейке разделены знаком «${c.separator}». Идентификатор каждой позиции ведёт к её цитате или пересказу и источнику в файле позиций.`,
      ].join('\n'),
    svgSaved: (w: number, h: number) => `Файл SVG сохранён, ${w} × ${h}.`,
    pngSaved: (w: number, h: number) => `Файл PNG сохранён, ${w} × ${h} пикс.`,
    fontsNotReady: 'шрифты изображения не загрузились вовремя; попробуйте ещё раз',
    copiedImage: 'Изображение скопировано в буфер обмена.',
    failed: (why: string) => `Не удалось экспортировать: ${why}`,
    creditShort: (updated: string, licence: string) =>
      `Данные обновлены ${period(updated)} Лицензия: ${period(licence)}`,
    credit: (credit: string, updated: string, licence: string) =>
      `${credit} Данные обновлены ${period(updated)} Лицензия: ${period(licence)}`,
    subtitle: {
      parties: (names: string) => `Стороны: ${names}`,
      pairsOf: (name: string) => `только пары стороны ${name}`,
      categories: (names: string) => `Категории: ${names}`,
      issues: (names: string) => `Вопросы: ${names}`,
      stances: (names: string) => `Позиции: ${names}`,
      only: (names: string) => `Только: ${names}`,
      fresh: (days: number) =>
        `Только актуальные позиции (заявленные не ранее чем за ${days} ${plural(days, AGE_UNITS.day)} до даты)`,
      from: (date: string) => `с ${date}`,
      to: (date: string) => `по ${date}`,
      stated: (range: string) => `Заявлено ${range}`,
      matching: (q: string) => `По запросу «${q}»`,
      asOf: (date: string) => `Позиции по состоянию на ${date}`,
    },
    sources: (outlets: string) => `Источники: ${period(outlets)}`,
    sourcesMore: (outlets: string, more: number) =>
      `Источники: ${outlets} и еще ${more} (все — на странице методологии).`,
  },
  summary: {
    asOf: (date: string) => `По состоянию на ${date}`,
    noneTogether: (when: string, a: string, b: string) =>
      `${when} нет ни одного из этих вопросов, по которому позицию заявили бы и ${a}, и ${b}.`,
    oneConcession: (when: string, conceder: string, other: string) =>
      `${when} в единственном вопросе, по которому высказались обе стороны, ${conceder} уступает в том, чего требует ${other}.`,
    oneIssue: (when: string, a: string, b: string, verdict: 'overlap' | 'partial' | 'conflict') =>
      `${when} ${a} и ${b} ${verdict === 'overlap' ? 'согласны' : verdict === 'partial' ? 'частично согласны' : 'занимают противоположные позиции'} в единственном вопросе, по которому высказались обе стороны.`,
    counts: (when: string, a: string, b: string, c: Counts, list: (parts: string[]) => string) => {
      const parts: string[] = [];
      if (c.overlap > 0) parts.push(`согласны по ${c.overlap}`);
      if (c.partial > 0) parts.push(`частично согласны по ${c.partial}`);
      if (c.conflict > 0) parts.push(`занимают противоположные позиции по ${c.conflict}`);
      const conceded = [
        ...(c.concededBy.a > 0 ? [`по ${c.concededBy.a} ${a} уступает в том, чего требует ${b}`] : []),
        ...(c.concededBy.b > 0 ? [`по ${c.concededBy.b} ${b} уступает в том, чего требует ${a}`] : []),
      ];
      const of = `${when} из ${c.comparable} ${plural(c.comparable, BOTH_ADDRESSED_GEN)}`;
      if (parts.length === 0) return `${of}: ${conceded.join('; ')}.`;
      return `${of}, ${a} и ${b} ${list(parts)}${conceded.length > 0 ? `; ${conceded.join('; ')}` : ''}.`;
    },
    noPairs: (when: string) => `${when} ни у одной пары сторон нет общего вопроса, по которому обе заявили бы позицию.`,
    tooFewPairs: (when: string, min: number) =>
      `${when} ни одна пара сторон не заявила позиций по ${min} или более общим вопросам: слишком мало для сравнения.`,
    allSame: (when: string, pct: string, all: boolean) =>
      `${when} индекс согласия у всех пар сторон${all ? '' : ', которым хватает общих вопросов для сравнения,'} одинаков — ${pct}.`,
    pairName: (a: string, b: string) => `${a} и ${b}`,
    rankedOne: (pair: string, most: boolean, pct: string, comparable: number) =>
      `${pair} ${most ? 'имеют самый высокий индекс' : '— самый низкий'} (${pct} по ${comparable} ${plural(comparable, COMMON_ISSUES_DAT)})`,
    rankedTie: (pairs: string, most: boolean, pct: string, least: number, greatest: number) =>
      `${pairs} ${most ? 'имеют самый высокий индекс' : '— самый низкий'} (${pct} у каждой пары, по ${least === greatest ? least : `${least}–${greatest}`} ${plural(greatest, COMMON_ISSUES_DAT)})`,
    ranking: (when: string, top: string, bottom: string) => `${when} ${top}; ${bottom}.`,
    matrix: (when: string, pairCount: number, conflicted: number, issues: number, allOverlap: number) => {
      const of = `из ${issues} ${plural(issues, SHOWN_ISSUES_GEN)}`;
      if (pairCount === 1) {
        const conflict =
          conflicted === 0
            ? `позиции двух сторон не противоположны ни по одному ${of}`
            : `позиции двух сторон противоположны по ${conflicted} ${of}`;
        const overlap = allOverlap === 0 ? 'и не совпадают ни по одному' : `и совпадают по ${allOverlap}`;
        return `${when} ${conflict} ${overlap}.`;
      }
      const tail =
        allOverlap === 0
          ? 'и нет ни одного вопроса, по которому позиции совпадали бы во всех парах'
          : `а по ${allOverlap} позиции совпадают во всех парах`;
      if (conflicted === 0)
        return `${when} ни в одной паре сторон позиции не противоположны ни по одному ${of}, ${tail}.`;
      return `${when} хотя бы в одной паре сторон позиции противоположны по ${conflicted} ${of}, ${tail}.`;
    },
    /** Nominative: «сначала поддержка (…), затем неприятие (…)». */
    stanceNoun: { supports: 'поддержка', conditional: 'условная поддержка', opposes: 'неприятие' },
    stanceVerb: { supports: 'поддерживает', conditional: 'поддерживает с условиями', opposes: 'выступает против' },
    silentParty: (party: string) => `${party} — позиция не заявлена`,
    throughout: (party: string, verb: string, first: string) =>
      `${party} неизменно ${verb} (впервые заявлено ${first})`,
    path: (party: string, steps: { noun: string; date: string }[]) =>
      `${party}: ${steps.map((s, i) => `${i === 0 ? 'сначала' : 'затем'} ${s.noun} (${s.date})`).join(', ')}`,
    timeline: (when: string, issue: string, parts: string[]) => `${when} по вопросу «${issue}»: ${parts.join('; ')}.`,
    distribution: (when: string, split: number, issues: number, united: number) => {
      const of = `из ${issues} ${plural(issues, SHOWN_ISSUES_GEN)}`;
      const head =
        split === 0
          ? `${when} ни по одному ${of} стороны не расходятся так, чтобы одна была за, а другая против`
          : `${when} стороны расходятся — хотя бы одна за, а другая против — по ${split} ${of}`;
      const tail =
        united === 0
          ? 'нет вопроса, по которому все высказавшиеся стороны занимали бы одинаковую позицию'
          : `по ${united} все высказавшиеся стороны занимают одинаковую позицию`;
      return `${head}; ${tail}.`;
    },
    categoryIntro: (date: string) =>
      `По состоянию на ${date}: индекс согласия каждой пары в каждой категории вопросов.`,
    categoryNone: 'Ни в одной категории ни у одной пары нет общего вопроса с заявленными позициями.',
    categoryHighest: (pair: string, category: string, pct: string, n: number) =>
      `Самый высокий показатель: ${pair} в категории «${category}» — ${pct} (${n1(n, COMMON_ISSUES)}).`,
  },
  live: {
    results: (view: string, count: number, date: string) =>
      `${view}: фильтрам ${plural(count, { one: 'соответствует', few: 'соответствуют', many: 'соответствуют' })} ${n1(count, POSITIONS)}; данные по состоянию на ${period(date)}`,
  },
};
