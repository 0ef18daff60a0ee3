// Registrable-domain matching: "cs.mit.edu" and "csail.mit.edu" both belong to "mit.edu";
// "eng.ox.ac.uk" to "ox.ac.uk". A full public-suffix list is ~10k rules; the short list of
// two-level academic and commercial suffixes below covers the countries whose universities
// use them, and an unknown two-level suffix degrades to a too-broad match that a chair sees.

const TWO_LEVEL_SUFFIXES = new Set(
  `ac.uk co.uk org.uk gov.uk ltd.uk nhs.uk
   edu.au com.au org.au gov.au net.au
   ac.nz co.nz org.nz ac.za co.za ac.il co.il org.il
   ac.jp co.jp or.jp go.jp ac.kr co.kr re.kr or.kr
   edu.cn com.cn ac.cn org.cn net.cn gov.cn edu.hk com.hk org.hk edu.tw com.tw org.tw
   edu.sg com.sg gov.sg edu.my com.my ac.th co.th ac.id co.id edu.vn edu.ph
   ac.in co.in edu.in res.in ernet.in gov.in edu.pk edu.bd ac.ir ac.ae
   edu.br com.br org.br edu.ar com.ar edu.mx com.mx edu.co edu.pe edu.uy edu.cl
   ac.at co.at ac.be edu.pl com.pl edu.tr com.tr ac.rs ac.cy edu.gr edu.eg edu.sa edu.qa`
    .split(/\s+/)
    .filter(Boolean),
);

export const WEBMAIL_DOMAINS: readonly string[] = `gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com
  yahoo.com yahoo.co.uk yahoo.co.jp ymail.com icloud.com me.com mac.com aol.com protonmail.com proton.me pm.me
  qq.com foxmail.com 163.com 126.com yeah.net sina.com sina.cn sohu.com aliyun.com 139.com
  mail.ru yandex.ru yandex.com gmx.de gmx.net gmx.com web.de t-online.de free.fr orange.fr laposte.net libero.it
  naver.com daum.net hanmail.net fastmail.com hey.com tutanota.com zoho.com mail.com inbox.com rediffmail.com`
  .split(/\s+/)
  .filter(Boolean);

/** Lower-cased host with "www." and trailing dots removed; "" when not a plausible domain. */
function cleanHost(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.+$/, "").replace(/^www\./, "");
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h) ? h : "";
}

export function registrableDomain(host: string): string {
  const h = cleanHost(host);
  if (!h) return "";
  const labels = h.split(".");
  const n = labels.length;
  const lastTwo = labels.slice(-2).join(".");
  const keep = TWO_LEVEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(Math.max(0, n - keep)).join(".");
}

export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : registrableDomain(email.slice(at + 1));
}

export function makeIgnoredDomains(domains: readonly string[]): Set<string> {
  return new Set(domains.map((d) => registrableDomain(d) || d.toLowerCase()));
}
