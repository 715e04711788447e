"""The custom operators ``empty_like_fallback``, ``resize_fallback``, ``unravel_index_fallback`` and
``mvn_fallback``: functions run inside a graph, as the ``Custom`` nodes ``mx.sym.np.empty_like``, ``resize``,
``unravel_index`` and ``random.multivariate_normal`` build (registered on import, as MXNet registers them;
none has a gradient)."""
import ast

import numpy as _np

from .. import operator as _operator
from .creation import empty_like_dtype


def _literal(text):
    """An attribute as the Prop gets it (text) back to its Python value."""
    return ast.literal_eval(text)


class _NoGradient(_operator.CustomOp):
    """A forward computing a NumPy array from the inputs' (NDArrays), and a backward that refuses (its message
    names ``name``)."""

    def __init__(self, name, compute):
        super().__init__()
        self.name, self.compute = name, compute

    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], self.compute(*in_data))

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
        # (MXNet's values are whatever the memory held)
        return _NoGradient("empty_like", lambda data: _np.zeros(data.shape, data.dtype))


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
        return _NoGradient("resize", lambda data: _np.resize(data.asnumpy(), self.new_shape))


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
            return _np.stack(_np.unravel_index(data.asnumpy(), self.shape)).astype(data.dtype)
        return _NoGradient("Unravel_index", compute)


@_operator.register("mvn_fallback")
class MultivariateNormalProp(_operator.CustomOpProp):
    """Samples of N(mean, cov): ``size`` draws per batch of the broadcast mean and covariance batches."""

    def __init__(self, size):
        super().__init__()
        self.size = _literal(size)

    def list_arguments(self):
        return ["mean", "cov"]

    def infer_shape(self, in_shape):
        mean, cov = (tuple(s) for s in in_shape)
        if mean[-1:] != cov[-1:]:
            raise ValueError(f"mean and cov must have same length.The shape of mean is {list(mean)} but the shape "
                             f"of cov is {list(cov)}")
        size = () if self.size is None else (self.size,) if isinstance(self.size, int) else tuple(self.size)
        return in_shape, [size + _np.broadcast_shapes(mean[:-1], cov[:-2]) + mean[-1:]], []

    def infer_type(self, in_type):
        return in_type, [in_type[0]], []

    def create_operator(self, ctx, in_shapes, in_dtypes):
        from .random import multivariate_normal
        return _NoGradient("random.multivariate_normal", lambda mean, cov: multivariate_normal(
            mean.as_np_ndarray(), cov.as_np_ndarray(), size=self.size).asnumpy())
