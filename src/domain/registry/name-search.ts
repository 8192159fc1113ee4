// Pinyin keys of a person's name for search ('zs' finds 张三) and sorting (by full pinyin).
//
// Boundaries:
// - Readings come from pinyin-pro in surname mode applied to the head of the name only, so a
//   polyphonic surname takes its surname reading (单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou,
//   查 zha, 朴 piao; compound 尉迟 yuchi, 万俟 moqi) while the given name keeps ordinary
//   readings (曾曾 → zeng ceng). A given name that happens to be a surname character is
//   therefore not misread.
// - Output is lower-case ASCII a–z only: tones dropped, ü written v (the way users type it
//   on a keyboard: 吕 lv), separators such as the middle dot of minority names and spaces
//   dropped. Latin letters in a name are kept, lower-cased; a character pinyin-pro has no
//   reading for (rare extension-B ideographs) contributes nothing.
// - Initials take the first letter of each syllable: 张 → z, not zh.

import { pinyin } from 'pinyin-pro';

function syllables(name: string): string[] {
  const text = name.normalize('NFKC').trim();
  if (text.length === 0) return [];
  return pinyin(text, { toneType: 'none', mode: 'surname', surname: 'head', type: 'array', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
}

/** First letters of each syllable: '张三' → 'zs', '单雄信' → 'sxx'. */
export function pinyinInitials(name: string): string {
  return syllables(name)
    .map((s) => s.charAt(0))
    .join('');
}

/** Full pinyin without tones or spaces, for sorting: '张三' → 'zhangsan', '吕布' → 'lvbu'. */
export function pinyinFull(name: string): string {
  return syllables(name).join('');
}

/**
 * In-memory name filter for short lists (the database uses the stored keys instead).
 * Matches when the query is part of the name as written, or — lower-cased, spaces removed —
 * part of the initials or of the full pinyin. An empty query matches every name.
 */
export function matchesNameQuery(name: string, query: string): boolean {
  const raw = query.trim();
  if (raw.length === 0) return true;
  if (name.includes(raw)) return true;
  const q = raw.toLowerCase().replace(/\s+/g, '');
  return pinyinInitials(name).includes(q) || pinyinFull(name).includes(q);
}
