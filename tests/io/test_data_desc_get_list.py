"""DataDesc.get_list reads each entry's first two items, as MXNet's indexing does."""
import numpy as np
import pytest

import distnet as mx


def test_items_after_the_shape_are_ignored():
    descs = mx.io.DataDesc.get_list([("a", (1,), 3)], None)
    assert descs == [("a", (1,))] and descs[0].dtype is np.float32
    typed = mx.io.DataDesc.get_list([("a", (1,), 3)], [("a", "int8")])
    assert typed[0].dtype == "int8"


def test_entry_without_a_shape_is_index_error():
    with pytest.raises(IndexError):
        mx.io.DataDesc.get_list([("a",)], None)


def test_a_two_letter_string_is_a_name_and_a_shape():
    assert mx.io.DataDesc.get_list(["ab"], None) == [("a", "b")]
