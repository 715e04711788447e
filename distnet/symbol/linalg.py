"""``mx.sym.linalg``: the ``_linalg_*`` operators as symbol functions under their short names."""
from . import _refuse_np_inputs
from .symbol import create as _create, op_signature as _op_signature, positional_check as _positional_check

_NAMES = ("gemm", "gemm2", "potrf", "potri", "trsm", "trmm", "syrk", "sumlogdiag", "extractdiag",
          "makediag", "extracttrian", "maketrian", "inverse", "det", "slogdet", "gelqf", "syevd")

__all__ = list(_NAMES)


def _make(short):
    check_positional = _positional_check("_linalg_" + short, short)

    def apply(*args, name=None, **kwargs):
        check_positional(args)
        _refuse_np_inputs("_linalg_" + short, args, kwargs)
        # MXNet names these nodes after the short name: gemm20, not _linalg_gemm20
        return _create("_linalg_" + short, *args, name=name, hint=short, **kwargs)
    apply.__name__ = apply.__qualname__ = short
    apply.__doc__ = f"Symbol of ``_linalg_{short}``."
    apply.__signature__ = _op_signature("_linalg_" + short)
    return apply


for _short in _NAMES:
    globals()[_short] = _make(_short)

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals())
