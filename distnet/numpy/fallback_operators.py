"""The custom operators ``empty_like_fallback``, ``resize_fallback`` and ``unravel_index_fallback``: NumPy's
functions run inside a graph, as the ``Custom`` nodes ``mx.sym.np.empty_like``, ``resize`` and
``unravel_index`` build (registered on import, as MXNet registers them; none has a gradient)."""
import ast

import numpy as _np

from .. import operator as _operator
from .creation import empty_like_dtype


def _literal(text):
    """An attribute as the Prop gets it (text) back to its Python value."""
    return ast.literal_eval(text)


class _NoGradient(_operator.CustomOp):
    """A NumPy function's forward, and a backward that refuses (its message names ``name``)."""

    def __init__(self, name, compute):
        super().__init__()
        self.name, self.compute = name, compute

    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], self.compute(in_data[0].asnumpy()))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        raise NotImplementedError(f"Operator {self.name} does not support gradient computation")


@_operator.register("empty_like_fallback")
class EmptyLikeProp(_operator.CustomOpProp):
    """An array shaped as the prototype, of ``dtype`` (the prototype's when 'None')."""

    def __init__(self, dtype, order, subok, shape):
        super().__init__()
        self.dtype = dtype

    def list_arguments(self):
        return ["prototype"]

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def infer_type(self, in_type):
        dtype = empty_like_dtype(self.dtype)
        return in_type, [in_type[0] if dtype is None else dtype.type], []

    def create_operator(self, ctx, in_shapes, in_dtypes):
        return _NoGradient("empty_like", _np.zeros_like)     # (MXNet's are whatever the memory held)


@_operator.register("resize_fallback")
class ResizeProp(_operator.CustomOpProp):
    """The input's elements repeated (or cut) to fill ``new_shape``."""

    def __init__(self, new_shape):
        super().__init__()
        self.new_shape = _literal(new_shape)

    def list_arguments(self):
        return ["a"]

    def infer_shape(self, in_shape):
        shape = (self.new_shape,) if isinstance(self.new_shape, int) else tuple(self.new_shape)
        return in_shape, [shape], []

    def create_operator(self, ctx, in_shapes, in_dtypes):
        return _NoGradient("resize", lambda data: _np.resize(data, self.new_shape))


@_operator.register("unravel_index_fallback")
class UnravelIndexProp(_operator.CustomOpProp):
    """The coordinates in ``shape`` of flat indices, stacked: one row per dimension, in the indices' dtype."""

    def __init__(self, shape):
        super().__init__()
        self.shape = _literal(shape)

    def list_arguments(self):
        return ["indices"]

    def infer_shape(self, in_shape):
        rank = 1 if isinstance(self.shape, int) else len(self.shape)
        return in_shape, [(rank,) + tuple(in_shape[0])], []

    def create_operator(self, ctx, in_shapes, in_dtypes):
        def compute(data):
            return _np.stack(_np.unravel_index(data, self.shape)).astype(data.dtype)
        return _NoGradient("Unravel_index", compute)
