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
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
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

extension Stylesheet {
    /// The framing report's own rules (on top of `css`).
    static let report = """
        .masthead { padding-bottom: .4rem; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: var(--muted); margin: 0 0 .3rem; }
        .lede { font-size: 1.05rem; max-width: 90ch; }
        .toc { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; margin-top: .6rem; }
        .toc a { text-decoration: none; }
        .warnings li { color: #8a4b00; }
        .small { font-size: .84rem; }
        .scroll { overflow-x: auto; max-width: 100%; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
        .cards.wide { grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .7rem .85rem; background: var(--paper); min-width: 0; overflow-wrap: anywhere; }
        .card .outlet, .article .outlet { font-weight: 700; margin: 0 0 .2rem; }
        .card h4 { margin: .7rem 0 .2rem; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        .card ul { padding-left: 1.1rem; margin: .2rem 0; }
        .card li { margin: .15rem 0; }
        .headline-text p { font-size: 1.12rem; line-height: 1.35; font-weight: 600; margin: .3rem 0 .6rem; }
        ul.frames { list-style: none; padding: 0; margin: .1rem 0 .4rem; font-size: .9rem; }
        dl.terms { margin: .3rem 0 0; }
        dl.terms dt { margin-top: .45rem; }
        dl.terms dd { margin: .1rem 0 0 0; font-size: .9rem; }
        svg.timeline { width: 100%; height: auto; max-height: 320px; display: block; margin: .5rem 0 1rem; }
        svg.timeline .axis { stroke: var(--ink); stroke-width: 1.5; }
        svg.timeline .tick { stroke: var(--muted); }
        svg.timeline .tick-label { font-size: 12px; fill: var(--muted); text-anchor: middle; }
        svg.timeline .range { fill: #c9d6ee; }
        svg.timeline .dot { fill: var(--accent); }
        svg.timeline .stem { stroke: #9aa7bd; stroke-dasharray: 2 2; }
        svg.timeline .label { font-size: 13px; fill: var(--ink); }
        table.frames-table th:first-child { width: 14em; min-width: 8em; overflow-wrap: normal; }
        table.frames-table td.chart-cell { padding: .2rem .4rem; }
        table.frames-table td.chart-cell svg { width: 100%; max-width: 170px; min-width: 90px; height: auto; display: block; }
        .outlet-col { font-size: .82rem; }
        .bar.v-narration, .key.v-narration::before { fill: #2354a5; background: #2354a5; }
        .bar.v-quotes, .key.v-quotes::before { fill: #8fb3e8; background: #8fb3e8; }
        .bar.v-headline_and_lead, .key.v-headline_and_lead::before { fill: #d9822b; background: #d9822b; }
        .key::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -.05em; border-radius: 2px; }
        .bar-label { font-size: 10px; fill: var(--ink); }
        .zero { stroke: #c4c7cc; stroke-width: 1; }
        table.matrix td.has { background: #eef3fb; }
        table.matrix tr.group-row th, table.matrix tr.group-row td { border-top: 1px solid var(--ink); font-style: italic; }
        .cluster { border-left: 3px solid var(--accent); padding: .2rem 0 .2rem .8rem; margin: 1rem 0; }
        .cluster ul.members { list-style: none; padding: 0; }
        .cluster blockquote { margin: .2rem 0 .6rem 0; font-size: .92rem; }
        .cut { color: #9aa0a6; text-decoration: line-through; text-decoration-color: #c4c7cc; }
        .kept { background: #fff3c4; }
        table.compact { font-size: .88rem; }
        .article { border-top: 1px solid var(--line); padding-top: .8rem; margin-top: 1.4rem; }
        .article .text { max-width: 80ch; }
        .article .text h4 { font-size: 1.15rem; margin: .4rem 0 .6rem; }
        .article .text p { margin: 0 0 .7rem; }
        .evidence { font-size: .82rem; color: var(--muted); max-width: 100ch; }
        .evidence ul { padding-left: 1rem; }
        .evidence a { margin-right: .25rem; }
        .anchor { scroll-margin-top: 2rem; }
        .anchor:target + span, .anchor:target { outline: 2px solid var(--accent); }
        .q { background: #e8f0fb; }
        .scare { background: #fff0b3; box-shadow: inset 0 -2px 0 #e0a800; }
        .loaded { background: #fde2e1; box-shadow: inset 0 -2px 0 #c5221f; }
        .hedge { box-shadow: inset 0 -2px 0 #e37400; background: #fef1e0; }
        .attr { box-shadow: inset 0 -2px 0 #1a73e8; }
        .attr-loaded { box-shadow: inset 0 -2px 0 #7627bb; background: #f3e8fd; }
        .distancing { box-shadow: inset 0 -2px 0 #a142f4; }
        .frame0 { text-decoration: underline dotted #137333 2px; text-underline-offset: 3px; }
        .frame1 { text-decoration: underline dashed #b06000 1.5px; text-underline-offset: 3px; }
        .frame2 { text-decoration: underline wavy #5f6368 1px; text-underline-offset: 3px; }
        .key.loaded, .key.hedge, .key.attr, .key.attr-loaded, .key.distancing, .key.other { padding: 0 .2em; }
        .key.loaded::before, .key.hedge::before, .key.attr::before, .key.attr-loaded::before, .key.distancing::before, .key.other::before { display: none; }
        footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
        @media print {
          .toc, .evidence { display: none; }
          .cards { grid-template-columns: repeat(2, 1fr); }
          .scroll { overflow: visible; }
          table { font-size: 8.5pt; }
          th, td { padding: .2rem .3rem; }
          .article .text { max-width: none; }
          .card, .cluster { break-inside: avoid; }
        }
        """
}

extension Stylesheet {
    /// The many-outlet report's rules (on top of `report`).
    static let rows = """
        .split { font-size: 1.02rem; margin: .3rem 0; }
        details.rows { margin: .4rem 0 1rem; }
        details.rows > summary, details.names > summary, .outlet-detail > summary { cursor: pointer; color: var(--accent); }
        details.names { display: inline; }
        details.names[open] { display: block; }
        details.names p { margin: .2rem 0; }
        td details.names p { overflow-wrap: normal; }
        table.measures td.small { min-width: 16em; }
        ul.headlines { padding-left: 1.1rem; }
        ul.headlines li { margin: .3rem 0; }
        .headline-line { font-weight: 600; }
        .frame-cluster { border-left: 3px solid var(--line); padding-left: .8rem; margin: .8rem 0; }
        .frame-cluster h4 { margin: .2rem 0; }
        ol.omissions li { margin: .45rem 0; }
        ul.directory { columns: 4 14em; font-size: .9rem; }
        .outlet-detail { border-top: 1px solid var(--line); padding: .3rem 0; }
        """
}

extension Stylesheet {
    /// The diff page's own rules (on top of `css`).
    static let diff = """
        table.align tr.elsewhere td.elsewhere { color: var(--muted); font-size: .9rem; background: #f5f6f8; }
        table.align tr.elsewhere th { color: var(--accent); }
        """
}

