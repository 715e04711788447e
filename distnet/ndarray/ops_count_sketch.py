"""``nd.contrib.count_sketch``: MXNet 1.9.1 computes it on GPUs only; on CPU it is refused the same way."""
from ..base import MXNetError
from .registry import defop


@defop("_contrib_count_sketch")
def count_sketch(data, h, s, *, out_dim=None, processing_batch_size=32):
    """Count sketch of ``data`` with hash indices ``h`` and signs ``s``; MXNet has no CPU kernel for it."""
    if out_dim is None:
        raise MXNetError("Required parameter out_dim of int is not presented, in operator _contrib_count_sketch")
    raise MXNetError("CountSketch is only available for GPU.")


def _infer_shapes(shapes, attrs):
    """Symbols still infer shapes as MXNet: (N, in_dim) data and (1, in_dim) h, s give (N, out_dim)."""
    if any(s is None for s in shapes) or len(shapes[0]) != 2 or attrs.get("out_dim") is None:
        return None
    return [tuple(s) for s in shapes], [((shapes[0][0], int(attrs["out_dim"])), None)]


count_sketch.infer_shapes = _infer_shapes
