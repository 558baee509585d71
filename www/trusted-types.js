// Trusted Types for the highlighter page (index.html's Content-Security-Policy has
// `require-trusted-types-for 'script'; trusted-types default`). Loaded before app.js.
//
// The page has one HTML sink: it shows the output of the package's `highlight` functions,
// which escapes every character of the text and adds only <mark>/<span> tags with quoted,
// escaped attributes. This default policy lets exactly that through — any other tag (a
// <script>, an <img onerror>, an unescaped "<" from anywhere) is refused, and the sink throws
// instead of parsing it. Script URLs (a Worker's) must be on this page's own origin; strings
// of script (eval and the like) have no policy at all.
if (window.trustedTypes?.createPolicy) {
  const TAG = /^<(?:\/(?:mark|span)|(?:mark|span)(?: [a-z][a-z-]*="[^"<>]*")*)>$/;
  window.trustedTypes.createPolicy("default", {
    createHTML(html) {
      for (const [tag] of String(html).matchAll(/<[^>]*>?/g)) {
        if (!TAG.test(tag)) return null; // refused: the assignment throws
      }
      return html;
    },
    createScriptURL(url) {
      const u = new URL(url, document.baseURI);
      return u.origin === window.location.origin ? u.href : null;
    },
  });
}
