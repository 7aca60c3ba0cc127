/**
 * Month and weekday words, per language, as plain data.
 *
 * The recognizer in parse/recognize/date.ts compiles these tables into its patterns; nothing
 * here is logic. Every form is written lowercase and with its accents, exactly as people type
 * it; the recognizer folds case and accents (ı→i, é→e, й→и …) on both sides before comparing,
 * so "ARALIK", "Aralık" and "aralik" all match "aralık". A later config file can extend a
 * language or add one by building a new `DateVocab` from these objects and passing it in
 * the recognizer's context.
 *
 * Month lists hold 12 entries (index 0 = January); weekday lists hold 7 (index 0 = Monday,
 * i.e. ISO weekday − 1). Each entry lists every form that means that month or day: full
 * names, the grammatical cases actually used in dates (Russian «января», Polish «stycznia»)
 * and the common abbreviations (a trailing dot is handled by the recognizer, not listed).
 */

/** The forms of one month or weekday; a readonly list so tables can be shared safely. */
export type Forms = readonly string[];

/** Everything the date recognizer knows about words; the shape a config file extends. */
export interface DateVocab {
  /** Language code → 12 lists of month forms, January first. */
  readonly months: Readonly<Record<string, readonly Forms[]>>;
  /** Language code → 7 lists of full weekday names, Monday first. */
  readonly weekdays: Readonly<Record<string, readonly Forms[]>>;
  /**
   * Language code → 7 lists of weekday abbreviations, Monday first. Kept apart from the full
   * names because short forms ("per", "son", "sat") are everyday words: the recognizer only
   * trusts them right next to a date.
   */
  readonly weekdayAbbreviations: Readonly<Record<string, readonly Forms[]>>;
  /** Month forms that are also common words somewhere ("set", "out", "tem"): date only with a year. */
  readonly yearRequired: readonly string[];
  /** Month forms that are English words when lowercase ("may", "march"): date only if capitalized or with a year. */
  readonly capitalRequired: readonly string[];
}

/** Month forms per language: the recognizer's source of month names, extendable by config. */
export const MONTHS: Record<string, Forms[]> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sept', 'sep', 'set'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ],
  de: [
    ['januar', 'jänner', 'jan', 'jän'],
    ['februar', 'feber', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'sett', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
  ru: [
    ['январь', 'января', 'январе', 'янв'],
    ['февраль', 'февраля', 'феврале', 'февр', 'фев'],
    ['март', 'марта', 'марте', 'мар'],
    ['апрель', 'апреля', 'апреле', 'апр'],
    ['май', 'мая', 'мае'],
    ['июнь', 'июня', 'июне', 'июн'],
    ['июль', 'июля', 'июле', 'июл'],
    ['август', 'августа', 'августе', 'авг'],
    ['сентябрь', 'сентября', 'сентябре', 'сент', 'сен'],
    ['октябрь', 'октября', 'октябре', 'окт'],
    ['ноябрь', 'ноября', 'ноябре', 'нояб', 'ноя'],
    ['декабрь', 'декабря', 'декабре', 'дек'],
  ],
  tr: [
    ['ocak', 'oca'],
    ['şubat', 'şub'],
    ['mart', 'mar'],
    ['nisan', 'nis'],
    ['mayıs', 'may'],
    ['haziran', 'haz'],
    ['temmuz', 'tem'],
    ['ağustos', 'ağu'],
    ['eylül', 'eyl'],
    ['ekim', 'eki'],
    ['kasım', 'kas'],
    ['aralık', 'ara'],
  ],
  sv: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['mars', 'mar'],
    ['april', 'apr'],
    ['maj'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augusti', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  nl: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  pl: [
    ['styczeń', 'stycznia', 'sty'],
    ['luty', 'lutego', 'lut'],
    ['marzec', 'marca', 'mar'],
    ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'],
    ['czerwiec', 'czerwca', 'cze'],
    ['lipiec', 'lipca', 'lip'],
    ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'],
    ['październik', 'października', 'paź'],
    ['listopad', 'listopada', 'lis'],
    ['grudzień', 'grudnia', 'gru'],
  ],
};

/** Full weekday names per language (Monday first): for "# Monday standup" and "Måndag 16/12". */
export const WEEKDAY_NAMES: Record<string, Forms[]> = {
  en: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  es: [['lunes'], ['martes'], ['miércoles'], ['jueves'], ['viernes'], ['sábado'], ['domingo']],
  pt: [['segunda-feira'], ['terça-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado'], ['domingo']],
  fr: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  de: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
  it: [['lunedì'], ['martedì'], ['mercoledì'], ['giovedì'], ['venerdì'], ['sabato'], ['domenica']],
  ru: [['понедельник'], ['вторник'], ['среда', 'среду'], ['четверг'], ['пятница', 'пятницу'], ['суббота', 'субботу'], ['воскресенье']],
  tr: [['pazartesi'], ['salı'], ['çarşamba'], ['perşembe'], ['cuma'], ['cumartesi'], ['pazar']],
  sv: [['måndag'], ['tisdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lördag'], ['söndag']],
  nl: [['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag'], ['zondag']],
  pl: [['poniedziałek'], ['wtorek'], ['środa'], ['czwartek'], ['piątek'], ['sobota'], ['niedziela']],
  ja: [
    ['月曜日', '月曜'],
    ['火曜日', '火曜'],
    ['水曜日', '水曜'],
    ['木曜日', '木曜'],
    ['金曜日', '金曜'],
    ['土曜日', '土曜'],
    ['日曜日', '日曜'],
  ],
  zh: [
    ['星期一', '周一', '週一', '礼拜一'],
    ['星期二', '周二', '週二', '礼拜二'],
    ['星期三', '周三', '週三', '礼拜三'],
    ['星期四', '周四', '週四', '礼拜四'],
    ['星期五', '周五', '週五', '礼拜五'],
    ['星期六', '周六', '週六', '礼拜六'],
    ['星期日', '星期天', '周日', '週日', '礼拜天'],
  ],
};

/**
 * Weekday abbreviations per language (Monday first), trusted only right next to a date
 * ("Mon 16/12", "Sön 22/12"). Two-letter Latin forms (German "Do", "So") and single CJK
 * characters (月 is also "month") are left out: they are ordinary words.
 */
export const WEEKDAY_ABBREVIATIONS: Record<string, Forms[]> = {
  en: [['mon'], ['tue', 'tues'], ['wed'], ['thu', 'thur', 'thurs'], ['fri'], ['sat'], ['sun']],
  es: [['lun'], ['mar'], ['mié'], ['jue'], ['vie'], ['sáb'], ['dom']],
  // The bare ordinals ("segunda" = second, "quinta" = fifth) are weekdays only next to a date.
  pt: [['segunda', 'seg'], ['terça', 'ter'], ['quarta', 'qua'], ['quinta', 'qui'], ['sexta', 'sex'], ['sáb'], ['dom']],
  fr: [['lun'], ['mar'], ['mer'], ['jeu'], ['ven'], ['sam'], ['dim']],
  it: [['lun'], ['mar'], ['mer'], ['gio'], ['ven'], ['sab'], ['dom']],
  ru: [['пн', 'пон'], ['вт'], ['ср'], ['чт'], ['пт'], ['сб'], ['вс']],
  tr: [['pzt'], ['sal'], ['çar', 'çrş'], ['per', 'prş'], ['cum'], ['cmt'], ['paz']],
  sv: [['mån'], ['tis'], ['ons'], ['tor', 'tors'], ['fre'], ['lör'], ['sön']],
  pl: [['pon'], ['wt'], ['śr'], ['czw'], ['pt'], ['sob'], ['niedz']],
};

/**
 * Month forms that double as everyday words in one of the supported languages — Portuguese
 * "tem" (has) and "out", Spanish/Italian "set", "ago", Italian "gen"/"mag"/"lug", Turkish
 * "ara"/"şub"/"haz", Polish "sie"/"lip"/"lis"/"paź"/"sty". They count as months only inside
 * a date that also states its year ("7 Ara 2024"), never in "Tem 3 tarefas".
 */
export const YEAR_REQUIRED_MONTH_WORDS: string[] = ['set', 'ago', 'out', 'tem', 'haz', 'ara', 'şub', 'gen', 'mag', 'lug', 'sty', 'lip', 'sie', 'paź', 'lis'];

/**
 * English month names that are also verbs ("step 2 may fail", "march 3 steps"): months only
 * when written capitalized in the source or when the date states its year.
 */
export const CAPITAL_REQUIRED_MONTH_WORDS: string[] = ['may', 'march'];

/** The vocabulary the recognizer uses when the caller passes none. */
export const DEFAULT_DATE_VOCAB: DateVocab = {
  months: MONTHS,
  weekdays: WEEKDAY_NAMES,
  weekdayAbbreviations: WEEKDAY_ABBREVIATIONS,
  yearRequired: YEAR_REQUIRED_MONTH_WORDS,
  capitalRequired: CAPITAL_REQUIRED_MONTH_WORDS,
};
