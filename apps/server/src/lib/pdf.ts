import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

// pdfmake 0.3 on the server with the PDF standard font Helvetica (no font files). Documents may not read local
// files (other than the standard font names) nor fetch URLs, so content from users can never pull anything in.

/** The parts of pdfmake's document definition SIM Kinerja uses (pdfmake ships no types). */
export type PdfContent =
  | string
  | {
      text?: PdfContent | PdfContent[];
      style?: string | string[];
      bold?: boolean;
      italics?: boolean;
      fontSize?: number;
      color?: string;
      alignment?: 'left' | 'center' | 'right' | 'justify';
      margin?: number[];
      table?: {
        headerRows?: number;
        widths?: (number | string)[];
        body: PdfContent[][];
        dontBreakRows?: boolean;
      };
      layout?: string;
      ul?: PdfContent[];
      ol?: PdfContent[];
      columns?: PdfContent[];
      stack?: PdfContent[];
      width?: number | string;
      qr?: string;
      fit?: number;
      svg?: string;
      pageBreak?: 'before' | 'after';
      fillColor?: string;
      colSpan?: number;
      link?: string;
    };

export type PdfDocument = {
  info?: { title?: string; author?: string; subject?: string };
  pageSize?: string;
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: number[];
  content: PdfContent[];
  styles?: Record<string, Record<string, unknown>>;
  defaultStyle?: Record<string, unknown>;
  footer?: (currentPage: number, pageCount: number) => PdfContent;
};

type PdfMake = {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: PdfDocument): { getBuffer(): Promise<Buffer> };
};

const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));

let instance: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (!instance) {
    const loaded = createRequire(import.meta.url)('pdfmake') as PdfMake;
    loaded.setFonts({ Helvetica: HELVETICA });
    loaded.setUrlAccessPolicy(() => false);
    loaded.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
    instance = loaded;
  }
  return instance;
}

/** Renders a document definition to PDF bytes (A4, Helvetica unless the definition says otherwise). */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  return pdfmake()
    .createPdf({
      pageSize: 'A4',
      ...doc,
      defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2, ...doc.defaultStyle },
    })
    .getBuffer();
}

/**
 * The public page a verification code and its QR lead to (/verifikasi/:code, ADR 0007), on PUBLIC_URL when set so
 * a printed document points to the address citizens reach.
 */
export function verificationUrl(config: { publicUrl?: string | null; port: number }, code: string): string {
  return `${(config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/$/, '')}/verifikasi/${code}`;
}

/**
 * A fresh verification code (ADR 0007): the document kind's prefix and 48 random bits in hex, e.g.
 * `SRT-1A2B3C4D5E6F`.
 */
export const newVerificationCode = (prefix: string): string =>
  `${prefix}-${randomBytes(6).toString('hex').toUpperCase()}`;

/** The SHA-256 of what a verifiable document states (its data as JSON), stored with its code and compared on checks. */
export const documentSha256 = (data: unknown): string =>
  createHash('sha256').update(JSON.stringify(data)).digest('hex');
