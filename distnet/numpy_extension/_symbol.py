"""``mx.sym.npx``: the npx operators on Symbols (what ``F.npx`` is while a HybridBlock is traced)."""
import types

from ._table import NPX_OPS
from ..symbol.numpy._symbol import operator_symbol
from ..symbol.symbol import op_signature


def _symbol_function(npx_name, op_name):
    def function(*args, name=None, **kwargs):
        from ..symbol.numpy._symbol import create_np
        return create_np(op_name, *args, name=name, hint=npx_name, **kwargs)
    function.__name__ = function.__qualname__ = npx_name
    function.__doc__ = f"``npx.{npx_name}`` on Symbols (registry operator {op_name})."
    function.__signature__ = op_signature(op_name)      # (MXNet's generated one)
    function.__module__ = "distnet.symbol.numpy_extension"
    return function


# npx functions that MXNet's mx.sym.npx has as generated functions of the npx operators: (inputs, attributes)
_GENERATED = {"reshape": (("a",), ("newshape", "reverse", "order")), "nonzero": (("x",), ()),
              "constraint_check": (("input",), ("msg",))}


_IMAGE_OPS = ("adjust_lighting", "crop", "flip_left_right", "flip_top_bottom", "normalize", "random_brightness",
              "random_color_jitter", "random_contrast", "random_flip_left_right", "random_flip_top_bottom",
              "random_hue", "random_lighting", "random_saturation", "resize", "to_tensor")


def _context(ctx):
    from ..context import current_context
    return str(ctx or current_context())


def _size(shape):
    return shape if shape is None or isinstance(shape, tuple) else (shape,) if isinstance(shape, int) else tuple(shape)


def _sampler(op_name, hint, names, values, dtype, ctx, **attrs):
    """A sampling node: parameters given as symbols become its inputs (their attributes None)."""
    from ..symbol import Symbol
    from ..symbol.numpy._symbol import create_np
    inputs = [v for v in values if isinstance(v, Symbol)]
    attrs.update({n: None if isinstance(v, Symbol) else v for n, v in zip(names, values)})
    return create_np(op_name, *inputs, ctx=_context(ctx), dtype=dtype or "float32", hint=hint, **attrs)


def bernoulli(prob=None, logit=None, size=None, dtype=None, ctx=None, out=None):
    """Bernoulli samples of probability ``prob`` or of ``logit`` (a number or a symbol)."""
    if (prob is None) == (logit is None):
        raise ValueError("Either `prob` or `logit` must be specified, but not both. "
                         f"Received prob={prob}, logit={logit}")
    node = _sampler("_npi_bernoulli", "bernoulli", ("prob", "logit"), (prob, logit), dtype, ctx,
                    is_logit=logit is not None, size=_size(size))
    return node


def normal_n(loc=0.0, scale=1.0, batch_shape=None, dtype=None, ctx=None):
    """Normal samples of shape ``batch_shape`` + the parameters' broadcast shape."""
    return _sampler("_npi_normal_n", "normal_n", ("loc", "scale"), (loc, scale), dtype, ctx, size=_size(batch_shape))


def uniform_n(low=0.0, high=1.0, batch_shape=None, dtype=None, ctx=None):
    """Uniform samples of shape ``batch_shape`` + the parameters' broadcast shape."""
    return _sampler("_npi_uniform_n", "uniform_n", ("low", "high"), (low, high), dtype, ctx, size=_size(batch_shape))


def build_namespace():
    """A module ``distnet.symbol.numpy_extension`` holding every npx operator for Symbols, with its ``image``
    and ``random`` submodules."""
    module = types.ModuleType("distnet.symbol.numpy_extension", __doc__)
    for npx_name, op_name in NPX_OPS.items():
        setattr(module, npx_name, _symbol_function(npx_name, op_name))
    for npx_name, (inputs, attributes) in _GENERATED.items():
        setattr(module, npx_name, operator_symbol(npx_name, f"_npx_{npx_name}", inputs, attributes, module.__name__))
    module.image = types.ModuleType("distnet.symbol.numpy_extension.image", "``mx.sym.npx.image``: image operators.")
    for name in _IMAGE_OPS:
        setattr(module.image, name, _symbol_function(name, f"_image_{name}"))
    module.random = types.ModuleType("distnet.symbol.numpy_extension.random", "``mx.sym.npx.random``: samplers.")
    module.random.bernoulli, module.random.normal_n, module.random.uniform_n = bernoulli, normal_n, uniform_n
    from ..context import current_context
    module.random.current_context = current_context     # (as MXNet's module has it)
    return module
