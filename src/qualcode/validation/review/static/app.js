// qualcode review app: keyboard-first review of machine codes. Every piece of text from the store is put into the
// page as a DOM text node (never as HTML), so a transcript containing <script> shows as text.
"use strict";

const STR = {
  zh: {
    review: "审核", dashboard: "概览", codebook: "编码手册", help: "快捷键", add_code: "添加编码（输入以搜索）",
    memo_on: "备忘录对象", save: "保存", cancel: "取消", close: "关闭", segment: "本片段", code: "编码",
    label: "名称", rule: "规则", words: "匹配词", prob: "模型概率", source: "来源", added: "我添加的",
    machine: "机器", question: "访谈者提问", more: "更多上下文 (e)", done: "队列已完成，谢谢！",
    saved: "已保存", undone: "已撤销", uncertain: "不确定", skipped: "已跳过", nothing: "无编码：按 a 记为“已审核，无编码”",
    others: "其他编码员", memos: "备忘录", progress: "进度", coder: "编码员", reviewed: "已审核", in_sample: "样本中",
    human_human: "编码员之间的一致性", machine_human: "机器与编码员的一致性", prf: "机器的精确率与召回率",
    disagreements: "分歧", units: "共同单元", blind: "盲审模式：不显示机器编码与他人决定", definition: "定义",
    parent: "上级", none_yet: "尚无审核数据", updating: "正在按最新决定更新……", open: "打开", attrs: "受访者属性", position: "位置",
    error: "出错", kappa: "kappa", alpha: "alpha", not_coded_by: "未编码者", coded_by: "编码者", text: "文本",
    keys: "a 接受 · r 拒绝 · 1–9 切换 · c 添加 · u 不确定 · s 跳过 · z 撤销 · m 备忘 · e 上下文 · d 概览 · ? 帮助",
    help_rows: [["a / Enter", "接受：按当前勾选保存"], ["r", "拒绝所有机器编码"], ["1–9", "切换第 n 个编码"],
      ["c 或 /", "从编码手册添加编码（可搜索）"], ["u", "标记为不确定"], ["s", "跳过（稍后再审）"],
      ["z 或 Ctrl+Z", "撤销上一步"], ["m", "写备忘录（片段或编码）"], ["e", "展开上下文"],
      ["v / d / b", "审核 / 概览 / 编码手册"], ["l", "切换语言"], ["?", "本帮助"], ["Esc", "关闭对话框"]],
  },
  en: {
    review: "Review", dashboard: "Dashboard", codebook: "Codebook", help: "Keys", add_code: "Add a code (type to search)",
    memo_on: "Memo on", save: "Save", cancel: "Cancel", close: "Close", segment: "this segment", code: "code",
    label: "label", rule: "rule", words: "matched words", prob: "model p", source: "source", added: "added by me",
    machine: "machine", question: "interviewer's question", more: "more context (e)", done: "Queue done, thank you!",
    saved: "saved", undone: "undone", uncertain: "uncertain", skipped: "skipped",
    nothing: "no codes: press a to record \u201creviewed, nothing to add\u201d",
    others: "other coders", memos: "memos", progress: "progress", coder: "coder", reviewed: "reviewed",
    in_sample: "in sample", human_human: "Agreement between coders", machine_human: "Machine vs coders agreement",
    prf: "Machine precision and recall", disagreements: "Disagreements", units: "common units",
    blind: "Blind mode: machine codes and other coders' decisions are hidden", definition: "definition",
    parent: "parent", none_yet: "no reviews yet", updating: "updating with the latest decisions…", open: "open", attrs: "respondent", position: "position",
    error: "error", kappa: "kappa", alpha: "alpha", not_coded_by: "not coded by", coded_by: "coded by", text: "text",
    keys: "a accept · r reject · 1–9 toggle · c add · u uncertain · s skip · z undo · m memo · e context · d dashboard · ? help",
    help_rows: [["a / Enter", "accept: save the codes as ticked"], ["r", "reject every machine code"],
      ["1–9", "toggle code n"], ["c or /", "add a code from the codebook (searchable)"], ["u", "mark uncertain"],
      ["s", "skip (review later)"], ["z or Ctrl+Z", "undo the last action"], ["m", "memo on the segment or a code"],
      ["e", "expand the context"], ["v / d / b", "review / dashboard / codebook"], ["l", "switch language"],
      ["?", "this help"], ["Esc", "close a dialog"]],
  },
};

const S = {cfg: null, lang: "zh", view: "review", item: null, codes: [], context: 2, busy: false, codeById: new Map()};
window.qcTimings = {next: [], dashboard: [], dashboardCurrent: []};

function t(key) { return (STR[S.lang] && STR[S.lang][key]) || STR.en[key] || key; }

function el(tag, attrs, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") n.className = v;
    else if (k === "text") n.textContent = v;
    else if (k.startsWith("on")) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined || kid === false) continue;
    n.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return n;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

function token() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return Date.now().toString(36) + Math.random().toString(36).slice(2);
}

async function api(path, body) {
  const opts = body === undefined ? {} : {
    method: "POST", body: JSON.stringify(body),
    headers: {"Content-Type": "application/json", "X-CSRF-Token": S.cfg ? S.cfg.csrf : ""},
  };
  opts.credentials = "same-origin";
  let lastError = null;
  for (let attempt = 0; attempt < 3; attempt++) {  // a retried POST carries the same token: stored once
    try {
      const r = await fetch(path, opts);
      const data = await r.json();
      if (!r.ok) throw new Error(data.error || r.statusText);
      return data;
    } catch (e) {
      lastError = e;
      if (!(e instanceof TypeError)) break;  // only network failures are retried
      await new Promise((res) => setTimeout(res, 300 * (attempt + 1)));
    }
  }
  throw lastError;
}

function status(msg, kind) {
  const s = document.getElementById("status");
  s.textContent = msg || "";
  s.className = kind || "";
}

function codeLabel(id) {
  const c = S.codeById.get(id);
  return c ? (S.lang === "en" && c.label_en ? c.label_en : c.label || id) : id;
}

function codeLink(id) {
  return el("button", {class: "link code", title: t("definition"), onclick: () => showCode(id)}, id);
}

function showCode(id) {
  const c = S.codeById.get(id) || {code: id};
  const box = clear(document.getElementById("code-info"));
  box.append(el("h2", {}, c.code, " · ", c.label || ""),
    c.label_en ? el("p", {class: "muted"}, c.label_en) : null,
    c.parent ? el("p", {}, t("parent"), ": ", c.parent, " ", codeLabel(c.parent)) : null,
    el("p", {class: "definition"}, c.definition || "—"));
  document.getElementById("dlg-code").showModal();
}

// ---------------------------------------------------------------------------------------------- review item
function highlighted(text, marks) {
  // marks: [{start, end, code}]; overlapping spans are split at every boundary
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const codes = marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.code);
    const piece = text.slice(a, b);
    out.push(codes.length ? el("mark", {"data-codes": [...new Set(codes)].join(" "), title: [...new Set(codes)].join(", ")}, piece)
      : document.createTextNode(piece));
  }
  return out;
}

function buildCodes(item) {
  const byCode = new Map();
  for (const c of item.machine) {
    const row = byCode.get(c.code) || {code: c.code, machine: true, evidence: [], on: true};
    row.evidence.push(c);
    byCode.set(c.code, row);
  }
  for (const [code, decision] of Object.entries(item.mine || {})) {
    const row = byCode.get(code) || {code, machine: false, evidence: [], on: false};
    row.on = decision !== "rejected";
    byCode.set(code, row);
  }
  return [...byCode.values()].filter((r) => r.machine || r.on);
}

function renderItem(data) {
  const box = clear(document.getElementById("item"));
  S.item = data.item;
  if (data.progress) renderProgress(data.progress);
  if (!S.item) {
    document.body.dataset.seg = "";
    box.append(el("p", {class: "done", id: "queue-done"}, t("done")));
    return;
  }
  const it = S.item, seg = it.segment;
  S.codes = buildCodes(it);
  document.body.dataset.seg = seg.seg_id;
  const attrs = Object.entries(seg.attributes || {}).map(([k, v]) => el("span", {class: "chip"}, k, ": ", v));
  box.append(el("div", {class: "meta"}, el("span", {class: "segid", id: "seg-id"}, seg.seg_id),
    el("span", {class: "chip speaker"}, seg.speaker || ""), ...attrs,
    it.state ? el("span", {class: "chip state"}, t(it.state === "skip" ? "skipped" : it.state)) : null,
    S.cfg.blind ? el("span", {class: "chip blind"}, t("blind")) : null));
  const marks = [];
  for (const row of S.codes) for (const ev of row.evidence) for (const [a, b] of ev.spans) marks.push({start: a, end: b, code: row.code});
  const ctx = el("div", {class: "context"});
  for (const turn of it.context) {
    if (turn.current) {
      // a sentence segment is shown inside its turn: the rest of the turn muted around it
      const at = seg.start !== null && turn.start !== undefined && turn.start !== null ? seg.start - turn.start : -1;
      const inTurn = at >= 0 && turn.text.slice(at, at + seg.text.length) === seg.text;
      ctx.append(el("div", {class: "turn current", id: "segment"}, el("span", {class: "who"}, turn.speaker || ""),
        el("span", {class: "text"}, inTurn && at > 0 ? el("span", {class: "muted"}, turn.text.slice(0, at)) : null,
          el("span", {class: "seg", id: "segment-text"}, ...highlighted(seg.text, marks)),
          inTurn && at + seg.text.length < turn.text.length ? el("span", {class: "muted"}, turn.text.slice(at + seg.text.length)) : null)));
    } else {
      ctx.append(el("div", {class: "turn" + (turn.question ? " question" : "") + (turn.speaker_kind === "interviewer" ? " interviewer" : "")},
        el("span", {class: "who", title: turn.question ? t("question") : ""}, turn.speaker || ""),
        el("span", {class: "text"}, turn.text)));
    }
  }
  if (!it.context.some((x) => x.current)) {
    ctx.append(el("div", {class: "turn current", id: "segment"}, el("span", {class: "text", id: "segment-text"}, ...highlighted(seg.text, marks))));
  }
  box.append(ctx, el("button", {class: "link", id: "more", onclick: () => expand()}, t("more")));
  box.append(renderCodeTable());
  if (!S.cfg.blind && (it.other_decisions.length || it.human_codings.length)) {
    const rows = it.other_decisions.map((d) => el("li", {}, d.coder, ": ", d.code ? d.code + " " + d.decision : d.decision));
    for (const c of it.human_codings) rows.push(el("li", {}, c.coder, ": ", c.code));
    box.append(el("details", {class: "others"}, el("summary", {}, t("others")), el("ul", {}, rows)));
  }
  if (it.memos.length) {
    box.append(el("div", {class: "memos"}, el("h3", {}, t("memos")),
      el("ul", {id: "memo-list"}, it.memos.map((m) => el("li", {}, el("b", {}, m.coder), m.code ? " [" + m.code + "] " : " ", m.text)))));
  }
}

function renderCodeTable() {
  const wrap = el("div", {id: "codes"});
  if (!S.codes.length) { wrap.append(el("p", {class: "muted", id: "no-codes"}, t("nothing"))); return wrap; }
  const head = el("tr", {}, el("th", {}, "#"), el("th", {}, ""), el("th", {}, t("code")), el("th", {}, t("label")),
    el("th", {}, t("source")), el("th", {}, t("rule")), el("th", {}, t("words")), el("th", {}, t("prob")));
  const rows = S.codes.map((row, i) => {
    const rules = [...new Set(row.evidence.flatMap((e) => e.rules))].join(", ");
    const words = [...new Set(row.evidence.flatMap((e) => e.terms))].join("、");
    const probs = row.evidence.filter((e) => e.probability !== null && e.probability !== undefined);
    const source = row.machine ? row.evidence.map((e) => e.coder).join(", ") : t("added");
    return el("tr", {class: row.on ? "on" : "off", "data-code": row.code,
      onmouseenter: () => hot(row.code, true), onmouseleave: () => hot(row.code, false)},
      el("td", {class: "key"}, i < 9 ? String(i + 1) : ""),
      el("td", {}, el("input", {type: "checkbox", checked: row.on, "aria-label": row.code, tabindex: "-1", onchange: () => toggle(i)})),
      el("td", {}, codeLink(row.code)), el("td", {}, codeLabel(row.code)), el("td", {class: "muted"}, source),
      el("td", {class: "muted", title: row.evidence.map((e) => e.evidence).join("\n")}, rules),
      el("td", {}, words), el("td", {class: "prob"}, probs.length ? probs.map((e) => e.probability.toFixed(2)).join(" ") : ""));
  });
  wrap.append(el("table", {class: "codes"}, el("thead", {}, head), el("tbody", {}, rows)));
  return wrap;
}

function hot(code, on) {
  for (const m of document.querySelectorAll("#segment-text mark")) {
    if ((m.dataset.codes || "").split(" ").includes(code)) m.classList.toggle("hot", on);
  }
}

function toggle(i) {
  if (!S.codes[i]) return;
  S.codes[i].on = !S.codes[i].on;
  const box = document.getElementById("codes");
  box.replaceWith(renderCodeTable());
}

function renderProgress(p) {
  document.getElementById("progress").textContent = `${p.done} / ${p.total}` + (p.skipped ? ` (+${p.skipped} ${t("skipped")})` : "");
}

async function act(kind, extra) {
  if (!S.item || S.busy) return;
  S.busy = true;
  const t0 = performance.now();
  const codes = {};
  for (const row of S.codes) codes[row.code] = kind === "reject" ? (row.machine ? false : row.on) : row.on;
  const body = {token: token(), seg_id: S.item.segment.seg_id, kind: kind === "reject" ? "decide" : kind, codes, ...(extra || {})};
  try {
    const data = await api("/api/decide", body);
    S.context = 2;
    renderItem(data);
    status(t(kind === "decide" || kind === "reject" ? "saved" : kind === "skip" ? "skipped" : "uncertain") + " · " + body.seg_id, "ok");
    requestAnimationFrame(() => window.qcTimings.next.push(performance.now() - t0));
  } catch (e) {
    status(t("error") + ": " + e.message, "error");
  } finally {
    S.busy = false;
  }
}

async function undo() {
  if (S.busy) return;
  S.busy = true;
  try {
    const data = await api("/api/undo", {});
    renderItem(data);
    status(data.undone ? t("undone") + " · " + (data.undone.seg_id || "") : "—", "ok");
  } catch (e) {
    status(t("error") + ": " + e.message, "error");
  } finally {
    S.busy = false;
  }
}

async function openItem(segId) {
  const data = await api("/api/item?seg_id=" + encodeURIComponent(segId) + "&context=" + S.context);
  show("review");
  renderItem(data);
}

async function expand() {
  if (!S.item) return;
  S.context += 3;
  const data = await api("/api/item?seg_id=" + encodeURIComponent(S.item.segment.seg_id) + "&context=" + S.context);
  renderItem(data);
}

// ---------------------------------------------------------------------------------------------- dialogs
function openAdd() {
  if (!S.item) return;
  const dlg = document.getElementById("dlg-add"), input = document.getElementById("add-search");
  input.value = "";
  fillAdd("");
  dlg.showModal();
  input.focus();
}

function matches(c, q) {
  if (!q) return true;
  q = q.toLowerCase();
  return [c.code, c.label, c.label_en, c.definition].some((x) => (x || "").toLowerCase().includes(q));
}

function rank(c, q) {
  // best matches first: the code id, then the labels, then the definition
  q = q.toLowerCase();
  if (!q) return 0;
  const id = c.code.toLowerCase();
  if (id.startsWith(q)) return 0;
  if (id.includes(q)) return 1;
  if ([c.label, c.label_en].some((x) => (x || "").toLowerCase().includes(q))) return 2;
  return 3;
}

function fillAdd(q) {
  const list = clear(document.getElementById("add-list"));
  const found = S.cfg.codes.filter((c) => matches(c, q)).map((c, i) => [rank(c, q), i, c])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]).slice(0, 60);
  found.forEach((c, i) => list.append(el("li", {role: "option", "data-code": c.code, class: i === 0 ? "sel" : "",
    onclick: () => addCode(c.code)}, el("b", {}, c.code), " ", c.label || "", c.label_en ? el("span", {class: "muted"}, " · " + c.label_en) : null)));
}

function closeDialog(id) {
  // move focus out first: a key pressed right after must not land in the closed dialog's input
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  document.getElementById(id).close();
}

function addCode(code) {
  closeDialog("dlg-add");
  const row = S.codes.find((r) => r.code === code);
  if (row) row.on = true; else S.codes.push({code, machine: false, evidence: [], on: true});
  document.getElementById("codes").replaceWith(renderCodeTable());
}

function moveSel(list, step) {
  const items = [...list.children];
  if (!items.length) return;
  let i = items.findIndex((x) => x.classList.contains("sel"));
  if (i >= 0) items[i].classList.remove("sel");
  i = Math.max(0, Math.min(items.length - 1, i + step));
  items[i].classList.add("sel");
  items[i].scrollIntoView({block: "nearest"});
}

function openMemo() {
  if (!S.item) return;
  const sel = clear(document.getElementById("memo-target"));
  sel.append(el("option", {value: ""}, t("segment") + " " + S.item.segment.seg_id));
  for (const row of S.codes) sel.append(el("option", {value: row.code}, t("code") + " " + row.code + " " + codeLabel(row.code)));
  document.getElementById("memo-text").value = "";
  document.getElementById("dlg-memo").showModal();
  document.getElementById("memo-text").focus();
}

async function saveMemo() {
  const text = document.getElementById("memo-text").value.trim();
  if (!text || !S.item) return;
  const code = document.getElementById("memo-target").value;
  try {
    await api("/api/memo", {token: token(), seg_id: S.item.segment.seg_id, code, text});
    const data = await api("/api/item?seg_id=" + encodeURIComponent(S.item.segment.seg_id) + "&context=" + S.context);
    const keep = S.codes;
    renderItem(data);
    S.codes = keep;
    document.getElementById("codes").replaceWith(renderCodeTable());
    status(t("saved"), "ok");
  } catch (e) {
    status(t("error") + ": " + e.message, "error");
  }
}

function showHelp() {
  const box = clear(document.getElementById("help-text"));
  box.append(el("h2", {}, t("help")), el("table", {}, STR[S.lang].help_rows.map(([k, v]) => el("tr", {}, el("td", {}, el("kbd", {}, k)), el("td", {}, v)))));
  document.getElementById("dlg-help").showModal();
}

// ---------------------------------------------------------------------------------------------- dashboard
function fmt(x, d = 2) { return x === null || x === undefined ? "—" : Number(x).toFixed(d); }
function ci(row, s) { return `${fmt(row[s])} [${fmt(row[s + "_low"])}, ${fmt(row[s + "_high"])}]`; }

function agreementTable(rows, id) {
  return el("table", {class: "stats", id}, el("thead", {}, el("tr", {}, el("th", {}, t("code")), el("th", {}, t("label")),
    el("th", {}, "n"), el("th", {}, "%"), el("th", {}, "kappa [95% CI]"), el("th", {}, "alpha [95% CI]"), el("th", {}, "n coded"))),
  el("tbody", {}, rows.map((r) => el("tr", {"data-code": r.code}, el("td", {}, r.code.startsWith("(") ? r.code : codeLink(r.code)),
    el("td", {}, r.code.startsWith("(") ? "" : codeLabel(r.code)), el("td", {}, r.n_units), el("td", {}, fmt(100 * r.percent_agreement, 0)),
    el("td", {class: "kappa"}, ci(r, "kappa")), el("td", {class: "alpha"}, ci(r, "alpha")), el("td", {}, r.n_coded)))));
}

// Opened right after a decision, the server answers at once with the last figures marked stale while it
// recomputes them; they are shown as being updated, and replaced by the current ones when those are ready.
async function renderDashboard(t0 = performance.now(), wait = false) {
  let d;
  try { d = await api("/api/dashboard" + (wait ? "" : "?wait=0")); } catch (e) {
    clear(document.getElementById("view-dashboard")).append(el("p", {class: "error"}, e.message)); return;
  }
  if (S.view !== "dashboard") return;
  drawDashboard(d);
  document.body.dataset.dashboard = d.stale ? "stale" : "ready";
  requestAnimationFrame(() => {
    if (!wait) window.qcTimings.dashboard.push(performance.now() - t0);
    if (!d.stale) window.qcTimings.dashboardCurrent.push(performance.now() - t0);
  });
  if (d.stale) renderDashboard(t0, true);
}

function drawDashboard(d) {
  const box = clear(document.getElementById("view-dashboard"));
  if (d.stale) box.append(el("p", {class: "muted", id: "dashboard-stale"}, t("updating")));
  box.append(el("h2", {}, t("progress")));
  box.append(el("table", {class: "stats", id: "progress-table"}, el("tr", {}, el("th", {}, t("coder")), el("th", {}, t("reviewed")),
    el("th", {}, t("in_sample") + (d.sample_size !== null ? ` (${d.sample_size})` : "")), el("th", {}, t("uncertain")), el("th", {}, "blind")),
  d.progress.map((p) => el("tr", {"data-coder": p.coder}, el("td", {}, p.coder), el("td", {class: "reviewed"}, p.reviewed),
    el("td", {}, p.in_sample === null ? "—" : p.in_sample), el("td", {}, p.uncertain), el("td", {}, p.blind ? "✓" : "")))));
  if (!d.progress.length) box.append(el("p", {class: "muted"}, t("none_yet")));
  box.append(el("p", {class: "muted"}, `${t("units")}: ${d.units}`));
  if (d.human_human) box.append(el("h2", {}, t("human_human") + " (" + d.humans.join(", ") + ")"), agreementTable(d.human_human, "human-human"));
  for (const m of d.machine_human) box.append(el("h2", {}, `${t("machine_human")}: ${d.machine} – ${m.coder}`), agreementTable(m.table, "machine-" + m.coder));
  for (const p of d.precision_recall) {
    box.append(el("h2", {}, `${t("prf")}: ${d.machine} vs ${p.coder}`), el("table", {class: "stats", id: "prf-" + p.coder},
      el("tr", {}, ["code", "support", "predicted", "tp", "fp", "fn", "precision", "recall", "f1"].map((h) => el("th", {}, h))),
      p.table.map((r) => el("tr", {"data-code": r.code}, el("td", {}, r.code.startsWith("(") ? r.code : codeLink(r.code)),
        ["support", "predicted", "tp", "fp", "fn"].map((k) => el("td", {}, fmt(r[k], 0))),
        ["precision", "recall", "f1"].map((k) => el("td", {class: k}, fmt(r[k])))))));
  }
  if (d.disagreements.length) {
    box.append(el("h2", {}, `${t("disagreements")} (${d.n_disagreements})`), el("table", {class: "stats", id: "disagreements"},
      el("tr", {}, el("th", {}, "seg"), el("th", {}, t("code")), el("th", {}, t("coded_by")), el("th", {}, t("not_coded_by")), el("th", {}, t("text"))),
      d.disagreements.map((r) => el("tr", {}, el("td", {}, el("button", {class: "link", onclick: () => openItem(r.seg_id)}, r.seg_id)),
        el("td", {}, codeLink(r.code)), el("td", {}, r.coded_by), el("td", {}, r.not_coded_by), el("td", {class: "text"}, r.text)))));
  }
}

// ---------------------------------------------------------------------------------------------- codebook
function renderCodebook() {
  const q = document.getElementById("codebook-filter").value;
  const list = clear(document.getElementById("codebook-list"));
  for (const c of S.cfg.codes.filter((c) => matches(c, q))) {
    list.append(el("div", {class: "cb-code", "data-code": c.code}, el("h3", {}, c.code, " · ", c.label || "", c.label_en ? el("span", {class: "muted"}, " · " + c.label_en) : null),
      c.parent ? el("p", {class: "muted"}, t("parent"), ": ", c.parent) : null, el("p", {}, c.definition || "")));
  }
}

// ---------------------------------------------------------------------------------------------- views, keys
function show(view) {
  S.view = view;
  for (const v of ["review", "dashboard", "codebook"]) {
    document.getElementById("view-" + v).hidden = v !== view;
    document.getElementById("nav-" + v).classList.toggle("active", v === view);
  }
  document.body.dataset.view = view;
  if (view === "dashboard") { document.body.dataset.dashboard = ""; renderDashboard(); }
  if (view === "codebook") renderCodebook();
}

function applyLang() {
  document.documentElement.lang = S.lang === "zh" ? "zh" : "en";
  for (const n of document.querySelectorAll("[data-i18n]")) n.textContent = t(n.dataset.i18n);
  document.getElementById("lang").textContent = S.lang === "zh" ? "English" : "中文";
  document.getElementById("keys").textContent = t("keys");
  document.getElementById("codebook-filter").placeholder = t("codebook");
  if (S.item) renderItem({item: S.item});
  if (S.view === "dashboard") renderDashboard();
  if (S.view === "codebook") renderCodebook();
}

function onKey(e) {
  const dlgOpen = document.querySelector("dialog[open]");
  if (dlgOpen) {
    if (dlgOpen.id === "dlg-add") {
      const list = document.getElementById("add-list");
      if (e.key === "ArrowDown") { moveSel(list, 1); e.preventDefault(); }
      else if (e.key === "ArrowUp") { moveSel(list, -1); e.preventDefault(); }
      else if (e.key === "Enter") {
        e.preventDefault();
        const sel = list.querySelector(".sel");
        if (sel) addCode(sel.dataset.code);
      }
    } else if (dlgOpen.id === "dlg-memo" && e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault(); closeDialog("dlg-memo"); saveMemo();
    }
    return;
  }
  const inClosedDialog = e.target && e.target.closest && e.target.closest("dialog:not([open])");
  if (e.target && !inClosedDialog && ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName) && e.target.type !== "checkbox") return;
  if (e.altKey || (e.ctrlKey && e.key !== "z") || e.metaKey) return;
  const k = e.key;
  let handled = true;
  if (k === "d") show("dashboard");
  else if (k === "v") show("review");
  else if (k === "b") show("codebook");
  else if (k === "?") showHelp();
  else if (k === "l") { S.lang = S.lang === "zh" ? "en" : "zh"; localStorage.setItem("qc-lang", S.lang); applyLang(); }
  else if (S.view !== "review") handled = false;
  else if (k === "a" || k === "Enter") act("decide");
  else if (k === "r") act("reject");
  else if (k === "u") act("uncertain");
  else if (k === "s") act("skip");
  else if (k === "z") undo();
  else if (k === "c" || k === "/") openAdd();
  else if (k === "m") openMemo();
  else if (k === "e") expand();
  else if (/^[1-9]$/.test(k)) toggle(Number(k) - 1);
  else handled = false;
  if (handled) e.preventDefault();
}

async function start() {
  S.lang = localStorage.getItem("qc-lang") || ((navigator.language || "zh").startsWith("zh") ? "zh" : "en");
  try {
    S.cfg = await api("/api/config");
  } catch (e) {
    status(e.message, "error");
    return;
  }
  for (const c of S.cfg.codes) S.codeById.set(c.code, c);
  document.getElementById("who").textContent = `${S.cfg.coder} · ${S.cfg.project}` + (S.cfg.blind ? " · blind" : "");
  for (const b of document.querySelectorAll("nav button[data-view]")) b.addEventListener("click", () => show(b.dataset.view));
  document.getElementById("nav-help").addEventListener("click", showHelp);
  document.getElementById("lang").addEventListener("click", () => { S.lang = S.lang === "zh" ? "en" : "zh"; localStorage.setItem("qc-lang", S.lang); applyLang(); });
  document.getElementById("add-search").addEventListener("input", (e) => fillAdd(e.target.value));
  document.getElementById("memo-save").addEventListener("click", (e) => { e.preventDefault(); closeDialog("dlg-memo"); saveMemo(); });
  document.getElementById("codebook-filter").addEventListener("input", renderCodebook);
  document.addEventListener("keydown", onKey);
  applyLang();
  show("review");
  renderItem(await api("/api/next"));
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
