"""The detector's fingerprint changes with its code and data, so caches of detection results never go stale."""

from importlib import metadata, resources

from qualcode.privacy._fingerprint import DATA_FILES, detector_fingerprint, digest


def test_the_fingerprint_hashes_the_detector_code_data_and_jieba_version(tmp_path):
    pkg, data = tmp_path / "privacy", tmp_path / "data"
    pkg.mkdir()
    data.mkdir()
    for entry in resources.files("qualcode.privacy").iterdir():
        if entry.name.endswith(".py"):
            (pkg / entry.name).write_bytes(entry.read_bytes())
    for name in DATA_FILES:
        (data / name).write_bytes(resources.files("qualcode").joinpath("data", name).read_bytes())
    jieba = metadata.version("jieba")
    assert digest(pkg, data, jieba) == detector_fingerprint()  # (exactly these files make the fingerprint)
    seen = {detector_fingerprint(), digest(pkg, data, jieba + ".post1")}
    surnames = data / "surnames_zh.txt"
    surnames.write_text(surnames.read_text(encoding="utf-8") + "新\n", encoding="utf-8")
    seen.add(digest(pkg, data, jieba))
    rules = pkg / "_boundaries.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    seen.add(digest(pkg, data, jieba))
    (pkg / "notes.txt").write_text("not code", encoding="utf-8")  # (a file that is no source changes nothing)
    assert digest(pkg, data, jieba) in seen and len(seen) == 4
