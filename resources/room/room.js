/* The table page of "Tafels schrijven mee": a table host writes what the table says.
 *
 * No framework, no outside requests: everything comes from the laptop that served the page.
 * Every entry gets its id here (so a retry never stores twice) and waits in localStorage until
 * the laptop has answered "saved"; the list says which are "opgeslagen" and which "wacht op
 * verbinding". The question follows the facilitator's round switch by a long poll of /state.
 * Text from the laptop or the host is only ever set as textContent, never as markup.
 */
(function () {
  "use strict";

  var WORDS = {
    nl: {
      kicker: "Praktijktafel",
      textLabel: "Wat zegt de tafel?",
      who: "Naam en organisatie (niet verplicht)",
      person: "Naam",
      organisation: "Organisatie",
      consent: "Deze persoon vindt het goed dat naam en organisatie worden vastgelegd.",
      noConsent: "Zonder dit vinkje worden naam en organisatie niet bewaard.",
      send: "Versturen",
      mine: "Verstuurd vanaf dit toestel",
      none: "Nog niets verstuurd.",
      offline: "Geen verbinding met de laptop. Wat je schrijft, blijft op dit toestel bewaard en gaat " +
        "vanzelf mee zodra de verbinding terug is.",
      paused: "Tafel gepauzeerd: de begeleider heeft versturen even stilgezet. Wat je schrijft, blijft staan.",
      noRound: "Er is nu geen ronde.",
      closed: "Ronde gesloten: in deze ronde kan niets meer bij of veranderen.",
      saved: "opgeslagen",
      pending: "wacht op verbinding",
      refusedClosed: "niet opgeslagen: ronde gesloten",
      refused: "niet opgeslagen",
      edit: "Wijzig",
      remove: "Verwijder",
      confirmRemove: "Echt verwijderen?",
      save: "Opslaan",
      cancel: "Annuleer",
      gone: "Deze link werkt niet (meer). Vraag de begeleider om de nieuwe link of QR-code."
    },
    en: {
      kicker: "Round table",
      textLabel: "What does the table say?",
      who: "Name and organisation (optional)",
      person: "Name",
      organisation: "Organisation",
      consent: "This person agrees that their name and organisation are recorded.",
      noConsent: "Without this tick, name and organisation are not kept.",
      send: "Send",
      mine: "Sent from this device",
      none: "Nothing sent yet.",
      offline: "No connection to the laptop. What you write is kept on this device and is sent " +
        "as soon as the connection is back.",
      paused: "Table paused: the facilitator has stopped sending for a moment. What you write is kept.",
      noRound: "There is no round now.",
      closed: "Round closed: nothing can be added or changed in this round any more.",
      saved: "saved",
      pending: "waiting for connection",
      refusedClosed: "not saved: round closed",
      refused: "not saved",
      edit: "Edit",
      remove: "Delete",
      confirmRemove: "Really delete?",
      save: "Save",
      cancel: "Cancel",
      gone: "This link does not work (any more). Ask the facilitator for the new link or QR code."
    }
  };

  var words = WORDS[document.documentElement.lang === "en" ? "en" : "nl"];
  var token = location.pathname.split("/")[2] || "";
  var api = "/api/t/" + encodeURIComponent(token);
  var storeKey = "erbij.room." + token;
  var POLL_TIMEOUT = 30000;
  var SEND_TIMEOUT = 15000;

  var view = {
    version: null,
    round: null,
    paused: false,
    online: true,
    gone: false,
    editing: null, // id of the entry being edited
    draft: "",
    confirming: null // id of the entry whose delete waits for a second tap
  };
  var syncing = false;
  // Answers from the laptop, counted: a listing asked for at count n says nothing about an entry
  // saved or deleted after n (its answer may arrive later, when sync and a listing cross).
  var answers = 0;
  var deletedAt = {};
  var retryTimer = null;
  var retryDelay = 1000;

  function $(id) { return document.getElementById(id); }

  function newId() {
    if (window.crypto && typeof crypto.randomUUID === "function") { return crypto.randomUUID(); }
    // crypto.randomUUID needs a secure context; a page over plain http on the room's Wi-Fi has none.
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function deviceId() {
    var id = localStorage.getItem("erbij.device");
    if (!id) { id = newId(); localStorage.setItem("erbij.device", id); }
    return id;
  }
  var device = deviceId();

  // --- what this device sent, kept across reloads and lost connections ---------------------

  function load() {
    try {
      var stored = JSON.parse(localStorage.getItem(storeKey) || "null");
      if (stored && Array.isArray(stored.entries)) {
        stored.entries.forEach(function (e) { delete e.savedAt; }); // counts are per page load
        return stored;
      }
    } catch (e) { /* a damaged store starts afresh */ }
    return { entries: [] };
  }
  var store = load();

  function save() { localStorage.setItem(storeKey, JSON.stringify(store)); }

  function find(id) {
    for (var i = 0; i < store.entries.length; i++) { if (store.entries[i].id === id) { return store.entries[i]; } }
    return null;
  }

  function drop(id) {
    store.entries = store.entries.filter(function (e) { return e.id !== id; });
  }

  // --- talking to the laptop ------------------------------------------------------------------

  function request(method, path, body, timeout) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, timeout);
    var options = { method: method, cache: "no-store", credentials: "omit", signal: controller.signal, headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(api + path, options).finally(function () { clearTimeout(timer); });
  }

  function setOnline(online) {
    if (view.online === online) { return; }
    view.online = online;
    render();
    if (online) { refreshEntries(); sync(); }
  }

  function linkGone() {
    view.gone = true;
    render();
  }

  function later(ms) {
    if (retryTimer !== null) { return; }
    retryTimer = setTimeout(function () { retryTimer = null; sync(); }, ms);
  }

  function sendOne(e) {
    var q = "?device=" + encodeURIComponent(device);
    if (e.op === "add") {
      return request("POST", "/entries", {
        id: e.id, device: device, text: e.text, person: e.person, organisation: e.organisation,
        consent: e.consent, round_id: e.round_id
      }, SEND_TIMEOUT);
    }
    if (e.op === "edit") {
      return request("PUT", "/entries/" + e.id, { device: device, text: e.text }, SEND_TIMEOUT);
    }
    return request("DELETE", "/entries/" + e.id + q, undefined, SEND_TIMEOUT);
  }

  async function sync() {
    if (syncing || view.gone) { return; }
    syncing = true;
    try {
      for (;;) {
        var e = store.entries.find(function (x) { return x.op; });
        if (!e) { break; }
        var sentOp = e.op;
        var sentText = e.text;
        var response;
        if (!e.tried) { e.tried = true; save(); }
        try {
          response = await sendOne(e);
        } catch (err) {
          setOnline(false);
          later(retryDelay);
          retryDelay = Math.min(retryDelay * 2, 8000);
          break;
        }
        retryDelay = 1000;
        setOnline(true);
        var status = response.status;
        if (status === 403) { linkGone(); break; }
        if (status === 423) { view.paused = true; render(); later(5000); break; }
        if (status === 429 || status >= 500) { later(3000); break; }
        if (response.ok || (sentOp === "delete" && status === 404)) {
          answers++;
          if (sentOp === "delete") {
            deletedAt[e.id] = answers;
            drop(e.id);
          } else {
            e.savedAt = answers;
            e.status = "saved";
            if (e.op === sentOp && e.text === sentText) { e.op = null; } else if (e.op === "add") { e.op = "edit"; }
          }
        } else if (sentOp === "delete") {
          e.status = "saved"; // not deleted (its round closed meanwhile): it is still on the laptop
          e.op = null;
        } else {
          e.status = "refused";
          e.note = status === 409 ? "refusedClosed" : "refused";
          e.op = null;
        }
        save();
        render();
      }
    } finally {
      syncing = false;
    }
  }

  async function refreshEntries() {
    var asked = answers;
    function since(e) { return e.savedAt !== undefined && e.savedAt > asked; }
    try {
      var response = await request("GET", "/entries?device=" + encodeURIComponent(device), undefined, SEND_TIMEOUT);
      if (response.status === 403) { linkGone(); return; }
      if (!response.ok) { return; }
      var listed = (await response.json()).entries;
      var known = {};
      listed.forEach(function (item) {
        known[item.id] = true;
        if (deletedAt[item.id] > asked) { return; } // deleted after this listing was asked for
        var mine = find(item.id);
        if (!mine) {
          store.entries.push({ id: item.id, text: item.text, person: item.person, organisation: item.organisation,
            consent: !!item.person, round_id: item.round_id, status: "saved", op: null });
        } else if (!mine.op && !since(mine)) {
          mine.text = item.text;
          mine.status = "saved";
        }
      });
      // Saved here (before the listing was asked for) but not on the laptop: the facilitator removed it.
      store.entries = store.entries.filter(function (e) {
        return known[e.id] || e.op || e.status !== "saved" || since(e);
      });
      save();
      render();
    } catch (err) {
      setOnline(false);
    }
  }

  async function poll() {
    while (!view.gone) {
      var q = "?device=" + encodeURIComponent(device) + (view.version !== null ? "&since=" + view.version : "");
      try {
        var response = await request("GET", "/state" + q, undefined, POLL_TIMEOUT);
        if (response.status === 403) { linkGone(); return; }
        if (!response.ok) { throw new Error("state " + response.status); }
        var state = await response.json();
        view.version = state.version;
        view.round = state.round;
        var wasPaused = view.paused;
        view.paused = !!state.paused;
        if (state.table) { $("table").textContent = state.table; document.title = state.table; }
        setOnline(true);
        render();
        if (wasPaused && !view.paused) { sync(); }
      } catch (err) {
        setOnline(false);
        await new Promise(function (resolve) { setTimeout(resolve, 2000); });
      }
    }
  }

  // --- what the host does ----------------------------------------------------------------------

  function submit(event) {
    event.preventDefault();
    var text = $("text").value.trim();
    if (!text || !view.round || view.round.closed || view.paused || view.gone) { return; }
    var consent = $("consent").checked;
    store.entries.push({
      id: newId(), text: text, consent: consent,
      person: consent ? $("person").value.trim() : "",
      organisation: consent ? $("organisation").value.trim() : "",
      round_id: view.round.id, status: "pending", op: "add"
    });
    save();
    $("text").value = "";
    $("person").value = "";
    $("organisation").value = "";
    $("consent").checked = false;
    render();
    $("text").focus();
    sync();
  }

  function startEdit(e) {
    view.editing = e.id;
    view.draft = e.text;
    render();
  }

  function finishEdit(e, keep) {
    var text = view.draft.trim();
    view.editing = null;
    if (keep && text && text !== e.text) {
      e.text = text;
      e.status = "pending";
      if (e.op !== "add") { e.op = "edit"; }
      save();
      sync();
    }
    render();
  }

  function remove(e) {
    if (view.confirming !== e.id) {
      view.confirming = e.id;
      render();
      setTimeout(function () { if (view.confirming === e.id) { view.confirming = null; render(); } }, 4000);
      return;
    }
    view.confirming = null;
    if (e.op === "add" && !e.tried) {
      drop(e.id); // never left this device
    } else {
      e.op = "delete";
      e.status = "pending";
    }
    save();
    render();
    sync();
  }

  // --- showing it ------------------------------------------------------------------------------

  function button(label, onClick, danger) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    if (danger) { b.className = "danger"; }
    b.addEventListener("click", onClick);
    return b;
  }

  function editable(e) {
    var r = view.round;
    return !view.gone && !view.paused && r !== null && !r.closed && e.round_id === r.id &&
      e.status !== "refused" && e.op !== "delete";
  }

  function entryItem(e) {
    var li = document.createElement("li");
    li.dataset.id = e.id;
    if (view.editing === e.id) {
      var area = document.createElement("textarea");
      area.value = view.draft;
      area.rows = 3;
      area.setAttribute("aria-label", words.edit);
      area.addEventListener("input", function () { view.draft = area.value; });
      li.appendChild(area);
      var bar = document.createElement("div");
      bar.className = "entry-foot";
      bar.appendChild(button(words.save, function () { finishEdit(e, true); }));
      bar.appendChild(button(words.cancel, function () { finishEdit(e, false); }));
      li.appendChild(bar);
      return li;
    }
    var text = document.createElement("p");
    text.className = "entry-text";
    text.textContent = e.text;
    li.appendChild(text);
    var who = [e.person, e.organisation].filter(Boolean).join(", ");
    if (who) {
      var line = document.createElement("p");
      line.className = "entry-who";
      line.textContent = "— " + who;
      li.appendChild(line);
    }
    var foot = document.createElement("div");
    foot.className = "entry-foot";
    var status = document.createElement("span");
    var kind = e.status === "refused" ? "refused" : (e.op || e.status !== "saved" ? "pending" : "saved");
    status.className = "status " + kind;
    status.textContent = kind === "refused" ? words[e.note || "refused"] : words[kind];
    foot.appendChild(status);
    if (editable(e)) {
      foot.appendChild(button(words.edit, function () { startEdit(e); }));
      var label = view.confirming === e.id ? words.confirmRemove : words.remove;
      foot.appendChild(button(label, function () { remove(e); }, true));
    }
    li.appendChild(foot);
    return li;
  }

  function render() {
    $("offline").hidden = view.online || view.gone;
    $("paused").hidden = !view.paused || view.gone;
    var r = view.round;
    $("round-title").textContent = r ? r.title : "";
    $("question").textContent = r ? r.question : words.noRound;
    var state = $("round-state");
    if (view.gone) {
      state.textContent = words.gone;
      state.className = "notice closed";
      state.hidden = false;
    } else if (r && r.closed) {
      state.textContent = words.closed;
      state.className = "notice closed";
      state.hidden = false;
    } else {
      state.hidden = true;
    }
    $("send").disabled = view.gone || !r || r.closed || view.paused;
    var list = $("entries");
    var focused = document.activeElement && list.contains(document.activeElement);
    list.replaceChildren.apply(list, store.entries.slice().reverse().map(entryItem));
    $("none").hidden = store.entries.length > 0;
    if (focused && view.editing) {
      var area = list.querySelector("textarea");
      if (area) { area.focus(); }
    }
  }

  function fillWords() {
    document.querySelectorAll("[data-t]").forEach(function (el) { el.textContent = words[el.dataset.t]; });
    var hint = document.createElement("p");
    hint.className = "hint";
    hint.textContent = words.noConsent;
    $("who").appendChild(hint);
  }

  fillWords();
  $("entry").addEventListener("submit", submit);
  window.addEventListener("online", function () { sync(); });
  render();
  refreshEntries().then(sync);
  poll();
})();
