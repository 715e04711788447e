"""``nd.linalg``: MXNet's linear algebra operators under their short names (``nd.linalg.gemm2``)."""
from .registry import OPS

_NAMES = ("gemm", "gemm2", "potrf", "potri", "trsm", "trmm", "syrk", "sumlogdiag", "extractdiag",
          "makediag", "extracttrian", "maketrian", "inverse", "det", "slogdet", "gelqf", "syevd")

__all__ = list(_NAMES)

for _name in _NAMES:
    globals()[_name] = OPS["_linalg_" + _name]
