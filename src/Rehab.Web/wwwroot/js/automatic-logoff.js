// Automatic logoff on screen (ONC 170.315(d)(5)): warns before the session's idle timeout, offers to stay signed in,
// and when the time is up clears the page and signs out, so nothing of a chart stays visible on an unattended screen.
// Tabs of the same browser share the deadline, so working in one tab keeps the others open.
(() => {
  "use strict";
  const warning = document.querySelector("form[data-automatic-logoff]");
  if (!warning) return;
  const key = "rehab-session-deadline";
  const warnMs = Number(warning.dataset.warnSeconds) * 1000;
  const countdown = warning.querySelector("[data-countdown]");
  const logout = document.querySelector("form.logout");
  let deadline = Date.now() + Number(warning.dataset.secondsLeft) * 1000;
  let timer = 0;

  const shared = () => Number(localStorage.getItem(key)) || 0;
  const share = () => {
    if (deadline > shared()) localStorage.setItem(key, String(deadline));
  };

  function tick() {
    deadline = Math.max(deadline, shared());
    const left = deadline - Date.now();
    if (left <= 0) return signOut();
    const appears = warning.hidden && left <= warnMs;
    warning.hidden = left > warnMs;
    const seconds = Math.ceil(left / 1000);
    countdown.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    if (appears) warning.querySelector("[data-stay-signed-in]").focus();
    clearTimeout(timer);
    timer = setTimeout(tick, left > warnMs ? left - warnMs : 1000);
  }

  function signOut() {
    const body = logout ? new FormData(logout) : null;
    document.title = "Signed out · Rehab EMR";
    const back = `/Login?ReturnUrl=${encodeURIComponent(location.pathname + location.search)}`;
    const main = document.createElement("main");
    main.id = "main";
    main.setAttribute("data-testid", "signed-out");
    main.innerHTML = "<h1>You were signed out</h1><p>Nothing was done for a while, so this page was closed to keep " +
      "patient records private.</p><p><a></a></p>";
    const link = main.querySelector("a");
    link.href = back;
    link.textContent = "Sign in again";
    document.body.replaceChildren(main);
    if (body) fetch(logout.action, { method: "POST", body, credentials: "same-origin", redirect: "manual" });
  }

  warning.addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch(warning.action, {
      method: "POST", body: new FormData(warning), credentials: "same-origin", redirect: "error",
    }).catch(() => null);
    if (!response?.ok) return; // refused (such as a tablet handed to a patient): the page still closes on time
    deadline = Date.now() + (await response.json()).secondsLeft * 1000;
    share();
    tick();
  });

  share();
  tick();
})();
