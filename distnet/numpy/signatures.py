"""The parameters ``inspect.signature`` shows for mx.np functions whose MXNet 1.9.1 signature differs from that of the
Python function behind them: its reductions show their documented parameters while a wrapper hands their arguments to
the operator's generated function (in its order, with ``name``, and other keywords to its parser), and a few show
other names. Set on the functions mx.np finally exposes, after ``arg_checks`` wrapped them: its checks
bind calls to the parameters the functions really take."""
import inspect

# qualified name -> the parameters MXNet's function shows (None: its own without **kwargs); the reductions take
# their operator's order by position (max's fourth is ``initial``) and a ``name``, which their signature hides
_REDUCTION = "a, axis=None, keepdims=False, out=None"
_SHOWN = {**dict.fromkeys(("copy", "cumsum", "trace")),
          **dict.fromkeys(("all", "amax", "amin", "any", "max", "min", "sometrue"), _REDUCTION),
          **dict.fromkeys(("prod", "product"), "a, axis=None, dtype=None, out=None, keepdims=False"),
          "sum": "a, axis=None, dtype=None, keepdims=False, initial=None, out=None",
          "matmul": "a, b, out=None, **kwargs",       # (though it binds the arrays as x1 and x2)
          "random.multinomial": "n, pvals, size=None, **kwargs"}


def install(namespace, submodules):
    """Give the functions of ``mx.np`` (``namespace``) and its ``submodules`` (prefix -> module) MXNet's signatures."""
    for qualified, parameters in _SHOWN.items():
        prefix, _, name = qualified.rpartition(".")
        func = getattr(submodules[prefix], name) if prefix else namespace[name]
        func.__signature__ = _without_kwargs(func) if parameters is None else \
            inspect.signature(eval(f"lambda {parameters}: None"))  # noqa: S307  (a fixed parameter list)


def _without_kwargs(func):
    signature = inspect.signature(func)
    return signature.replace(parameters=[p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD])
