// Findings as <mark> spans in a read-only copy of the text.
//
// The API counts offsets in Unicode code points (Python string indices); JavaScript
// strings count UTF-16 code units, where an emoji outside the Basic Multilingual Plane
// takes two. Every offset is converted before it touches the string.

/** The UTF-16 index of each code point of `text`, plus one entry for its end. */
export function utf16Indexes(text) {
  const indexes = [];
  for (let i = 0; i < text.length; i += text.codePointAt(i) > 0xffff ? 2 : 1) {
    indexes.push(i);
  }
  indexes.push(text.length);
  return indexes;
}

/**
 * Findings grouped by identical span, in UTF-16 units:
 * `[{id, start, end, items: [finding index, ...]}]`.
 */
export function spanGroups(text, findings) {
  const indexes = utf16Indexes(text);
  const at = (codePoint) => indexes[Math.min(codePoint, indexes.length - 1)];
  const groups = new Map();
  findings.forEach((f, i) => {
    const start = at(f.offset);
    const end = at(f.offset + f.length);
    const key = `${start}:${end}`;
    if (!groups.has(key)) groups.set(key, { id: groups.size, start, end, items: [] });
    groups.get(key).items.push(i);
  });
  return [...groups.values()];
}

/**
 * `text` as a fragment with nested marks, one per group: `makeMark(group, continued)`
 * builds each element. A span that contains another nests it; a span that crosses
 * another's end is split there, and its later pieces are made with `continued` true.
 */
export function highlight(text, groups, makeMark) {
  const opens = new Map();
  const closes = new Map();
  const points = new Map(); // zero-length findings: a mark with no text
  const add = (map, key, group) => {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(group);
  };
  for (const g of groups) {
    if (g.end > g.start) {
      add(opens, g.start, g);
      add(closes, g.end, g);
    } else {
      add(points, g.start, g);
    }
  }
  const cuts = [...new Set([...opens.keys(), ...closes.keys(), ...points.keys(), text.length])];
  cuts.sort((a, b) => a - b);

  const fragment = document.createDocumentFragment();
  const stack = []; // open marks, outermost first: {group, el}
  const top = () => (stack.length ? stack[stack.length - 1].el : fragment);
  const open = (group, continued) => {
    const el = makeMark(group, continued);
    top().append(el);
    stack.push({ group, el });
  };
  let pos = 0;
  for (const cut of cuts) {
    if (cut > pos) top().append(text.slice(pos, cut));
    pos = cut;
    const ending = new Set(closes.get(cut));
    const reopen = [];
    while (stack.some((s) => ending.has(s.group))) {
      const { group } = stack.pop();
      if (!ending.has(group)) reopen.unshift(group);
    }
    for (const group of reopen) open(group, true);
    for (const group of points.get(cut) ?? []) top().append(makeMark(group, false));
    const starting = (opens.get(cut) ?? []).sort((a, b) => b.end - a.end); // outer first
    for (const group of starting) open(group, false);
  }
  return fragment;
}
