import { readFile } from 'node:fs/promises';

/**
 * The CJK font the labels embed: Noto Sans SC, static TrueType (SIL OFL 1.1), from `@expo-google-fonts/noto-sans-sc`;
 * it covers simplified and traditional characters, so Hong Kong addresses print too. Each face is read once, on the
 * first label, and kept; pdfkit embeds only the glyphs a document uses (TrueType outlines subset cleanly; the CFF
 * faces of other packages made each PDF five times larger and ten times slower), so a label carries about 10 KB of it.
 */
export interface LabelFonts {
  regular: Buffer;
  bold: Buffer;
}

let loading: Promise<LabelFonts> | undefined;

export function labelFonts(): Promise<LabelFonts> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readFonts(): Promise<LabelFonts> {
  const [regular, bold] = await Promise.all([readFace('400Regular/NotoSansSC_400Regular.ttf'), readFace('700Bold/NotoSansSC_700Bold.ttf')]);
  return { regular, bold };
}

function readFace(file: string): Promise<Buffer> {
  return readFile(new URL(import.meta.resolve(`@expo-google-fonts/noto-sans-sc/${file}`)));
}
