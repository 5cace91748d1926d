/**
 * The proposer works in UTF-16 units, as JavaScript strings do; the graph counts spans in code points
 * (src/records/spans.ts). One table converts every offset at the end, so the rules never think about it.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const unit = text.charCodeAt(i);
    // A high surrogate and its low surrogate are one code point: the low one maps to the same index.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else table[i] = cp - 1;
  }
  table[text.length] = cp;
  return (i) => table[i];
}
