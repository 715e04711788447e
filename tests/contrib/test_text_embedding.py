"""mx.contrib.text.embedding: pre-trained files (local or downloaded), composition, the registry (values as in MXNet 1.9.1)."""
import numpy as np
import pytest

import distnet as mx
from distnet.contrib import text

F32 = np.float32


@pytest.fixture
def emb_file(tmp_path):
    path = tmp_path / "emb.txt"
    path.write_text("hello 0.1 0.2 0.3\nworld 0.4 0.5 0.6\nhello 9 9 9\nheader 5\n<unk> 1 1 1\nlife -1 -2 -3\n")
    return str(path)


@pytest.fixture
def comma_file(tmp_path):
    path = tmp_path / "emb2.txt"
    path.write_text("hello,1,2\nlife,3,4\n")
    return str(path)


def test_custom_embedding_loads_first_vectors_and_skips_headers(emb_file):
    with pytest.warns(UserWarning) as caught:
        e = text.embedding.CustomEmbedding(emb_file)
    assert len(caught) == 2                                   # the duplicate 'hello' and the header line
    assert e.idx_to_token == ["<unk>", "hello", "world", "life"] and e.vec_len == 3 and e.reserved_tokens is None
    expect = np.array([[1, 1, 1], [0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [-1, -2, -3]], F32)
    assert e.idx_to_vec.dtype == np.float32 and np.array_equal(e.idx_to_vec.asnumpy(), expect)
    assert np.array_equal(e.get_vecs_by_tokens("world").asnumpy(), expect[2])
    both = e.get_vecs_by_tokens(["Hello", "nope"], lower_case_backup=True).asnumpy()
    assert np.array_equal(both, expect[[1, 0]])
    assert e.get_vecs_by_tokens(["Hello"]).shape == (1, 3)


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_update_token_vectors(emb_file):
    e = text.embedding.CustomEmbedding(emb_file)
    e.update_token_vectors("world", mx.nd.array([7, 8, 9]))
    e.update_token_vectors(["hello", "life"], mx.nd.array([[1, 2, 3], [4, 5, 6]]))
    assert e.idx_to_vec.asnumpy()[1:].tolist() == [[1, 2, 3], [7, 8, 9], [4, 5, 6]]
    with pytest.raises(ValueError, match="nope"):
        e.update_token_vectors("nope", mx.nd.array([7, 8, 9]))
    with pytest.raises(AssertionError, match="2-D"):
        e.update_token_vectors(["world", "life"], mx.nd.array([7, 8, 9]))
    with pytest.raises(AssertionError, match="width ofnew_vectors"):
        e.update_token_vectors("world", mx.nd.array([7, 8]))


def test_embedding_over_a_vocabulary_and_unknown_init(comma_file):
    vocab = text.vocab.Vocabulary(mx.contrib.text.utils.count_tokens_from_str("is life is good"),
                                  reserved_tokens=["<pad>"])
    e = text.embedding.CustomEmbedding(comma_file, elem_delim=",", vocabulary=vocab)
    assert e.idx_to_token == ["<unk>", "<pad>", "is", "good", "life"] and e.reserved_tokens == ["<pad>"]
    assert e.idx_to_vec.asnumpy().tolist() == [[0, 0], [0, 0], [0, 0], [0, 0], [3, 4]]
    ones = text.embedding.CustomEmbedding(comma_file, elem_delim=",", init_unknown_vec=mx.nd.ones)
    assert ones.idx_to_vec.asnumpy().tolist() == [[1, 1], [1, 2], [3, 4]]


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_composite_embedding_joins_vectors(emb_file, comma_file):
    vocab = text.vocab.Vocabulary(mx.contrib.text.utils.count_tokens_from_str("life hello x"))
    e1 = text.embedding.CustomEmbedding(emb_file)
    e2 = text.embedding.CustomEmbedding(comma_file, elem_delim=",")
    ce = text.embedding.CompositeEmbedding(vocab, [e1, e2])
    assert ce.vec_len == 5 and ce.idx_to_token == vocab.idx_to_token == ["<unk>", "hello", "life", "x"]
    expect = np.array([[1, 1, 1, 0, 0], [0.1, 0.2, 0.3, 1, 2], [-1, -2, -3, 3, 4], [1, 1, 1, 0, 0]], F32)
    assert np.array_equal(ce.idx_to_vec.asnumpy(), expect)
    assert text.embedding.CompositeEmbedding(vocab, e2).idx_to_vec.shape == (4, 2)
    with pytest.raises(AssertionError):
        text.embedding.CompositeEmbedding(vocab, [3])


def test_bad_files(tmp_path):
    with pytest.raises(ValueError, match="must be a valid path"):
        text.embedding.CustomEmbedding(str(tmp_path / "missing.txt"))
    bad = tmp_path / "bad.txt"
    bad.write_text("a 1 2\nb 1 2 3\n")
    with pytest.raises(AssertionError, match="line 2"):
        text.embedding.CustomEmbedding(str(bad))
    bad.write_text("a\n")
    with pytest.raises(AssertionError, match="line 1"):
        text.embedding.CustomEmbedding(str(bad))


def test_registry_and_pretrained_names(comma_file):
    names = text.embedding.get_pretrained_file_names()
    assert list(names) == ["glove", "fasttext"]
    assert len(names["glove"]) == 10 and len(names["fasttext"]) == 327
    assert names["glove"][0] == "glove.42B.300d.txt" and names["fasttext"][:2] == ["crawl-300d-2M.vec", "wiki.aa.vec"]
    assert text.embedding.get_pretrained_file_names("glove") == names["glove"]
    with pytest.raises(KeyError):
        text.embedding.get_pretrained_file_names("nope")
    with pytest.raises(KeyError, match="nope.txt"):
        text.embedding.create("glove", pretrained_file_name="nope.txt")
    with pytest.raises(AssertionError, match="nope"):
        text.embedding.create("nope")
    with pytest.raises(AssertionError):
        text.embedding.register(int)

    @text.embedding.register
    class LocalEmbed(text.embedding._TokenEmbedding):
        pretrained_file_name_sha1 = {"mine.txt": None}

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self._load_embedding(comma_file, ",", mx.nd.zeros)

    made = text.embedding.create("LocalEmbed")
    assert type(made) is LocalEmbed and made.idx_to_token == ["<unk>", "hello", "life"]
    assert text.embedding.get_pretrained_file_names("localembed") == ["mine.txt"]


def test_missing_pretrained_file_downloads_its_archive(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MXNET_GLUON_REPO", "http://127.0.0.1:1/")      # refuses connections: fails at once
    with pytest.raises(ConnectionError):
        text.embedding.GloVe("glove.6B.50d.txt", embedding_root=str(tmp_path))
    tries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Downloading")]
    assert tries == [f"Downloading {tmp_path}/glove/glove.6B.zip from "
                     "http://127.0.0.1:1/gluon/embeddings/glove/glove.6B.zip..."] * 5


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_published_pretrained_file_is_read_where_it_is(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(mx.gluon.utils, "check_sha1", lambda path, sha1: True)     # a stand-in, taken as published
    folder = tmp_path / "fasttext"
    folder.mkdir()
    (folder / "wiki.simple.vec").write_text("2 2\nthe 0.5 1.5\nof 2 3\n")
    ft = text.embedding.create("fasttext", embedding_root=str(tmp_path))
    assert ft.idx_to_token == ["<unk>", "the", "of"]
    assert ft.idx_to_vec.asnumpy().tolist() == [[0, 0], [0.5, 1.5], [2, 3]]
    assert capsys.readouterr().out == ""


def test_file_without_vectors_fails_in_the_reshape(tmp_path):
    path = tmp_path / "header_only.txt"
    path.write_text("q 1\n")
    with pytest.warns(UserWarning, match="At line 1 .*token q with 1-dimensional vector \\[1.0\\]"):
        with pytest.raises(TypeError, match="'NoneType' object cannot be interpreted as an integer"):
            text.embedding.CustomEmbedding(str(path))


def test_register_and_create_use_the_registry_checks():
    with pytest.raises(TypeError):
        text.embedding.register(5)
    with pytest.raises(AssertionError, match="^Can only register subclass of _TokenEmbedding"):
        text.embedding.register(object)
    with pytest.raises(AssertionError, match="^nope is not registered. Please register with token embedding"):
        text.embedding.create("nope")
    with pytest.raises(KeyError, match="Cannot find `embedding_name` nope"):
        text.embedding.get_pretrained_file_names("nope")


def test_only_pretrained_embeddings_list_pretrained_files():
    assert not hasattr(text.embedding.CustomEmbedding, "pretrained_file_name_sha1")
    assert "glove.6B.50d.txt" in text.embedding.GloVe.pretrained_file_name_sha1
