#!/usr/bin/env python3
"""The HTML reports in a real browser (headless Chromium; Debian: apt-get install -y chromium). Run by .ci/run.

Two reports are made with the current build: the seed event's, and a hostile event whose first article
(Tests/CLITests/Fixtures/hostile-page.html) carries <script>, onerror= and javascript: in its text and metadata; and two
`slant diff --format html` pages, of two seed articles and of the hostile page against a seed article; and the
`slant profile --format html` page of both events' records; and the report of an event with 301 outlets (300 built
from the seed texts by scripts/many_outlets.py, in groups, and the hostile page), with its outlet pages: at most 3 MB,
every link between the pages resolving, and a first screen that states the event, the outlets and the frame split.
Each page is opened twice at 1280 x 900:

  1. as written (with its Content-Security-Policy): any console message or uncaught exception fails the test, and so
     does a document title changed by a script; a screenshot is saved;
  2. as a copy without the Content-Security-Policy and with a checking script added at the end of the body: it fails on
     any element sticking out of the 1280-px viewport (elements inside a horizontal scroll box excepted), on any script
     element other than the checker, on any on* attribute, on any javascript: link, and on a changed title. Without the
     policy, only escaping keeps the hostile text inert.

Usage: scripts/browser_test.py [--slant .build/debug/slant] [--out DIR] [--many-source seeds|basil]
"""
import argparse, html, json, re, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 900

CHECKER = """<script id="slant-checker">
(function () {
  var vw = document.documentElement.clientWidth;
  var out = {viewport: vw, overflow: [], scripts: document.scripts.length, handlers: [], scriptLinks: [], title: document.title,
             documentWidth: document.documentElement.scrollWidth};
  function clipped(el) {
    for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      var s = getComputedStyle(p);
      if (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') return true;
    }
    return false;
  }
  var all = document.querySelectorAll('body *');
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    for (var k = 0; k < el.attributes.length; k++) {
      var a = el.attributes[k];
      if (/^on/i.test(a.name)) out.handlers.push(el.tagName + ' ' + a.name);
      if ((a.name === 'href' || a.name === 'src' || a.name === 'xlink:href') && /^\\s*javascript:/i.test(a.value)) out.scriptLinks.push(el.tagName);
    }
    if (el.id === 'slant-checker' || clipped(el)) continue;
    var r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > vw + 1 || r.left < -1)) {
      out.overflow.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '') + ' right=' + Math.round(r.right));
    }
  }
  // A word of letters that a table cell breaks across lines ("actio / n") is a layout fault.
  out.brokenWords = [];
  var range = document.createRange();
  var cells = document.querySelectorAll('td, th');
  for (var c = 0; c < cells.length && out.brokenWords.length < 20; c++) {
    var walker = document.createTreeWalker(cells[c], NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var re = /[A-Za-z\u00C0-\u024F]{2,}/g, m;
      while ((m = re.exec(node.data)) !== null) {
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        var tops = {};
        var rects = range.getClientRects();
        for (var r = 0; r < rects.length; r++) tops[Math.round(rects[r].top)] = true;
        if (Object.keys(tops).length > 1) out.brokenWords.push(m[0] + ' (in table.' + (cells[c].closest('table').className || '') + ', ' + cells[c].tagName.toLowerCase() + ')');
      }
    }
  }
  // The text a reader sees on the first screen, before scrolling.
  var first = [];
  var texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var t = texts.nextNode(); t; t = texts.nextNode()) {
    if (!t.data.trim()) continue;
    range.selectNodeContents(t);
    var box = range.getBoundingClientRect();
    if (box.height > 0 && box.top < window.innerHeight && box.bottom > 0) first.push(t.data.trim());
  }
  out.firstScreen = first.join(' ');
  var pre = document.createElement('pre');
  pre.id = 'slant-check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        path = shutil.which(name)
        if path:
            return path
    sys.exit('browser test: no chromium (apt-get install -y chromium)')


def browse(page, *flags):
    """Runs headless Chromium on a page; returns (stdout, console lines)."""
    cmd = [chromium(), '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', f'--window-size={WIDTH},{HEIGHT}',
           '--enable-logging=stderr', '--v=0', *flags, page.resolve().as_uri()]
    run = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
    console = [l for l in run.stderr.splitlines() if 'CONSOLE' in l or 'Uncaught' in l]
    if run.returncode != 0:
        console.append(f'chromium exited with {run.returncode}: {run.stderr[-500:]}')
    return run.stdout, console


def page_title(markup):
    found = re.search(r'<title>(.*?)</title>', markup, re.S)
    return html.unescape(found.group(1)) if found else ''


def broken_links(pages):
    """Links between the pages that lead nowhere: a missing file, or a fragment with no element of that id."""
    ids = {}

    def ids_of(path):
        if path not in ids:
            ids[path] = set(html.unescape(i) for i in re.findall(r'\sid="([^"]*)"', path.read_text(encoding='utf8'))) if path.exists() else None
        return ids[path]

    problems = []
    for page in pages:
        for href in re.findall(r'\shref="([^"]*)"', page.read_text(encoding='utf8')):
            href = html.unescape(href)
            if re.match(r'^[a-z]+:', href):
                continue
            target, _, fragment = href.partition('#')
            path = (page.parent / target).resolve() if target else page
            found = ids_of(path)
            if found is None:
                problems.append(f'{page.name}: link to a missing page {href}')
            elif fragment and fragment not in found:
                problems.append(f'{page.name}: link to a missing anchor {href}')
            if len(problems) >= 20:
                return problems
    return problems


def first_screen(page):
    """The text on the first 1280 x 900 screen of a page, as the checker reads it."""
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', '', page.read_text(encoding='utf8'))
    copy = page.with_name(page.stem + '.first.html')
    copy.write_text(text.replace('</body>', CHECKER + '</body>'), encoding='utf8')
    dom, _ = browse(copy, '--dump-dom')
    found = re.search(r'<pre id="slant-check">(.*?)</pre>', dom, re.S)
    return json.loads(html.unescape(found.group(1)))['firstScreen'] if found else ''


def check(page, shots):
    problems = []
    written = page_title(page.read_text(encoding='utf8'))
    dom, console = browse(page, '--dump-dom')
    problems += [f'console: {l.strip()}' for l in console]
    if page_title(dom) != written:
        problems.append(f'a script changed the title: {page_title(dom)!r}')
    _, console = browse(page, f'--screenshot={shots / (page.stem + ".png")}')
    problems += [f'console (screenshot): {l.strip()}' for l in console]

    text = page.read_text(encoding='utf8')
    open_copy = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', '', text)
    if open_copy == text:
        problems.append('no Content-Security-Policy meta tag')
    open_copy = open_copy.replace('</body>', CHECKER + '</body>')
    copy = page.with_name(page.stem + '.checked.html')
    copy.write_text(open_copy, encoding='utf8')
    dom, _ = browse(copy, '--dump-dom')
    found = re.search(r'<pre id="slant-check">(.*?)</pre>', dom, re.S)
    if not found:
        return problems + ['the checking script did not run']
    result = json.loads(html.unescape(found.group(1)))
    if result['scripts'] != 1:
        problems.append(f"{result['scripts'] - 1} script elements besides the checker")
    if result['title'] != written:
        problems.append(f"a script changed the title: {result['title']!r}")
    problems += [f'event handler attribute: {h}' for h in result['handlers']]
    problems += [f'javascript: link on {t}' for t in result['scriptLinks']]
    problems += [f'overflows the {WIDTH}-px viewport: {o}' for o in result['overflow'][:20]]
    problems += [f'a table cell breaks a word across lines: {w!r}' for w in result['brokenWords']]
    if result['documentWidth'] > result['viewport']:
        problems.append(f"the page is {result['documentWidth']} px wide in a {result['viewport']} px viewport")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--slant', default=str(ROOT / '.build' / 'debug' / 'slant'))
    ap.add_argument('--out', help='keep the pages and screenshots here')
    ap.add_argument('--many-source', choices=['seeds', 'basil'], default='seeds',
                    help='the articles the many-outlet event retells: the seed texts (default), or one BASIL event from ../shared/data')
    a = ap.parse_args()
    work = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix='slant-browser-'))
    work.mkdir(parents=True, exist_ok=True)
    slant = [a.slant]

    def run(*args):
        r = subprocess.run(slant + list(args), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit(f'browser test: slant {" ".join(args)} failed: {r.stderr}')

    seed = work / 'seed-report.html'
    run('report', 'iraq-2021-combat-mission', '--out', str(seed))
    corpus = work / 'corpus'
    shutil.rmtree(corpus, ignore_errors=True)
    run('add', 'hostile-event', 'Tests/CLITests/Fixtures/hostile-page.html', '--corpus', str(corpus))
    for slug, outlet in (('antiwar-com', 'Antiwar.com'), ('american-military-news', 'American Military News')):
        run('add', 'hostile-event', f'seeds/iraq-2021-combat-mission/articles/{slug}/source.txt', '--outlet', outlet,
            '--corpus', str(corpus))
    hostile = work / 'hostile-report.html'
    run('report', 'hostile-event', '--corpus', str(corpus), '--lexicons', 'lexicons', '--out', str(hostile))
    if 'pwned-body' not in hostile.read_text(encoding='utf8'):
        sys.exit('browser test: the hostile article text is missing from its report')

    # The checks must be able to fail: a page with every fault is checked first.
    bad = work / 'faulty-page.html'
    bad.write_text('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
                   'style-src \'unsafe-inline\'"><title>t</title></head><body><div style="width:1500px">wide</div>'
                   '<table style="width:60px"><tr><td>x</td><td style="overflow-wrap:anywhere">internationalisation</td></tr></table>'
                   '<img src=x onerror="document.title=\'pwned-img\'"><a href="javascript:void(0)">x</a>'
                   '<script>document.title=\'pwned-script\'</script></body></html>', encoding='utf8')
    found = ' | '.join(check(bad, work))
    for fault in ('console:', 'script elements besides the checker', 'changed the title', 'event handler attribute',
                  'javascript: link', 'overflows the', 'breaks a word'):
        if fault not in found:
            sys.exit(f'browser test: the checks missed a fault they exist for ({fault}); found: {found}')

    # The diff pages share the report's stylesheet and escaping; they are checked the same way.
    seed_diff, hostile_diff = work / 'seed-diff.html', work / 'hostile-diff.html'
    run('diff', 'iraq-2021-combat-mission/antiwar-com', 'iraq-2021-combat-mission/american-military-news',
        '--format', 'html', '--out', str(seed_diff))
    run('diff', 'Tests/CLITests/Fixtures/hostile-page.html', 'iraq-2021-combat-mission/antiwar-com', '--format', 'html',
        '--out', str(hostile_diff))

    # The outlet profile page, from the records of both events (the hostile page's outlet and title among them).
    records = work / 'records.jsonl'
    lexicons = ['--lexicons', 'lexicons', '--lexicon', 'news-generic', '--lexicon', 'policy-frames']
    with open(records, 'w', encoding='utf8') as out:
        for args in (['iraq-2021-combat-mission'], ['hostile-event', '--corpus', str(corpus)]):
            r = subprocess.run(slant + ['analyze'] + args + lexicons, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if r.returncode != 0:
                sys.exit(f'browser test: slant analyze {" ".join(args)} failed: {r.stderr}')
            out.write(r.stdout)
    profile = work / 'profile.html'
    run('profile', '--records', str(records), '--format', 'html', '--compare', 'Antiwar.com', 'American Military News',
        '--out', str(profile))

    # An event with many outlets (301: 300 built from the seed texts, in groups, and the hostile page): the report sets
    # outlets as rows and writes one page per outlet next to it.
    many_in = work / 'many-input'
    subprocess.run([sys.executable, str(ROOT / 'scripts' / 'many_outlets.py'), str(many_in), '--articles', '300', '--source', a.many_source],
                   check=True, stdout=subprocess.DEVNULL)
    run('import', str(many_in / 'articles.jsonl'), '--corpus', str(corpus))
    run('add', 'many-outlets', 'Tests/CLITests/Fixtures/hostile-page.html', '--corpus', str(corpus))
    many = work / 'many-report.html'
    run('report', 'many-outlets', '--corpus', str(corpus), '--lexicons', 'lexicons', '--groups', str(many_in / 'groups.yaml'),
        '--out', str(many))
    folder = work / 'many-report-outlets'
    outlet_pages = sorted(folder.glob('*.html'))
    many_problems = []
    if len(outlet_pages) != 301:
        many_problems.append(f'{len(outlet_pages)} outlet pages, not 301')
    size = many.stat().st_size
    if size > 3_000_000:
        many_problems.append(f'the report is {size:,} bytes (at most 3 MB)')
    many_problems += broken_links([many] + outlet_pages)
    hostile_page = next((p for p in outlet_pages if 'pwned-body' in p.read_text(encoding='utf8')), None)
    if hostile_page is None:
        many_problems.append('the hostile article text is on no outlet page')
    first = first_screen(many)
    for wanted in ('many-outlets', '301 outlets', 'Dominant frame of the'):
        if wanted not in first:
            many_problems.append(f'the first screen (1280 x 900) does not show {wanted!r}: {first[:300]!r}')

    failed = bool(many_problems)
    print(f'{many.name}: {"ok" if not many_problems else f"{len(many_problems)} problems"} ({size:,} bytes, {len(outlet_pages)} outlet pages, every link resolves)')
    for p in many_problems:
        print('  ' + p)
    pages = [seed, hostile, seed_diff, hostile_diff, profile, many, outlet_pages[0]] + ([hostile_page] if hostile_page else [])
    for page in pages:
        problems = check(page, work)
        status = 'ok' if not problems else f'{len(problems)} problems'
        print(f'{page.name}: {status} (screenshot {work / (page.stem + ".png")})')
        for p in problems:
            print('  ' + p)
        failed |= bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
