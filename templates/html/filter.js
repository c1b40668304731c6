/* catalog: in-page filter. The box is hidden in the markup and shown here, so a page whose script a CMS
   strips still shows the whole table. It shows or hides whole 二级事项 groups (a rowspan cell never loses
   its row), moves the 一级事项 heading to the first row still shown (each row has a category cell: the
   heading, or the label repeated for print), and reports the count in a live region.
   Text is only read, never written as markup. ES5, no external resources. */
(function () {
  "use strict";
  var box = document.getElementById("filter");
  var input = document.getElementById("q");
  var status = document.getElementById("filter-status");
  var table = document.getElementById("catalog");
  if (!box || !input || !status || !table) return;
  var say = function (template, n, q) {
    return template.replace("{{n}}", String(n)).replace("{{q}}", q);
  };
  // A cell's searchable text: the ■/□ checklist is left out (its screen-reader sentence names the
  // channels used, so searching 政府公报 finds the rows that use it), and so are the tick columns.
  var textOf = function (node) {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeType !== 1 || /(^| )(checklist|tick)( |$)/.test(node.className)) return "";
    var text = "";
    for (var i = 0; i < node.childNodes.length; i++) text += textOf(node.childNodes[i]);
    return text;
  };
  var groups = [];
  var total = 0;
  var bodies = table.tBodies;
  for (var b = 0; b < bodies.length; b++) {
    var body = bodies[b];
    var head = body.querySelector("th.category");
    var byName = {};
    var names = [];
    for (var r = 0; r < body.rows.length; r++) {
      var row = body.rows[r];
      var key = row.getAttribute("data-name");
      if (!byName[key]) {
        byName[key] = { rows: [], text: "" };
        names.push(byName[key]);
      }
      var cells = row.cells;
      for (var c = 0; c < cells.length; c++) if (!/(^| )category( |$)/.test(cells[c].className)) byName[key].text += " " + textOf(cells[c]).toLowerCase();
      byName[key].rows.push(row);
      total++;
    }
    groups.push({ body: body, head: head, label: head ? head.textContent.toLowerCase() : "", names: names });
  }
  var apply = function () {
    var q = input.value.replace(/^\s+|\s+$/g, "");
    var needle = q.toLowerCase();
    var shown = 0;
    for (var g = 0; g < groups.length; g++) {
      var group = groups[g];
      var visible = [];
      var wholeGroup = needle === "" || group.label.indexOf(needle) !== -1;
      for (var n = 0; n < group.names.length; n++) {
        var hit = wholeGroup || group.names[n].text.indexOf(needle) !== -1;
        for (var k = 0; k < group.names[n].rows.length; k++) {
          group.names[n].rows[k].hidden = !hit;
          if (hit) visible.push(group.names[n].rows[k]);
        }
      }
      group.body.hidden = visible.length === 0;
      if (group.head && visible.length && group.head.parentNode !== visible[0]) {
        // Swap the heading with the first shown row's repeated category cell (every row has one).
        var repeat = visible[0].cells[1];
        group.head.parentNode.replaceChild(repeat, group.head);
        visible[0].insertBefore(group.head, visible[0].cells[1]);
      }
      shown += visible.length;
    }
    status.textContent = needle === "" ? say(box.getAttribute("data-all"), total, q) : shown ? say(box.getAttribute("data-found"), shown, q) : say(box.getAttribute("data-none"), 0, q);
  };
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 200);
  });
  box.hidden = false;
  apply();
})();
