"""``mx.nd.CachedOp``: a symbol compiled once and called imperatively, as MXNet's ``mx._ctypes.ndarray.CachedOp``."""
from ..base import MXNetError


class CachedOp:
    """Cached operator handle."""

    __slots__ = ["handle", "is_np_sym", "_monitor_callback"]

    def __init__(self, sym, flags=()):
        from ..symbol.numpy import _Symbol
        self._monitor_callback = None
        self.is_np_sym = isinstance(sym, _Symbol)
        self.handle = _compiled(sym, flags)

    def __call__(self, *args, **kwargs):
        """Run the graph on one array per ``sym.list_inputs()``; ``out=`` an array (or a list) to write into."""
        out = kwargs.pop("out", None)
        targets = None if out is None else _output_targets(out)
        if kwargs:
            raise TypeError("CachedOp.__call__ got unexpected keyword argument(s): " + ", ".join(kwargs))
        for arg in args:
            arg.handle      # noqa: B018
        compiled = self.handle
        if targets is not None and len(targets) != compiled.num_outputs:
            raise MXNetError(f"Check failed: *num_outputs == op->num_outputs() ({len(targets)} vs. "
                             f"{compiled.num_outputs}) : CachedOp expects {compiled.num_outputs} outputs, but "
                             f"{len(targets)} was given.")
        _check_inputs(compiled, args)
        hook, monitor_all = self._monitor_callback or (None, False)
        results = compiled(args[0].ctx, *args, op_hook=hook, monitor_all=monitor_all)
        outs = [_typed(o, self.is_np_sym) for o in results]
        if targets is not None:
            for target, result in zip(targets, outs):
                _write(target, result)
            return out
        return outs[0] if len(outs) == 1 else outs

    def _register_op_hook(self, callback, monitor_all=False):
        """Call ``callback(name, op name, array handle)`` on each node's outputs (and inputs with monitor_all)."""
        self._monitor_callback = (callback, monitor_all)

    def __reduce_ex__(self, protocol):
        raise ValueError("ctypes objects containing pointers cannot be pickled")

    def __copy__(self):
        clone = object.__new__(CachedOp)
        for name in CachedOp.__slots__:
            setattr(clone, name, getattr(self, name))
        return clone


def _compiled(sym, flags):
    """The Gluon CachedOp of ``sym`` taking every input as data, after MXNet's checks of the symbol and flags."""
    from ..symbol.cached_op import CachedOp as GraphCachedOp, read_flags
    sym.handle      # noqa: B018 -- MXNet hands the symbol's handle over first: anything else fails here
    read = read_flags(flags)
    return GraphCachedOp(sym, sym.list_inputs(), {}, read.get("inline_limit", 2), read.get("static_alloc", False),
                         read.get("static_shape", False))


def _output_targets(out):
    """The arrays ``out=`` names (one array, or a sequence of them), checked as MXNet reads them: counted, then
    each one's handle taken."""
    from ..ndarray.ndarray import NDArray
    targets = (out,) if isinstance(out, NDArray) else out
    len(targets)
    for target in targets:
        target.handle   # noqa: B018 -- MXNet hands each array's handle over
    return targets


def _typed(array, is_np_sym):
    """An output as MXNet makes it: an mx.np array of an mx.np symbol's graph, else an NDArray."""
    from ..numpy import ndarray as np_ndarray
    if is_np_sym:
        return array if isinstance(array, np_ndarray) else array.as_np_ndarray()
    return array.as_nd_ndarray() if isinstance(array, np_ndarray) else array


def _check_inputs(compiled, args):
    """MXNet's CachedOp checks: one array per graph input, all on the first one's context."""
    names = compiled.sym.list_inputs()
    if len(args) != len(names):
        raise MXNetError(f"Check failed: inputs.size() == num_inputs() ({len(args)} vs. {len(names)}) : ")
    default_ctx = args[0].ctx
    for name, arg in zip(names, args):
        if arg.ctx != default_ctx:
            raise MXNetError(f"Check failed: inputs[i]->ctx() == default_ctx ({arg.ctx} vs. {default_ctx}) : "
                             f"CachedOp requires all inputs to live on the same context. But {names[0]} is on "
                             f"{default_ctx} while {name} is on {arg.ctx}")


def _write(target, result):
    """Write an output into the array the caller gave for it (an mx.np array takes an mx.np value)."""
    from ..numpy import ndarray as np_ndarray
    value = result.as_np_ndarray() if isinstance(target, np_ndarray) else result.as_nd_ndarray()
    target[:] = value
