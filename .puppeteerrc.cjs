// Puppeteer is only a driver here: tests use the system Firefox (Debian's firefox-esr),
// and this machine cannot download browsers, so the install step must not try.
module.exports = { skipDownload: true };
