// The query page's editor: CodeMirror's SPARQL mode over the plain form (which works without
// JavaScript), completion of the dataset's prefixes, PREFIX lines added for prefixes in use, and
// the examples loaded into the editor instead of run at once.
(function () {
  "use strict";
  var textarea = document.getElementById("query");
  if (!textarea || typeof CodeMirror === "undefined") {
    return;
  }
  var prefixes = JSON.parse(textarea.getAttribute("data-prefixes") || "{}");

  function declared(text) {
    var found = {};
    var re = /PREFIX\s+([A-Za-z][\w-]*)?:/gi;
    var match;
    while ((match = re.exec(text)) !== null) {
      found[match[1] || ""] = true;
    }
    return found;
  }

  // Declares a known prefix once the user has typed "name:" without a PREFIX line for it.
  function declareUsed(editor) {
    var text = editor.getValue();
    var have = declared(text);
    var used = text.replace(/<[^>\n]*>|"[^"\n]*"|'[^'\n]*'|#[^\n]*/g, " ").match(/(^|[\s({;,.\/^|!])([a-z][\w-]*):/g) || [];
    var missing = [];
    used.forEach(function (token) {
      var name = token.replace(/^[\s({;,.\/^|!]/, "").slice(0, -1);
      if (prefixes[name] && !have[name] && missing.indexOf(name) < 0) {
        missing.push(name);
      }
    });
    if (missing.length === 0) {
      return;
    }
    var lines = missing.map(function (name) { return "PREFIX " + name + ": <" + prefixes[name] + ">\n"; }).join("");
    var lastPrefixLine = -1;
    editor.eachLine(function (line) {
      if (/^\s*PREFIX\s/i.test(line.text)) {
        lastPrefixLine = editor.getLineNumber(line);
      }
    });
    editor.replaceRange(lines, { line: lastPrefixLine + 1, ch: 0 });
  }

  function prefixHint(editor) {
    var cursor = editor.getCursor();
    var line = editor.getLine(cursor.line);
    var start = cursor.ch;
    while (start > 0 && /[\w-]/.test(line.charAt(start - 1))) {
      start--;
    }
    var word = line.slice(start, cursor.ch);
    var afterPrefixKeyword = /PREFIX\s+$/i.test(line.slice(0, start));
    var list = Object.keys(prefixes).sort().filter(function (name) {
      return name.indexOf(word) === 0;
    }).map(function (name) {
      return {
        text: afterPrefixKeyword ? name + ": <" + prefixes[name] + ">" : name + ":",
        displayText: name + ":  " + prefixes[name]
      };
    });
    return { list: list, from: CodeMirror.Pos(cursor.line, start), to: cursor };
  }

  var editor = CodeMirror.fromTextArea(textarea, {
    mode: "application/sparql-query",
    lineNumbers: true,
    matchBrackets: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    extraKeys: {
      "Ctrl-Space": function (cm) { cm.showHint({ hint: prefixHint, completeSingle: false }); },
      "Ctrl-Enter": function (cm) { cm.save(); textarea.form.submit(); }
    }
  });
  editor.on("inputRead", function (cm, change) {
    if (change.text.join("") === ":") {
      declareUsed(cm);
    }
  });

  var links = document.querySelectorAll("a[data-example]");
  Array.prototype.forEach.call(links, function (link) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      event.preventDefault();
      editor.setValue(link.getAttribute("data-query"));
      editor.focus();
      window.scrollTo(0, 0);
    });
  });
})();
