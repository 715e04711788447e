"""Region proposals of a Faster R-CNN RPN (``nd.contrib.Proposal``, ``MultiProposal``), as MXNet's CPU kernel.

Anchors of every scale and ratio are shifted to every feature-map cell, moved by the predicted
deltas, clipped to the image, boxes smaller than ``rpn_min_size`` get score -1, the best
``rpn_pre_nms_top_n`` go through non-maximum suppression and the first ``rpn_post_nms_top_n``
survivors are returned (repeated cyclically when fewer survive). Arithmetic follows the C++:
float32 values, double-precision intermediates where the source mixes in double constants.
"""
import numpy as np

from ..base import MXNetError, located
from .ops_conv import _flag
from .ops_elemwise import libm_f32
from .failures import KernelError
from .ops_contrib import _float32_only
from .registry import defop

_F32 = np.float32


def _floats(value):
    if isinstance(value, str):
        value = value.strip("()[] ").split(",")
    return [float(v) for v in (value if isinstance(value, (list, tuple)) else [value]) if str(v).strip()]


def anchors(feature_stride, scales, ratios):
    """The base anchors (A, 4): for each ratio, each scale, a box centred on the first cell."""
    size = _F32(feature_stride)                      # base box [0, 0, stride - 1, stride - 1]
    ctr = 0.5 * (float(size) - 1.0)
    out = []
    for ratio in ratios:
        size_ratios = np.floor(_F32(size * size) / _F32(ratio))
        for scale in scales:
            new_w = _F32(np.floor(np.sqrt(size_ratios) + _F32(0.5)) * _F32(scale))
            new_h = _F32(np.floor(new_w / _F32(scale) * _F32(ratio) + _F32(0.5)) * _F32(scale))
            out.append([ctr - 0.5 * (float(new_w) - 1.0), ctr - 0.5 * (float(new_h) - 1.0),
                        ctr + 0.5 * (float(new_w) - 1.0), ctr + 0.5 * (float(new_h) - 1.0)])
    return np.array(out, np.float64).astype(_F32)


def _shifted(base, height, width, stride):
    """Every anchor at every cell, ordered (h, w, anchor): (H * W * A, 4)."""
    shift_x = (np.arange(width) * stride).astype(_F32)
    shift_y = (np.arange(height) * stride).astype(_F32)
    shifts = np.stack(np.broadcast_arrays(shift_x[None, :, None], shift_y[:, None, None],
                                          shift_x[None, :, None], shift_y[:, None, None]), axis=-1)
    return (base[None, None] + shifts).reshape(-1, 4)


def _decode(boxes, deltas, im_height, im_width, iou_loss):
    """Boxes moved by the deltas (N, 4) and clipped to the image."""
    x1, y1, x2, y2 = (boxes[:, i] for i in range(4))
    d0, d1, d2, d3 = (deltas[:, i] for i in range(4))
    if iou_loss:        # deltas move each corner directly
        out = [x1 + d0, y1 + d1, x2 + d2, y2 + d3]
    else:
        w = ((x2 - x1).astype(np.float64) + 1.0).astype(_F32)
        h = ((y2 - y1).astype(np.float64) + 1.0).astype(_F32)
        ctr_x = (x1 + 0.5 * (w.astype(np.float64) - 1.0)).astype(_F32)
        ctr_y = (y1 + 0.5 * (h.astype(np.float64) - 1.0)).astype(_F32)
        pred_x, pred_y = d0 * w + ctr_x, d1 * h + ctr_y
        pred_w, pred_h = libm_f32("expf", np.exp, d2) * w, libm_f32("expf", np.exp, d3) * h
        half_w, half_h = 0.5 * (pred_w.astype(np.float64) - 1.0), 0.5 * (pred_h.astype(np.float64) - 1.0)
        out = [(pred_x - half_w).astype(_F32), (pred_y - half_h).astype(_F32),
               (pred_x + half_w).astype(_F32), (pred_y + half_h).astype(_F32)]
    limits = (im_width - _F32(1.0), im_height - _F32(1.0)) * 2
    return np.stack([np.maximum(np.minimum(v, lim), _F32(0)) for v, lim in zip(out, limits)], axis=1)


def _nms(boxes, threshold, limit):
    """Indices kept by greedy non-maximum suppression of score-ordered boxes, at most ``limit``."""
    x1, y1, x2, y2 = (boxes[:, i] for i in range(4))
    area = (x2 - x1 + _F32(1)) * (y2 - y1 + _F32(1))
    suppressed = np.zeros(len(boxes), bool)
    keep = []
    for i in range(len(boxes)):
        if suppressed[i]:
            continue
        keep.append(i)
        if len(keep) >= limit:
            break
        rest = np.arange(i + 1, len(boxes))
        rest = rest[~suppressed[rest]]
        w = np.maximum(_F32(0), np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]) + _F32(1))
        h = np.maximum(_F32(0), np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]) + _F32(1))
        inter = w * h
        overlap = inter / (area[i] + area[rest] - inter)
        suppressed[rest[overlap > _F32(threshold)]] = True
    return np.array(keep, np.int64)


def _one_image(scores, deltas, info, base, a):
    """(post_nms_top_n, 4) boxes and their scores for one image."""
    num_anchors = len(base)
    height, width = scores.shape[1:]
    stride = int(a["feature_stride"])
    boxes = _shifted(base, height, width, stride)
    score = scores[num_anchors:].transpose(1, 2, 0).reshape(-1).astype(_F32)      # foreground, (h, w, anchor)
    delta = deltas.reshape(num_anchors, 4, height, width).transpose(2, 3, 0, 1).reshape(-1, 4).astype(_F32)
    im_height, im_width, im_scale = (_F32(v) for v in info[:3])
    boxes = _decode(boxes, delta, im_height, im_width, _flag(a["iou_loss"]))
    # cells beyond the real image (padding of the feature map) get score -1
    real_h, real_w = _real_cells(im_height, stride), _real_cells(im_width, stride)
    cell_h = np.repeat(np.arange(height), width * num_anchors)
    cell_w = np.tile(np.repeat(np.arange(width), num_anchors), height)
    score = np.where((cell_h >= real_h) | (cell_w >= real_w), _F32(-1), score)
    min_size = _F32(int(a["rpn_min_size"])) * im_scale
    small = ((boxes[:, 2] - boxes[:, 0] + _F32(1)) < min_size) | ((boxes[:, 3] - boxes[:, 1] + _F32(1)) < min_size)
    half = _F32(min_size / _F32(2))
    boxes = np.where(small[:, None], boxes + np.array([-1, -1, 1, 1], _F32) * half, boxes)
    score = np.where(small, _F32(-1), score)
    pre = int(a["rpn_pre_nms_top_n"])
    pre = len(score) if pre <= 0 else min(pre, len(score))
    order = np.argsort(-score, kind="stable")[:pre]
    boxes, score = boxes[order], score[order]
    post = int(a["rpn_post_nms_top_n"])
    keep = _nms(boxes, a["threshold"], min(post, pre))
    pick = keep[np.arange(post) % len(keep)]
    return boxes[pick], score[pick]


def _proposals(cls_prob, bbox_pred, im_info, a, batch):
    n, channels, height, width = _checked_shapes(cls_prob, bbox_pred, im_info)
    _float32_only(cls_prob, bbox_pred, im_info)
    base = anchors(a["feature_stride"], _floats(a["scales"]), _floats(a["ratios"]))
    post = int(a["rpn_post_nms_top_n"])
    placeholder = (np.zeros(((n if batch else 1) * post, 5), cls_prob.dtype),
                   np.zeros(((n if batch else 1) * post, 1), cls_prob.dtype))
    if cls_prob.ndim > 4:
        if batch:       # its kernel views the scores as 4-D
            raise located(KernelError(f"Check failed: dim == ndim() (4 vs. {cls_prob.ndim}) : dimension do not match "
                                      f"target dimension 4 vs {cls_prob.ndim}", _outputs(placeholder, a)),
                          ("../include/mxnet/tuple.h", 584))
        cls_prob = cls_prob.reshape(-1)[:n * channels * height * width].reshape(n, channels, height, width)
    if not batch and n != 1:
        raise KernelError(f"Check failed: in_data[proposal: :kClsProb].shape_[0] == 1 ({n} vs. 1) : Sorry, "
                          "multiple images each device is not implemented.", _outputs(placeholder, a))
    if channels // 2 != len(base):
        raise KernelError(f"Check failed: num_anchors == param_.ratios.ndim() * param_.scales.ndim() "
                          f"({channels // 2} vs. {len(base)}) : ", _outputs(placeholder, a))
    if not batch:       # (MultiProposal does not check: it reads past the map)
        _check_real_size(height, width, im_info[0], a["feature_stride"], _outputs(placeholder, a))
    rois, scores = [], []
    for i in range(n):
        boxes, score = _one_image(cls_prob[i], bbox_pred[i], im_info[i], base, a)
        rois.append(np.concatenate([np.full((len(boxes), 1), i, _F32), boxes], axis=1))
        scores.append(score[:, None])
    rois, scores = np.concatenate(rois).astype(cls_prob.dtype), np.concatenate(scores).astype(cls_prob.dtype)
    return _outputs((rois, scores), a)


def _check_real_size(height, width, info, stride, outputs):
    """Proposal's refusal of a feature map smaller than the image it stands for (image size / stride)."""
    for name, size, image_size in (("height", height, info[0]), ("width", width, info[1])):
        real = _real_cells(image_size, stride)
        if size < real:
            raise KernelError(f"Check failed: {name} >= real_{name} ({size} vs. {real}) : {size} {real}\n", outputs)


def _real_cells(image_size, stride):
    """How many feature-map cells an image side of ``image_size`` pixels covers."""
    return int(_F32(image_size) / _F32(int(stride)))


def _outputs(rois_and_scores, a):
    return rois_and_scores if _flag(a["output_score"]) else rois_and_scores[0]


def _checked_shapes(cls_prob, bbox_pred, im_info):
    """MXNet's shape inference: bbox_pred and im_info follow from cls_prob (N, 2A, H, W); the anchors' count is
    checked by the kernel only."""
    if cls_prob.ndim < 4:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 3 must be in range [0, {cls_prob.ndim})")
    n, channels, height, width = cls_prob.shape[:4]      # (MXNet reads these four, whatever follows)
    for given, wanted in ((bbox_pred.shape, (n, 2 * channels, height, width)), (im_info.shape, (n, 3))):
        if given != wanted:
            raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, given))}], inferred shape="
                             f"({','.join(map(str, wanted))})")
    return n, channels, height, width


def _no_gradient(dy, out, cls_prob, bbox_pred, im_info, **attrs):
    """MXNet's proposal ops pass no gradient back: zeros for every input."""
    return np.zeros_like(cls_prob), np.zeros_like(bbox_pred), np.zeros_like(im_info)


def _register(name, batch, doc):
    """``_contrib_<name>``: one image (Proposal) or a batch of them (MultiProposal)."""
    @defop(name)
    def op(cls_prob, bbox_pred, im_info, *, rpn_pre_nms_top_n=6000, rpn_post_nms_top_n=300, threshold=0.7,
           rpn_min_size=16, scales=(4.0, 8.0, 16.0, 32.0), ratios=(0.5, 1.0, 2.0), feature_stride=16,
           output_score=False, iou_loss=False):
        attrs = dict(rpn_pre_nms_top_n=rpn_pre_nms_top_n, rpn_post_nms_top_n=rpn_post_nms_top_n, threshold=threshold,
                     rpn_min_size=rpn_min_size, scales=scales, ratios=ratios, feature_stride=feature_stride,
                     output_score=output_score, iou_loss=iou_loss)
        return _proposals(cls_prob, bbox_pred, im_info, attrs, batch)
    op.__doc__ = op.fwd.__doc__ = doc
    op.grad(_no_gradient)
    return op


proposal = _register("_contrib_Proposal", False,
                     "Region proposals (post_nms_top_n, 5) rows (0, x1, y1, x2, y2) for one image; scores too with "
                     "output_score.")
multi_proposal = _register("_contrib_MultiProposal", True,
                           "Region proposals for a batch: (N * post_nms_top_n, 5) rows (image index, x1, y1, x2, y2).")
