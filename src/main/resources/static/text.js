// Marks the span named by the fragment (#char=b,e, RFC 5147): offsets count code points, not UTF-16 units.
(function () {
  var pre = document.getElementById('text');
  if (!pre) { return; }
  var text = pre.textContent;
  function mark() {
    var match = /^#char=(\d+),(\d+)$/.exec(location.hash);
    if (!match) { return; }
    var points = Array.from(text);
    var begin = Math.min(+match[1], points.length);
    var end = Math.min(+match[2], points.length);
    if (begin >= end) { return; }
    pre.textContent = '';
    var span = document.createElement('mark');
    span.id = 'span';
    span.textContent = points.slice(begin, end).join('');
    pre.appendChild(document.createTextNode(points.slice(0, begin).join('')));
    pre.appendChild(span);
    pre.appendChild(document.createTextNode(points.slice(end).join('')));
    span.scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', mark);
  mark();
}());
