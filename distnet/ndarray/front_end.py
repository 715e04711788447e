"""Hand-written legacy operator functions made to fail as MXNet's generated ones do (a legacy front-end module:
operators called from here check their arguments as a user's call)."""
import functools
import inspect

from .registry import OPS, Op


def fails_as_operator(op_name):
    """Decorate a hand-written function (or method) over operator ``op_name``: called with arguments its signature
    cannot bind (a required one missing, an unknown keyword), it fails as MXNet's generated function does, with
    the operator's own error."""
    def wrap(fn):
        signature = inspect.signature(fn)
        params = signature.parameters.values()
        required = sum(p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD for p in params)

        @functools.wraps(fn)
        def call(*args, **kwargs):
            if kwargs or len(args) < required:
                try:
                    signature.bind(*args, **kwargs)
                except TypeError:
                    Op.__call__(OPS[op_name], *args, **kwargs)      # the operator says what is missing or unknown
                    raise
            return fn(*args, **kwargs)
        return call
    return wrap
