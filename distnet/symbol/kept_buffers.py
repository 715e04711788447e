"""The work arrays MXNet's legacy operators keep as hidden outputs, which an executor's monitor is shown after
the visible ones (``<node>_tmp_norm``, ``<node>_workspace``, ``<node>_maxidx``...): their values where MXNet's
kernel writes them, zeros where it leaves the buffer unwritten."""
import numpy as np

from ..ndarray.registry import OPS
from .backward_ops import keeps_pooling_workspace


def kept_buffers(op_name, inputs, out_shape, attrs):
    """The hidden outputs of node ``op_name`` (numpy ``inputs``, first output of ``out_shape``) as numpy arrays
    (``()`` for an op that keeps none)."""
    rule = _RULES.get(op_name)
    return () if rule is None else rule(inputs, out_shape, attrs)


def _lrn(inputs, out_shape, attrs):
    return (np.zeros(inputs[0].shape, np.float32),)       # oneDNN's LRN leaves its scale buffer unwritten


def _pooling(inputs, out_shape, attrs):
    # oneDNN's max pooling keeps its indices there, which the monitor reads as int32
    return (np.zeros(out_shape, np.int32),) if keeps_pooling_workspace(attrs) else ()


def _l2_normalization(inputs, out_shape, attrs):
    from ..ndarray.ops_norm import _l2_norm, _l2_view
    data, mode = inputs[0], str(attrs.get("mode", "instance"))
    view, axis = _l2_view(data, mode)
    norm = _l2_norm(view, axis, float(attrs.get("eps", 1e-10)))
    shape = {"instance": data.shape[:1], "channel": data.shape[:1] + (1,) + data.shape[2:]}.get(mode, data.shape[:2])
    return (norm.reshape(shape),)


def _grid_generator(inputs, out_shape, attrs):
    from ..ndarray.ops_vision import _base_grid
    if str(attrs.get("transform_type")) == "affine":
        return (_base_grid(out_shape[2], out_shape[3], np.float32),)
    ys, xs = np.meshgrid(np.arange(out_shape[2]), np.arange(out_shape[3]), indexing="ij")
    return (np.stack([xs, ys]).astype(np.float32),)       # the pixel each flow vector starts from


def _spatial_transformer(inputs, out_shape, attrs):
    from ..ndarray.ops_vision import _affine_grid, _base_grid
    loc, (h, w) = inputs[1], out_shape[2:]
    source = _affine_grid(loc, (h, w), "SpatialTransformer").reshape(loc.shape[0], 2, h * w)
    return _base_grid(h, w, np.float32, in_double=True), source.astype(np.float32)


def _bilinear_sampler(inputs, out_shape, attrs):
    grid = inputs[1]
    return (np.zeros((grid.shape[0],) + grid.shape[2:] + (2,), inputs[0].dtype),)


def _correlation(inputs, out_shape, attrs):
    pad = int(attrs.get("pad_size", 0))
    return tuple(np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad))).transpose(0, 2, 3, 1) for x in inputs[:2])


def _roi_pooling(inputs, out_shape, attrs):
    """Each maximum's flat index in the data (-1 for an empty bin)."""
    argmax = OPS["ROIPooling"].fwd(*inputs, **attrs)[1]        # (the flat h*w index in its channel)
    _, channels, h, w = inputs[0].shape
    images = inputs[1][:, 0].astype(np.int64).reshape(-1, 1, 1, 1)
    offsets = (images * channels + np.arange(channels).reshape(1, -1, 1, 1)) * h * w
    return (np.where(argmax >= 0, argmax + offsets, -1).astype(np.int32),)


def _ctc_loss(inputs, out_shape, attrs):
    from ..ndarray import ops_rnn
    data = inputs[0]
    if not ops_rnn.graph_needs_gradients() or data.dtype != np.float32:     # MXNet's kernel writes it for a backward
        return (np.zeros(data.shape, data.dtype),)
    given = dict(ops_rnn._defaults(ops_rnn.ctc_loss), **attrs)
    data_lengths, label_lengths = (list(inputs[2:]) + [None, None])[:2]
    return (ops_rnn._ctc_float32(data, inputs[1], data_lengths, label_lengths, given, want_grad=True)[1],)


def _sort(inputs, out_shape, attrs):
    return (np.zeros(inputs[0].shape, np.int32),)        # the indices' buffer, which its kernel leaves unwritten


def _topk(inputs, out_shape, attrs):
    """topk giving values keeps the indices (int32), written for a backward."""
    from ..ndarray import ops_rnn
    if attrs.get("ret_typ", "indices") != "value":
        return ()
    if not ops_rnn.graph_needs_gradients():
        return (np.zeros(out_shape, np.int32),)
    return (OPS["topk"].fwd(inputs[0], **dict(attrs, ret_typ="indices", dtype="int32"))[0],)


def _box_nms(inputs, out_shape, attrs):
    """Each output row's index among all the input rows (-1 for the padding rows)."""
    rows = OPS["_contrib_box_nms"].fwd(*inputs, **attrs)[1]
    flat = np.where(rows >= 0, rows + np.arange(rows.shape[0])[:, None] * rows.shape[1], -1)
    return (flat.reshape(inputs[0].shape[:-1] + (1,)).astype(np.float32),)


def _lu_factors(inputs, out_shape, attrs):
    """LAPACK getrf's factors of each matrix's transpose (MXNet's view of it), in its column-major storage, and
    the 1-based pivots."""
    from ..ndarray.ops_linalg import _lu_steps, getf2
    a = inputs[0]
    mats = a.reshape((-1,) + a.shape[-2:])
    factors, pivots = np.empty_like(mats), np.empty(mats.shape[:2], np.int32)
    with np.errstate(all="ignore"):
        for i, m in enumerate(mats):
            lu, order = getf2(m.T, **_lu_steps(a.dtype))
            factors[i], pivots[i] = lu.T, np.asarray(order) + 1
    return factors.reshape(a.shape), pivots.reshape(a.shape[:-1])


_RULES = {"LRN": _lrn, "Pooling": _pooling, "L2Normalization": _l2_normalization, "GridGenerator": _grid_generator,
          "SpatialTransformer": _spatial_transformer, "BilinearSampler": _bilinear_sampler,
          "Correlation": _correlation, "ROIPooling": _roi_pooling, "CTCLoss": _ctc_loss, "sort": _sort, "topk": _topk,
          "_contrib_box_nms": _box_nms, "_linalg_det": _lu_factors, "_linalg_slogdet": _lu_factors}
