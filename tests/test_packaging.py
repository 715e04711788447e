"""Every Python package (a directory of modules) in the tree is listed in pyproject.toml (a regular install ships it)."""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[1]
MAPPED = {"server": "distnet.server", "worker": "distnet.worker", "launcher": "distnet.launcher"}


def _listed():
    text = (ROOT / "pyproject.toml").read_text()
    block = re.search(r"^packages = \[(.*?)\]", text, re.S | re.M).group(1)
    return set(re.findall(r'"([\w.]+)"', block))


def test_every_package_directory_is_listed():
    found = set()
    # every directory holding modules: regular packages and namespace ones (distnet.tools, as MXNet's tools/)
    dirs = {m.parent for top in ("distnet", *MAPPED) for m in (ROOT / top).glob("**/*.py")}
    for directory in dirs:
        rel = directory.relative_to(ROOT)
        top = rel.parts[0]
        if top == "distnet":
            found.add(".".join(rel.parts))
        elif top in MAPPED:
            found.add(".".join((MAPPED[top],) + rel.parts[1:]))
    missing = sorted(found - _listed())
    assert not missing, f"packages missing from pyproject.toml's packages list: {missing}"
    stale = sorted(_listed() - found)
    assert not stale, f"pyproject.toml lists packages that do not exist: {stale}"


def test_test_file_names_are_unique():
    # the test directories are not packages: pytest imports each file by its base name
    names = [p.name for p in (ROOT / "tests").glob("**/test_*.py")]
    assert sorted({n for n in names if names.count(n) > 1}) == []
