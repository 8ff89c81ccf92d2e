"""The kit's data files are checked against data/MANIFEST.sha256.

The real data/ folder is never modified: tests that change a file work on a
copy, with kitlib.data pointed at it.
"""

from __future__ import annotations

import shutil

import pytest

import kitlib
from kitlib import articles, data
from kitlib.data import DataFileChanged


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of data/ that kitlib.data reads instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(data.DATA, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(data, "DATA", copy)
    monkeypatch.setattr(data, "MANIFEST", copy / "MANIFEST.sha256")
    data.manifest.cache_clear()
    articles.loading._metadata.cache_clear()
    yield copy
    data.manifest.cache_clear()
    articles.loading._metadata.cache_clear()


def test_every_data_file_is_in_the_manifest_and_nothing_else():
    listed = set(data.manifest())
    present = set(data.data_files())
    assert present - listed == set(), "run  make manifest  after adding a data file"
    assert listed - present == set(), "the manifest lists files that are not in data/"


def test_every_data_file_matches_its_checksum():
    changed = [
        name for name, digest in data.manifest().items() if data.sha256(data.DATA / name) != digest
    ]
    assert changed == []


def test_manifest_lines_are_sorted_and_well_formed():
    lines = data.MANIFEST.read_text(encoding="utf-8").splitlines()
    names = [line.split("  ", 1)[1] for line in lines]
    assert names == sorted(names)
    assert all(len(line.split("  ", 1)[0]) == 64 for line in lines)


def test_the_copy_loads_like_the_original(data_copy):
    nbc, cnn = kitlib.load_pair()
    assert nbc.meta["outlet"] == "NBC News" and cnn.meta["outlet"] == "CNN"


@pytest.mark.parametrize("name", ["raw/000_bff022238aba6ced.txt", "raw/002_5cb04768dae6b401.txt"])
def test_an_edited_article_stops_load_pair_with_the_file_and_the_fix(data_copy, name):
    path = data_copy / name
    path.write_text(path.read_text(encoding="utf-8").replace("Pence", "Pense", 1), encoding="utf-8")
    with pytest.raises(DataFileChanged) as error:
        kitlib.load_pair()
    message = str(error.value)
    assert f"data/{name} has been changed" in message
    assert f"git checkout -- data/{name}" in message
    assert "make manifest" in message


def test_an_edited_metadata_table_is_caught(data_copy):
    path = data_copy / "articles.csv"
    path.write_bytes(path.read_bytes().replace(b"CNN", b"CNM", 1))
    with pytest.raises(DataFileChanged, match=r"data/articles.csv has been changed.*git checkout"):
        kitlib.load_pair()


def test_a_deleted_article_is_named(data_copy):
    (data_copy / "raw/002_5cb04768dae6b401.txt").unlink()
    with pytest.raises(DataFileChanged, match=r"data/raw/002_5cb04768dae6b401.txt is missing.*git"):
        kitlib.load_pair()


def test_a_file_left_out_of_the_manifest_is_named(data_copy):
    (data_copy / "extra.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataFileChanged, match=r"data/extra.csv is not listed.*make manifest"):
        data.data_path("extra.csv")


def test_a_data_error_is_a_kit_error():
    assert issubclass(DataFileChanged, kitlib.KitError)


def test_rewriting_the_manifest_accepts_a_deliberate_change(data_copy):
    path = data_copy / "raw/000_bff022238aba6ced.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA new paragraph.\n", encoding="utf-8")
    with pytest.raises(DataFileChanged):
        data.read_text("raw/000_bff022238aba6ced.txt")
    data.write_manifest()
    assert data.read_text("raw/000_bff022238aba6ced.txt").endswith("A new paragraph.\n")


def test_the_real_manifest_is_untouched_by_these_tests():
    # runs after the tests above in file order: the real files still match
    assert all(data.sha256(data.DATA / n) == d for n, d in data.manifest().items())
    assert data.DATA.name == "data" and data.MANIFEST.parent == data.DATA
