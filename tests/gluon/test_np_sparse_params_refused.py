"""Under NumPy semantics a row_sparse gradient (Embedding(sparse_grad=True)) or weight (SparseEmbedding) cannot be
made: MXNet's ValueError from mx.np.zeros, raised when the parameter is initialised."""
import pytest

from distnet import gluon, np, npx
from distnet.gluon import nn


@pytest.fixture
def np_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_sparse_grad_embedding_refused_after_its_data_is_made(np_mode):
    emb = nn.Embedding(5, 2, sparse_grad=True)
    with pytest.raises(ValueError, match="stype = row_sparse"):
        emb.initialize()
    assert isinstance(emb.weight.data(), np.ndarray) and emb.weight.data().shape == (5, 2)


def test_sparse_embedding_refused(np_mode):
    with pytest.raises(ValueError, match="stype = row_sparse"):
        gluon.contrib.nn.SparseEmbedding(5, 2).initialize()


def test_sparse_grad_embedding_still_works_with_legacy_arrays():
    emb = nn.Embedding(5, 2, sparse_grad=True)
    emb.initialize()
    assert emb.weight.grad().stype == "row_sparse"
