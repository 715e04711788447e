"""An out= MXNet refuses at the call leaves no kernel error behind (its kernel never ran); functions handing
keywords to their operator take out= as its output; dtype words name bool 'unknown' as MXNet's inference does."""
import pytest

import distnet as mx
from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")

B = (np.arange(6).reshape(2, 3) % 3).astype("bool")


@pytest.mark.parametrize("call", [
    lambda out: np.std(B, out=out), lambda out: np.var(B, out=out), lambda out: np.argmax(B, out=out),
    lambda out: np.average(B, out=out), lambda out: np.mean(B.astype("int32"), out=out.astype("int32")),
])
def test_a_refused_out_leaves_no_pending_error(call):
    with pytest.raises(mx.MXNetError, match=r"Shape inconsistent, Provided = \[2,3\], inferred shape=\[\]"):
        call(np.zeros((2, 3), dtype="bool"))
    mx.nd.waitall()         # nothing left to raise
    assert np.cumsum(np.ones(3, dtype="float16")).tolist() == [1.0, 2.0, 3.0]


def test_operator_keyword_functions_write_out():
    x = np.arange(6).reshape(2, 3).astype("float32")
    out = np.zeros((2, 3))
    assert np.roll(x, 1, out=out) is out and out.tolist() == [[5., 0., 1.], [2., 3., 4.]]
    with pytest.raises(mx.MXNetError, match=r"Shape inconsistent, Provided = \[2,3\], inferred shape=\[2\]"):
        np.diag(x, out=np.zeros((2, 3)))
    with pytest.raises(mx.MXNetError, match=r"inferred shape=\[2,3,1\]"):
        np.atleast_3d(x, out=np.zeros((2, 3)))


def test_bool_is_unknown_in_dtype_words():
    with pytest.raises(mx.MXNetError, match="expected float16, got unknown$"):
        np.where(B, B.astype("float16"), B)
    with pytest.raises(mx.MXNetError, match="expected float32, got unknown$"):
        np.polyval(np.array([1., 2.]), B)
