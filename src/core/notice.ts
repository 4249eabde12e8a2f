/**
 * What the page says it ignored in its address, as data: each catalog words it in its language (`notices.text`), so
 * a Ukrainian reader is not told in English. `value` is the reader's text as given, already cut to a short length.
 */
export type Notice =
  | { kind: 'unreadable'; param: '' }
  | { kind: 'repeated'; param: string }
  | { kind: 'tooLong'; param: string; max: number }
  | { kind: 'notOneOf'; param: string; value: string; expected: readonly string[] }
  | { kind: 'notADate'; param: string; value: string }
  | { kind: 'notAllowed'; param: string; value: string; allowed: 'id' | 'childId' }
  | { kind: 'notInDataset'; param: string; value: string }
  | { kind: 'tooMany'; param: string; max: number }
  | { kind: 'searchCut'; param: 'q'; max: number }
  | { kind: 'fromAfterTo'; param: 'from'; from: string; to: string };
