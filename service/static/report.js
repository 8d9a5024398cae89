// The review as Markdown, and a rule's documentation as HTML.

const ICON = { error: "🛑", warning: "⚠️", info: "ℹ️" };

/** The first paragraph of a rule's "Why is this bad?" section. */
export function why(doc) {
  const marker = "## Why is this bad?";
  const at = doc.indexOf(marker);
  if (at < 0) return "";
  let rest = doc.slice(at + marker.length);
  const next = rest.indexOf("##");
  if (next >= 0) rest = rest.slice(0, next);
  return rest.trim().split("\n\n")[0].split(/\s+/).filter(Boolean).join(" ");
}

const flat = (text) => text.split(/\s+/).filter(Boolean).join(" ");

/** Document text made safe to post, exactly as `md_text` in service/review.py does it. */
const mdText = (text) =>
  flat(text)
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .replaceAll("@", "@\u200b");

/** One inline code span, as `code_span` in service/review.py. */
function codeSpan(text) {
  const t = flat(text);
  const runs = t.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * The review comment a bot would post: the same text as `POST /v1/review`'s `body`
 * (service/review.py), built here so copying needs no second request.
 */
export function reviewMarkdown(path, findings, summary, rules, errors = []) {
  const failed = errors.map((e) => mdText(e.split(" ")[0])).join(", ");
  const warning = errors.length
    ? `\n\n> **Incomplete review:** pmlint failed to run ${failed} on this file; ` +
      "those findings are missing."
    : "";
  const head = `### pmlint review of ${codeSpan(path)}`;
  if (!findings.length) return `${head}\n\nNo problems found.${warning}`;
  const n = findings.length;
  const lines = [
    head,
    "",
    `**${n} finding${n !== 1 ? "s" : ""}**: ${summary.errors} error(s), ` +
      `${summary.warnings} warning(s), ${summary.infos} info.`,
    "",
    "| Line | Rule | Severity | Finding |",
    "|---:|---|---|---|",
  ];
  for (const f of findings) {
    lines.push(
      `| ${f.line} | \`${f.rule}\` ${f.name} | ${ICON[f.severity]} ${f.severity} ` +
        `| ${mdText(f.message)} |`,
    );
  }
  lines.push("", "<details><summary>What these rules look for</summary>", "");
  for (const code of [...new Set(findings.map((f) => f.rule))].sort()) {
    const rule = rules.get(code);
    const name = rule?.name ?? findings.find((f) => f.rule === code).name;
    lines.push(`- **${code} ${name}**: ${rule?.summary ?? ""} ${why(rule?.doc ?? "")}`);
  }
  lines.push("", "</details>");
  return lines.join("\n") + warning;
}

function element(tag, text) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `text` with `backticked` parts as <code>, in a new `tag` element. */
function inline(tag, text) {
  const el = element(tag);
  text.split("`").forEach((part, i) => el.append(i % 2 ? element("code", part) : part));
  return el;
}

/**
 * A rule's docstring (the small Markdown subset rules use: `##` headings, paragraphs,
 * `-` lists, fenced examples) as DOM nodes, without its summary line and without the
 * "Why is this bad?" heading, which the caller shows as the disclosure's label.
 */
export function renderDoc(doc) {
  const fragment = document.createDocumentFragment();
  let para = []; // lines of the paragraph or list item being read
  let list = null; // the <ul> being filled, while reading a list
  let code = null; // lines of the fenced block being read
  const flush = () => {
    if (para.length) (list ?? fragment).append(inline(list ? "li" : "p", para.join(" ")));
    para = [];
  };
  const endBlock = () => {
    flush();
    list = null;
  };
  for (const line of doc.split("\n").slice(1)) {
    if (code) {
      if (line.startsWith("```")) {
        fragment.appendChild(element("pre")).append(element("code", code.join("\n")));
        code = null;
      } else {
        code.push(line);
      }
    } else if (line.startsWith("```")) {
      endBlock();
      code = [];
    } else if (line.startsWith("## ")) {
      endBlock();
      if (line !== "## Why is this bad?") fragment.append(element("h4", line.slice(3)));
    } else if (line.startsWith("- ")) {
      flush();
      list ??= fragment.appendChild(element("ul"));
      para.push(line.slice(2).trim());
    } else if (!line.trim()) {
      endBlock();
    } else {
      para.push(line.trim());
    }
  }
  endBlock();
  return fragment;
}
