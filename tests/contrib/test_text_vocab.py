"""mx.contrib.text: count_tokens_from_str and Vocabulary (orders measured from MXNet 1.9.1)."""
import collections

import pytest

from distnet.contrib import text

SOURCE = " Life is great ! \n life is good . \n"


def test_count_tokens():
    counter = text.utils.count_tokens_from_str(SOURCE, " ", "\n", True)
    assert counter == collections.Counter({"is": 2, "life": 2, "!": 1, ".": 1, "good": 1, "great": 1})
    starred = text.utils.count_tokens_from_str("*Life*is*great*!*\n*life*is*good*.*\n", "\\*", "\n")
    assert starred["Life"] == 1 and starred["life"] == 1 and starred["is"] == 2
    base = collections.Counter({"a": 3})
    assert text.utils.count_tokens_from_str("a b", counter_to_update=base) is base
    assert base == collections.Counter({"a": 4, "b": 1})


def test_vocabulary_orders_by_frequency_then_token():
    counter = text.utils.count_tokens_from_str(SOURCE, " ", "\n", True)
    v = text.vocab.Vocabulary(counter, reserved_tokens=["<pad>"])
    assert v.idx_to_token == ["<unk>", "<pad>", "is", "life", "!", ".", "good", "great"]
    assert len(v) == 8 and v.token_to_idx["good"] == 6
    assert v.unknown_token == "<unk>" and v.reserved_tokens == ["<pad>"]
    assert v.to_indices("life") == 3 and v.to_indices(["is", "zzz"]) == [2, 0]
    assert v.to_tokens(2) == "is" and v.to_tokens([0, 1]) == ["<unk>", "<pad>"]
    assert text.vocab.Vocabulary(counter, most_freq_count=2, min_freq=2).idx_to_token == ["<unk>", "is", "life"]
    assert text.vocab.Vocabulary(counter, min_freq=2, unknown_token="!").idx_to_token == ["!", "is", "life"]
    assert text.vocab.Vocabulary().idx_to_token == ["<unk>"]


def test_vocabulary_errors():
    counter = collections.Counter(["a", "b"])
    v = text.vocab.Vocabulary(counter)
    with pytest.raises(ValueError, match="100"):
        v.to_tokens(100)
    with pytest.raises(TypeError):
        v.to_tokens("a")
    with pytest.raises(AssertionError, match="min_freq"):
        text.vocab.Vocabulary(counter, min_freq=0)
    with pytest.raises(AssertionError, match="unknown"):
        text.vocab.Vocabulary(counter, reserved_tokens=["<unk>"])
    with pytest.raises(AssertionError, match="duplicate reserved tokens"):
        text.vocab.Vocabulary(counter, reserved_tokens=["x", "x"])
    with pytest.raises(AssertionError, match="Counter"):
        text.vocab.Vocabulary({"a": 1})


def test_to_tokens_formats_the_bad_index_itself():
    v = text.vocab.Vocabulary(collections.Counter(["a", "b"]))
    with pytest.raises(ValueError, match=r"Token index 1 in the provided `indices` is invalid\.$"):
        v.to_tokens(1.0)    # a float index is refused even when in range
    with pytest.raises(TypeError, match="not all arguments converted"):
        v.to_tokens((1, 2))     # a tuple is one index, the % operand itself
    assert v.to_tokens(-1) == "b"     # a negative int indexes from the end, unchecked


def test_reserved_tokens_keep_the_sequence_type_they_were_given_in():
    v = text.vocab.Vocabulary(collections.Counter(["a"]), reserved_tokens=("<pad>",))
    assert v.reserved_tokens == ("<pad>",)
    assert v.idx_to_token == ["<unk>", "<pad>", "a"]
