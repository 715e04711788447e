"""``nd.contrib.count_sketch``: MXNet 1.9.1 computes it on GPUs only; on CPU it is refused the same way."""
from ..base import MXNetError
from .registry import defop


@defop("_contrib_count_sketch")
def count_sketch(data, h, s, *, out_dim=None, processing_batch_size=32):
    """Count sketch of ``data`` with hash indices ``h`` and signs ``s``; MXNet has no CPU kernel for it."""
    if out_dim is None:
        raise MXNetError("Required parameter out_dim of int is not presented, in operator _contrib_count_sketch")
    raise MXNetError("CountSketch is only available for GPU.")
