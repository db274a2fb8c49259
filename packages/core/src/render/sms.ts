/**
 * SMS encoding and segments (GSM 03.38): a message in the GSM-7 default alphabet takes 160
 * characters in one segment, 153 per segment when concatenated, and each character of the
 * extension table (€ [ ] { } \ ^ ~ | and form feed) counts twice; one character outside GSM-7
 * switches the whole message to UCS-2: 70 characters in one segment, 67 when concatenated, counted
 * in UTF-16 code units (an emoji counts 2). National shift tables are not assumed: carriers rarely
 * support them.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';
/**
 * Septets per UTF-16 unit, by code: 1 for the basic table, 2 for the extension table, 0 outside
 * GSM-7. Every GSM-7 character is below U+20AD (€ is U+20AC), so the table stops there.
 */
const SEPTETS = new Uint8Array(0x20ad);
for (const ch of GSM7_BASIC) SEPTETS[ch.charCodeAt(0)] = 1;
for (const ch of GSM7_EXTENSION) SEPTETS[ch.charCodeAt(0)] = 2;

export interface SmsInfo {
  encoding: 'GSM-7' | 'UCS-2';
  /** Length in the encoding's units (septets for GSM-7, UTF-16 code units for UCS-2). */
  units: number;
  segments: number;
  /** Index in the text of the first character that is not GSM-7, when the encoding is UCS-2. */
  firstUcs2Index?: number;
  firstUcs2Char?: string;
  /** Units per segment for this message (160/153 or 70/67). */
  perSegment: number;
}

export function smsInfo(text: string): SmsInfo {
  let septets = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const n = code < SEPTETS.length ? SEPTETS[code]! : 0;
    if (n !== 0) {
      septets += n;
      continue;
    }
    const units = text.length;
    const segments = units <= 70 ? 1 : Math.ceil(units / 67);
    return {
      encoding: 'UCS-2',
      units,
      segments,
      firstUcs2Index: index,
      // The whole character (both halves of a surrogate pair).
      firstUcs2Char: String.fromCodePoint(text.codePointAt(index)!),
      perSegment: segments === 1 ? 70 : 67,
    };
  }
  const segments = septets === 0 ? 1 : septets <= 160 ? 1 : Math.ceil(septets / 153);
  return { encoding: 'GSM-7', units: septets, segments, perSegment: segments === 1 ? 160 : 153 };
}

/** Plain GSM-7 look-alikes for common characters that force UCS-2 (typographic quotes, accents not in GSM-7). */
export const GSM7_REPLACEMENTS: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  á: 'a',
  í: 'i',
  ó: 'o',
  ú: 'u',
  â: 'a',
  ê: 'e',
  ô: 'o',
  ã: 'a',
  õ: 'o',
  ç: 'c',
  Á: 'A',
  Í: 'I',
  Ó: 'O',
  Ú: 'U',
  Â: 'A',
  Ê: 'E',
  Ô: 'O',
  Ã: 'A',
  Õ: 'O',
};
