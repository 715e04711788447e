"""``nd.contrib.SparseEmbedding``: Embedding whose weight gradient is row_sparse (the looked-up rows)."""
from .ops_nn import embedding
from .registry import defop
from .sparse import _embedding_grad_rows


@defop("_contrib_SparseEmbedding")
def sparse_embedding(data, weight, *, input_dim=None, output_dim=None, dtype="float32", deterministic=False):
    """Rows of ``weight`` (input_dim, output_dim) picked by the indices in ``data``; a row_sparse weight gradient."""
    return embedding.fwd(data, weight, input_dim=input_dim, output_dim=output_dim)


@sparse_embedding.grad
def _(dy, out, data, weight, *, input_dim=None, output_dim=None, dtype="float32", deterministic=False):
    return embedding.bwd(dy, out, data, weight, input_dim=input_dim, output_dim=output_dim)


def _grad_rows(position, inputs, attrs):
    return _embedding_grad_rows(position, inputs, dict(attrs, sparse_grad=True))


sparse_embedding.grad_rows = _grad_rows
