/// The CSS of slant's HTML pages: inline, print-friendly, no fonts or images fetched.
enum Stylesheet {
    static let css = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --paper: #ffffff; --soft: #f5f6f8;
                --a: #b3261e; --b: #1e6b3a; --del: #fde2e1; --ins: #dcf3e3; --accent: #2354a5; }
        * { box-sizing: border-box; }
        html { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--paper); }
        body { margin: 0; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .4rem; }
        h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 2px solid var(--ink); }
        h3 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
        p, li { max-width: 80ch; }
        a { color: var(--accent); }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; table-layout: auto; }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .muted, .legend { color: var(--muted); font-size: .9rem; }
        .tag { display: inline-block; min-width: 1.4em; text-align: center; font-weight: 700; color: #fff; border-radius: 3px; padding: 0 .3em; }
        .tag.a { background: var(--a); } .tag.b { background: var(--b); }
        del { background: var(--del); color: var(--a); text-decoration: line-through; }
        ins { background: var(--ins); color: var(--b); text-decoration: none; font-weight: 600; }
        table.align { table-layout: fixed; }
        table.align th:first-child { width: 7.5em; font-weight: 600; color: var(--muted); font-size: .82rem; }
        table.align tr.same td { color: var(--muted); }
        table.align tr.only-a td.a { background: #fbeceb; }
        table.align tr.only-b td.b { background: #e9f6ee; }
        table.align td.empty { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f0f0f0 6px 12px); }
        @media print {
          html { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          tr, figure, .article { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
