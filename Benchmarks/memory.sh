#!/usr/bin/env bash
# Peak memory (max RSS) and time of the release binary on large and hostile inputs, against the targets:
# any command on any input ≤ 1 GB; a page under the size limit ≤ 4 × its size + 100 MB.
#
#   Benchmarks/memory.sh [--slant .build/release/slant]
#
# Inputs are generated in a temporary folder: text-dense pages of 10 and 31 MB, an article of one million characters,
# /dev/zero as a path and as standard input, a gzip response that expands to 400 MB, a 720-byte YAML "billion laughs",
# a lexicon of 200,000 globs, a page of 10,000 paragraphs, and one sentence of 990,000 characters holding 20,000
# quotations. Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
slant=.build/release/slant
[ "${1:-}" = "--slant" ] && slant=$2
[ -x "$slant" ] || swift build -c release --product slant >&2
slant=$(realpath "$slant")
lexicons=$(realpath lexicons)
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $server 2>/dev/null || true' EXIT
cd "$work"

python3 - <<'EOF'
import gzip, random, string
para = lambda i: f'<p>Paragraph {i}: “We will stay,” said Defense Secretary Lloyd Austin, and critics claimed the so-called withdrawal of 2,500 troops from Iraq was only a rebranding of the mission.</p>'
head = '<html><head><meta charset="utf-8"><title>Large page</title></head><body><article>'
for name, size in (('page10.html', 10_000_000), ('page31.html', 31_000_000)):
    out, i, n = [head], 0, len(head)
    while n < size - 40:
        p = para(i); out.append(p); n += len(p.encode()); i += 1
    open(name, 'w').write(''.join(out) + '</article></body></html>')
open('article1m.html', 'w').write(head + ''.join(para(i) for i in range(5500)) + '</article></body></html>')
# A heavy real-world shape: an article of 850,000 characters inside 10 MB of scripts, styles and menus.
filler = '<script>' + 'var x = "' + 'a' * 1000 + '";' * 1 + '</script><nav><a href="/x">Menu</a></nav>'
page = head + ''.join(para(i) for i in range(4700)) + '</article>'
while len(page) < 9_900_000: page += filler
open('heavy10.html', 'w').write(page + '</body></html>')
open('long.html', 'w').write(head + ''.join(f'<p>Paragraph {i} has a few words in it, and it ends here.</p>' for i in range(10000)) + '</article></body></html>')
lines = ['a: &a {k0: [w], k1: [w], k2: [w], k3: [w], k4: [w], k5: [w], k6: [w], k7: [w], k8: [w]}']
for prev, n in zip('abcdefgh', 'bcdefghi'):
    lines.append(f'{n}: &{n} {{' + ', '.join(f'k{j}: *{prev}' for j in range(9)) + '}')
open('laughs.yaml', 'w').write('\n'.join(lines) + '\n')
random.seed(1)
terms = set()
while len(terms) < 200_000:
    terms.add(''.join(random.choice(string.ascii_lowercase) for _ in range(random.randint(3, 7))) + '*')
open('globs.txt', 'w').write('\n'.join(sorted(terms)) + '\n')
open('short.txt', 'w').write('The occupation of the city continued for weeks, officials said on Tuesday. ' * 25)
# One "sentence" of 990,000 characters holding 20,000 quotations (no full stop followed by a capital anywhere).
random.seed(2)
bits = ['a post from the WTF Files said “hello”.', 'and “it is fine,” the official said.', 'and Mr. Trump’s promise to seek “peace”.',
        'and the official, John Smith, agreed that “it was good”.']
quoted, n = [], 0
while n < 990_000:
    b = random.choice(bits); quoted.append(b); n += len(b) + 1
open('quotes1m.txt', 'w').write('Headline\n\n' + ' '.join(quoted)[:990_000] + '\n')
# The same as a "headline": a first line of 990,000 characters read with --headline-first-line.
open('headline1m.txt', 'w').write(' '.join(quoted)[:990_000] + '\n\nBody text.\n')
with gzip.open('bomb.gz', 'wb', compresslevel=9) as f:
    f.write(b'<html><body><p>')
    chunk = b'word ' * 200_000
    for _ in range(400): f.write(chunk)
EOF
python3 - > server.log 2>&1 <<'EOF' &
import http.server
body = open('bomb.gz', 'rb').read()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.send_header('Content-Type', 'text/html'); self.send_header('Content-Encoding', 'gzip')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
http.server.HTTPServer(('127.0.0.1', 8765), H).serve_forever()
EOF
server=$!
sleep 1

measure() {  # LABEL INPUT_MB COMMAND…
  local label=$1 input=$2; shift 2
  /usr/bin/time -o time.out -f '%M %e' "$@" > /dev/null 2> /dev/null || true
  local out
  out=$(tail -1 time.out)
  local kb=${out%% *} secs=${out##* }
  local target="1000"
  [ "$input" != "-" ] && target=$(python3 -c "print(min(1000, round(4 * $input + 100)))")
  printf '| %s | %s MB | %s s | %s MB |\n' "$label" "$((kb / 1024))" "$secs" "$target"
}
mb() { python3 -c "import os; print(round(os.path.getsize('$1') / 1e6, 1))"; }

echo "| input and command | peak RSS | time | target |"
echo "|---|---|---|---|"
measure "extract, 10 MB page (text)" "$(mb page10.html)" "$slant" extract page10.html
measure "extract, 10 MB page (json)" "$(mb page10.html)" "$slant" extract page10.html --format json
measure "add, 10 MB page, article of 850,000 characters" "$(mb heavy10.html)" "$slant" add ev heavy10.html --outlet A --corpus c10
measure "extract, 31 MB page (text)" "$(mb page31.html)" "$slant" extract page31.html
measure "extract, 31 MB page (json)" "$(mb page31.html)" "$slant" extract page31.html --format json
measure "add, 31 MB page of text (refused: over 1,000,000 characters)" "-" "$slant" add ev page31.html --outlet B --corpus c31 --max-size 32
"$slant" add ev article1m.html --outlet A --corpus c1m > /dev/null
sed 's/critics claimed/opponents argued/' article1m.html > article1m-b.html
"$slant" add ev article1m-b.html --outlet B --corpus c1m > /dev/null
measure "score, event of two 1-million-character articles" "-" "$slant" score ev --corpus c1m --lexicons "$lexicons"
measure "quotes, same event" "-" "$slant" quotes ev --corpus c1m --lexicons "$lexicons"
measure "diff of the two" "-" "$slant" diff ev/a ev/b --corpus c1m --lexicons "$lexicons"
measure "report, same event" "-" "$slant" report ev --corpus c1m --lexicons "$lexicons" --out r.html
measure "add + show, 10,000 paragraphs" "$(mb long.html)" "$slant" add ev long.html --outlet L --corpus clong
measure "quotes, one 990,000-character sentence of 20,000 quotations" "$(mb quotes1m.txt)" "$slant" quotes --as-is --headline-first-line quotes1m.txt
measure "quotes, the same as a 990,000-character headline" "$(mb headline1m.txt)" "$slant" quotes --as-is --headline-first-line headline1m.txt
measure "extract /dev/zero (path)" "-" "$slant" extract /dev/zero
measure "extract - < /dev/zero" "-" sh -c "exec '$slant' extract - < /dev/zero"
measure "extract --files-from /dev/zero" "-" "$slant" extract --files-from /dev/zero --out o
measure "add URL, gzip expanding to 400 MB" "-" "$slant" add ev http://127.0.0.1:8765/bomb.html --corpus cbomb
measure "lexicon check, YAML billion laughs" "-" "$slant" lexicon check laughs.yaml
measure "score with 200,000 globs" "-" "$slant" score short.txt --lexicon globs.txt
measure "lexicon check /dev/zero" "-" "$slant" lexicon check /dev/zero
