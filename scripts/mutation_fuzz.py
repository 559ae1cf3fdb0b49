#!/usr/bin/env python3
"""Black-box mutation fuzzing of the built `slant extract`: mutated copies of real pages, run in batches.

    python3 scripts/mutation_fuzz.py --slant .build/release/slant --runs 100000 [--seed-dir DIR …] [--jobs 2]

Each run is one mutated page (bit flips, byte insertions and deletions, truncation, duplicated or removed markup,
bytes that are invalid in UTF-8 or undefined in windows-1252, swapped charset declarations). Pages go through
`slant extract --files-from` in batches; a batch that dies by a signal is replayed page by page to find the pages
that crash it, which are saved to --crashes. A failure with an error message (exit 1) is fine: the point is that no
page kills the process. Seeds: the repository's fixture pages, plus ../shared/data/extraction-dev when present.
"""
import argparse
import gzip
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = [b"<p>", b"</p>", b"<div>", b"</div>", b"<article>", b"<button><div><div></button>", b"<!--", b"-->",
            b"<script>", b"</script>", b"<meta charset=\"windows-1252\">", b"<meta charset=\"utf-8\">",
            b"<meta charset=\"shift_jis\">", b"<meta charset=\"x-unknown\">", b"\x81", b"\x8d", b"\x9d", b"\xff",
            b"\xc3", b"\xe2\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"&#0;", b"&#xD800;", b"<![CDATA[", b"]]>",
            b"<svg><p>", b"<table><tr><td>", b"<template>", b"hidden", b"\x00", b"<" * 64, b"</body></html>"]


def seeds(dirs, limit):
    pages = []
    for d in dirs:
        for path in sorted(Path(d).glob("*")):
            if path.suffix == ".gz":
                pages.append(gzip.decompress(path.read_bytes()))
            elif path.suffix in (".html", ".htm", ".txt"):
                pages.append(path.read_bytes())
            if len(pages) >= limit:
                return pages
    return pages


def mutate(page, rng):
    data = bytearray(page)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        pos = rng.randrange(len(data) + 1) if data else 0
        if choice < 0.25 and data:
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        elif choice < 0.45:
            data[pos:pos] = rng.choice(SNIPPETS)
        elif choice < 0.6 and data:
            end = min(len(data), pos + rng.randint(1, 256))
            del data[pos:end]
        elif choice < 0.7 and data:
            del data[rng.randrange(len(data)):]
        elif choice < 0.85 and data:
            start = rng.randrange(len(data))
            chunk = data[start:start + rng.randint(1, 512)]
            data[pos:pos] = chunk
        else:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(data)


def run_batch(slant, files, out, jobs):
    listing = out / "list.txt"
    listing.write_text("\n".join(str(f) for f in files))
    result = subprocess.run([slant, "extract", "--files-from", str(listing), "--out", str(out / "o"), "--jobs", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return result.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slant", default=str(ROOT / ".build/release/slant"))
    ap.add_argument("--runs", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seed-dir", action="append", default=[])
    ap.add_argument("--crashes", default=str(ROOT / ".build-fuzz/mutation-crashes"))
    args = ap.parse_args()
    dirs = args.seed_dir or [ROOT / "Tests/ExtractionTests/Fixtures", ROOT / "Tests/CLITests/Fixtures"]
    shared = ROOT.parent / "shared/data/extraction-dev/html"
    if not args.seed_dir and shared.is_dir():
        dirs.append(shared)
    pages = seeds(dirs, 200)
    if not pages:
        sys.exit("no seed pages found")
    rng = random.Random(args.seed)
    crashes = Path(args.crashes)
    crashes.mkdir(parents=True, exist_ok=True)
    crashed, done, started = 0, 0, time.time()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        while done < args.runs:
            n = min(args.batch, args.runs - done)
            files = []
            for k in range(n):
                f = tmp / f"m{k}.html"
                f.write_bytes(mutate(rng.choice(pages), rng))
                files.append(f)
            code = run_batch(args.slant, files, tmp, args.jobs)
            if code < 0:
                for f in files:
                    single = subprocess.run([args.slant, "extract", str(f)], stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL, timeout=120)
                    if single.returncode < 0:
                        crashed += 1
                        target = crashes / f"crash-{done}-{f.name}"
                        target.write_bytes(f.read_bytes())
                        print(f"crash (signal {-single.returncode}): saved {target}", flush=True)
            done += n
            if done % 10_000 < n:
                print(f"{done} runs, {crashed} crashes, {done / (time.time() - started):.0f} runs/s", flush=True)
    print(f"mutation fuzz: {done} runs of `slant extract` on mutated pages, {crashed} crashes")
    sys.exit(1 if crashed else 0)


if __name__ == "__main__":
    main()
