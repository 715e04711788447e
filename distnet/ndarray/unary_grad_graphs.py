"""The recorded gradients of unary operators, composed as MXNet 1.9.1 composes them.

Under ``create_graph`` MXNet records the gradient of ``log(x)`` as one ``_backward_log(dy, x)`` node whose own
gradient is a small graph of elementwise operators (``reciprocal``, ``elemwise_mul``, ...). Its second order
therefore rounds as that graph does, and its third order differentiates that graph again. Each entry below
gives, for the head gradient ``h`` of the node ``n = dy * f'(v)`` (``v``: the input, or the output for
operators whose backward reads the output), the gradients of ``dy`` and ``v`` in those operators, each as a
function run only when that gradient is needed (as MXNet runs only the needed ones, numbering them).
"""
import numpy as np

from .. import autograd as _ag
from .ndarray import NDArray, _wrap
from .registry import OPS, Op


def _nd():
    from .. import ndarray
    return ndarray


def _log(h, n, dy, x):
    nd = _nd()
    r = nd.reciprocal(x)
    return (lambda: nd.elemwise_mul(h, r),
            lambda: nd.elemwise_mul(h, nd.negative(nd.elemwise_mul(n, r))))


def _log_base(h, n, dy, x):          # log2, log10: the slope taken back out of the node
    nd = _nd()
    r = nd.reciprocal(x)
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.negative(nd.elemwise_mul(n, r))))


def _slope(name, x):
    """f'(x) as MXNet's gradient graphs take it: a second ``_backward_<name>`` node, of ones."""
    return OPS[name].bwd(_nd().ones_like(x), None, x)


def _log1p(h, n, dy, x):
    nd = _nd()
    slope = _slope("log1p", x)
    return (lambda: nd.elemwise_mul(h, slope),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.negative(nd.elemwise_mul(slope, slope)), dy)))


def _expm1(h, n, dy, x):
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.exp(x), dy)))


def _reciprocal(h, n, dy, x):
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(n, nd.reciprocal(x)) * -2.0))


def _square(h, n, dy, x):           # f'' = 2, taken as twice a ones_like of x
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.ones_like(x) * 2.0, dy)))


def _sqrt(h, n, dy, y):
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.negative(nd.reciprocal(nd.square(y))) * 0.5, dy)))


def _rsqrt(h, n, dy, x):
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.negative(nd.reciprocal(x * 2.0)) * 3.0, n)))


def _cbrt(h, n, dy, y):
    nd = _nd()
    cube = (y ** 3.0) * 3.0
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.negative(nd.reciprocal(cube)) * 2.0, dy)))


def _rcbrt(h, n, dy, x):
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(nd.negative(nd.reciprocal(x * 3.0)) * 4.0, n)))


def _arctan_like(name, scale):
    """arctan (scale -2) and arctanh (2): f'' = scale * x * f'^2."""
    def grads(h, n, dy, x):
        nd = _nd()
        slope = _slope(name, x)
        return (lambda: nd.elemwise_mul(h, slope),
                lambda: nd.elemwise_mul(h, nd.elemwise_mul(dy, nd.elemwise_mul(nd.square(slope), x) * scale)))
    return grads


def _arcsin_like(name):
    """arcsin, arccos: f'' = x * f'^3; and arcsinh, arccosh, whose f'' MXNet takes with its sign flipped."""
    def grads(h, n, dy, x):
        nd = _nd()
        slope = _slope(name, x)
        return (lambda: nd.elemwise_mul(h, slope),
                lambda: nd.elemwise_mul(h, nd.elemwise_mul(n, nd.elemwise_mul(nd.square(slope), x))))
    return grads


def _tan_like(scale):
    """tan (scale 2) and tanh (-2), whose backward reads the output y: f'' = scale * y * f'."""
    def grads(h, n, dy, y):
        nd = _nd()
        return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
                lambda: nd.elemwise_mul(h, nd.elemwise_mul(dy, y * scale)))
    return grads


def _sigmoid(h, n, dy, y):           # reads the output: f'' = f' * (1 - 2y), f' coming through y
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd.elemwise_div(n, dy)),
            lambda: nd.elemwise_mul(h, nd.elemwise_mul(dy, nd.elemwise_sub(nd.ones_like(y), y * 2.0))))


def _relu(h, n, dy, y):
    """f'' = 0: the output gradient through a mask of y; y's is MXNet's zeros_like node, numbered only if run."""
    nd = _nd()
    return (lambda: nd.elemwise_mul(h, nd._internal._greater(y, nd.zeros_like(y))),
            lambda: nd.zeros_like(y) if y._node is None else
            _ag._linked_zero(np.zeros(y.shape, y.dtype), y._node, numbered=False))


def _trig(slope, curvature):
    """sin, cos, sinh, cosh: f' and f'' are (negated) operators of x, recomputed."""
    def grads(h, n, dy, x):
        nd = _nd()
        return (lambda: nd.elemwise_mul(h, slope(nd, x)),
                lambda: nd.elemwise_mul(h, nd.elemwise_mul(dy, curvature(nd, x))))
    return grads


def recorded_backward(op, node_grads, reads_output=False):
    """Record ``op``'s gradient under create_graph as MXNet's ``_backward_<op>(dy, x or y)`` node, differentiated
    by ``node_grads``; without create_graph the gradient is computed as before."""
    node_op = Op(f"_backward_{op.name}", lambda dy, v: None, 0)
    node_op.bwd_needs = True
    plain = op.bwd

    @node_op.grad
    def _(h, n, dy, v, needs=(True, True)):
        if isinstance(v, NDArray):      # MXNet runs (and numbers) only the gradient ops it needs
            return tuple(grad() if need else None for grad, need in zip(node_grads(h, n, dy, v), needs))
        grads = node_grads(*[_wrap(np.asarray(a)) for a in (h, n, dy, v)])     # a plain backward: not recorded
        return tuple(grad()._data for grad in grads)

    @op.grad
    def _(dy, out, x):
        if type(x) is np.ndarray or not isinstance(x, NDArray):
            return plain(dy, out, x)
        dy = dy if isinstance(dy, NDArray) else _wrap(np.asarray(dy))
        v = out if reads_output else x
        raw = np.asarray(plain(dy._data, None if out is None else out._data, x._data))
        n = _wrap(raw)
        _ag._record(node_op, (dy, v), (dy._data, v._data), {}, raw, [n])
        return n

    return node_op


def install():
    """Give the unary operators their recorded gradients."""
    for name, grads, reads_output in (
            ("log", _log, False), ("log2", _log_base, False), ("log10", _log_base, False), ("log1p", _log1p, False),
            ("expm1", _expm1, False), ("reciprocal", _reciprocal, False), ("square", _square, False),
            ("sqrt", _sqrt, True),
            ("rsqrt", _rsqrt, False), ("cbrt", _cbrt, True), ("rcbrt", _rcbrt, False),
            ("arctan", _arctan_like("arctan", -2.0), False), ("arctanh", _arctan_like("arctanh", 2.0), False),
            ("arcsin", _arcsin_like("arcsin"), False), ("arccos", _arcsin_like("arccos"), False),
            ("arcsinh", _arcsin_like("arcsinh"), False), ("arccosh", _arcsin_like("arccosh"), False),
            ("tan", _tan_like(2.0), True), ("tanh", _tan_like(-2.0), True), ("sigmoid", _sigmoid, True),
            ("relu", _relu, True),
            ("sin", _trig(lambda nd, x: nd.cos(x), lambda nd, x: nd.negative(nd.sin(x))), False),
            ("cos", _trig(lambda nd, x: nd.negative(nd.sin(x)), lambda nd, x: nd.negative(nd.cos(x))), False),
            ("sinh", _trig(lambda nd, x: nd.cosh(x), lambda nd, x: nd.sinh(x)), False),
            ("cosh", _trig(lambda nd, x: nd.sinh(x), lambda nd, x: nd.cosh(x)), False)):
        node_op = recorded_backward(OPS[name], grads, reads_output)
        if name == "relu":
            _ag.ZEROS_LIKE_INPUTS[node_op] = (1,)
