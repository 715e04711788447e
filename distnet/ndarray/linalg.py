"""``nd.linalg``: MXNet's linear algebra operators under their short names (``nd.linalg.gemm2``)."""
from .registry import OPS as _OPS, _alias

_NAMES = ("gemm", "gemm2", "potrf", "potri", "trsm", "trmm", "syrk", "sumlogdiag", "extractdiag",
          "makediag", "extracttrian", "maketrian", "inverse", "det", "slogdet", "gelqf", "syevd")

__all__ = list(_NAMES)

for _name in _NAMES:
    # (MXNet's function: potrf)
    globals()[_name] = _alias(_OPS["_linalg_" + _name], "_linalg_" + _name, _name, __name__)

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals())
