#!/usr/bin/env bash
# Runs Lighthouse (mobile, its default) against a static build served by
# `socready preview`, with Debian's Chromium, and prints the four category
# scores. Lighthouse comes from the npm registry through npx; it is not part
# of make test. Usage: lighthouse.sh DIST ADDR [RUNS]
set -euo pipefail

dist=${1:-dist}
addr=${2:-127.0.0.1:8090}
runs=${3:-3}
version=13.5.0
out=.cache/lighthouse
mkdir -p "$out"

command -v npx >/dev/null || { echo "lighthouse needs npx (Debian package npm)" >&2; exit 1; }

./bin/socready preview -dir "$dist" -addr "$addr" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://$addr/" 2>/dev/null && break
  sleep 0.1
done

flags="--headless=new --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
if [ "$(id -u)" = 0 ]; then flags="$flags --no-sandbox"; fi

for i in $(seq "$runs"); do
  CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} npx --yes "lighthouse@$version" "http://$addr/" \
    --quiet --output=json --output-path="$out/run-$i.json" --chrome-flags="$flags" \
    --only-categories=performance,accessibility,best-practices,seo
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, a = r.audits;
    const s = k => Math.round(c[k].score * 100);
    const m = k => a[k].displayValue;
    console.log(`run ${process.argv[2]}: performance ${s("performance")}, accessibility ${s("accessibility")}, best practices ${s("best-practices")}, SEO ${s("seo")}` +
      ` | FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}, SI ${m("speed-index")}`);
    for (const k of ["accessibility", "best-practices", "seo"]) {
      for (const ref of c[k].auditRefs) {
        const au = a[ref.id];
        if (ref.weight > 0 && au.score !== null && au.score < 1) console.log(`  ${k}: ${ref.id}: ${au.title}`);
      }
    }
  ' "$PWD/$out/run-$i.json" "$i"
done
