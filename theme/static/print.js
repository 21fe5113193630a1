// The "print" buttons of the application form and the pledge: hidden
// without JavaScript (the browser's own print command works either way).
for (const b of document.querySelectorAll(".kf-print")) {
  b.hidden = false;
  b.addEventListener("click", () => window.print());
}
