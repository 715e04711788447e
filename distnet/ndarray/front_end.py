"""Hand-written legacy operator functions made to take their arguments as MXNet's generated ones do (a legacy
front-end module: operators called from here check their arguments as a user's call)."""
import functools
import inspect

from .array_kinds import called_by_user
from .ndarray import NDArray
from .registry import OPS, Op, refuse_bad_out


def or_operator(op_name, dispatch=OPS.get):
    """Decorate a hand-written function (or method) over operator ``op_name``: called with arguments its signature
    cannot bind (out= and name= by position, a missing input, an unknown keyword), it calls the operator as
    MXNet's generated function does, which then computes or fails in MXNet's words. ``dispatch`` gives the
    operator's callable (the storage-aware one by default)."""
    def wrap(fn):
        signature = inspect.signature(fn)
        params = signature.parameters.values()
        required = sum(p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD for p in params)
        takes = sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in params)
        mxnet_signature = OPS[op_name].mxnet_signature(("out", "name"))
        mxnet_params = mxnet_signature.parameters.values()
        mxnet_takes = (float("inf") if any(p.kind is p.VAR_POSITIONAL for p in mxnet_params)
                       else sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in mxnet_params))

        @functools.wraps(fn)
        def call(*args, **kwargs):
            if len(args) > mxnet_takes:     # Python's own check on MXNet's generated function, made first
                raise TypeError(f"{call.__name__}() takes from 0 to {mxnet_takes} positional arguments but "
                                f"{len(args)} were given")
            _refuse_non_arrays(OPS[op_name].arg_names, args)
            if kwargs or not required <= len(args) <= takes:
                try:
                    signature.bind(*args, **kwargs)
                except TypeError:
                    return dispatch(op_name)(*args, **kwargs)
                refuse_bad_out(kwargs.get("out"))
            return fn(*args, **kwargs)
        call.__signature__ = mxnet_signature     # as MXNet generates it
        return call
    return wrap


def plain_operator(op_name):
    """The operator ``op_name`` without its storage-aware dispatch (for the sparse kernels themselves)."""
    return functools.partial(Op.__call__, OPS[op_name])


def _refuse_non_arrays(names, args):
    """MXNet's generated function asserts that each array input given by position is an NDArray."""
    for name, a in zip(names, args):
        if a is not None and not isinstance(a, NDArray) and called_by_user(0):
            raise AssertionError(f"Argument {name} must have NDArray type, but got {a!s}")
