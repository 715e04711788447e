"""``nd.contrib.count_sketch``: MXNet 1.9.1 computes it on GPUs only; on CPU it is refused the same way."""
from ..base import MXNetError
from .failures import state_refusal
from .ops_contrib import GPU_ONLY
from .registry import defop
from .shape_text import uniform_type_refusal


@defop("_contrib_count_sketch")
def count_sketch(data, h, s, *, out_dim, processing_batch_size=32):
    """Count sketch of ``data`` with hash indices ``h`` and signs ``s``; MXNet has no CPU kernel for it."""
    _check_shapes(data.shape, h.shape)
    for name, x in (("h", h), ("s", s)):        # (types are inferred before the operator is created)
        if x.dtype != data.dtype:
            raise MXNetError(uniform_type_refusal(data.dtype, x.dtype, name))
    raise state_refusal(GPU_ONLY["_contrib_count_sketch"])


def _check_shapes(data, h):
    """MXNet's shape inference: 2-D or 4-D data whose last axis h's second one matches."""
    axis = 3 if len(data) == 4 else 1
    if len(data) != 4 and len(data) != 2:
        raise MXNetError(f"Check failed: dshape.ndim() == 2 ({len(data)} vs. 2) : Data should be 2D or 4D!")
    if len(h) < 2:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {len(h)})")
    if h[1] != data[axis]:
        raise MXNetError(f"Check failed: (*in_shape)[CountSketch: :kH][1] == dshape[{axis}] ({h[1]} vs. "
                         f"{data[axis]}) : H should be 2D tensor with same length as input shape[{axis}], {h[1]} v.s. "
                         f"{data[axis]}")


def _infer_shapes(shapes, attrs):
    """Symbols still infer shapes as MXNet: data (N, in_dim) or (N, C, H, in_dim) and (1, in_dim) h, s give the
    data's shape with out_dim last."""
    if any(s is None for s in shapes) or attrs.get("out_dim") is None:
        return None
    _check_shapes(shapes[0], shapes[1])
    return [tuple(s) for s in shapes], [(tuple(shapes[0][:-1]) + (int(attrs["out_dim"]),), None)]


count_sketch.infer_shapes = _infer_shapes
