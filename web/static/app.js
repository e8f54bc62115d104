// The web chat page: talks to Rasa's REST webhook and draws the assistant's replies.
//
// Plain ES2020, no framework, no build step. Everything from the network is put on
// the page with textContent / createElement only (never innerHTML), so a reply
// cannot inject markup. Nothing is sent until the user sends it, and no image or
// file is ever accepted.
"use strict";

(() => {
  const MAX_LENGTH = 2000;
  const TIMEOUT_MS = 15000;
  const STORE_ID = "chat.conversationId";
  const STORE_LOG = "chat.transcript";
  const STORE_LIMIT = 1500000; // characters of transcript kept for a reload
  const ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

  // The assessment's and the trainer's wording is not kept here: the server sends each card's
  // layout beside its payload ({"assessment": ..., "layout": ...}, docs/API.md), made by the
  // same code that draws the Teams and Slack cards. Where a payload names a level or a fact
  // without its words, they come from the assistant's one wording file, fetched at start
  // (GET wording.json, actions/presentation/data/wording.yml); until it arrives, or if it
  // cannot, the id itself is shown. Only the level ids are known here, to choose the
  // level's colour (styles.css).
  const LEVEL_IDS = ["emergency", "referral", "safeguarding", "out_of_scope"];

  const NOTICE_TEXT = {
    message_too_long: `Your message is too long: ${MAX_LENGTH} characters at most. Nothing was sent, and your text is still in the box to shorten.`,
    empty_message: "The message was empty, so nothing was sent.",
    invalid_sender: "The assistant did not accept this conversation. Start a new conversation.",
    assistant_unavailable: "The assistant is not available just now. Your message was not lost: try again.",
  };

  const IMAGE_REFUSAL =
    "This assistant never accepts images or files, and nothing was sent. Do not copy, forward or upload the image: describe what happened in words instead (no names needed).";
  const NO_ANSWER =
    "The assistant did not answer. Your message was not lost: try again.";
  const EMPTY_ANSWER =
    "The assistant gave no answer (part of it may be down). Your message was not lost: try again.";

  // ---------------------------------------------------------------- state

  const state = {
    rasaUrl: "http://localhost:5005",
    sender: "",
    busy: false,
    generation: 0, // bumped by "New conversation": late replies of the old one are dropped
    controller: null,
    transcript: [],
    wording: null, // the wording file's content (GET wording.json), once it has arrived
  };

  const $ = (id) => document.getElementById(id);
  let log, input, form, sendButton, counter, scoreLine;

  // ---------------------------------------------------------------- storage

  function storageGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (_error) {
      return null; // storage disabled: the page still works, a reload starts afresh
    }
  }

  function storageSet(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (_error) {
      /* full or disabled: keep going without it */
    }
  }

  function storageRemove(key) {
    try {
      window.sessionStorage.removeItem(key);
    } catch (_error) {
      /* nothing to do */
    }
  }

  /** 32 random bytes as base64url (43 characters): 256 bits nobody can guess. */
  function newConversationId() {
    const bytes = new Uint8Array(32);
    window.crypto.getRandomValues(bytes);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return window.btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function loadConversation() {
    const stored = storageGet(STORE_ID);
    if (stored && ID_PATTERN.test(stored)) {
      state.sender = stored;
      try {
        const transcript = JSON.parse(storageGet(STORE_LOG) || "[]");
        state.transcript = Array.isArray(transcript) ? transcript : [];
      } catch (_error) {
        state.transcript = [];
      }
      return true;
    }
    state.sender = newConversationId();
    state.transcript = [];
    storageSet(STORE_ID, state.sender);
    storageRemove(STORE_LOG);
    return false;
  }

  function remember(entry) {
    state.transcript.push(entry);
    let json = JSON.stringify(state.transcript);
    while (json.length > STORE_LIMIT && state.transcript.length > 1) {
      state.transcript.shift();
      json = JSON.stringify(state.transcript);
    }
    storageSet(STORE_LOG, json);
  }

  // ---------------------------------------------------------------- DOM helpers

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name === "hidden") node.hidden = Boolean(value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const asText = (value) => (typeof value === "string" ? value : value == null ? "" : String(value));
  const asList = (value) => (Array.isArray(value) ? value : []);

  /** An http(s) URL, or null: only those become links. */
  function safeUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (_error) {
      return null;
    }
  }

  /** A source citation: a link to the document when a URL is given, plain text otherwise. */
  function sourceNode(source, url) {
    const text = asText(source);
    const href = safeUrl(url);
    if (!href) return el("span", { class: "source" }, text);
    return el(
      "a",
      { class: "source", href, target: "_blank", rel: "noopener noreferrer" },
      text,
      el("span", { class: "visually-hidden" }, " (opens in a new tab)"),
    );
  }

  /** " Source: <link or text>" after an item that cites a document. */
  function citation(item) {
    return el("span", { class: "cite" }, "Source: ", sourceNode(item.source, item.url));
  }

  let idCounter = 0;
  const uniqueId = (prefix) => `${prefix}-${++idCounter}`;

  function heading(level, text, cls) {
    return el(`h${level}`, { class: cls, id: uniqueId("h") }, text);
  }

  function card(kind, title, ...content) {
    const h = heading(2, title, "card-title");
    return el("article", { class: `card ${kind}`, "aria-labelledby": h.id }, h, ...content);
  }

  /** A card whose title is a node (the level badge), not plain text. */
  function cardWithTitleNode(kind, titleNode, ...content) {
    const h = el("h2", { class: "card-title", id: uniqueId("h") }, titleNode);
    return el("article", { class: `card ${kind}`, "aria-labelledby": h.id }, h, ...content);
  }

  function section(title, ...content) {
    return el("section", { class: "card-section" }, heading(3, title), ...content);
  }

  /**
   * One of the wording file's words, e.g. wordFor("levels", "referral", "label"); "" when the
   * file has not arrived or has no such word (the caller then shows the id).
   */
  function wordFor(section, id, field) {
    const entries = isObject(state.wording) ? state.wording[section] : null;
    const entry = isObject(entries) && Object.prototype.hasOwnProperty.call(entries, id) ? entries[id] : null;
    return isObject(entry) ? asText(entry[field]) : "";
  }

  /** The level in colour and words: from the layout (``extra.level_label``), else the wording file. */
  function levelBadge(level, label, tag = "p") {
    const known = LEVEL_IDS.includes(level) ? level : "unknown";
    const words =
      asText(label) || wordFor("levels", asText(level), "label") || asText(level).replace(/_/g, " ") || "Unknown level";
    return el(tag, { class: `level-badge level-${known}` }, words);
  }

  function textVersion(text) {
    if (!text) return null;
    return el(
      "details",
      { class: "text-version" },
      el("summary", {}, "Text version"),
      el("p", { class: "bot-text" }, text),
    );
  }

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  /** Scroll the log so ``node``'s top is 8 px below the log's top (whatever the offsetParent). */
  function scrollToShow(node) {
    const top = log.scrollTop + node.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
    log.scrollTop = Math.max(0, Math.min(top, log.scrollHeight));
  }

  // ---------------------------------------------------------------- replies -> items

  const CUSTOM_KINDS = ["assessment", "training", "checklist", "record", "notice", "topic"];

  function customKind(custom) {
    return CUSTOM_KINDS.find((kind) => kind in custom) || null;
  }

  function validButtons(buttons) {
    return asList(buttons).filter(
      (b) => isObject(b) && typeof b.payload === "string" && b.payload && asText(b.title),
    );
  }

  /**
   * Pair each custom payload with the text Rasa sent beside it.
   *
   * The REST channel splits one bot message into a text message (with its buttons)
   * followed by a custom message. A card carries everything, so the text of an
   * assessment or a training step goes under "Text version"; a "Sources: ..." text is
   * replaced by the Sources list; a notice takes its text. Images are never shown.
   */
  function groupReplies(replies) {
    const items = [];
    for (const reply of asList(replies)) {
      if (!isObject(reply)) continue;
      const text = typeof reply.text === "string" ? reply.text : "";
      const buttons = validButtons(reply.buttons);
      const custom = isObject(reply.custom) ? reply.custom : null;
      const kind = custom ? customKind(custom) : null;
      if (!kind) {
        if (text || buttons.length) items.push({ kind: "text", text, buttons });
        continue;
      }
      const prev = items[items.length - 1];
      const pairable = prev && prev.kind === "text";
      if (kind === "assessment" || kind === "training") {
        const layout = isObject(custom.layout) ? custom.layout : null;
        const item = { kind, data: custom[kind], layout, text: "", buttons: [] };
        if (pairable) {
          items.pop();
          item.text = prev.text;
          item.buttons = prev.buttons;
        }
        if (text) item.text = item.text ? `${item.text}\n\n${text}` : text;
        item.buttons = item.buttons.concat(buttons);
        items.push(item);
      } else if (kind === "checklist") {
        // The question's text and buttons come first; the tick boxes replace the
        // one-button-per-fact answers, and "None of these", "Not sure" stay as buttons.
        const item = { kind, data: custom, text, buttons: [] };
        if (pairable) {
          items.pop();
          item.text = prev.text;
          item.buttons = prev.buttons;
        }
        item.buttons = item.buttons.concat(buttons).filter((b) => !isChecklistItemButton(b, custom));
        items.push(item);
      } else if (kind === "topic") {
        if (pairable && !prev.buttons.length && /^Sources?:/.test(prev.text)) items.pop();
        if (text && !/^Sources?:/.test(text)) items.push({ kind: "text", text, buttons: [] });
        items.push({ kind, data: custom, buttons });
      } else if (kind === "notice") {
        let noticeText = text;
        if (!noticeText && pairable && !prev.buttons.length) {
          items.pop();
          noticeText = prev.text;
        }
        items.push({ kind, data: isObject(custom.notice) ? custom.notice : {}, text: noticeText, buttons });
      } else {
        if (text) items.push({ kind: "text", text, buttons: [] });
        items.push({ kind, data: custom[kind], buttons });
      }
    }
    return items;
  }

  // ---------------------------------------------------------------- rendering

  // An answer button (yes/no, a role, a level in training) answers the question it came
  // with; every other button ("Get a case record", "Why this level?") asks for something
  // that makes sense at any time, so it keeps working whatever is typed afterwards.
  const ANSWER_PAYLOAD = /^\/(affirm|deny|dont_know|inform|training_answer)\b/;

  function isAnswerPayload(payload) {
    return ANSWER_PAYLOAD.test(asText(payload));
  }

  function renderQuickReplies(buttons) {
    if (!buttons.length) return null;
    const answers = buttons.some((button) => isAnswerPayload(button.payload));
    const group = el("div", {
      class: `quick-replies${answers ? " answer-options" : ""}`,
      role: "group",
      "aria-label": answers ? "Answer options" : "Options",
    });
    for (const button of buttons) {
      const title = asText(button.title);
      const node = el("button", { type: "button", class: "quick-reply" }, title);
      node.addEventListener("click", () => {
        if (state.busy || node.disabled) return;
        if (answers) {
          node.classList.add("chosen");
          closeAnswersOfTurn(group);
        }
        send(button.payload, { display: title });
      });
      group.append(node);
    }
    return group;
  }

  /** An answer given: close its group and any other answer group of the same question
   * (a checklist's tick boxes and its "None of these" buttons). */
  function closeAnswersOfTurn(group) {
    closeGroup(group, "Answered");
    const turn = group.closest(".bot-turn");
    if (!turn) return;
    for (const other of turn.querySelectorAll(".answer-options:not(.closed)")) {
      closeGroup(other, "Answered");
    }
  }

  /** Disable an answered or replaced group of answer buttons, and say so. */
  function closeGroup(group, why) {
    if (group.classList.contains("closed")) return;
    for (const control of group.querySelectorAll("button.quick-reply, input")) control.disabled = true;
    group.classList.add("closed");
    group.append(el("span", { class: "options-note" }, why));
  }

  function renderText(item) {
    return el("div", { class: "message bot" }, el("p", { class: "bot-text" }, item.text));
  }

  // ---------------------------------------------------------------- layouts

  // How each kind of layout line is styled on the page (the words are the layout's).
  const LINE_CLASSES = {
    provisional_adult: "level-detail provisional-adult",
    detail: "level-detail",
    full_investigation: "level-detail full-investigation",
    deciding: "level-why",
    outcome_21: "outcome-21",
    pictured_child: "pictured-child",
    chosen: "chosen",
  };
  // How each kind of layout section is styled (its list's class; the heading is the layout's).
  const SECTION_CLASSES = {
    why: "reasons",
    steps: "steps",
    contacts: "signposts",
    local_contacts: "signposts",
    teaching_points: "teaching-points",
  };

  /** A layout's lines, each a paragraph styled by its kind. */
  function layoutLines(layout) {
    const kinds = asList(layout.line_kinds);
    return asList(layout.lines).map((line, index) => {
      const kind = asText(kinds[index]);
      const text = asText(line);
      const cls = LINE_CLASSES[kind] || "layout-line";
      return el("p", { class: cls }, kind === "pictured_child" ? el("strong", {}, text) : text);
    });
  }

  /** One item of a section: its parts when the layout gives them, else its text. */
  function layoutEntry(entry, fallback) {
    if (!isObject(entry)) return el("li", {}, asText(fallback));
    const detail = asText(entry.detail);
    if (detail || entry.note) {
      // A contact: the name, the number or address, whom it is for.
      return el(
        "li",
        {},
        el("strong", {}, asText(entry.text)),
        detail ? el("span", { class: "contact" }, detail) : null,
        entry.note ? el("span", { class: "audience" }, `For: ${asText(entry.note)}`) : null,
      );
    }
    return el("li", {}, asText(entry.text), entry.source ? [" ", citation(entry)] : null);
  }

  /** One section's list (its entries in parts when the layout gives them), or null. */
  function sectionList(s, cls) {
    const items = asList(s.items);
    const entries = asList(s.entries);
    const rows = (entries.length ? entries : items).map((entry, index) =>
      layoutEntry(entries.length ? entry : null, entries.length ? "" : items[index]),
    );
    if (!rows.length) return null;
    const key = asText(s.key);
    return el(s.numbered ? "ol" : "ul", { class: cls || SECTION_CLASSES[key] || `section-${key.replace(/[^a-z_]/g, "")}` }, rows);
  }

  /**
   * A layout's sections: titled lists. A folded one is a <details> closed by default
   * (its <summary> opens it by keyboard or pointer); the others are shown.
   */
  function layoutSections(layout, skip = []) {
    return asList(layout.sections)
      .filter(isObject)
      .filter((s) => !skip.includes(asText(s.key)))
      .map((s) => {
        const key = asText(s.key);
        const list = sectionList(s);
        if (!list) return null;
        if (key === "open_questions") {
          return el("div", { class: "provisional" }, el("p", {}, el("strong", {}, `${asText(s.heading)}:`)), list);
        }
        if (s.folded) {
          return el(
            "details",
            { class: `card-more more-${key.replace(/[^a-z_]/g, "")}` },
            el("summary", {}, asText(s.heading)),
            list,
          );
        }
        return section(asText(s.heading), list);
      });
  }

  /** An old payload without a layout: its text only (the page keeps no copy of the wording). */
  function plainFallback(item) {
    return item.text ? renderText(item) : null;
  }

  // Line kinds that belong in an assessment's headline (the rest follow it).
  const HEADLINE_LINES = ["provisional_adult", "detail", "deciding"];

  /**
   * An assessment card: a headline that fits one phone screen (the level, why, the first
   * steps), then the other lines and the folded sections (all steps, why, contacts).
   */
  function renderAssessment(item) {
    const layout = item.layout;
    if (!layout) return plainFallback(item);
    const extra = isObject(layout.extra) ? layout.extra : {};
    const level = asText(extra.level || (isObject(item.data) ? item.data.level : ""));
    const known = LEVEL_IDS.includes(level) ? level : "unknown";
    const kinds = asList(layout.line_kinds);
    const lines = layoutLines(layout);
    const inHeadline = (index) => HEADLINE_LINES.includes(asText(kinds[index]));
    const top = asList(layout.sections).find((s) => isObject(s) && s.key === "top_steps");
    const topList = top ? sectionList({ ...top, entries: asList(top.entries).map((e) => (isObject(e) ? { text: e.text } : e)) }, "top-steps") : null;
    const h = el("h2", { class: "card-title", id: uniqueId("h") }, levelBadge(level, extra.level_label || layout.title, "span"));
    const headline = el(
      "div",
      { class: "headline" },
      h,
      lines.filter((_line, index) => inHeadline(index)),
      topList ? el("div", { class: "first-steps" }, el("h3", { id: uniqueId("h") }, asText(top.heading)), topList) : null,
    );
    const node = el(
      "article",
      { class: `card assessment-card level-${known}`, "aria-labelledby": h.id },
      headline,
      lines.filter((_line, index) => !inHeadline(index)),
      ...layoutSections(layout, ["top_steps"]),
      extra.guidance_version ? el("p", { class: "guidance-version" }, asText(extra.guidance_version)) : null,
      textVersion(item.text),
    );
    node.dataset.level = level;
    return node;
  }

  function renderTopic(item) {
    const sources = asList(item.data.sources);
    if (!sources.length) return null;
    return el(
      "div",
      { class: "message bot sources", "data-topic": asText(item.data.topic) },
      heading(3, "Sources", "sources-title"),
      el(
        "ul",
        {},
        sources.map((s) =>
          isObject(s)
            ? el("li", {}, sourceNode(s.source || s.text || s.title, s.url))
            : el("li", {}, sourceNode(s, null)),
        ),
      ),
    );
  }

  // ---------------------------------------------------------------- checklists

  /** A button that answers one fact of the checklist ("/inform{"key": true}"). */
  function isChecklistItemButton(button, custom) {
    const keys = asList(custom.checklist).map(asText);
    const match = /^\/inform(\{.*\})$/.exec(asText(button.payload));
    if (!match) return false;
    try {
      const named = Object.keys(JSON.parse(match[1]));
      return named.length === 1 && keys.includes(named[0]);
    } catch (_error) {
      return false;
    }
  }

  function checklistLabels(data) {
    const labels = {};
    for (const entry of asList(data.items)) {
      if (isObject(entry)) labels[asText(entry.key)] = asText(entry.label);
    }
    const label = (key) =>
      labels[key] || wordFor("facts", key, "checklist") || wordFor("facts", key, "label") || key.replace(/_/g, " ");
    return asList(data.checklist).map(asText).map((key) => ({ key, label: label(key) }));
  }

  /**
   * Several yes/no facts at once: a tick box for each, numbered as in the text (so
   * "1 and 3" typed works too), and "These apply" to send the ticked ones as yes and
   * the others as no, in one structured answer (docs/API.md §3).
   */
  function renderChecklist(item) {
    const entries = checklistLabels(item.data);
    const question = asText(item.text).split("\n")[0] || "Do any of these apply?";
    const titleId = uniqueId("h");
    const boxes = entries.map(({ key, label }, index) => {
      const id = uniqueId("check");
      const box = el("input", { type: "checkbox", id, value: key, class: "checklist-box" });
      return { key, label, box, row: el("label", { class: "checklist-row", for: id }, box, el("span", {}, `${index + 1}. ${label}`)) };
    });
    const done = el("button", { type: "button", class: "quick-reply checklist-done", disabled: true }, "These apply");
    const group = el(
      "fieldset",
      { class: "answer-options checklist-options", "aria-labelledby": titleId },
      boxes.map((b) => b.row),
      el("div", { class: "quick-replies" }, done),
    );
    for (const { box } of boxes) {
      box.addEventListener("change", () => {
        done.disabled = !boxes.some((b) => b.box.checked);
      });
    }
    done.addEventListener("click", () => {
      if (state.busy || done.disabled) return;
      const answer = {};
      for (const { key, box } of boxes) answer[key] = box.checked;
      const chosen = boxes.filter((b) => b.box.checked).map((b) => b.label);
      done.classList.add("chosen");
      closeAnswersOfTurn(group);
      send(`/inform${JSON.stringify(answer)}`, { display: `These apply: ${chosen.join("; ")}` });
    });
    return el(
      "div",
      { class: "message bot checklist", "data-checklist": entries.map((e) => e.key).join(" ") },
      el("p", { class: "bot-text checklist-question", id: titleId }, question),
      el("p", { class: "checklist-hint" }, "Tick all that apply, or type their numbers."),
      group,
    );
  }

  function safeFilename(stem) {
    const clean = asText(stem).replace(/[^A-Za-z0-9._-]/g, "").replace(/^\.+/, "");
    return clean.slice(0, 100) || "case-record";
  }

  function download(filename, content, type) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = el("a", { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  /** The record's structured part (it names its own format); the whole payload if it has none. */
  function recordJson(record) {
    const data = isObject(record.data) ? record.data : { ...record, markdown: undefined };
    return `${JSON.stringify(data, null, 2)}\n`;
  }

  function renderRecord(item) {
    const record = isObject(item.data) ? item.data : {};
    const stem = safeFilename(record.filename_stem);
    const markdown = asText(record.markdown);
    const mdButton = el("button", { type: "button", class: "download" }, "Download record (Markdown)");
    mdButton.addEventListener("click", () => download(`${stem}.md`, markdown, "text/markdown;charset=utf-8"));
    const jsonButton = el("button", { type: "button", class: "download" }, "Download record (JSON)");
    jsonButton.addEventListener("click", () =>
      download(`${stem}.json`, recordJson(record), "application/json;charset=utf-8"),
    );
    const preview = markdown.split("\n").slice(0, 14).join("\n");
    return card(
      "record-card",
      "Case record",
      el(
        "p",
        {},
        "Check it, add what only you know, and keep it in your own recording system. Files: ",
        el("code", {}, `${stem}.md`),
        ", ",
        el("code", {}, `${stem}.json`),
        ".",
      ),
      el("div", { class: "download-row" }, mdButton, jsonButton),
      markdown
        ? el(
            "details",
            { class: "record-preview" },
            el("summary", {}, "Preview"),
            el("pre", {}, preview + (preview.length < markdown.length ? "\n…" : "")),
          )
        : null,
    );
  }

  function renderTraining(item) {
    const t = isObject(item.data) ? item.data : {};
    updateScore(t.score);
    if (t.stage === "answer") {
      const right = t.correct === true;
      const layout = item.layout;
      const extra = layout && isObject(layout.extra) ? layout.extra : {};
      const parts = [
        el("p", { class: `verdict ${right ? "right" : "wrong"}` }, right ? "✓ Right." : "✗ Not quite."),
      ];
      if (layout) {
        parts.push(
          el("p", {}, "The right level:"),
          levelBadge(asText(extra.level || t.correct_level), extra.level_label || layout.title),
          ...layoutLines(layout),
          ...layoutSections(layout),
        );
      }
      parts.push(layout ? textVersion(item.text) : plainFallback(item));
      return card(
        `training-card training-answer ${right ? "right" : "wrong"}`,
        "The guidance-based answer",
        ...parts,
      );
    }
    return card(
      "training-card training-question",
      asText(t.title) || "Training scenario",
      el("p", { class: "kicker" }, "Training scenario (fictional)"),
      el("p", { class: "narrative" }, asText(t.narrative)),
      trainingSetting(t, item.text),
      el("p", { class: "prompt" }, "Which level of response fits this case?"),
      textVersion(item.text),
    );
  }

  /** Who the trainee is and where (the payload's setting, else the text's "You are ..." line). */
  function trainingSetting(t, text) {
    const line = asText(text)
      .split("\n")
      .find((part) => part.startsWith("You are "));
    const setting = typeof t.setting === "string" ? t.setting : line;
    return setting ? el("p", { class: "setting" }, setting) : null;
  }

  function renderNotice(item) {
    const kind = asText(item.data.kind);
    const text = item.text || NOTICE_TEXT[kind] || "The assistant sent a notice.";
    return noticeNode(text, `server-notice notice-${kind.replace(/[^a-z_]/g, "") || "other"}`);
  }

  function noticeNode(text, cls, ...extra) {
    const line = el("p", {}, el("strong", {}, "Notice: "), text);
    return el("div", { class: `notice ${cls || ""}` }, line, ...extra);
  }

  const RENDERERS = {
    text: renderText,
    assessment: renderAssessment,
    checklist: renderChecklist,
    topic: renderTopic,
    record: renderRecord,
    training: (item) => {
      const node = renderTraining(item);
      node.dataset.scenario = asText(isObject(item.data) ? item.data.scenario_id : "");
      return node;
    },
    notice: renderNotice,
  };

  function renderBotTurn(replies) {
    const turn = el("div", { class: "turn bot-turn" });
    for (const item of groupReplies(replies)) {
      const node = RENDERERS[item.kind](item);
      if (node) turn.append(node);
      const quick = renderQuickReplies(item.buttons || []);
      if (quick) turn.append(quick);
    }
    log.append(turn);
    replaceEarlierAnswerOptions(turn);
    return turn;
  }

  function renderUser(text) {
    const bubble = el(
      "div",
      { class: "message user" },
      el("span", { class: "visually-hidden" }, "You: "),
      el("p", {}, text),
    );
    log.append(el("div", { class: "turn user-turn" }, bubble));
    return bubble;
  }

  function renderWelcome() {
    const welcome = el(
      "div",
      { class: "turn bot-turn welcome" },
      el(
        "div",
        { class: "message bot" },
        el(
          "p",
          { class: "bot-text" },
          "Describe what happened in your own words (no names), and I'll ask only what I still need, then suggest a proportionate response with its reasons and sources.\n" +
            "You can also ask a guidance question, for example \"Should I look at the image?\", or type \"start a training scenario\".",
        ),
      ),
    );
    log.append(welcome);
  }

  function updateScore(score) {
    if (!isObject(score)) return;
    const correct = Number(score.correct);
    const answered = Number(score.answered);
    if (!Number.isFinite(correct) || !Number.isFinite(answered)) return;
    scoreLine.textContent = `Score: ${correct} of ${answered}`;
    scoreLine.hidden = false;
  }

  /** A newer question replaces the answer buttons of earlier ones (visibly). */
  function replaceEarlierAnswerOptions(turn) {
    if (!turn.querySelector(".answer-options")) return;
    for (const group of log.querySelectorAll(".answer-options:not(.closed)")) {
      if (!turn.contains(group)) closeGroup(group, "Replaced by the newer question below");
    }
  }

  // ---------------------------------------------------------------- notices

  function systemNotice(text, cls, ...extra) {
    const node = noticeNode(text, cls, ...extra);
    log.append(node);
    scrollToEnd();
    return node;
  }

  function failureNotice(text, message, bubble, typed) {
    const node = systemNotice(text, "failure");
    addRetry(node, message, bubble, typed);
    return node;
  }

  /** A Retry button that sends the same message again for the same bubble. */
  function addRetry(node, message, bubble, typed) {
    const retry = el("button", { type: "button", class: "retry" }, "Retry");
    retry.addEventListener("click", () => {
      if (state.busy) return;
      retry.disabled = true;
      node.classList.add("resolved");
      deliver(message, bubble, typed);
    });
    node.append(retry);
  }

  function keepTyped(typed) {
    if (typed && !input.value) {
      input.value = typed;
      updateCounter();
    }
  }

  // ---------------------------------------------------------------- sending

  function setBusy(busy) {
    state.busy = busy;
    sendButton.disabled = busy;
    log.setAttribute("aria-busy", busy ? "true" : "false");
    const typing = $("typing");
    if (busy && !typing) {
      log.append(
        el(
          "div",
          { id: "typing", class: "typing" },
          el("span", { class: "visually-hidden" }, "The assistant is replying"),
          el("span", { class: "dot", "aria-hidden": "true" }),
          el("span", { class: "dot", "aria-hidden": "true" }),
          el("span", { class: "dot", "aria-hidden": "true" }),
        ),
      );
      scrollToEnd();
    } else if (!busy && typing) {
      typing.remove();
    }
  }

  async function postToRasa(message) {
    const controller = new AbortController();
    state.controller = controller;
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(`${state.rasaUrl}/webhooks/rest/webhook`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: state.sender, message }),
        signal: controller.signal,
        credentials: "omit",
        cache: "no-store",
        referrerPolicy: "no-referrer",
      });
      if (!response.ok) return noticeFromError(response);
      const replies = await response.json();
      if (!Array.isArray(replies)) throw new Error("not a list of replies");
      return replies;
    } finally {
      window.clearTimeout(timer);
      state.controller = null;
    }
  }

  /**
   * The guarded REST channel answers a refused request (e.g. an invalid conversation id)
   * with an HTTP error whose JSON body carries a notice: show it like a reply. Any other
   * error is a failure to answer.
   */
  async function noticeFromError(response) {
    let body = null;
    try {
      body = await response.json();
    } catch (_error) {
      /* not JSON */
    }
    if (isObject(body) && isObject(body.notice)) {
      return [{ text: asText(body.message), custom: { notice: body.notice } }];
    }
    throw new Error(`HTTP ${response.status}`);
  }

  /** Send a message (typed, or a button's payload shown as its title). */
  function send(message, { display, typed } = {}) {
    if (state.busy) return;
    const text = message.trim();
    if (!text) return;
    if (text.length > MAX_LENGTH) {
      systemNotice(NOTICE_TEXT.message_too_long, "too-long");
      return;
    }
    const shown = display || text;
    const bubble = renderUser(shown);
    remember({ user: shown });
    scrollToEnd();
    deliver(text, bubble, typed || "");
    input.focus();
  }

  async function deliver(message, bubble, typed) {
    const generation = state.generation;
    setBusy(true);
    bubble.classList.remove("unanswered");
    let replies;
    try {
      replies = await postToRasa(message);
    } catch (_error) {
      if (generation !== state.generation) return;
      setBusy(false);
      markUnanswered(bubble);
      keepTyped(typed);
      failureNotice(NO_ANSWER, message, bubble, typed);
      input.focus();
      return;
    }
    if (generation !== state.generation) return;
    setBusy(false);
    const items = groupReplies(replies);
    if (!items.length) {
      markUnanswered(bubble);
      keepTyped(typed);
      failureNotice(EMPTY_ANSWER, message, bubble, typed);
      input.focus();
      return;
    }
    const turn = renderBotTurn(replies);
    remember({ bot: replies });
    const notices = items.filter((item) => item.kind === "notice");
    if (notices.length === items.length) {
      // Only notices: the message did not reach the bot, so nothing typed is lost.
      markUnanswered(bubble);
      keepTyped(typed);
      const unavailable = turn.querySelector(".notice-assistant_unavailable");
      if (unavailable) addRetry(unavailable, message, bubble, typed);
    } else if (typed && input.value === typed) {
      input.value = ""; // the retried text got its answer
      updateCounter();
    }
    scrollToShow(turn);
    if (!document.activeElement || document.activeElement === document.body) input.focus();
  }

  function markUnanswered(bubble) {
    if (bubble.classList.contains("unanswered")) return;
    bubble.classList.add("unanswered");
    bubble.append(el("p", { class: "unanswered-mark" }, "Not answered yet"));
  }

  function clearUnansweredMarks() {
    for (const mark of log.querySelectorAll(".unanswered-mark")) mark.remove();
  }

  // ---------------------------------------------------------------- images and files

  function carriesFiles(transfer) {
    if (!transfer) return false;
    if (transfer.files && transfer.files.length) return true;
    if (transfer.items && Array.from(transfer.items).some((i) => i.kind === "file")) return true;
    return Boolean(transfer.types && Array.from(transfer.types).includes("Files"));
  }

  function refuseFiles(event) {
    event.preventDefault();
    event.stopPropagation();
    systemNotice(IMAGE_REFUSAL, "image-refused");
  }

  // ---------------------------------------------------------------- input

  // The box never cuts text: a paste longer than the limit stays whole, the counter says
  // so before the limit is reached, and Send refuses with a notice that keeps the text.
  const WARN_AT = MAX_LENGTH - 200;

  function updateCounter() {
    const length = input.value.length;
    let note = "";
    if (length > MAX_LENGTH) {
      note = ` (too long by ${length - MAX_LENGTH}: shorten it to send; nothing has been cut)`;
    } else if (length >= WARN_AT) {
      note = ` (nearly at the limit: ${MAX_LENGTH - length} left)`;
    }
    counter.textContent = `${length} / ${MAX_LENGTH}${note}`;
    counter.classList.toggle("near-limit", length >= WARN_AT);
    counter.classList.toggle("over-limit", length > MAX_LENGTH);
    input.setAttribute("aria-invalid", length > MAX_LENGTH ? "true" : "false");
  }

  function submitTyped() {
    if (state.busy) return;
    const typed = input.value;
    if (!typed.trim()) {
      input.focus();
      return;
    }
    if (typed.trim().length > MAX_LENGTH) {
      // keep every character in the box: the user shortens it, nothing is lost
      systemNotice(NOTICE_TEXT.message_too_long, "too-long");
      input.focus();
      return;
    }
    input.value = "";
    updateCounter();
    send(typed, { typed });
  }

  function startNewConversation() {
    state.generation += 1;
    if (state.controller) state.controller.abort();
    setBusy(false);
    state.sender = newConversationId();
    state.transcript = [];
    storageSet(STORE_ID, state.sender);
    storageRemove(STORE_LOG);
    log.replaceChildren();
    scoreLine.hidden = true;
    scoreLine.textContent = "";
    renderWelcome();
    systemNotice("New conversation started. The previous one is no longer shown.", "info");
    input.focus();
  }

  function replay() {
    for (const entry of state.transcript) {
      if (!isObject(entry)) continue;
      if (typeof entry.user === "string") {
        renderUser(entry.user);
      } else if (Array.isArray(entry.bot)) {
        renderBotTurn(entry.bot);
      }
    }
    // After a reload only the latest turn's answer buttons can still be current.
    const turns = log.querySelectorAll(".bot-turn");
    const latest = turns.length ? turns[turns.length - 1] : null;
    for (const group of log.querySelectorAll(".answer-options:not(.closed)")) {
      if (!latest || !latest.contains(group)) closeGroup(group, "Answered earlier");
    }
    clearUnansweredMarks();
    scrollToEnd();
  }

  async function loadConfig() {
    try {
      const response = await fetch("config.json", { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const config = await response.json();
      const url = safeUrl(config.rasaUrl);
      if (url) state.rasaUrl = url.replace(/\/+$/, "");
    } catch (_error) {
      systemNotice("The page could not load its settings; it will try the assistant at its default address.", "info");
    }
  }

  /** The assistant's wording (levels, Outcome 21 judgements, facts, roles); the page works without it. */
  async function loadWording() {
    try {
      const response = await fetch("wording.json", { cache: "no-cache" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const wording = await response.json();
      if (isObject(wording)) state.wording = wording;
    } catch (_error) {
      /* the ids are shown instead of their words */
    }
  }

  function wire() {
    log = $("log");
    input = $("message");
    form = $("composer");
    sendButton = $("send");
    counter = $("counter");
    scoreLine = $("score");

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submitTyped();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        submitTyped();
      }
    });
    input.addEventListener("input", updateCounter);
    $("new-conversation").addEventListener("click", startNewConversation);

    document.addEventListener("paste", (event) => {
      if (carriesFiles(event.clipboardData)) refuseFiles(event);
    }, true);
    document.addEventListener("dragover", (event) => {
      if (carriesFiles(event.dataTransfer)) event.preventDefault();
    }, true);
    document.addEventListener("drop", (event) => {
      if (carriesFiles(event.dataTransfer)) refuseFiles(event);
    }, true);
  }

  async function start() {
    wire();
    const wordingLoaded = loadWording();
    const continued = loadConversation();
    renderWelcome();
    if (continued) replay();
    updateCounter();
    await Promise.all([loadConfig(), wordingLoaded]);
    document.body.dataset.ready = "true";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
