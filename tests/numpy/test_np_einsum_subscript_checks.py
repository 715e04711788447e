"""einsum's subscripts are parsed as MXNet parses them: symbols first, each output label once, and label sizes
compared across operands whether or not an ellipsis stands for other axes."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("optimize", [False, True])
def test_label_sizes_are_compared_beside_an_ellipsis(optimize):
    a, b = np.arange(24).reshape(2, 3, 4).astype("float32"), np.arange(12).reshape(3, 4).astype("float32")
    with pytest.raises(mx.MXNetError) as e:
        np.einsum("...j,jk->...k", a, b, optimize=optimize)
    assert message_of(e.value) == ("Check failed: dim == 1 || dim == dimension_dict[static_cast<int>(c)]: Size of label 'j' "
                            "for operand  1 (4) does not match previous terms (3).")
    assert np.einsum("...j,jk->...k", a, b.T).shape == (2, 3, 3)


def test_an_output_label_may_appear_once():
    result = np.einsum("ij->ii", np.ones((2, 3)))       # (the kernel refuses it, not the shape function)
    assert result.shape == (2, 2)
    with pytest.raises(mx.MXNetError, match="includes output subscript 'i' multiple times$"):
        result.asnumpy()
    assert np.einsum("ij->ii", np.ones((0, 3))).shape == (0, 0)     # (read empty, its error waits for waitall)


def test_symbols_are_checked_first():
    with pytest.raises(mx.MXNetError, match="Check failed: einsum_symbols_set.test\\(c\\): Character 0 is not a valid"):
        np.einsum("0i", np.ones(3))
