"""A tuple key's boolean arrays are size-checked as MXNet 1.9.1 checks them: its IndexError words, on the axis
it counts (values measured there)."""
import pytest

import distnet as mx
from distnet import np

CASES = [
    ((slice(None), "mask", (4, 4)), "along axis 2; size is 3 but corresponding boolean size is 4"),
    ((0, "mask", (3,)), "along axis 1; size is 4 but corresponding boolean size is 3"),
    ((Ellipsis, "mask", (2,)), "along axis 0; size is 5 but corresponding boolean size is 2"),   # MXNet skips `...`
    (("mask", (5,), 0, "mask", (2,)), "along axis 2; size is 3 but corresponding boolean size is 2"),
]


def _key(spec):
    key, parts = [], list(spec)
    while parts:
        part = parts.pop(0)
        key.append(np.zeros(parts.pop(0), dtype=bool) if part == "mask" else part)
    return tuple(key)


@pytest.mark.parametrize("spec,words", CASES)
def test_mask_size_error_words_for_get_and_set(spec, words):
    with mx.util.np_shape(True), mx.util.np_array(True):
        arr = np.ones((5, 4, 3))
        with pytest.raises(IndexError, match="boolean index did not match indexed array " + words):
            arr[_key(spec)]
        with pytest.raises(IndexError, match="boolean index did not match indexed array " + words):
            arr[_key(spec)] = 1
        assert arr[(slice(None), np.array([True, False, True, False], dtype=bool))].shape == (5, 2, 3)
