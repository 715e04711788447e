"""Custom operators written in Python: ``mx.operator.CustomOp``, ``CustomOpProp``, ``register``.

``nd.Custom(*inputs, op_type=NAME, **kwargs)`` runs the registered operator; it is one registry
entry whose forward and backward call the user's ``forward`` and ``backward``.
"""
import numpy as np

from . import autograd
from .base import MXNetError
from .context import current_context
from .ndarray.ndarray import _wrap
from .ndarray.serialize import DTYPE_TO_FLAG
from .ndarray.registry import defop

_PROPS = {}


class CustomOp:
    """Base of a Python operator: implement ``forward`` and ``backward``; write with ``assign``."""

    def forward(self, is_train, req, in_data, out_data, aux):
        raise NotImplementedError

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        raise NotImplementedError

    def assign(self, dst, req, src):
        """Write ``src`` into ``dst`` as ``req`` says ('write', 'inplace', 'add' or 'null')."""
        if req == "null":
            return
        if req in ("write", "inplace"):
            dst[:] = src
        elif req == "add":
            dst[:] = dst + src
        else:
            raise MXNetError(f"unknown req {req!r}")


class CustomOpProp:
    """Describes a custom operator: its inputs, outputs, shapes and how to create it."""

    def __init__(self, need_top_grad=True):
        self.need_top_grad_ = need_top_grad

    def list_arguments(self):
        return ["data"]

    def list_outputs(self):
        return ["output"]

    def list_auxiliary_states(self):
        return []

    def infer_shape(self, in_shape):
        return in_shape, (in_shape[0],) * len(self.list_outputs()), ()

    def infer_type(self, in_type):
        return (in_type, [in_type[0]] * len(self.list_outputs()),
                [in_type[0]] * len(self.list_auxiliary_states()))

    def declare_backward_dependency(self, out_grad, in_data, out_data):
        return list(out_grad) + list(in_data) + list(out_data)

    def create_operator(self, ctx, in_shapes, in_dtypes):
        raise NotImplementedError


def register(reg_name):
    """Class decorator registering a CustomOpProp subclass as ``op_type=reg_name``."""
    def do_register(prop_cls):
        _PROPS[reg_name] = prop_cls
        return prop_cls
    return do_register


def _prop(op_type, kwargs):
    if op_type not in _PROPS:
        raise MXNetError(f"Custom: no operator registered as {op_type!r}; use @mx.operator.register")
    return _PROPS[op_type](**{k: str(v) for k, v in kwargs.items()})


@defop("Custom", hidden=1)
def custom(*data, op_type=None, **kwargs):
    """Run the custom operator registered as ``op_type`` (outputs, then the operator for backward).

    The inputs are the operator's arguments followed by its auxiliary states, which ``forward`` and
    ``backward`` may update in place.
    """
    prop = _prop(op_type, kwargs)
    nargs = len(prop.list_arguments())
    args, aux = data[:nargs], data[nargs:]
    _, out_shapes, _ = prop.infer_shape([list(a.shape) for a in args])
    _, out_types, _ = prop.infer_type([a.dtype.type for a in args])
    op = prop.create_operator(current_context(), [list(a.shape) for a in data],
                              [DTYPE_TO_FLAG[a.dtype] for a in data])
    outs = [_wrap(np.zeros(tuple(s), dtype=t)) for s, t in zip(out_shapes, out_types)]
    training = autograd.is_training()
    with autograd.pause(train_mode=training):
        op.forward(int(training), ["write"] * len(outs), [_wrap(a) for a in args], outs, [_wrap(a) for a in aux])
    holder = np.empty((), dtype=object)
    holder[()] = (op, nargs)
    return tuple(o._data for o in outs) + (holder,)


@custom.grad
def _(dy, out, *data, op_type=None, **kwargs):
    op, nargs = out[-1][()]
    args, aux = data[:nargs], data[nargs:]
    dys = dy if isinstance(dy, tuple) else (dy,)
    in_grad = [_wrap(np.zeros_like(a)) for a in args]
    with autograd.pause():
        op.backward(["write"] * len(args), [_wrap(d) for d in dys], [_wrap(a) for a in args],
                    [_wrap(o) for o in out[:-1]], in_grad, [_wrap(a) for a in aux])
    return tuple(g._data for g in in_grad) + (None,) * len(aux)


def _custom_outputs(ins, attrs):
    """Output (shape, dtype) pairs of a Custom node from its Prop, without running the operator."""
    attrs = dict(attrs)
    prop = _prop(attrs.pop("op_type", None), attrs)
    nargs = len(prop.list_arguments())
    _, shapes, _ = prop.infer_shape([list(s) for s, _ in ins[:nargs]])
    _, types, _ = prop.infer_type([np.dtype(t).type for _, t in ins[:nargs]])
    return [(tuple(s), np.dtype(t)) for s, t in zip(shapes, types)]


custom.infer_outputs = _custom_outputs
