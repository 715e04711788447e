"""Executor: a symbol bound to arrays; forward replays the graph, backward runs autograd over it."""
from collections import OrderedDict

import numpy as np

from .. import autograd
from ..base import MXNetError
from ..ndarray.ndarray import NDArray, _wrap
from .graph import Program
from .infer import fill_open_shapes, has_open_shapes


def _as_list(names, arrays, what, allow_missing=False):
    if arrays is None:
        return [None] * len(names)
    if isinstance(arrays, dict):
        missing = [n for n in names if n not in arrays]
        if missing and not allow_missing:
            raise MXNetError(f"bind: {what} missing for {missing}")
        return [arrays.get(n) for n in names]
    arrays = list(arrays)
    if len(arrays) != len(names):
        raise MXNetError(f"bind: expected {len(names)} {what} ({names}), got {len(arrays)}")
    return arrays


class Executor:
    """Arrays bound to a symbol's arguments and auxiliary states, with forward and backward."""

    def __init__(self, symbol, ctx, args, args_grad, grad_req, aux_states):
        self._symbol, self._ctx = symbol, ctx
        arg_names, aux_names = symbol.list_arguments(), symbol.list_auxiliary_states()
        self.arg_arrays = _as_list(arg_names, args, "arguments")
        self.grad_arrays = _as_list(arg_names, args_grad, "gradients", allow_missing=True)
        self.aux_arrays = _as_list(aux_names, aux_states, "auxiliary states") if aux_names else []
        reqs = grad_req if isinstance(grad_req, (list, dict)) else {n: grad_req for n in arg_names}
        reqs = _as_list(arg_names, reqs, "grad_req", allow_missing=True)
        self._grad_req = {n: (r or "null") for n, r in zip(arg_names, reqs)}
        self.arg_dict = OrderedDict(zip(arg_names, self.arg_arrays))
        self.grad_dict = OrderedDict((n, g) for n, g in zip(arg_names, self.grad_arrays))
        self.aux_dict = OrderedDict(zip(aux_names, self.aux_arrays))
        for name, arr, grad in zip(arg_names, self.arg_arrays, self.grad_arrays):
            if not isinstance(arr, NDArray):
                raise MXNetError(f"bind: argument {name!r} must be an NDArray, got {type(arr).__name__}")
            if grad is not None and self._grad_req[name] != "null":
                autograd.mark_variables([arr], [grad], self._grad_req[name])
        self._program = Program(symbol._heads)
        if has_open_shapes(self._program):
            fill_open_shapes(self._program, symbol, {n: a.shape for n, a in self.arg_dict.items()})
        self._monitor = None
        self.outputs = []
        self._trained = False            # whether the last forward recorded for backward

    def _values(self):
        values = {**self.arg_dict, **self.aux_dict}
        return [values[n.name] for n in self._program.variables]

    def forward(self, is_train=False, **kwargs):
        """Run the graph (recording for backward when ``is_train``); returns the outputs."""
        for name, value in kwargs.items():
            if name not in self.arg_dict:
                raise MXNetError(f"forward: unknown argument {name!r}; arguments are {list(self.arg_dict)}")
            target = self.arg_dict[name]
            target[:] = value if isinstance(value, NDArray) else _wrap(np.asarray(value, dtype=target.dtype))
        self._trained = is_train
        if is_train:
            with autograd.record(train_mode=True):
                self.outputs = self._program.run(self._values(), self._monitor)
        else:
            with autograd.predict_mode():
                self.outputs = self._program.run(self._values(), self._monitor)
        return self.outputs

    def backward(self, out_grads=None, is_train=True):
        """Gradients of the outputs (times ``out_grads``) into the bound gradient arrays."""
        if not self._trained:
            raise MXNetError("backward called before forward(is_train=True)")
        if isinstance(out_grads, NDArray):
            out_grads = [out_grads]
        heads = [o for o in self.outputs if o._node is not None]
        if out_grads is not None:
            out_grads = [g for o, g in zip(self.outputs, out_grads) if o._node is not None]
        if heads:       # the graph is kept: MXNet's executor may run backward again after one forward
            autograd.backward(heads, out_grads, retain_graph=True, train_mode=is_train)

    @property
    def output_dict(self):
        return OrderedDict(zip(self._symbol.list_outputs(), self.outputs))

    def copy_params_from(self, arg_params, aux_params=None, allow_extra_params=False):
        """Copy values into the bound argument and auxiliary arrays by name."""
        for source, target, what in ((arg_params, self.arg_dict, "argument"), (aux_params or {}, self.aux_dict, "aux")):
            for name, value in source.items():
                if name in target:
                    target[name][:] = value
                elif not allow_extra_params:
                    raise MXNetError(f"copy_params_from: {name!r} is not an {what} of the symbol")

    def reshape(self, partial_shaping=False, allow_up_sizing=False, **kwargs):
        """A new executor for new input shapes (arrays are reallocated); growing needs ``allow_up_sizing``."""
        if not allow_up_sizing:
            for name, shape in kwargs.items():
                old = self.arg_dict.get(name)
                if old is not None and int(np.prod(shape)) > old.size:
                    raise MXNetError(f"reshape: new shape {tuple(shape)} of argument {name!r} is larger than its "
                                     f"current {old.shape}; pass allow_up_sizing=True to allocate new arrays")
        return simple_bind(self._symbol, self._ctx, self._grad_req, None, kwargs)

    def set_monitor_callback(self, callback, monitor_all=False):
        self._monitor = callback

    def debug_str(self):
        return "\n".join(f"{name}: {op.name}" for op, _, _, _, name in self._program.steps)


def simple_bind(symbol, ctx, grad_req, type_dict, shapes):
    """Allocate zero arrays for every input from the given shapes and bind them."""
    arg_shapes, out_shapes, aux_shapes = symbol.infer_shape(**shapes)
    arg_types, out_types, aux_types = symbol.infer_type(**(type_dict or {}))
    args = [_wrap(np.zeros(s, t), ctx) for s, t in zip(arg_shapes, arg_types)]
    names = symbol.list_arguments()
    reqs = grad_req if isinstance(grad_req, dict) else {n: grad_req for n in names}
    grads = {n: _wrap(np.zeros(s, t), ctx) for n, s, t in zip(names, arg_shapes, arg_types)
             if reqs.get(n, "null") != "null"}
    aux = [_wrap(np.zeros(s, t), ctx) for s, t in zip(aux_shapes, aux_types)]
    executor = Executor(symbol, ctx, args, grads, reqs, aux)
    executor.outputs = [_wrap(np.zeros(s, t), ctx) for s, t in zip(out_shapes, out_types)]   # as MXNet allocates
    return executor
