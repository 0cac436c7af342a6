// The notice a browser too old for the page gets instead of a blank page. A
// classic script in the oldest JavaScript, run after app.js: where the module
// did not run (no modules, or syntax the browser cannot read), it says so in
// Chinese and English.
(function () {
  if (window.homewardStarted) return;
  var main = document.getElementById('main');
  if (!main) return;
  var notice = document.createElement('p');
  notice.className = 'warn';
  notice.setAttribute('role', 'alert');
  notice.appendChild(document.createTextNode(
    '您的浏览器版本过旧，无法使用本页面。请升级浏览器，或换用新版的 Chrome、Edge、Safari 或手机自带浏览器打开。' +
    ' This browser is too old for this page: please update it or use a recent one.'));
  while (main.firstChild) main.removeChild(main.firstChild);
  main.appendChild(notice);
}());
