"""``nd.contrib.SparseEmbedding``: Embedding whose weight gradient is row_sparse (the looked-up rows)."""
import numpy as np

from ..base import MXNetError
from .ops_nn import embedding, refuse_data_gradient
from .quantized_symbols import Signature
from .registry import defop
from .shape_text import drop_op_name
from .sparse import _embedding_grad_rows, _sparse_embedding_req


@defop("_contrib_SparseEmbedding")
def sparse_embedding(data, weight, *, input_dim, output_dim, dtype="float32", deterministic=False):
    """Rows of ``weight`` (input_dim, output_dim) picked by the indices in ``data``; a row_sparse weight gradient."""
    try:
        return embedding.fwd(data, weight, input_dim=input_dim, output_dim=output_dim)
    except MXNetError as e:         # Embedding's checks, whose words an NDArray call shows without its name
        raise drop_op_name(e, "Embedding") from None


@sparse_embedding.grad
def _(dy, out, data, weight, *, input_dim=None, output_dim=None, dtype="float32", deterministic=False, needs=None,
      adds_into=()):
    grads = embedding.bwd(dy, out, data, weight, input_dim=input_dim, output_dim=output_dim, sparse_grad=True)
    if needs is not None and needs[0]:      # the kernel's check: the backward returns, the gradients carry the error
        refuse_data_gradient("SparseEmbedding", adds_into, ("../src/operator/tensor/./indexing_op.h", 643))
        return np.zeros(data.shape, data.dtype), grads[1]
    return grads


def _grad_rows(position, inputs, attrs):
    return _embedding_grad_rows(position, inputs, dict(attrs, sparse_grad=True))


def _check_grad_stype(position, attrs, stype, req):
    """MXNet has no SparseEmbedding backward into a dense weight gradient, nor one adding to it (the autograd hook)."""
    if position == 1 and stype != "row_sparse":
        from ..symbol.graph import attr_to_str
        from .param_text import map_keys
        keys = map_keys("_contrib_SparseEmbedding", attrs, True)
        params = "".join(f'"{k}" : {attr_to_str(attrs[k])}, ' for k in keys)
        error = MXNetError("Operator not implemented: operator = _backward_SparseEmbedding\ninput storage types = "
                           "[default, default, ]\noutput storage types = [default, default, ]\nparams = {"
                           f"{params}}}\ncontext.dev_mask = cpu\n")
        error.backward_node_check = "../src/executor/infer_graph_attr_pass.cc:57"     # (storage inference)
        raise error
    if position == 1:
        _sparse_embedding_req(req)


sparse_embedding.shows_add_requests = True
sparse_embedding.grad_rows = _grad_rows
sparse_embedding.check_grad_stype = _check_grad_stype


def _infer_shapes(shapes, attrs):
    """The weight is (input_dim, output_dim); the output adds output_dim to the data's shape."""
    weight = (int(attrs["input_dim"]), int(attrs["output_dim"]))
    if shapes[0] is None:
        return None
    return [tuple(shapes[0]), weight], [(tuple(shapes[0]) + weight[1:], np.dtype(attrs.get("dtype", "float32")).type)]


def _infer_types(types, attrs):
    dtype = np.dtype(attrs.get("dtype", "float32")).type
    return [types[0] or np.float32, dtype], [dtype]


def _front_end_signature(trailing):
    """MXNet's generated function declares Embedding's sparse_grad (its parser refuses it) where the operator's
    deterministic is, which the function passes on as an undeclared keyword."""
    sig = type(sparse_embedding).mxnet_signature(sparse_embedding, trailing)
    return sig.replace(parameters=[p.replace(name="sparse_grad") if p.name == "deterministic" else p
                                   for p in sig.parameters.values()])


sparse_embedding.mxnet_signature = _front_end_signature
sparse_embedding.attr_rank = {"input_dim": 0, "output_dim": 1, "sparse_grad": 2, "dtype": 3}
sparse_embedding.signature = lambda attrs, fresh=False: Signature(["data", "weight"], [], ["output"], True)
sparse_embedding.infer_shapes, sparse_embedding.infer_types = _infer_shapes, _infer_types
sparse_embedding.partial_shapes = True      # (unknown sizes of the data stay unknown in the output's shape)
