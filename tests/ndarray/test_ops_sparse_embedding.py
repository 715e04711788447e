"""SparseEmbedding: Embedding's lookup, with a row_sparse weight gradient holding the looked-up rows."""
import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet.base import MXNetError

nd = mx.nd
INDEX = np.array([[0, 2], [4, 2]])
CASES = [Case("_contrib_SparseEmbedding", INDEX, (5, 4), input_dim=5, output_dim=4, ref=lambda i, w: w[i])]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_forward_and_gradient(case):
    run_case(case)


def test_row_sparse_gradient_stores_the_looked_up_rows_as_mxnet():
    w = nd.array(np.arange(20).reshape(5, 4) / 7.0)
    w.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        y = nd.contrib.SparseEmbedding(nd.array(INDEX), w, input_dim=5, output_dim=4)
    y.backward(nd.ones_like(y) * 2)
    assert w.grad.stype == "row_sparse"
    assert w.grad.indices.asnumpy().tolist() == [0, 2, 4]
    np.testing.assert_array_equal(w.grad.asnumpy(), [[2] * 4, [0] * 4, [4] * 4, [0] * 4, [2] * 4])
    np.testing.assert_array_equal(y.asnumpy()[1, 0], (np.arange(16, 20) / 7.0).astype(np.float32))


def test_embedding_only_attributes_are_refused():
    with pytest.raises(MXNetError):
        nd.contrib.SparseEmbedding(nd.array(INDEX), nd.ones((5, 4)), input_dim=5, output_dim=4, sparse_grad=True)
