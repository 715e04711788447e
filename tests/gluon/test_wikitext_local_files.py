"""WikiText data sets: read from token files or the archive on disk, downloaded (from $MXNET_GLUON_REPO) otherwise."""
import hashlib
import os
import zipfile

import pytest

import distnet as mx
from distnet.gluon.contrib.data.text import WikiText2, WikiText103


def _publish(monkeypatch, cls, path):
    """Make ``path`` the published file of ``cls`` (its SHA-1 the one MXNet checks against)."""
    sha1 = dict(cls._sha1, **{path.name: hashlib.sha1(path.read_bytes()).hexdigest()})
    monkeypatch.setattr(cls, "_sha1", sha1)


@pytest.fixture
def refused_repo(monkeypatch):
    """A data set repository that refuses connections: every download fails at once."""
    monkeypatch.setenv("MXNET_GLUON_REPO", "http://127.0.0.1:1")


def test_tokens_unpacked_from_archive(tmp_path, monkeypatch, refused_repo):
    with zipfile.ZipFile(tmp_path / "wikitext-103-v1.zip", "w") as zf:
        zf.writestr("wikitext-103/wiki.test.tokens", " a b c \n\n b c d \n")
    with pytest.raises(ConnectionError):       # not the published archive: downloaded again
        WikiText103(root=str(tmp_path), segment="test", seq_len=3)
    _publish(monkeypatch, WikiText103, tmp_path / "wikitext-103-v1.zip")
    d = WikiText103(root=str(tmp_path), segment="test", seq_len=3)
    assert os.path.isfile(tmp_path / "wiki.test.tokens")
    # tokens: a b c <eos> b c d <eos>; indices by frequency, ties in first-seen order after <unk>, <eos>
    assert d.vocabulary.idx_to_token == ["<unk>", "<eos>", "b", "c", "a", "d"]
    assert len(d) == 2
    assert d[0][0].asnumpy().tolist() == [4, 2, 3]
    assert d[1][1].asnumpy().tolist() == [2, 3, 5]     # the last <eos> has no next token: dropped
    assert d[1][0].dtype.__name__ == "int32"


def test_missing_files_are_downloaded_with_retries(tmp_path, refused_repo, capsys):
    with pytest.raises(ConnectionError):
        WikiText2(root=str(tmp_path / "nowhere"), segment="validation")
    tries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Downloading")]
    assert tries == [f"Downloading {tmp_path / 'nowhere' / 'wikitext-2-v1.zip'} from "
                     "http://127.0.0.1:1/gluon/dataset/wikitext-2/wikitext-2-v1.zip..."] * 5
    assert os.listdir(tmp_path / "nowhere") == []      # the root is created, as MXNet does before fetching
    assert mx.gluon.contrib.data.text.WikiText2 is WikiText2


def test_token_files_are_read_only_with_the_published_sha1(tmp_path, monkeypatch, refused_repo):
    tokens = tmp_path / "wiki.valid.tokens"
    tokens.write_text(" x y \n y \n")
    with pytest.raises(ConnectionError):
        WikiText2(root=str(tmp_path), segment="validation", seq_len=2)
    _publish(monkeypatch, WikiText2, tokens)
    d = WikiText2(root=str(tmp_path), segment="validation", seq_len=2)
    assert d.vocabulary.idx_to_token == ["<unk>", "<eos>", "y", "x"]
    assert [d[0][0].asnumpy().tolist(), d[0][1].asnumpy().tolist()] == [[3, 2], [2, 1]]
