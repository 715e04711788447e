"""Shape and type inference for symbols: parameter shapes from rules, outputs by running the op."""
import collections
import contextlib
import functools
import re
import warnings

import numpy as np

from .. import autograd
from ..base import MXNetError, located, log_time, message_of, negative_size_text
from ..ndarray import failures
from ..ndarray.legacy_layer_shapes import UNKNOWN_AS_UNSIGNED
from ..ndarray.ndarray import _element_type, _wrap
from ..ndarray.ops_conv import group_refusal
from ..ndarray.ops_deformable import DEFORMABLE_OPS, check_ranks
from ..ndarray.ops_misc import cast_by_multicast, multicast_output, multicast_target, note_batch_take_deprecated
from ..ndarray.ops_random import RESOURCE
from ..ndarray.ops_rnn import check_data_rank, check_time_axis
from ..ndarray.registry import inferred_type_name, invoke
from ..ndarray.shape_text import axis_exceeds, in_operator, zeros_are_unknown, zeros_real, zeros_unknown
from ..ndarray.storage_report import kernels_skipped
from ..ndarray.workspace import COPIES_HELD
from ..util import is_np_shape
from .attr_order import iteration_order
from .empty_inputs import runs_on_known_sizes
from .symbol import _mutated_here, _params, keyword_not_found
from . import conv_v1_shapes, multi_weight, np_types
from .given_shapes import LABEL_CHECKED, REGRESSIONS, check_given, expected_shape
from .graph import exec_attrs, input_names, is_variadic, shaped_when_run, topo_order
from .np_shape_rules import NP_SIZED_INPUTS_RUN, NP_WRITES_INPUTS, RealSizes, np_waits_for_known_data, np_written_inputs
from .shape_needs import check_known_inputs, check_np_sizes
from .shape_rules import (NO_BROADCAST_BINARY, TAKES_UNKNOWN_RANK, backward_rule, check_fixed_input_count,
                          check_known_rank, check_reads_axis_one, forward_rule, is_sampler, is_same_shape, merge_shapes, needs_known_inputs,
                          output_shapes, reads_scalar_data_as_unknown, same_shape_inputs, shape_assign,
                          size_below_unknown_refusal)


def _prod(shape):
    return int(np.prod(shape)) if shape else 1


def _channels(attrs, data, op="BatchNorm"):
    """The size of the channel axis (0: unknown); an axis past the data's rank is MXNet's check failure."""
    from ..ndarray.ops_norm import _axis
    return data[_axis(attrs.get("axis", 1), len(data), op)]


def _kl_sparse_reg(attrs, data):
    """One moving average per unit of the data's axis 1."""
    check_reads_axis_one(data)
    return {"moving_avg": (data[1],)}


def _fc(attrs, data):
    n = attrs["num_hidden"]
    if data == () and not attrs.get("flatten", True):     # a 0-d shape computed in the graph has no last size
        raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = -1 must be in range [0, 0)"),
                      ("../include/mxnet/tuple.h", 230))
    if attrs.get("flatten", True) and 0 in data[1:] and not is_np_shape() and zeros_are_unknown():
        raise MXNetError("Check failed: dim_size_is_known(d[i]): Shape dim size must be known, while received -1")
    in_units = _prod(data[1:]) if attrs.get("flatten", True) else data[-1]
    return {"weight": (n, in_units), "bias": (n,)}


_SPATIAL_LAYOUTS = {3: "batch-num_filter-x", 4: "batch-num_filter-y-x", 5: "batch-num_filter-depth-y-x"}


def _check_rank_fits_kernel(attrs, data, checked):
    """A (de)convolution's data has the kernel's rank plus batch and channel axes, checked once the rank is known
    (``checked``: the shape's name in MXNet's message)."""
    rank = len(attrs["kernel"]) + 2
    if len(data) != rank and rank in _SPATIAL_LAYOUTS:
        raise MXNetError(f"Check failed: {checked}.ndim() == {rank}U ({len(data)} vs. {rank}) : Input data should be "
                         f"{rank}D in {_SPATIAL_LAYOUTS[rank]}")


def _refuse_groups(op, rank, channels, num_filter, groups):
    refused = group_refusal(op, rank, channels, num_filter, groups)
    if refused is not None:
        (path, line), words = refused
        raise MXNetError(f"{path}:{line}: {words}")     # (named by the node that fails)


def _conv(attrs, data):
    _check_rank_fits_kernel(attrs, data, "dshp")
    f, g = attrs["num_filter"], attrs.get("num_group", 1)
    channel_last = str(attrs.get("layout")) in ("NWC", "NHWC", "NDHWC")
    channels = data[-1] if channel_last else data[1]
    kernel, f = tuple(attrs["kernel"]), f // g * g      # (its filters counted per group)
    return {"weight": (f,) + kernel + (channels // g,) if channel_last else (f, channels // g) + kernel,
            "bias": (attrs["num_filter"],)}


def _conv_v1(attrs, data):
    """Convolution_v1's weight: Convolution's, its channels a group read as its shape function reads them."""
    shapes = _conv(attrs, data)
    weight = list(shapes["weight"])
    weight[-1 if str(attrs.get("layout")) in ("NHWC", "NDHWC") else 1] = conv_v1_shapes.group_channels(attrs, data)
    return dict(shapes, weight=tuple(weight))


def _check_groups(op, attrs, data):
    """A (de)convolution's shape function checks its groups split the channels, then the filters, once it has
    assigned its weight's and bias's shapes (a Deconvolution reads unknown channels as unsigned, a Convolution
    skips them)."""
    f, g = attrs["num_filter"], attrs.get("num_group", 1)
    channel_last = str(attrs.get("layout")) in ("NWC", "NHWC", "NDHWC")
    channels = data[-1] if channel_last else data[1]
    _refuse_groups(op, len(attrs["kernel"]), channels or (UNKNOWN_AS_UNSIGNED if op == "Deconvolution" else g), f, g)


def _deformable(attrs, data):
    """The deformable convolutions size their weight from whole groups and check the groups after it."""
    f, g = attrs["num_filter"], attrs.get("num_group", 1)
    return {"weight": (f // g * g, data[1] // g) + tuple(attrs["kernel"]), "bias": (f,)}


def _deconv(attrs, data):
    _check_rank_fits_kernel(attrs, data, "dshape")
    f, g = attrs["num_filter"], attrs.get("num_group", 1)
    channel_last = str(attrs.get("layout")) in ("NWC", "NHWC", "NDHWC")
    channels = data[-1] if channel_last else data[1]
    kernel = tuple(attrs["kernel"])
    return {"weight": (channels,) + kernel + (f // g,) if channel_last else (channels, f // g) + kernel, "bias": (f,)}


def _norm(attrs, data, op="BatchNorm"):
    c = (_channels(attrs, data, op),)
    return {"gamma": c, "beta": c, "moving_mean": c, "moving_var": c}


def _norm_v1(attrs, data):
    check_reads_axis_one(data)          # (its channels are axis 1, no axis parameter)
    return _norm({}, data, "BatchNorm_v1")


def _sync_norm(attrs, data):
    from ..ndarray.ops_sync_batch_norm import check_channel_axis
    check_channel_axis(len(data))
    return _norm({}, data)


def _layer_norm(attrs, data):
    c = (_channels(dict(attrs, axis=attrs.get("axis", -1)), data, "LayerNorm"),)
    return {"gamma": c, "beta": c}


def _group_norm(attrs, data):
    groups = int(attrs.get("num_groups", 1))
    if len(data) >= 3 and not data[1] and groups not in (0, 1, -1):     # C's -1 % groups of an unknown channel count
        raise MXNetError("Check failed: dshape[1] % num_groups == 0 (-1 vs. 0) : # of channels must be divisible by # "
                         "of groups")
    c = (attrs.get("num_groups", 1),)
    return {"gamma": c, "beta": c}


def _embedding(attrs, data):
    return {"weight": (attrs["input_dim"], attrs["output_dim"])}


def _prelu(attrs, data):
    if attrs.get("act_type") == "prelu":
        check_reads_axis_one(data)
    return {"gamma": (data[1] if len(data) > 1 else 1,)}


def _instance_norm(attrs, data):
    check_reads_axis_one(data)
    return _norm(attrs, data)


def _label_like_rows(attrs, data):
    if not attrs.get("multi_output"):
        return {"label": data[:-1]} if data else {}     # (a 0-d data's label would have rank -1: unknown)
    from ..ndarray.ops_nn import multi_output_labels
    return {"label": multi_output_labels(data)[0]} if 0 not in data[2:] else {}


def _label_like_data(attrs, data):
    if 0 in data:
        return {}          # MXNet's regression outputs wait for the whole shape
    return {"label": (data[0],) if len(data) == 2 and data[1] == 1 else data}     # (N, 1) data takes (N,) labels


def _softmax_length(attrs, data):
    if not data:
        return {}           # (a 0-d array has no axis to measure)
    axis = int(attrs.get("axis", -1)) % len(data)
    return {"length": tuple(d for i, d in enumerate(data) if i != axis) or (1,)}


def _sequence_length(op, attrs, data):
    axis = int(attrs.get("axis", 0))
    check_time_axis(op, len(data), axis)
    return {"sequence_length": (data[1 - axis],)}       # one per batch entry: the axis that is not time


def _pick_index(attrs, data):
    axis = attrs.get("axis", -1)
    if axis in (None, "None"):
        return {}
    if not -len(data) <= int(axis) < len(data) and len(data) != 1:
        raise MXNetError(axis_exceeds(int(axis), len(data)))
    axis = int(axis) % len(data)
    return {"index": tuple(d for i, d in enumerate(data) if i != axis) or (1,)}


def _rnn(attrs, data):
    gates = {"rnn_relu": 1, "rnn_tanh": 1, "lstm": 4, "gru": 3}[attrs["mode"]]
    dirs = 2 if str(attrs.get("bidirectional", False)).lower() in ("1", "true") else 1
    check_data_rank(len(data))
    h, layers, c = int(attrs["state_size"]), int(attrs["num_layers"]), data[2] or -1    # MXNet sizes with -1
    proj = attrs.get("projection_size")
    r = int(proj) if proj not in (None, "None", 0, "0") else 0
    width = r or h
    size = ((c + width + 2) + (layers - 1) * (width * dirs + width + 2)) * h * gates * dirs
    size += r * h * layers * dirs
    shapes = {"state": (layers * dirs, data[1], width)}       # (MXNet checks the states before the parameters)
    if attrs["mode"] == "lstm":         # (the other modes' fourth input, if any, is the sequence lengths)
        shapes["state_cell"] = (layers * dirs, data[1], h)
    shapes["parameters"] = (size,)
    return shapes


# Shapes of an op's other inputs, from its first input's shape and its attributes.
PARAM_SHAPES = {
    "FullyConnected": _fc, "Convolution": _conv, "Convolution_v1": _conv_v1, "Deconvolution": _deconv,
    "_contrib_DeformableConvolution": _deformable, "_contrib_ModulatedDeformableConvolution": _deformable,
    "IdentityAttachKLSparseReg": _kl_sparse_reg,
    "BatchNorm": _norm, "BatchNorm_v1": _norm_v1, "_contrib_SyncBatchNorm": _sync_norm,
    "_contrib_BatchNormWithReLU": lambda attrs, data: _norm(attrs, data, "_contrib_BatchNormWithReLU"),
    "InstanceNorm": _instance_norm, "LayerNorm": _layer_norm, "GroupNorm": _group_norm, "Embedding": _embedding,
    "_contrib_SparseEmbedding": _embedding,
    "LeakyReLU": _prelu, "RNN": _rnn, "SoftmaxOutput": _label_like_rows, "SVMOutput": _label_like_rows, "LinearRegressionOutput": _label_like_data,
    "LogisticRegressionOutput": _label_like_data, "MAERegressionOutput": _label_like_data,
    "softmax": _softmax_length, "log_softmax": _softmax_length, "softmin": _softmax_length,
    "pick": _pick_index,
    **{op: functools.partial(_sequence_length, op) for op in ("SequenceMask", "SequenceLast", "SequenceReverse")},
}


def _propagate(sym, known_shapes, known_types, partial=True, strict=False, sized=None, head_grads=False):
    """Fill shapes/dtypes of every node output; returns {(node id, i): (shape, dtype)}.

    MXNet 1.x legacy semantics: a 0 dimension (or a None shape) is unknown. Passes forwards (each op
    from its inputs) and backwards (inputs implied by known outputs) repeat until nothing changes.
    ``strict``: the elemwise_* ops refuse inputs of different shapes, as MXNet's symbols do.
    ``sized``: a set that receives the entries whose 0 dimensions are real sizes (an op computed them from
    known inputs, e.g. an empty slice), not unknowns. ``head_grads``: the graph has MXNet's gradient nodes (a
    head gradient copies each output's shape).
    """
    order = topo_order(sym._heads)
    info = {}
    probe_types = _probe_types(order)
    for node in order:
        if node.is_variable:
            shape = known_shapes.get(node.name)
            if not shape or (0 in shape and not is_np_shape()):     # MXNet reads a shape attribute (if any) in
                shape = _declared_shape(node) or shape or None      # place of a shape given with unknowns
            if shape is None and known_shapes.get(node.name) == () and is_np_shape():
                shape = ()           # a 0-d array's shape under NumPy shape semantics (else: unknown)
            dtype = known_types.get(node.name) or probe_types.get((id(node), 0)) or np.float32   # probes run in it
            info[(id(node), 0)] = (None if shape is None else tuple(shape), dtype)
    ops = _asked_nodes([n for n in order if not n.is_variable])
    probed = {}          # node id -> (input shapes and dtypes, outputs): a later pass does not run it again
    sized = set() if sized is None else sized
    noted_first, first_forward = set(), None
    finished = set()        # the ops whose last call saw all their shapes known: MXNet's pass calls them no more
    calls = collections.Counter()       # logging ops: MXNet's calls of each with its data's rank known
    for sweep in range(len(order) + 2):
        before = {k: v[0] for k, v in info.items()}
        for node in ops:
            if sweep == 0 and _logs_as_called(node, info):
                _note_shape_function(node)
                noted_first.add(id(node))
            _count_call(node, info, finished, calls)
            _forward_node(node, info, strict, probed, sized)
            if node.op.name == "reshape":       # (its shape function fills its data from its output at once)
                _backward_node(node, info, sized)
            _note_finished(node, info, sized, finished)
            if strict and sweep == 0:       # MXNet's first pass runs each shape function in turn: the first
                _check_known_inputs(node, info)     # refusing an input it reads unknown fails the pass there
        if first_forward is None and any(_logs_shape_notes(node) for node in ops):
            first_forward = _first_pass_shapes(ops, info, sized)
        if _all_known(order, info, sized):
            _call_unfinished(reversed(ops), finished, calls, info, strict, probed, sized)
            break
        for node in reversed(ops):
            _count_call(node, info, finished, calls)
            if id(node) not in finished and not head_grads and _reads_filled_inputs(node, info):
                _forward_node(node, info, strict, probed, sized)    # (its call checks the inputs others filled)
            _backward_node(node, info, sized)
            if id(node) not in finished and _note_finished(node, info, sized, finished) and _checks_after_fill(node):
                _forward_node(node, info, strict, probed, sized)
        if _all_known(order, info, sized):
            _call_unfinished(ops, finished, calls, info, strict, probed, sized)
            break
        if {k: v[0] for k, v in info.items()} == before:
            break
    for i, (node, j) in enumerate(sym._heads if head_grads else ()):
        size = _below_unknown(info.get((id(node), j), (None,))[0])
        if size is not None:
            raise _copy_refusal(f"_head_grad_{i}_id", "_copy", size)
    _refuse_sizes_below_unknown(info)
    told_later = first_forward is not None and {k: v[0] for k, v in info.items()} != first_forward
    _note_later_calls(ops, info, noted_first, sized, passes=4 if told_later else 3,
                      finished_after={k: calls[k] for k in finished})
    for node in ops if strict else ():      # shape functions of MXNet's that refuse an input left unknown
        _check_known_inputs(node, info)
    return info


def _backward_node(node, info, sized):
    """The input shapes ``node``'s outputs imply, merged into ``info`` (a shape of real 0 sizes is known: no rule
    fills its 0s)."""
    implied = backward_rule(node, _shapes_of(info, node.inputs),
                            _shapes_of(info, [(node, i) for i in range(node.num_outputs)]))
    assign(info, [(entry, shape) for entry, shape in implied if (id(entry[0]), entry[1]) not in sized])


def _note_finished(node, info, sized, finished):
    """Mark ``node`` finished (and say so) when its call left all its shapes known: MXNet's shape function fills
    its inputs from its outputs in the same call (here its backward rule, tried on copies)."""
    entries = [(id(src), i) for src, i in node.inputs] + [(id(node), i) for i in range(node.num_outputs)]
    own = {key: info[key] for key in entries if key in info}
    try:
        _backward_node(node, own, sized)
    except MXNetError:
        return
    if _finished(node, own, sized):
        finished.add(id(node))
        return True


def _reads_filled_inputs(node, info):
    """Whether MXNet's backward pass calling ``node`` checks inputs of known rank against each other: dot of
    vectors compares their lengths, one filled since its last call. (A graph with gradient nodes has their shape
    functions fill the rest in its forward pass first.)"""
    if node.op.name != "dot":
        return False
    shapes = [info.get((id(src), i), (None,))[0] for src, i in node.inputs]
    return all(s is not None and len(s) == 1 for s in shapes)


def _checks_after_fill(node):
    """Whether ``node``'s shape function checks its outputs against the inputs it filled from them in the same
    call (reshape fills its data last, from the output it wrote from the data as it was)."""
    return node.op.name != "reshape"


def _count_call(node, info, finished, calls):
    """A call of MXNet's pass to ``node`` (one not finished), counted where its shape function logs."""
    if id(node) not in finished and _logs_as_called(node, info):
        calls[id(node)] += 1


def _call_unfinished(ops, finished, calls, info, strict, probed, sized):
    """MXNet's final pass once every shape is known: the ops not finished when last called are called again, and
    check the shapes others filled in."""
    for node in ops:
        if id(node) not in finished:
            _count_call(node, info, finished, calls)
            _forward_node(node, info, strict, probed, sized)
            _backward_node(node, info, sized)
            _note_finished(node, info, sized, finished)


def _all_known(order, info, sized):
    """Whether every entry's shape is known (its 0s real sizes where ``sized``): MXNet's pass then stops, its
    shape functions not called again to check what they filled."""
    for node in order:
        for i in range(1 if node.is_variable else node.num_outputs):
            shape = info.get((id(node), i), (None,))[0]
            if shape is None or not (all(d > 0 for d in shape) or (id(node), i) in sized):
                return False
    return True


def _first_pass_shapes(ops, info, sized):
    """The shapes after MXNet's first pass: forward, each shape function filling its inputs from its outputs as
    it is called (a node called earlier does not pass such a fill on to its own inputs until the next pass)."""
    shapes = dict(info)
    for node in ops:
        implied = backward_rule(node, _shapes_of(shapes, node.inputs),
                                _shapes_of(shapes, [(node, i) for i in range(node.num_outputs)]))
        try:
            assign(shapes, [(entry, shape) for entry, shape in implied if (id(entry[0]), entry[1]) not in sized])
        except MXNetError:
            break       # (refused by the pass that follows)
    return {k: v[0] for k, v in shapes.items()}


def _logs_shape_notes(node):
    """Whether ``node``'s MXNet shape function logs a line as it is called: batch_take's deprecation, reshape's
    of target_shape (when shape is not given). Their probe runs log nothing: the pass logs for them."""
    return node.op.name == "batch_take" or node.op.name == "reshape" and not node.attrs.get("shape")


def _logs_as_called(node, info):
    """Whether ``node``'s shape function logs, called now (reshape's only once its data's rank is known)."""
    if not _logs_shape_notes(node):
        return False
    data = info.get((id(node.inputs[0][0]), node.inputs[0][1]), (None,))[0]
    return node.op.name == "batch_take" or data is not None


_silenced = []      # a distnet check's own inference (no pass of MXNet's) logs nothing while this holds a mark
_recorders = []     # lists receiving the notes logged


@contextlib.contextmanager
def shape_logs_silenced():
    """Infer shapes without the lines the logging shape functions print (a check no MXNet pass makes)."""
    _silenced.append(True)
    try:
        yield
    finally:
        _silenced.pop()


@contextlib.contextmanager
def shape_logs_recorded():
    """Infer shapes keeping, in the list yielded, the notes that printed the lines the shape functions logged
    (to log them again for a pass of MXNet's that repeats this one)."""
    notes = []
    _recorders.append(notes)
    try:
        yield notes
    finally:
        _recorders.pop()


def _note_shape_function(node, times=1):
    """The line ``node``'s shape function logs, once for each of ``times`` MXNet's pass calls it."""
    from ..ndarray.ops_shape import _note_target_shape_deprecated
    note = note_batch_take_deprecated if node.op.name == "batch_take" else _note_target_shape_deprecated
    for _ in range(times):
        if not _silenced:
            note()
        for notes in _recorders:
            notes.append(note)


def _note_later_calls(ops, info, noted_first, sized, passes, finished_after):
    """The lines the logging shape functions log after MXNet's first pass: a node the pass finished logged once
    for each call until then (``finished_after``: node id -> calls; once in all for a node finished only by
    others' fills); one left unknown is called in each of the pass's ``passes`` (3, 4 when more shapes were told
    after its first forward pass), logging from the first with its data's rank known (taken as the third when
    not the first)."""
    for node in ops:
        if not _logs_shape_notes(node):
            continue
        first = id(node) in noted_first
        if id(node) in finished_after:
            _note_shape_function(node, times=max(finished_after[id(node)] - first, 0))
        elif _finished(node, info, sized):
            _note_shape_function(node, times=0 if first else 1)
        elif _logs_as_called(node, info):
            _note_shape_function(node, times=passes - 1 if first else passes - 2)


def _finished(node, info, sized):
    """Whether every input and output shape of ``node`` is known, its 0s real sizes (``sized``) or none (MXNet's
    pass then calls it no more)."""
    entries = list(node.inputs) + [(node, i) for i in range(node.num_outputs)]
    shapes = [info.get((id(src), i), (None,))[0] for src, i in entries]
    return all(_known(s) or s is not None and (id(src), i) in sized for s, (src, i) in zip(shapes, entries))


def _check_known_inputs(node, info):
    """Raise MXNet's failure for a shape function of ``node``'s that refuses an input it reads unknown."""
    shapes = [info.get((id(src), i), (None,))[0] for src, i in node.inputs]
    if not reads_scalar_data_as_unknown(node, shapes):
        check_known_inputs(node, shapes)


def _below_unknown(shape):
    """The first size of ``shape`` below -1 (a failed rule's product, as tile's 0 then -1 repetitions give), or None."""
    return next((d for d in shape or () if d < -1), None)


def _refuse_sizes_below_unknown(info):
    """MXNet's check, once its pass ends, that no shape it left holds a size below -1."""
    for shape, _ in info.values():
        size = _below_unknown(shape)
        if size is not None:
            raise MXNetError(size_below_unknown_refusal(size))


def _asked_nodes(ops):
    """The ops MXNet's shape pass asks: not those reading an output of a cond, while_loop or boolean_mask
    (known only when run) or of a node computed from one. Their outputs, and the inputs they could tell,
    stay unknown, and their checks are never met."""
    dynamic = shaped_when_run(ops)
    return [n for n in ops if not any(id(src) in dynamic for src, _ in n.inputs)]


def _shapes_of(info, entries):
    return [(entry, info.get((id(entry[0]), entry[1]), (None,))[0]) for entry in entries]


def assign(info, targets):
    """Merge shapes into entries: unknown dimensions are filled, known ones kept."""
    for (node, i), shape in targets:
        if shape is None:
            continue
        current, dtype = info.get((id(node), i), (None, np.float32))
        info[(id(node), i)] = (merge_shapes(current, shape), dtype)


def open_creation_shape(op, attrs, has_inputs):
    """Whether an op without inputs (zeros, full, a sampler) leaves its ``shape`` to inference: legacy shape
    semantics read a shape not given, () or one with a 0 size as unknown, filled in from the graph around it
    (e.g. a Gluon RNN's begin state of unknown batch); NumPy shape semantics keep every size."""
    if has_inputs or op.name.startswith("_np") or "shape" not in _params(op) or is_np_shape():
        return False            # (mx.np's zeros and ones keep their sizes)
    shape = attrs.get("shape")
    if shape is None or shape == "None":
        return True
    dims = [int(d) for d in re.findall(r"-?\d+", shape)] if isinstance(shape, str) else list(np.atleast_1d(shape))
    return not dims or 0 in dims


def _known(shape):
    return shape is not None and 0 not in shape


def _open_range(op_name, attrs):
    """An ``arange(infer_range=True)``: its length comes from the graph around it, as a shape does."""
    if op_name != "_arange":
        return False
    flag = attrs.get("infer_range", False)
    return flag.strip().lower() in ("1", "true") if isinstance(flag, str) else bool(flag)


def _open_dtype(op_name, attrs):
    """A ``_zeros_without_dtype``: its dtype comes from the graph around it, as an open shape does."""
    return op_name == "_zeros_without_dtype" and str(attrs.get("dtype", -1)) == "-1"


def has_open_shapes(program):
    """Whether ``program`` has ``zeros(shape=(0, n))``-style steps whose shapes (or dtypes) come from its inputs."""
    return any(open_creation_shape(op, attrs, ins) or _open_range(op.name, attrs) or _open_dtype(op.name, attrs)
               for op, ins, attrs, _, _ in program.steps)


def fill_open_shapes(program, sym, input_shapes, input_types=None):
    """Give ``program``'s open creation steps (an RNN's begin states) the shapes ``input_shapes`` imply, and the
    dtypes ``input_types`` imply."""
    resolved = resolve_creation_shapes(sym, input_shapes)
    typed = _resolve_creation_types(sym, input_types or {})
    program.steps = [(op, ins, _closed(op.name, attrs, resolved[name]) if name in resolved else attrs, outs, name)
                     for op, ins, attrs, outs, name in program.steps]
    program.steps = [(op, ins, dict(attrs, dtype=typed[name]) if name in typed else attrs, outs, name)
                     for op, ins, attrs, outs, name in program.steps]


def _resolve_creation_types(sym, input_types):
    """{node name: dtype name} for the nodes whose dtype comes from the graph around them."""
    order = topo_order(sym._heads)
    open_nodes = [n for n in order if not n.is_variable and _open_dtype(n.op.name, n.attrs)]
    if not open_nodes:
        return {}
    types = _entry_types(order, input_types, strict=False)
    if any(types.get((id(n), 0)) is None for n in open_nodes):
        raise MXNetError("InferType pass cannot decide dtypes for the following arguments (-1 means unknown dtype). "
                         "Please consider providing them as inputs:\n")
    return {n.name: np.dtype(types[(id(n), 0)]).name for n in open_nodes}


def _closed(op_name, attrs, shape):
    """A creation step's attributes for its inferred ``shape``: an open range gets the stop giving that length."""
    if not _open_range(op_name, attrs):
        return dict(attrs, shape=shape)
    start, step = float(attrs.get("start", 0)), float(attrs.get("step", 1))
    count = -(-shape[0] // int(attrs.get("repeat", 1)))
    return dict(attrs, stop=start + step * (count - 0.5), infer_range=False)


def resolve_creation_shapes(sym, input_shapes):
    """{node name: full shape} for creation nodes whose ``shape`` has unknown (0) dimensions."""
    info = _propagate(sym, dict(input_shapes), {}, partial=True)
    return {n.name: tuple(info[(id(n), 0)][0]) for n in topo_order(sym._heads)
            if not n.is_variable and (open_creation_shape(n.op, n.attrs, n.inputs) or _open_range(n.op.name, n.attrs))
            and _known(info.get((id(n), 0), (None,))[0])}


def _forward_node(node, info, strict, probed, sized):
    """One op's output shapes (and dtypes) from its inputs, merged into ``info``."""
    shapes = [info.get((id(src), i), (None,))[0] for src, i in node.inputs]
    ranks = {len(s) for s in shapes if s is not None}
    if any(_below_unknown(s) is not None for s in shapes) and not (is_same_shape(node) and len(ranks) > 1):
        _refuse_copied_size(node, shapes)       # other ops wait for known inputs: the pass's end refuses the size
        _rule_below_unknown(node, shapes, info)
        return          # (inputs of an elementwise op that differ in rank are refused as such, below)
    if node.op.name == "batch_take" and () in shapes[:2]:
        return _batch_take_of_scalar(node, shapes, info)
    if reads_scalar_data_as_unknown(node, shapes):
        return
    if node.op.name in multi_weight.LAYOUTS:      # its shape function checks, and writes no shape
        multi_weight.check_shapes(node, shapes, [info.get((id(node), k), (None,))[0] for k in range(node.num_outputs)])
        return
    if strict:
        _check_same_shapes(node, [info.get((id(src), i), (None, np.float32)) for src, i in node.inputs],
                           [(id(src), i) in sized for src, i in node.inputs])
        if is_np_shape():
            check_np_sizes(node, [info.get((id(src), i), (None,))[0] for src, i in node.inputs],
                           [(id(src), i) in sized for src, i in node.inputs])
    _fill_params(node, info, sized)
    ins = [info.get((id(src), i), (None, np.float32)) for src, i in node.inputs]
    check_known_rank(node, [s for s, _ in ins])
    if node.op.name in NP_WRITES_INPUTS:
        _write_read_inputs(node, info, ins)
        ins = [info.get((id(src), i), (None, np.float32)) for src, i in node.inputs]
    all_sized = bool(ins) and all(_known(s) or (id(src), i) in sized for (s, _), (src, i) in zip(ins, node.inputs))
    if getattr(node.op, "infer_shapes", None) is not None:     # user code (Custom): ask, never run
        outs_known = [info.get((id(node), i), (None,))[0] for i in range(node.num_outputs)]
        if all(_known(s) for s, _ in ins) and all(_known(s) for s in outs_known):
            return          # as MXNet's pass: a node with every shape known is not asked again
        partial = getattr(node.op, "partial_shapes", False)      # control flow reads unknown (0) dimensions too
        try:
            inferred = node.op.infer_shapes([s if _known(s) or (partial and s is not None) else None for s, _ in ins],
                                            exec_attrs(node))
        except MXNetError as e:
            if message_of(e).startswith("Error in operator "):
                raise
            raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None
        if inferred is not None:
            assign(info, list(zip(node.inputs, inferred[0])))
            ins = [info.get((id(src), i), (None, np.float32)) for src, i in node.inputs]
            for i, (shape, dtype) in enumerate(inferred[1]):
                info[(id(node), i)] = (tuple(shape) if shape is not None else None, dtype)
        return
    given = _legacy_creation_shape(node)
    if given is not None and (given == () or 0 in given):    # left to inference, as MXNet's legacy shapes
        current = info.get((id(node), 0), (None,))[0]
        info[(id(node), 0)] = (merge_shapes(current, given or None), _creation_dtype(node))
        return
    out_entries = [(node, i) for i in range(node.num_outputs)]
    if is_same_shape(node):
        outs = [info.get((id(node), i), (None,))[0] for i in range(node.num_outputs)]
        merged, tied = None, same_shape_inputs(node)
        for shape in [ins[j][0] for j in tied] + (outs if node.op_name not in _FORWARD_SHAPE_ONLY else []):
            merged = merge_shapes(merged, shape)
        assign(info, [(node.inputs[j], merged) for j in tied])
        ins = [info.get((id(src), i), (None, np.float32)) for src, i in node.inputs]
        if merged is not None and any((id(node.inputs[j][0]), node.inputs[j][1]) in sized for j in tied):
            # a computed 0 size reaches every shape tied to it, a real size there too
            sized.update((id(node.inputs[j][0]), node.inputs[j][1]) for j in tied)
            sized.update((id(node), i) for i in range(node.num_outputs))
        # (a 0-d shape an op computed, split's squeezed parts of 1-D data, is known to MXNet's pass; the op
        # called alone would take it for an unknown one)
        if not _known(merged) or merged == () and not is_np_shape():
            dtype = _ruled_dtype(node, ins) if ins else np.float32
            for entry in out_entries:
                info[(id(node), entry[1])] = (merge_shapes(info.get((id(node), entry[1]), (None,))[0], merged), dtype)
            if all_sized and merged is not None:     # empty inputs give empty outputs of their shape
                sized.update((id(node), i) for i in range(node.num_outputs))
            return
    empty_ruled = all_sized and not all(_known(s) for s, _ in ins) and (output_shapes(node, [s for s, _ in ins]) or
                                                                         _runs_on_empty_inputs(node, ins))
    if (all(_known(s) for s, _ in ins) or empty_ruled) and not getattr(node.op, "opaque_shapes", False) \
            and not _open_range(node.op.name, node.attrs):
        signature = tuple((tuple(sh), np.dtype(dt).str) for sh, dt in ins)
        if probed.get(id(node), (None,))[0] == signature:
            outs = probed[id(node)][1]
        else:
            real = empty_ruled and not is_np_shape()     # (a closed form reads legacy 0s as unknown)
            with zeros_real() if real else contextlib.nullcontext():    # (their 0s are sizes)
                ruled = output_shapes(node, [sh for sh, _ in ins])
            if ruled is not None and not (real and None in ruled):     # a closed form: no need to run the op
                outs = [(sh, _ruled_dtype(node, ins)) for sh in ruled]
            else:
                res = _run_on_real_sizes(node, ins) if real else _run_on_probes(node, ins)
                outs = [r if isinstance(r, _ProbeOutput) else (r.shape, r.dtype)
                        for r in (res if isinstance(res, list) else [res])]
            probed[id(node)] = (signature, outs)
        if (ins or _legacy_creation_shape(node) is None) and not _left_unknown(outs):
            # sizes an op computed (linspace's num=0) are real
            sized.update((id(node), i) for i, (sh, _) in enumerate(outs[:node.num_outputs]) if sh is not None)
    elif (any(s is None for s, _ in ins) and node.op.name not in TAKES_UNKNOWN_RANK) or needs_known_inputs(node) \
            or getattr(node.op, "opaque_shapes", False) or _open_range(node.op.name, node.attrs) \
            or is_np_shape() and np_waits_for_known_data(node) and not all_sized:
        outs = [(None, ins[0][1] if ins else np.float32)] * node.num_outputs
    else:
        ruled = forward_rule(node, [s for s, _ in ins])
        if ruled is None and all(sh is not None for sh, _ in ins):
            signature = tuple((tuple(sh), np.dtype(dt).str) for sh, dt in ins)
            if probed.get(id(node), (None,))[0] == signature:
                outs = probed[id(node)][1]
            else:
                closed = output_shapes(node, [sh for sh, _ in ins])
                outs = [(sh, _ruled_dtype(node, ins)) for sh in closed] if closed is not None else \
                    _partial_outputs(node, ins)
                probed[id(node)] = (signature, outs)
        elif ruled is None:
            outs = [(None, ins[0][1])] * node.num_outputs
        else:
            updated_ins, out_shapes = ruled
            assign(info, list(zip(node.inputs, updated_ins)))
            outs = [(s, _ruled_dtype(node, ins)) for s in out_shapes]
            sized.update((id(node), i) for i, s in enumerate(out_shapes) if isinstance(s, RealSizes))
    for i, (shape, dtype) in enumerate(outs[:node.num_outputs]):
        current = info.get((id(node), i), (None,))[0]
        if strict:
            _check_consistent(node, current, shape)
        info[(id(node), i)] = (merge_shapes(current, None if shape is None else tuple(shape)), dtype)


def _write_read_inputs(node, info, ins):
    """The shapes of the inputs a shape function read, as it writes them over (see np_written_inputs)."""
    written = np_written_inputs(node, [s for s, _ in ins])
    for (src, i), shape, (_, dtype) in zip(node.inputs, written or (), ins):
        info[(id(src), i)] = (shape, dtype)


def _batch_take_of_scalar(node, shapes, info):
    """MXNet's batch_take shape function over a 0-d data or indices (read as unknown, NumPy shapes or not): its
    output takes the indices' shape, no check is made of a 0-d data (the pass's checks refuse a 0-d indices')."""
    indices = shapes[1]
    if indices and _known(indices):
        dtype = info.get((id(node.inputs[0][0]), node.inputs[0][1]), (None, np.float32))[1]
        info[(id(node), 0)] = (tuple(indices), dtype)


def _run_on_real_sizes(node, ins):
    """A legacy op's outputs over inputs whose 0 sizes the graph computed (an empty slice): MXNet's pass holds its
    unknown sizes as -1, so its shape functions read these 0s as sizes. A search or norm, whose kernel refuses
    empty data, still has output shapes: those of other sizes in their place, 0 where they tell."""
    with zeros_real():
        try:
            return _run_on_probes(node, ins)
        except MXNetError:
            if not runs_on_known_sizes(node.op) or node.op.name in ("max", "min"):
                raise
        outs = _partial_outputs(node, ins)
    return [np.zeros(shape, dtype) for shape, dtype in outs]


def _refuse_copied_size(node, shapes):
    """MXNet's refusal of an op whose shape function copies sizes of its inputs, one below -1 among them, into a
    shape of its own (other ops wait for inputs of known sizes; their sizes are refused at the pass's end)."""
    site = "tuple.h"
    if is_same_shape(node) and node.op.name != "Dropout" or node.op.name in _COPYING_OPS:
        copied = [d for s in shapes if s is not None for d in s]
    elif node.op.name == "SwapAxis":     # only the two sizes it swaps are written one by one
        attrs, rank = exec_attrs(node), len(shapes[0])
        copied, site = [shapes[0][int(attrs.get(k, 0)) % rank] for k in ("dim1", "dim2")], "./tuple.h"
    elif node.op.name == "FullyConnected" and str(node.attrs.get("flatten", True)).lower() in ("true", "1"):
        copied, site = shapes[0][1:], "./tuple.h"
        below = _below_unknown(copied)
        if 0 in copied[:len(copied) if below is None else copied.index(below)]:
            # it copies the sizes after the first in turn (refusing one below -1), then multiplies them
            raise MXNetError(in_operator(node.name, node.op.name, "Check failed: dim_size_is_known(d[i]): Shape dim "
                                         "size must be known, while received -1", ("../include/mxnet/./tuple.h", 543)))
    elif node.op.name == "FullyConnected":
        copied = shapes[0][-1:]
    else:
        return
    size = _below_unknown(copied)
    if size is not None:
        raise _copy_refusal(node.name, node.op.name, size, site)


# Ops that are not elementwise whose shape functions copy their inputs' sizes (known or not) into shapes of their own
_COPYING_OPS = {"transpose", "expand_dims", "Convolution", "Deconvolution", "Concat"}


def _rule_below_unknown(node, shapes, info):
    """Pooling checks its kernel against its data's sizes, and nearest UpSampling scales them into its output's,
    sizes below -1 among them, as their shape functions read them."""
    if node.op.name not in ("Pooling", "UpSampling"):
        return
    ruled = forward_rule(node, shapes)
    if ruled is not None and ruled[1][0] is not None:
        info[(id(node), 0)] = (tuple(ruled[1][0]), info[(id(node.inputs[0][0]), node.inputs[0][1])][1])


def _copy_refusal(node_name, op_name, size, site="tuple.h"):
    """MXNet's words for node ``node_name`` copying a size below -1 into a shape of its own."""
    return MXNetError(in_operator(node_name, op_name, negative_size_text(size), ("../include/mxnet/" + site, 420)))


def _runs_on_empty_inputs(node, ins):
    """Whether inputs of known sizes, some 0, run ``node``'s op for its output shapes. Legacy ops refuse empty
    arrays (a closed-form rule reads them), but not those a NumPy-interface symbol makes (under NumPy shape
    semantics); NumPy-interface ops do, unless a partial rule reads them."""
    name = node.op.name
    if is_np_shape() and (name in NP_SIZED_INPUTS_RUN or name.startswith("broadcast_")):
        return True
    if not is_np_shape():
        return True
    return name.startswith(("_npi_", "_np_")) and forward_rule(node, [s for s, _ in ins]) is None


def _ruled_dtype(node, ins):
    """The dtype probes downstream run in for an output a shape rule gave: its first input's (where's: x's, a
    cast's: the one it casts to)."""
    if node.op.name in ("Cast", "amp_cast"):
        return _out_type(node, 0, [dt for _, dt in ins], ins[0][1]) or ins[0][1]
    return ins[1][1] if node.op.name == "where" else ins[0][1]


def _legacy_creation_shape(node):
    """The ``shape`` parameter of an op without inputs (zeros, full, the random samplers) under MXNet's legacy
    shape semantics, where () and 0 sizes are unknown; None for other ops or under NumPy semantics."""
    if node.inputs or is_np_shape() or node.is_variable or "shape" not in _params(node.op):
        return None
    shape = node.attrs.get("shape")
    if shape is None or shape == "None":        # not given (a sampler's default): the empty, unknown shape
        return ()
    if isinstance(shape, str):
        return None
    return (shape,) if isinstance(shape, int) else tuple(shape)


def _creation_dtype(node):
    dtype = node.attrs.get("dtype")
    return np.float32 if dtype in (None, "None") else np.dtype(dtype).type


def _check_consistent(node, known, computed):
    """An output shape implied by the consumers must agree with the one the op computes, as MXNet checks."""
    if known is None or computed is None or len(known) != len(computed):
        return
    if any(a and b and a != b for a, b in zip(known, computed)) and node.op.name == "Concat":
        raise MXNetError(f"Error in operator {node.name}: ../src/operator/nn/concat.cc:71: Check failed: "
                         "shape_assign(&(*out_shape)[0], dshape): "
                         f"Incompatible output shape: expected {_unknown_dims_shown(computed)}, got "
                         f"{_unknown_dims_shown(known)}")
    if any(a and b and a != b for a, b in zip(known, computed)):
        raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = "
                         f"[{','.join(map(str, known))}], inferred shape={_unknown_dims_shown(computed)}")


# Operators whose inputs must have one shape exactly (no broadcasting), as MXNet checks.
_STRICT_SAME_SHAPE = {"elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "add_n", "ElementWiseSum",
                      *NO_BROADCAST_BINARY}


def _check_same_shapes(node, ins, real):
    """MXNet's elementwise shape rule: each input's shape is merged in turn into the one shape they share (unknown
    dimensions filled); the first that does not fit is refused with what was known so far. ``real``: per input,
    whether its 0 sizes are real (computed by the graph), not unknown."""
    if node.op_name not in _STRICT_SAME_SHAPE:
        return
    shared = None
    for i, ((shape, _), sized) in enumerate(zip(ins, real)):
        if shape is None:
            continue
        shape = tuple(d if d or sized else -1 for d in shape)      # MXNet's pass: -1 is unknown
        shared, fits = _assign_sizes(shared, shape)
        if not fits:
            raise MXNetError(f"Error in operator {node.name}: Check failed: assign(&dattr, vec.at(i)): Incompatible "
                             f"attr in node {node.name} at {i}-th input: expected {_sizes_shown(shared)}, got "
                             f"{_sizes_shown(shape)}")


def _assign_sizes(target, shape):
    """shape_assign over shapes whose unknown sizes are -1 (0 a real size)."""
    if target is None:
        return shape, True
    if len(target) != len(shape):
        return target, False
    filled = list(target)
    for k, (have, given) in enumerate(zip(target, shape)):
        if have == -1:
            filled[k] = given
        elif given != -1 and have != given:
            return tuple(filled), False
    return tuple(filled), True


def _sizes_shown(shape):
    return "[" + ",".join(map(str, shape)) + "]"


def _unknown_dims_shown(shape):
    """A shape as MXNet's legacy checks print it: unknown dimensions are -1."""
    return "[" + ",".join(str(d or -1) for d in shape) + "]"


def _partial_outputs(node, ins):
    """Output shapes from inputs with unknown (0) dimensions: dimensions that change when the unknown
    ones do are unknown too."""
    results, refusals = [], []
    for probe in (7, 11):
        filled = _probe_inputs(node, ins, probe)
        try:
            res = _run_on_probes(node, filled)
        except MXNetError as e:
            refusals.append(message_of(e).split("\n")[0])      # MXNet's words (a line after them shows the probe)
            continue
        results.append(res if isinstance(res, list) else [res])
    below = _deconvolution_shape_below_unknown(node, ins) if _refuse_negative_size(refusals) else None
    if below is not None:
        return [(below, ins[0][1])]
    if len(refusals) == 2 and refusals[0] == refusals[1] and node.op.name in _CHECKS_BEFORE_SIZES:
        raise MXNetError(refusals[0])       # a check the unknown sizes play no part in (an axis, a rank)
    if refusals:
        return [(None, np.float32)] * node.num_outputs
    outs = []
    for a, b in zip(*results):
        if len(a.shape) != len(b.shape):
            outs.append((None, a.dtype))
        else:
            outs.append((tuple(x if x == y else 0 for x, y in zip(a.shape, b.shape)), a.dtype))
    if node.op.name in _SIZE_UNKNOWN_WHERE_INPUT_IS and ins and ins[0][0] is not None:
        data = ins[0][0]     # MXNet's rule leaves a sliced size unknown even when the end is fixed
        outs = [(tuple(d if k else 0 for d, k in zip(s, data)) if s is not None and len(s) == len(data) else s, t)
                for s, t in outs]
    return outs


def _probe_inputs(node, ins, probe):
    """``ins`` with ``probe`` for their unknown sizes; a Deconvolution's unknown channel count and its weight's first
    size (its output does not depend on them) are as many per group, so that the probes fit its groups."""
    filled = [(tuple(d or probe for d in s), t) for s, t in ins]
    if node.op.name != "Deconvolution" or len(ins) < 2 or None in (ins[0][0], ins[1][0]) or len(ins[0][0]) < 2 \
            or ins[0][0][1] or not ins[1][0] or str(node.attrs.get("layout")) in ("NWC", "NHWC", "NDHWC"):
        return filled
    channels = int(exec_attrs(node).get("num_group", 1)) * probe
    (data, dtype), (weight, weight_dtype) = filled[:2]
    return [(data[:1] + (channels,) + data[2:], dtype), ((channels,) + weight[1:], weight_dtype)] + filled[2:]


def _refuse_negative_size(refusals):
    return bool(refusals) and all("shape dim size must be >= -1" in words for words in refusals)


def _deconvolution_shape_below_unknown(node, ins):
    """A Deconvolution's output shape (0: unknown) when a size of it is below -1 after an unknown one: its shape
    function, checking the sizes in order, gives it (its consumers or the pass's end refuse it), else None."""
    from ..ndarray.legacy_layer_shapes import deconvolution
    if node.op.name != "Deconvolution" or ins[0][0] is None:
        return None
    out = deconvolution(exec_attrs(node), [tuple(d or -1 for d in ins[0][0]), None], None)
    first_unknown = next((d for d in out or () if d < 0), None)
    return tuple(d if d != -1 else 0 for d in out) if first_unknown == -1 and min(out) < -1 else None


# Ops whose MXNet shape function checks the axes, rank or parameters it is given before it waits for unknown sizes.
_CHECKS_BEFORE_SIZES = {"SwapAxis", "expand_dims", "transpose", "UpSampling", "Embedding", "L2Normalization", "slice",
                        "slice_axis", "GroupNorm", "_linalg_gemm", "_linalg_gemm2", "repeat", "Pad", "Convolution",
                        "Deconvolution"}
# Ops whose output size along an axis is unknown wherever the data's size is (MXNet's slice rules).
_SIZE_UNKNOWN_WHERE_INPUT_IS = {"slice", "slice_axis"}


_ProbeOutput = collections.namedtuple("_ProbeOutput", "shape dtype")      # an output whose 0s are unknown sizes


def _left_unknown(outs):
    return bool(outs) and isinstance(outs[0], _ProbeOutput)


def _run_on_probes(node, ins):
    """Run ``node``'s op on zeros of the input shapes for its outputs' shapes; where zeros are not a
    valid input (inverting a matrix), on identity matrices over the last two axes and ones for vectors."""
    from ..profiler import untimed
    attrs = exec_attrs(node)
    if _open_dtype(node.op.name, attrs):
        attrs = dict(attrs, dtype="float32")      # (its shape is all inference asks of it)
    # as MXNet, inference draws no random numbers, takes no temp space, warns of nothing the probe values cause,
    # runs no operator
    with autograd.pause(train_mode=False), RESOURCE.untouched(), COPIES_HELD.unchanged(), np.errstate(all="ignore"), \
            untimed(), _probe_failures_dropped(), kernels_skipped(), _scalars_known(ins, node):
        try:
            res = invoke(node.op, [_wrap(np.zeros(s, dtype=d)) for s, d in ins], attrs)
            if isinstance(res, list) and not res and node.num_outputs:      # a kernel refusing zeros kept no
                res = invoke(node.op, [_wrap(np.ones(s, dtype=d)) for s, d in ins], attrs)    # output: ones
            return res
        except (MXNetError, np.linalg.LinAlgError) as first:
            failed = getattr(first, "failed_inference", None)
            if failed is not None and (not is_np_shape() or node.op.name == "reshape"):   # sizes a call must
                # know, a graph leaves unknown (a -1 of reshape's target_shape, under NumPy shapes too)
                dtype = ins[0][1] if ins else np.float32
                # (-1 is unknown; a size below it stays, for the pass's end to refuse)
                return [_ProbeOutput(None if s is None else tuple(0 if d == -1 else d for d in s), dtype)
                        for s in failed[2]]
            if _undecided(first):
                return [_ProbeOutput(None, ins[0][1] if ins else np.float32) for _ in range(node.num_outputs)]
            if getattr(first, "open_shapes", None) is not None and not is_np_shape():   # (a kernel's refusal)
                return [_ProbeOutput(s, ins[0][1]) for s in first.open_shapes]
            try:
                return invoke(node.op, [_wrap(_eye_probe(s, d)) for s, d in ins], attrs)
            except (MXNetError, np.linalg.LinAlgError):
                pass
            try:       # inputs that must be integers (lengths, indices) given as float variables
                probes = [np.zeros(s, dtype=d) if i == 0 else np.ones(s, dtype=np.int32) for i, (s, d) in enumerate(ins)]
                return invoke(node.op, [_wrap(p) for p in probes], attrs)
            except (MXNetError, np.linalg.LinAlgError):
                pass
            try:       # dtypes shape inference does not know yet (a float64 norm times a float32-probed variable)
                return invoke(node.op, [_wrap(np.zeros(s, dtype=ins[0][1])) for s, _ in ins], attrs)
            except (MXNetError, np.linalg.LinAlgError):
                pass
            try:       # an op of integers only (bitwise, gcd) over float32-probed variables
                return invoke(node.op, [_wrap(np.zeros(s, dtype=np.int64)) for s, _ in ins], attrs)
            except (MXNetError, np.linalg.LinAlgError):
                pass
            try:       # a kernel without the graph's dtype (BatchNorm after a Cast to int32): shapes do not ask it
                return invoke(node.op, [_wrap(np.zeros(s, dtype=np.float32)) for s, _ in ins], attrs)
            except (MXNetError, np.linalg.LinAlgError):
                pass
            typed = _declared_input_types(node, ins, attrs)
            if typed is not None:       # inputs of a fixed dtype the op declares (hawkesll's int32 marks)
                try:
                    return invoke(node.op, [_wrap(np.zeros(s, dtype=t)) for (s, _), t in zip(ins, typed)], attrs)
                except (MXNetError, np.linalg.LinAlgError):
                    pass
            words, site = message_of(first), getattr(first, "raised_at", None)
            if node.op.name.startswith("_np"):        # a NumPy operator's refusal is its mx.np function's
                from ..numpy.graph_refusals import front_end_refusal
                refusal = front_end_refusal(node.op.name, [np.zeros(s, dtype=d) for s, d in ins], attrs)
                if refusal is not None and _undecided(refusal):
                    return [_ProbeOutput(None, ins[0][1]) for _ in range(node.num_outputs)]
                if refusal is not None:
                    words, site = message_of(refusal), getattr(refusal, "raised_at", None)
            raise MXNetError(in_operator(node.name, node.op.name, words, site)) from first


@contextlib.contextmanager
def _scalars_known(ins, node):
    """While a legacy graph's op is run on a 0-d shape an op before it computed (split's squeezed parts of 1-D
    data): MXNet's pass knows that shape, so the op infers from it as a bound graph's run does, never refusing
    it as the unknown shape of a 0-d array called alone. (An op whose shape function logs logs nothing so.)"""
    if not _logs_shape_notes(node) and (is_np_shape() or not any(s == () for s, _ in ins)):
        yield
        return
    outer, autograd._state.graph_forward = autograd._state.graph_forward, True
    try:
        yield
    finally:
        autograd._state.graph_forward = outer


def _undecided(error):
    """Whether ``error`` is a shape function's failure to decide any output (a graph leaves them unknown)."""
    outputs = getattr(error, "failed_outputs", None)
    return outputs is not None and all(s is None for s in outputs)


def _declared_input_types(node, ins, attrs):
    """The input dtypes ``node``'s op declares for its data's dtype (the others are probes'), or None if it
    declares none."""
    rule = getattr(node.op, "infer_types", None)
    inferred = rule([ins[0][1]] + [None] * (len(ins) - 1), attrs) if rule is not None and ins else None
    return None if inferred is None or None in inferred[0] else inferred[0]


@contextlib.contextmanager
def _probe_failures_dropped():
    """Kernel errors a probe run finds belong to no real computation: nothing may raise them later (waitall)."""
    before = set(map(id, failures.OUTSTANDING))
    try:
        yield
    finally:
        for failure in [f for f in failures.OUTSTANDING if id(f) not in before]:
            failures._forget(failure)


def _eye_probe(shape, dtype):
    if len(shape) < 2:
        return np.ones(shape, dtype=dtype)
    return np.broadcast_to(np.eye(shape[-2], shape[-1], dtype=dtype), shape).copy()


def _declared_shape(node):
    text = node.user_attrs.get("__shape__")
    shape = eval_shape(text) if text else None
    if shape is None:
        return None
    # -1 is NumPy shape semantics' unknown dimension (a Gluon parameter's under npx.set_np()); 0 is inference's
    return tuple(0 if d == -1 else d for d in shape)


def eval_shape(text):
    """A ``__shape__`` attribute as a tuple (MXNet reads a bare number as one dimension, and ``None`` as an
    unknown shape: None); text that is not a tuple or list of integers (a None or float size, numpy's ``[2 3]``)
    fails inference as MXNet's parser does, in its shape pass's words."""
    import ast
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        value = text        # (not a shape: refused below)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = (int(value),)       # (its stream reads a bare number's integer part)
    if not isinstance(value, (tuple, list)) or not all(isinstance(d, int) for d in value):
        raise MXNetError(f"{log_time()} ../src/executor/infer_graph_attr_pass.cc:675: Check failed: "
                         "is >> rshape[out_ent_id] Invalid attribute\n")
    return tuple(value)


# Ops whose inputs all have one shape: an unknown input takes a known one's.
SAME_SHAPE_INPUTS = {"elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "add_n",
                     "ElementWiseSum"}


_is_sampler = is_sampler


def _fill_same_shape(node, info):
    links = [(id(src), i) for src, i in node.inputs]
    known = [info[k][0] for k in links if k in info and info[k][0] is not None and 0 not in info[k][0]]
    if not known:
        return
    for key in links:
        shape, dtype = info.get(key, (None, np.float32))
        if shape is None or 0 in shape and len(shape) == len(known[0]):
            info[key] = (_merge(shape, known[0]), dtype)


def _check_deformable_ranks(node, shapes):
    """A deformable convolution's checks of its inputs' count, then of their ranks."""
    check_known_rank(node, shapes)      # (the inputs are counted first)
    try:
        check_ranks(node.op.name, shapes)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None


def _fill_params(node, info, sized=()):
    """Give unknown parameter inputs the shapes the op's rule derives from its data input (``sized``: the entries
    whose 0 sizes are real, checked as they are)."""
    if node.op_name in SAME_SHAPE_INPUTS or _is_sampler(node.op.name):
        return _fill_same_shape(node, info)
    if node.op.name == "UpSampling" and node.attrs.get("sample_type") == "bilinear" and len(node.inputs) > 1:
        data = info.get((id(node.inputs[0][0]), node.inputs[0][1]), (None,))[0]
        if data is None or 0 in data:            # (MXNet's rule waits for every size of the data)
            return
        src, i = node.inputs[1]                  # the weight of its deconvolution: one filter per channel
        known = info.get((id(src), i), (None,))[0]
        scale = int(node.attrs["scale"])
        kernel = 2 * scale - scale % 2
        if known is None or 0 in known:
            info[(id(src), i)] = (_merge(known, (data[1], 1, kernel, kernel)),
                                  info.get((id(src), i), (None, np.float32))[1])
        return
    rule = PARAM_SHAPES.get(node.op_name) or PARAM_SHAPES.get(node.op.name)
    if rule is None or is_variadic(node.op) or not node.inputs:
        return
    data_shape = info.get((id(node.inputs[0][0]), node.inputs[0][1]), (None,))[0]
    if data_shape is None or (node.op.name in _WAITS_FOR_DATA and 0 in data_shape):
        return
    if node.op.name in DEFORMABLE_OPS:      # (their shape functions check the inputs' ranks first)
        _check_deformable_ranks(node, [info.get((id(src), i), (None,))[0] for src, i in node.inputs])
    if node.op.name in _FILLS_UNRANKED and all(info.get((id(src), i), (None,))[0] is not None
                                               for src, i in node.inputs[1:]):
        return      # (its shape function reads the data only to fill them)
    data_sized = (id(node.inputs[0][0]), node.inputs[0][1]) in sized
    try:
        with zeros_real() if data_sized else contextlib.nullcontext():
            shapes = rule(node.attrs, data_shape)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e), getattr(e, "raised_at", None))) from None
    # MXNet's normalizations set their parameters' shapes from the data whatever was given (BatchNorm's to unknown
    # while its channels are)
    assigned = node.op.name in _ASSIGNS_PARAMS
    params = list(zip(node.inputs[1:], input_names(node.op)[1:]))
    if node.op.name == "RNN":       # checked in the rule's order (the states before the parameters)
        params.sort(key=lambda p: list(shapes).index(p[1]) if p[1] in shapes else len(shapes))
    for (src, i), key in params:
        known = info.get((id(src), i), (None,))[0]
        if key in shapes:
            shapes[key] = expected_shape(node, known, data_shape, shapes[key])
        if key in shapes and known is not None and node.op.name in _CHECKED_PARAMS:
            _check_param_shape(node, key, known, shapes[key], (id(src), i) in sized)
        elif known is not None and node.op.name in LABEL_CHECKED and (key in shapes or node.op.name in REGRESSIONS):
            # (under NumPy shape semantics the 0 sizes given are known sizes)
            data_entry = (id(node.inputs[0][0]), node.inputs[0][1])
            real = is_np_shape() and (0 not in data_shape or data_entry in sized) and \
                (0 not in known or (id(src), i) in sized)
            check_given(node, known, data_shape, shapes.get(key), real)
        if key in shapes and (known is None or 0 in known and node.op.name not in _FILLS_UNRANKED or assigned):
            info[(id(src), i)] = (_merge(None if assigned else known, shapes[key]),
                                  info.get((id(src), i), (None, np.float32))[1])
            scalar = data_shape == () and (id(node.inputs[0][0]), node.inputs[0][1]) in sized
            if (known is None and 0 not in data_shape or data_sized) and (0 in shapes[key] or scalar) \
                    and isinstance(sized, set):
                sized.add((id(src), i))     # a rule's 0 (RNN's state_size=0) or a 0-d data's shape from a known data
                                            # shape is real
    if node.op.name in ("Convolution", "Convolution_v1", "Deconvolution"):
        try:
            if node.op.name == "Convolution_v1":
                conv_v1_shapes.check_groups_and_kernel(node.attrs, data_shape)
            else:
                _check_groups(node.op.name, node.attrs, data_shape)
        except MXNetError as e:
            raise MXNetError(in_operator(node.name, node.op.name, message_of(e), getattr(e, "raised_at", None))) \
                from None


# Same-shape ops whose shape rule infers the output from the data only, never the data from the output (probed)
_FORWARD_SHAPE_ONLY = frozenset({"LeakyReLU", "softmax", "Dropout", "MakeLoss"})
_FILLS_UNRANKED = {"LeakyReLU"}      # a prelu's gamma is given its shape only while its rank is unknown
_ASSIGNS_PARAMS = {"BatchNorm", "InstanceNorm", "GroupNorm", "_contrib_SyncBatchNorm", "_contrib_BatchNormWithReLU"}
# Legacy operators whose shape function gives up until every size of the data is known.
_WAITS_FOR_DATA = {"_contrib_SyncBatchNorm", "_contrib_DeformableConvolution"}
# Operators whose given parameter shapes MXNet checks against the ones it infers, even while the data's batch is
# unknown.
_CHECKED_PARAMS = {"FullyConnected", "Convolution", "Convolution_v1", "Deconvolution", "Embedding",
                   "_contrib_SparseEmbedding", "LayerNorm",
                   "RNN", "_contrib_DeformableConvolution", "_contrib_ModulatedDeformableConvolution"}


def _check_param_shape(node, key, given, inferred, sized=False):
    """MXNet's SHAPE_ASSIGN_CHECK: ``given`` filled from ``inferred`` up to the first size that conflicts, shown so
    (unknown sizes are -1; ``sized``: given's 0 sizes are real, shown as they are); FullyConnected's bias may
    also be (num_hidden, 1)."""
    if sized and 0 in given:
        fits = len(given) == len(inferred) and all(d == e or not e for d, e in zip(given, inferred))
        provided = "[" + ",".join(map(str, given)) + "]"
    else:
        filled, fits = shape_assign(given, inferred)
        provided = _unknown_dims_shown(filled)
    if node.op.name == "FullyConnected" and key == "bias":     # a vector of num_hidden, else a column of it
        column, fits_column = shape_assign(given, (inferred[0], 1))
        if not (fits or fits_column):
            raise MXNetError(f"Error in operator {node.name}: Unexpected shape for bias {_unknown_dims_shown(column)}")
        return
    if not fits:
        shown = ",".join(str(d or -1) for d in inferred)
        shown = f"[{shown}]" if node.op.name == "LayerNorm" else f"({shown}{',' if len(inferred) == 1 else ''})"
        raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = {provided}, "
                         f"inferred shape={shown}")


def _merge(known, derived):
    if known is None:
        return tuple(derived)
    if len(known) != len(derived):
        return tuple(known)
    return tuple(d if k == 0 else k for k, d in zip(known, derived))


def _keyword_inputs(sym, args, kwargs, what):
    """The known input shapes or dtypes (``what``: 'shape' or 'type'), checked as MXNet checks them."""
    if args and kwargs:
        raise ValueError("Can only specify known argument" + " " * 21 + f"{what}s either by positional or kwargs way.")
    if args:       # MXNet 1.9.1 fails on every positional call (its C API gets no keys): its C++ words come first
        raise MXNetError("basic_string: :_S_construct null not valid")
    inputs = sym.list_inputs()
    unknown = [name for name in kwargs if name not in inputs]
    if unknown:         # MXNet names the first it meets walking its C++ hash map of the keywords
        name = next(key for key in iteration_order(kwargs) if key in unknown)
        error = keyword_not_found(f"Infer{what.capitalize()}", name, inputs)
        error.raised_at = ("../src/c_api/c_api_symbolic.cc", 539)      # MXNet's C API: its text shows the frame
        raise error
    return kwargs


def _split_args(sym, args, kwargs):
    shapes = {k: tuple(v) for k, v in _keyword_inputs(sym, args, kwargs, "shape").items() if v is not None}
    for shape in shapes.values():
        for d in shape:
            if isinstance(d, int) and d < -1:
                raise MXNetError(negative_size_text(d))
    if is_np_shape() and not _np_unknown_dims_given(shapes.values()):
        return shapes
    return {k: tuple(0 if isinstance(d, int) and d == -1 else d for d in v) for k, v in shapes.items()}   # -1: unknown


def _np_unknown_dims_given(shapes):
    """Whether NumPy-semantics shapes mark unknown dimensions (-1) and have no real 0 sizes, so that inference
    can run on its legacy 0-means-unknown shapes and give -1 back."""
    dims = [d for s in shapes for d in s]
    return -1 in dims and 0 not in dims


def infer_shape(sym, args, kwargs, partial, types=None, nodes=None, sized=None, head_grads=False):
    """MXNet's infer_shape: (argument shapes, output shapes, auxiliary shapes).

    Unknown shapes are () (unknown dimensions 0) when ``partial``; otherwise a warning names the
    arguments still unknown and the result is (None, None, None). ``types``: known input dtypes (a
    Gluon block's inputs), so that ops checking dtypes see the real ones. ``nodes``: a dict that
    receives every node output's (shape, dtype), keyed by (id(node), output index). ``sized``: a set that
    receives the entries whose 0 dimensions are real (empty) sizes. ``head_grads``: as for a graph with MXNet's
    gradient nodes.
    """
    sized = set() if sized is None else sized
    given = _split_args(sym, args, kwargs)
    marked = is_np_shape() and _np_unknown_dims_given(s for s in kwargs.values() if s is not None)
    if is_np_shape() and not marked:
        # NumPy shapes without -1 marks: their 0 sizes are real (empty arrays), not unknown
        sized.update((id(n), 0) for n in topo_order(sym._heads) if n.is_variable and 0 in given.get(n.name, ()))
    with zeros_unknown() if marked else contextlib.nullcontext():
        info = _propagate(sym, given, types or {}, strict=True, sized=sized, head_grads=head_grads)
    if nodes is not None:
        nodes.update(info)
    args, auxs = _inputs_by_kind(sym)
    raw = {id(n): info.get((id(n), 0), (None,))[0] for n in args + auxs}
    raw_outs = [info.get((id(n), i), (None,))[0] for n, i in sym._heads]
    known, unknown_shape = (_np_known, None) if is_np_shape() else (_known, ())
    if is_np_shape() and _np_unknown_dims_given(s for s in kwargs.values() if s is not None):
        known = _known           # the given -1 dimensions ran as inference's 0s
    # (under NumPy shapes an output's 0 no shape function computed is a size left unknown, as partial shows it)
    open_zeros = is_np_shape() and not marked and not any(0 in tuple(s) for s in given.values() if s is not None)
    outs_known = [known(s) and not (open_zeros and 0 in s) or s is not None and (id(n), i) in sized
                  for s, (n, i) in zip(raw_outs, sym._heads)]
    args_known = all(known(raw[id(n)]) or raw[id(n)] is not None and (id(n), 0) in sized for n in args + auxs)
    # (MXNet counts every node's outputs: a multi-weight update's, which its shape function never writes, too)
    inner_known = all(known(info.get((id(n), i), (None,))[0]) for n in topo_order(sym._heads)
                      if not n.is_variable and n.op.name in multi_weight.LAYOUTS for i in range(n.num_outputs))
    if not partial and not (args_known and all(outs_known) and inner_known):
        with zeros_unknown() if marked else contextlib.nullcontext():     # MXNet infers again, partially, to
            _propagate(sym, given, types or {}, strict=True, head_grads=head_grads)     # name the unknown (its logs)
        # (MXNet's warning names every () too, under NumPy semantics a 0-d argument's: its test reads an empty
        # shape as unknown)
        unknown = [(n.name, _undecided_shown(raw[id(n)], marked)) for n in args
                   if not known(raw[id(n)]) or raw[id(n)] == ()]
        warnings.warn(undecided_shapes_text(unknown), stacklevel=_user_stacklevel())
        return None, None, None

    def shown(shape):       # (of Python ints, as MXNet's C API hands them over, whatever the attributes held)
        return unknown_shape if shape is None else tuple(int(d) for d in shape)
    return ([shown(raw[id(n)]) for n in args], [shown(s) for s in raw_outs], [shown(raw[id(n)]) for n in auxs])


def _inputs_by_kind(sym):
    """(argument variables, auxiliary-state variables) of ``sym``, each in graph order: one per node, as
    ``list_arguments`` and ``list_auxiliary_states`` name them (two variables may share a name)."""
    variables = [n for n in topo_order(sym._heads) if n.is_variable]
    aux = _mutated_here(topo_order(sym._heads))
    return [n for n in variables if id(n) not in aux], [n for n in variables if id(n) in aux]


def _undecided_shown(shape, marked):
    """An undecided argument's shape as MXNet's warning shows it: under NumPy shape semantics an unknown one is
    None and, where the given shapes marked them, its unknown dimensions -1; otherwise () and 0s."""
    if shape is None:
        return None if is_np_shape() else ()
    return tuple(-1 if d == 0 else d for d in shape) if marked else tuple(shape)


def undecided_shapes_text(unknown):
    """MXNet's words for arguments whose shapes inference left unknown ((name, shape) pairs; ten named at most)."""
    unknown = list(unknown)
    named = [f"{k}: {v}" for k, v in unknown[:10]] + ["..."] * (len(unknown) > 10)
    return ("Cannot decide shape for the following arguments (0s in shape means unknown dimensions). "
            "Consider providing them as input:\n\t" + "\n\t".join(named))


def np_unknown_dims(result, given=(), sized_outputs=()):
    """A partial inference result as MXNet shows it under NumPy shape semantics: unknown dimensions -1 (kept
    as they are when a given shape has real 0 sizes, which the inference cannot tell from unknown ones, and in the
    outputs flagged in ``sized_outputs``, whose 0s a shape rule computed)."""
    if not is_np_shape() or result[0] is None or any(0 in tuple(s) for s in given):
        return result
    def shown(shape):
        return None if shape is None else tuple(-1 if d == 0 else d for d in shape)
    args, outs, aux = result
    real = list(sized_outputs) + [False] * len(outs)
    return [shown(sh) for sh in args], [sh if r else shown(sh) for sh, r in zip(outs, real)], [shown(sh) for sh in aux]


def _np_known(shape):
    """Under NumPy shape semantics -1 marks an unknown dimension, 0 is a real size and () a scalar's shape."""
    return shape is not None and all(d >= 0 for d in shape)


def _user_stacklevel():
    """The warnings stack level of the first caller outside distnet (where MXNet's warning points)."""
    import os
    import sys
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    frame, level = sys._getframe(1), 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(root + os.sep):
        frame, level = frame.f_back, level + 1
    return level


def infer_type(sym, args, kwargs, partial=False, nodes=None):
    """MXNet's infer_type: (argument, output, auxiliary dtypes) from the given input dtypes.

    Dtypes spread forward through each op and across inputs that must share one dtype; unknown
    ones are None when ``partial``, otherwise a warning names them and the result is (None, None, None).
    ``nodes``: a dict that receives every node output's dtype, keyed by (id(node), output index).
    """
    _keyword_inputs(sym, args, kwargs, "type")
    order = topo_order(sym._heads)
    types = _entry_types(order, kwargs)
    if nodes is not None:
        nodes.update(types)
    args, auxs = _inputs_by_kind(sym)
    outs = [types.get((id(n), i)) for n, i in sym._heads]
    if not partial and (any(types[(id(n), 0)] is None for n in args + auxs) or None in outs):
        named = [f"{n.name}: None" for n in args if types[(id(n), 0)] is None]
        named = named[:10] + ["..."] * (len(named) > 10)       # (ten named at most)
        warnings.warn("Cannot decide type for the following arguments. Consider providing them as input:\n\t"
                      + "\n\t".join(named), stacklevel=_user_stacklevel())
        return None, None, None
    return [types[(id(n), 0)] for n in args], outs, [types[(id(n), 0)] for n in auxs]


def _entry_types(order, given, strict=True):
    """{(node id, output): dtype or None} over the graph ``order``, from the ``given`` input dtypes."""
    types = {}
    for node in order:
        if node.is_variable:
            dtype = given.get(node.name)
            types[(id(node), 0)] = _element_type(np.dtype(dtype)) if dtype is not None else _declared_type(node)
    for _ in range(len(order) + 1):
        if not _type_pass(order, types, strict):
            break
    return types


def _probe_types(order):
    """The dtypes shape inference runs its probes in: what type inference finds (float32 where it cannot)."""
    try:
        return _entry_types(order, {}, strict=False)
    except MXNetError:
        return {}


def _declared_type(node):
    from ..ndarray.serialize import BFLOAT16, FLAG_TO_DTYPE, _BFLOAT16
    flag = node.user_attrs.get("__dtype__")
    if flag is not None and int(flag) == _BFLOAT16:
        return BFLOAT16         # (as MXNet reports it: the dtype itself, numpy has no type class for it)
    return None if flag is None else np.dtype(FLAG_TO_DTYPE[int(flag)]).type


# Ops whose inputs all share one dtype (besides elementwise pairs); BatchNorm keeps float32 statistics
# for float16 data.
# Contrib operators with Convolution's type rule: the data's dtype, given, for every input
_CONV_LIKE_CONTRIB = ("_contrib_DeformableConvolution", "_contrib_ModulatedDeformableConvolution", "_contrib_count_sketch")
_SAME_TYPE_OPS = {"FullyConnected", "Convolution", "Convolution_v1", "Deconvolution", "LayerNorm", "GroupNorm",
                  "InstanceNorm", "LeakyReLU", "SoftmaxOutput", "LinearRegressionOutput", "SVMOutput",
                  "LogisticRegressionOutput", "MAERegressionOutput", "dot", "batch_dot", "concat", "Concat", "stack",
                  "add_n", "RNN", "_linalg_gemm", "_linalg_gemm2", "_linalg_trmm", "_linalg_trsm", "BilinearSampler",
                  "Correlation", "Crop", "khatri_rao", "UpSampling", "softmax_cross_entropy", "SpatialTransformer",
                  "GridGenerator", "multi_sum_sq", "multi_lars", "_contrib_box_iou", "_contrib_box_decode",
                  "_contrib_BilinearResize2D",
                  "_contrib_interleaved_matmul_selfatt_valatt", "_contrib_interleaved_matmul_encdec_qk",
                  "_contrib_interleaved_matmul_encdec_valatt", "_contrib_box_encode", "_np_dot", "_npi_matmul",
                  "_npi_tensordot", "_npi_tensordot_int_axes", "_npi_einsum", *_CONV_LIKE_CONTRIB}
# Of those, the ones whose shared dtype comes from the first input only (or, failing it, from the output):
# a dtype given for another input is checked against it but never spreads.
_FIRST_INPUT_TYPE = {"Convolution", "Convolution_v1", "Deconvolution", "SoftmaxOutput", "SVMOutput", "UpSampling",
                     *_CONV_LIKE_CONTRIB}
# Legacy operators keeping MXNet's default type rule: every input float32 (or unknown), then all float32.
_FLOAT32_ONLY = {"InstanceNorm", "Crop", "IdentityAttachKLSparseReg", "_contrib_MultiBoxPrior", "_contrib_MultiBoxTarget",
                 "_contrib_MultiBoxDetection", "_contrib_Proposal", "_contrib_MultiProposal"}
# mshadow's type numbers, which MXNet's type errors quote.
_TYPE_FLAGS = {"float32": 0, "float64": 1, "float16": 2, "uint8": 3, "int32": 4, "int8": 5, "int64": 6, "bool": 7}
_BATCH_NORM_TYPES = ("BatchNorm", "BatchNorm_v1", "_contrib_SyncBatchNorm", "_contrib_BatchNormWithReLU")


_UNIFORM_TYPE_OPS = {"SoftmaxOutput", "SVMOutput", "Convolution", "Deconvolution", "RNN", "UpSampling", "multi_sum_sq",
                     *_CONV_LIKE_CONTRIB}


def _type_flag(dtype):
    """A dtype's mshadow type number as MXNet's checks print it (-1: unknown)."""
    return -1 if dtype is None else _TYPE_FLAGS.get(np.dtype(dtype).name, -1)


def _input_name(node, j):
    """The name MXNet's type checks give ``node``'s input ``j``."""
    if node.op.name == "UpSampling":
        return ("data", "weight")[j] if node.attrs.get("sample_type") == "bilinear" else f"arg{j}"
    if node.op.name == "multi_sum_sq":
        return f"array_{j}"
    name = input_names(node.op)[j]
    if node.op.name in _BATCH_NORM_TYPES and name.startswith("moving_"):
        return name[len("moving_"):]            # BatchNorm's statistics are 'mean' and 'var' to its checks
    return name


def _uniform_type_refusal(j, have, want, node, param="dtype"):
    return (f"Check failed: (*in_type)[i] == {param} ({_type_flag(have)} vs. {_type_flag(want)}) : This layer "
            f"requires uniform type. Expected '{inferred_type_name(want)}' v.s. given '{inferred_type_name(have)}' "
            f"at '{_input_name(node, j)}'")


def _type_mismatch(node, j, want, have):
    """The words MXNet's type check of this op uses for input ``j`` having dtype ``have`` instead of ``want``."""
    if node.op.name in _UNIFORM_TYPE_OPS:
        return _uniform_type_refusal(j, have, want, node)
    if node.op.name in ("LeakyReLU", "Correlation"):
        return f"Type inconsistent, Provided = {inferred_type_name(have)}, inferred type = {inferred_type_name(want)}"
    if node.op.name in _SPATIAL_SAMPLERS:
        checked = "type" if node.op.name == "BilinearSampler" else "i_type"
        return f"Check failed: {checked} == dtype || {checked} == -1: Non-uniform data type in {node.op.name}"
    if node.op.name in ("Concat", "concat"):
        return ("Check failed: in_type->at(i) == dtype || in_type->at(i) == -1: Non-uniform data type in Concat, "
                f"expected data type {inferred_type_name(want)}, got data type {inferred_type_name(have)} "
                f"for input {j}")
    return (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node.name} at {j}-th input: "
            f"expected {inferred_type_name(want)}, got {inferred_type_name(have)}")


# BatchNorm's kinds that refuse data of no float dtype: where they check a dtype told by the output, and the data's
# (None: the site MXNet's words tell)
_FLOAT_CHECK_SITES = {"BatchNorm": (("../src/operator/nn/batch_norm.cc", 412), None),
                      "_contrib_BatchNormWithReLU": (("../src/operator/contrib/batch_norm_relu.cc", 103),
                                                     ("../src/operator/contrib/batch_norm_relu.cc", 108))}


def _is_float(dtype):
    return np.dtype(dtype).kind == "f" or np.dtype(dtype).names == ("bfloat16",)


def _batch_norm_refusal(dtype):
    return "Unknown type enum 7" if np.dtype(dtype) == np.bool_ else failures.float_only(None, dtype)


def _batch_norm_types(node, types):
    """MXNet's BatchNorm: the data's dtype (or, failing it, the output's) decides; the parameters and
    statistics take its accumulation dtype (float32 for float16 data), and never tell the data's."""
    data = (id(node.inputs[0][0]), node.inputs[0][1])
    dtype = types.get(data)
    if dtype is None:
        dtype = types.get((id(node), 0))
        if dtype is None:
            return False
        if node.op.name in _FLOAT_CHECK_SITES and not _is_float(dtype):     # (its check of the output's)
            raise MXNetError(in_operator(node.name, node.op.name, _batch_norm_refusal(dtype),
                                         _FLOAT_CHECK_SITES[node.op.name][0]))
        types[data] = dtype
    elif node.op.name in _FLOAT_CHECK_SITES and not _is_float(dtype):     # checked on the data's dtype only
        raise MXNetError(in_operator(node.name, node.op.name, _batch_norm_refusal(dtype),
                                     _FLOAT_CHECK_SITES[node.op.name][1]))
    acc = np.float32 if np.dtype(dtype).itemsize == 2 else np.dtype(dtype).type     # (float16, bfloat16)
    changed = False
    for j, (src, i) in enumerate(node.inputs[1:], 1):
        have = types.get((id(src), i))
        if have is not None and np.dtype(have) != np.dtype(acc):
            raise MXNetError(in_operator(node.name, node.op.name,
                                         _uniform_type_refusal(j, have, acc, node, param="dtype_param")))
        changed |= _assign_type(types, (src, i), acc)
    for k in range(node.num_outputs):
        changed |= _assign_type(types, (node, k), dtype if k == 0 else acc)
    return changed


def _check_scalar_output(node, types, ins):
    """A legacy scalar op's output dtype, told by a consumer (a cond's predicate), must be the one its input gives."""
    have = types.get((id(node), 0))
    if node.op.name not in _SCALAR_OPS or have is None or ins[0] is None:
        return
    if str(node.attrs.get("is_int", True)) not in ("True", "1", "true"):
        return          # (with a float number MXNet's rule leaves a known output as it is)
    want = _out_type(node, 0, ins, np.float32)
    if np.dtype(have) != np.dtype(want):
        raise MXNetError(f"Error in operator {node.name}: Type inconsistent, Provided = {inferred_type_name(have)}, "
                         f"inferred type = {inferred_type_name(want)}")


def _type_group(node):
    """Positions of the inputs that must share one dtype."""
    name = node.op.name
    if name == "where":
        return [1, 2]
    if name == "RNN":           # an integer sequence_length is allowed
        with_length = str(node.attrs.get("use_sequence_length", False)).lower() in ("1", "true")
        return list(range(len(node.inputs) - with_length))
    if (name in _SAME_TYPE_OPS or node.op_name in SAME_SHAPE_INPUTS or _is_sampler(name) or name in NO_BROADCAST_BINARY
            or name.startswith("_random_pdf_")
            or (name.startswith("broadcast_") and name != "broadcast_like" and len(node.op.arg_names) == 2
                and not node.op.variadic)):
        return list(range(len(node.inputs)))
    return []


def _type_pass(order, types, strict=True):
    """Spread known dtypes once over the graph, forwards and backwards; True if any became known
    (``strict``: refuse index inputs of unknown dtype, as MXNet's type inference does)."""
    changed = False
    for node in order:
        if node.is_variable:
            continue
        if getattr(node.op, "infer_types", None) is not None:     # user code (Custom): its Prop says
            entries = [(id(src), i) for src, i in node.inputs] + [(id(node), i) for i in range(node.num_outputs)]
            if all(types.get(e) is not None for e in entries):
                continue        # as MXNet's pass: a node with every dtype known is not asked again
            try:
                inferred = node.op.infer_types([types.get((id(src), i)) for src, i in node.inputs], exec_attrs(node))
            except MXNetError as e:
                if message_of(e).startswith("Error in operator "):
                    raise
                raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None
            for entry, dtype in zip(list(node.inputs) + [(node, i) for i in range(node.num_outputs)],
                                    [] if inferred is None else inferred[0] + inferred[1]):
                if dtype is not None:       # a rule may leave some unknown (cond's branches)
                    changed |= _assign_type(types, entry, np.dtype(dtype).type)
            continue
        if node.op.name in np_types.OPERATORS:
            found, settled = np_types.pair_types(node, types, _assign_type)
            changed |= found
            if settled:
                continue
        if strict:
            _check_index_type(node, types)
        if node.op.name in _DETERMINANT_TYPES:
            _refuse_non_float(node, types)
        if node.op.name in _BATCH_NORM_TYPES:
            changed |= _batch_norm_types(node, types)
            continue
        if node.op.name in _FLOAT32_ONLY:
            changed |= _float32_only_types(node, types)
            continue
        if node.op.name in multi_weight.LAYOUTS:
            changed |= multi_weight.infer_types(node, types, _assign_type)
            continue
        check_fixed_input_count(node, len(node.inputs), types=True)
        group = _type_group(node)
        if node.op.name in _SOFTMAX_OPS and node.attrs.get("dtype") not in (None, "None"):
            changed |= _softmax_types(node, types)     # its dtype names the output's, and an unknown data's
        data_type = types.get((id(node.inputs[0][0]), node.inputs[0][1])) if node.inputs else None
        if node.op.name in ("SequenceMask", "SequenceLast", "SequenceReverse") and len(node.inputs) > 1 \
                and data_type is not None:
            changed |= _assign_type(types, node.inputs[1], data_type)
        if node.op.name == "batch_take" and len(node.inputs) > 1:       # its indices are int32, no other type
            have = types.get((id(node.inputs[1][0]), node.inputs[1][1]))
            if have is not None and np.dtype(have) != np.int32:
                raise MXNetError(f"Error in operator {node.name}: Type inconsistent, Provided = "
                                 f"{np.dtype(have).name}, inferred type = int32")
            changed |= _assign_type(types, node.inputs[1], np.int32)
        if node.op.name == "Embedding" and len(node.inputs) > 1:
            changed |= _assign_type(types, node.inputs[1], np.dtype(node.attrs.get("dtype") or "float32").type)
        known = [types.get((id(node.inputs[j][0]), node.inputs[j][1])) for j in group]
        if node.op.name in _FIRST_INPUT_TYPE:
            known = known[:1]
        known = [t for t in known if t is not None]
        if _gives_up_on_conflict(node) and len({np.dtype(t) for t in known}) > 1:
            continue        # MXNet's rule returns unsolved instead of failing: the output's dtype stays unknown
        if not known and group and _spreads_back(node) and _told_type(node, types) is not None:
            known = [_told_type(node, types)]        # MXNet's backward inference: an output tells the inputs
        for j in (group if known else ()):
            want = _param_type(node, j, known[0])
            have = types.get((id(node.inputs[j][0]), node.inputs[j][1]))
            if have is not None and np.dtype(have) != np.dtype(want):
                raise MXNetError(in_operator(node.name, node.op.name, _type_mismatch(node, j, want, have)))
            changed |= _assign_type(types, node.inputs[j], want)
        if node.op.name == "RNN" and known and len(group) < len(node.inputs):   # unknown lengths: the data's
            changed |= _assign_type(types, node.inputs[-1], known[0])
        ins = [types.get((id(src), i)) for src, i in node.inputs]
        # Cast's (or cumsum's) dtype, or a fixed output dtype, is known before the inputs' dtypes are
        if _open_dtype(node.op.name, node.attrs):
            pass        # (its dtype comes from its consumers)
        elif all(t is not None for t in ins) or node.op.name == "Cast" or node.op.name in _FIXED_TYPES \
                or node.op.name == "cumsum" and node.attrs.get("dtype") not in (None, "None"):
            _check_scalar_output(node, types, ins)
            for i in range(node.num_outputs):
                changed |= _assign_type(types, (node, i), _out_type(node, i, ins, np.float32))
        elif node.op.name == "amp_multicast":       # each known input's output, cast among the known ones
            for i in range(node.num_outputs):
                out = None if ins[i] is None else _out_type(node, i, ins, np.float32)
                if out is not None:
                    changed |= _assign_type(types, (node, i), out)
        elif node.op.name == "histogram":       # int64 counts whatever the inputs; the edges once the data's is known
            changed |= _assign_type(types, (node, 0), np.int64)
            if ins[0] is not None:
                changed |= _assign_type(types, (node, 1), ins[0])
        elif node.op.name in ("argsort", "topk"):      # the index output's dtype is the ``dtype`` attribute
            for i in range(node.num_outputs):
                if _is_index_output(node, i):
                    changed |= _assign_type(types, (node, i), _out_type(node, i, ins, np.float32))
            if _keeps_type(node) and _told_type(node, types) is not None:     # topk's values tell the data's
                changed |= _assign_type(types, node.inputs[0], _told_type(node, types))
        elif node.op.name in _TYPE_FROM_INPUT and ins[_TYPE_FROM_INPUT[node.op.name]] is not None:
            changed |= _assign_type(types, (node, 0), ins[_TYPE_FROM_INPUT[node.op.name]])
        elif len(ins) == 1 and _keeps_type(node) and _told_type(node, types) is not None:
            changed |= _assign_type(types, node.inputs[0], _told_type(node, types))
        if node.op.name in _OUTPUT_TYPE_IS_DATA and types.get((id(node), 0)) is not None \
                and (not node.op.name.endswith("_like") or ins[1] is not None):
            changed |= _assign_type(types, node.inputs[0], types[(id(node), 0)])
    return changed


_SOFTMAX_OPS = ("softmax", "log_softmax", "softmin")


def _softmax_types(node, types):
    """MXNet's softmax with a ``dtype``: the output has it, and data of unknown dtype is taken to have it too."""
    dtype = np.dtype(node.attrs["dtype"]).type
    changed = _assign_type(types, (node, 0), dtype)
    return _assign_type(types, node.inputs[0], dtype) | changed


_SPLITS = ("_split_v2", "_npi_split", "_npi_hsplit", "_npi_dsplit")      # (one type function)
# Operators whose index (or data) input must have a known dtype when types are inferred (MXNet checks it):
# the input's position, the expression MXNet's check prints (None: a plain error) and its message.
# where each operator's check of that input's type stands
_UNTYPED_INPUT_SITES = {
    "take": ("../src/operator/tensor/./indexing_op.h", 718),
    "_sparse_retain": ("../src/operator/tensor/./sparse_retain-inl.h", 65),
    "_contrib_fft": ("../src/operator/contrib/./fft-inl.h", 259), "_contrib_ifft": ("../src/operator/contrib/./ifft-inl.h", 251),
    **dict.fromkeys(("pick", "choose_element_0index"), ("../src/operator/tensor/./broadcast_reduce_op.h", 1687)),
    "CTCLoss": ("../src/operator/nn/./ctc_loss-inl.h", 254), "Dropout": ("../src/operator/nn/dropout.cc", 132),
    **dict.fromkeys(_SPLITS, ("../src/operator/numpy/./../tensor/matrix_op-inl.h", 2759)),
    "MakeLoss": ("../src/operator/./make_loss-inl.h", 155), "SwapAxis": ("../src/operator/./swapaxis-inl.h", 243),
    "SequenceMask": ("../src/operator/./sequence_mask-inl.h", 223),
    "SequenceLast": ("../src/operator/./sequence_last-inl.h", 279),
    "SequenceReverse": ("../src/operator/./sequence_reverse-inl.h", 246), "RNN": ("../src/operator/rnn.cc", 154),
    "SVMOutput": ("../src/operator/./svm_output-inl.h", 160), "UpSampling": ("../src/operator/nn/upsampling.cc", 93),
    "BatchNorm_v1": ("../src/operator/batch_norm_v1-inl.h", 283), "LRN": ("../src/operator/nn/lrn.cc", 58),
    "_contrib_DeformableConvolution": ("../src/operator/contrib/./deformable_convolution-inl.h", 440),
    "_contrib_ModulatedDeformableConvolution": ("../src/operator/contrib/./modulated_deformable_convolution-inl.h",
                                                502),
    "ROIPooling": ("../src/operator/./roi_pooling-inl.h", 201),
    "BilinearSampler": ("../src/operator/./bilinear_sampler-inl.h", 188),
    "GridGenerator": ("../src/operator/./grid_generator-inl.h", 260),
    "SpatialTransformer": ("../src/operator/./spatial_transformer-inl.h", 228),
    "multi_sum_sq": ("../src/operator/contrib/./multi_sum_sq-inl.h", 71)}


def _untyped(node, words):
    """MXNet's refusal of ``node``, whose type inference needs an input's type that is unknown (``words``), at its
    operator's check where known."""
    site = _UNTYPED_INPUT_SITES.get(node.op.name)
    if site is None:
        return MXNetError(f"Error in operator {node.name}: {words}")
    return MXNetError(in_operator(node.name, node.op.name, words, site))

_INDEX_TYPE_NEEDED = {"Embedding": (0, "itype", "First input must have specified type"),
                      "take": (1, "(*in_attrs)[1]", "Index type must be set for take operator"),
                      "pick": (1, "(*in_attrs)[1]", "Index type must be set for pick operator"),
                      "choose_element_0index": (1, "(*in_attrs)[1]", "Index type must be set for pick operator"),
                      "one_hot": (0, "(*in_attrs)[0]", "Index type must be set for one_hot operator"),
                      "_sparse_retain": (1, "(*in_attrs)[sr::kIdx]", "Index type must be set for sparse_retain operator"),
                      **dict.fromkeys(("_contrib_fft", "_contrib_ifft"),
                                      (0, "dtype", "First input must have specified type")),
                      "CTCLoss": (0, "dtype", "Input data must have specified type"),
                      "Dropout": (0, None, "input type to dropout is not specified."),
                      **dict.fromkeys(_SPLITS, (0, "dtype", "First input must have specified type")),
                      **dict.fromkeys(("MakeLoss", "SwapAxis"), (0, "dtype", "Input must have specified type")),
                      **dict.fromkeys(("SequenceMask", "SequenceLast", "SequenceReverse", "RNN", "SVMOutput",
                                       "UpSampling", "BatchNorm_v1", "LRN", "multi_sum_sq", *_CONV_LIKE_CONTRIB),
                                      (0, "dtype", "First input must have specified type"))}


# The determinants' type rule takes float32 and float64 data only (the other linalg ops leave it to the kernel).
_DETERMINANT_TYPES = {"_linalg_det", "_linalg_slogdet"}


def _refuse_non_float(node, types):
    have = types.get((id(node.inputs[0][0]), node.inputs[0][1]))
    if have is not None and np.dtype(have) not in (np.float32, np.float64):
        raise MXNetError(f"Error in operator {node.name}: Check failed: dtype == kFloat32 || dtype == kFloat64: "
                         "This operation only supports 32-bit and 64-bit floating point")


def _gives_up_on_conflict(node):
    """Ops whose type rule leaves their output unknown, with no error, when their inputs' dtypes differ."""
    return node.op.name == "where" or _is_sampler(node.op.name)


def _spreads_back(node):
    """Whether an output dtype found downstream tells this op's inputs (ops of one dtype throughout)."""
    name = node.op.name
    return name != "RNN" and not _is_sampler(name)


def _float32_only_types(node, types):
    entries = list(node.inputs) + [(node, i) for i in range(node.num_outputs)]
    for src, i in node.inputs:
        have = types.get((id(src), i))
        if have is not None and np.dtype(have) != np.float32:
            raise MXNetError(f"Error in operator {node.name}: Check failed: in_type->at(i) == "
                             f"mshadow::default_type_flag || in_type->at(i) == -1: Unsupported data type "
                             f"{_TYPE_FLAGS.get(np.dtype(have).name, -1)}")
    changed = False
    for entry in entries:
        changed |= _assign_type(types, entry, np.float32)
    return changed


def _check_index_type(node, types):
    if node.op.name in _SPATIAL_SAMPLERS and all(types.get((id(s), i)) is None for s, i in node.inputs):
        raise _untyped(node, f"Not enough information to infer type in {node.op.name}.")
    if node.op.name in _ROI_OPS:
        _check_rois_type(node, types)
    rule = _INDEX_TYPE_NEEDED.get(node.op.name)
    if rule is not None and rule[0] < len(node.inputs):
        src, i = node.inputs[rule[0]]
        if types.get((id(src), i)) is None:
            _, checked, message = rule
            check = "" if checked is None else f"Check failed: {checked} != -1 (-1 vs. -1) : "
            raise _untyped(node, f"{check}{message}")


# Legacy sampling operators: one dtype for every input, which one of them must give.
_SPATIAL_SAMPLERS = ("BilinearSampler", "SpatialTransformer", "GridGenerator")


_ROI_OPS = ("ROIPooling", "_contrib_ROIAlign", "_contrib_RROIAlign", "_contrib_PSROIPooling",
            "_contrib_DeformablePSROIPooling")


def _check_rois_type(node, types):
    """The ROI operators' rois have the data's dtype, which must be known."""
    data, rois = (types.get((id(src), i)) for src, i in node.inputs[:2])
    if _type_flag(data) != _type_flag(rois):
        error = MXNetError(f"Error in operator {node.name}: Check failed: dtype == (*in_type)[1] ({_type_flag(data)} "
                           f"vs. {_type_flag(rois)}) : ")
        error.op_name = node.op.name        # (each operator's check stands in its own source)
        raise error
    if data is None:
        raise _untyped(node, "Check failed: dtype != -1 (-1 vs. -1) : Input must have specified type")


def _assign_type(types, entry, dtype):
    key = (id(entry[0]), entry[1])
    if types.get(key) is not None:
        return False
    types[key] = dtype
    return True


def _keeps_type(node):
    """Whether a one-input op's known output dtype tells its input's (MXNet's Pooling copies its input's dtype
    forward only)."""
    name = node.op.name
    if name in ("argmax", "argmin", "topk", "cumsum"):     # a dtype for indices only, or cumsum's left unset
        return name != "cumsum" or node.attrs.get("dtype") in (None, "None")
    return not (name in _FIXED_TYPES or name in _INDEX_OUTPUTS or "dtype" in _params(node.op)
                or name in ("Embedding", "one_hot", "amp_cast", "Pooling", "_npi_norm") or name in _DETERMINANT_TYPES
                or getattr(node.op, "result_dtype", None) is not None)


def _told_type(node, types):
    """The dtype of the first known output of ``node`` that has its data's dtype (a split's any part, topk's
    values, LayerNorm's mean), or None."""
    for i in range(node.num_outputs):
        if node.op.name in ("argsort", "topk") and _is_index_output(node, i):
            continue
        if types.get((id(node), i)) is not None:
            return types[(id(node), i)]
    return None


def _param_type(node, position, data_type):
    if node.op.name in ("BatchNorm", "BatchNorm_v1") and position > 0 and np.dtype(data_type) == np.float16:
        return np.float32
    return data_type


# Operators whose output has one input's dtype, known before their other (index, condition) inputs' are.
_TYPE_FROM_INPUT = {"gather_nd": 0, "scatter_nd": 0, "where": 1, "softmax": 0, "log_softmax": 0, "CTCLoss": 0,
                    "_contrib_boolean_mask": 0, "_contrib_edge_id": 0, "_contrib_index_copy": 0}
# Operators of a data input and an index (or shape-giving) input: the output's dtype is the data's, known either
# way (the other input's stays free; a *_like op's must be known for either to be told).
_OUTPUT_TYPE_IS_DATA = frozenset({"reshape_like", "broadcast_like", "slice_like", "pick", "take", "batch_take",
                                  "gather_nd", "scatter_nd", "_contrib_boolean_mask", "_contrib_edge_id", "_contrib_index_copy"})
# Operators whose output dtype is fixed whatever their inputs.
_FIXED_TYPES = {"shape_array": np.int64, "size_array": np.int64, "_contrib_index_array": np.int64,
                "_contrib_allclose": np.uint8, "all_finite": np.float32, "multi_all_finite": np.float32,
                "multi_sum_sq": np.float32}
# An array with a number: MXNet computes bool data in int64.
_SCALAR_OPS = frozenset(f"_{name}_scalar" for name in (
    "plus", "minus", "rminus", "mul", "div", "rdiv", "mod", "rmod", "power", "rpower", "maximum", "minimum", "hypot",
    "equal", "not_equal", "greater", "greater_equal", "lesser", "lesser_equal", "logical_and", "logical_or",
    "logical_xor", "npi_arctan2", "npi_rarctan2", "npi_copysign", "npi_rcopysign", "npi_ldexp", "npi_rldexp"))
# Operators whose index output (position 1, or 0 with ret_typ='indices') takes the ``dtype`` attribute.
_INDEX_OUTPUTS = {"argsort", "topk", "argmax", "argmin"}


def _is_index_output(node, index):
    """Whether output ``index`` of an argsort/topk/argmax node holds indices (of its ``dtype`` attribute)."""
    ret = node.attrs.get("ret_typ", "indices")
    return node.op.name == "argsort" or ret == "indices" or (ret == "both" and index == 1)


def _out_type(node, index, ins, default):
    """One output's dtype, from the op's attributes and its inputs' dtypes."""
    name = node.op.name
    dtype = node.attrs.get("dtype")
    rule = getattr(node.op, "result_dtype", None)        # an op that states its rule (mx.sym.np's)
    if rule is not None and all(t is not None for t in ins):
        return np.dtype(rule(node.attrs, [np.dtype(t) for t in ins])).type
    if name in _FIXED_TYPES:
        return _FIXED_TYPES[name]
    if name == "_random_randint":
        return np.dtype(dtype or "int32").type
    if _is_sampler(name):                       # float32 draws unless ``dtype`` says otherwise
        return np.dtype(dtype if dtype not in (None, "None") else "float32").type
    if name == "_sample_multinomial":                   # samples in ``dtype``, then log-probabilities
        return np.dtype(dtype or "int32").type if index == 0 else (ins[0] if ins else default)
    if name == "Embedding":                    # the weight's dtype (its ``dtype`` attribute, float32 by default)
        return ins[1] if len(ins) > 1 and ins[1] is not None else np.dtype(dtype or "float32").type
    if name in ("argmax", "argmin"):           # no dtype parameter: the input's dtype
        return ins[0] if ins else default
    if name == "one_hot":
        return np.dtype(dtype if dtype not in (None, "None") else "float32").type
    if name == "amp_multicast" and ins[index] is not None:     # low-precision floats take one type together
        narrow = str(node.attrs.get("cast_narrow", False)).lower() in ("1", "true")
        known = [np.dtype(t) for t in ins if t is not None]
        if not narrow and ins[0] is None and np.float32 not in known and cast_by_multicast(np.dtype(ins[index])):
            return None                         # the first input's type, not known yet
        out = multicast_output(ins[index], multicast_target(known, narrow))
        return out if out.names else out.type       # (bfloat16: the dtype itself, numpy has no type for it)
    if name == "norm" and node.attrs.get("out_dtype") not in (None, "None"):
        return np.dtype(node.attrs["out_dtype"]).type
    if name == "amp_cast" and ins and ins[0] is not None and (np.dtype(ins[0]).kind not in "fV" or
                                                             np.dtype(ins[0]) == np.float64):
        return ins[0]                           # AMP casts float16/float32 (and bfloat16) data only
    if dtype == "bfloat16" and name in ("Cast", "amp_cast"):
        from ..ndarray.serialize import BFLOAT16
        return BFLOAT16
    if name in ("cumsum", "_np_cumsum"):        # its dtype, else the data's (booleans add up as int64)
        if dtype not in (None, "None"):
            return np.dtype(dtype).type
        return np.int64 if ins and np.dtype(ins[0]) == np.bool_ else (ins[0] if ins else default)
    if name == "histogram":                     # int64 counts, then the edges in the data's dtype
        return np.int64 if index == 0 else (ins[0] if ins else default)
    if name in _INDEX_OUTPUTS:
        if _is_index_output(node, index):
            return np.dtype(dtype or "float32").type
        return ins[0] if ins else default
    if dtype not in (None, "None") and (not node.inputs or name in ("Cast", "amp_cast", "one_hot", "Embedding",
                                                                    "softmax", "log_softmax", "softmin")
                                        or name.startswith("_sample_")):
        return np.dtype(dtype).type
    if name == "where" and len(ins) == 3:
        return ins[1]
    if name in _SCALAR_OPS and ins and ins[0] is not None and np.dtype(ins[0]).kind in "biu":
        if str(node.attrs.get("is_int", True)) not in ("True", "1", "true"):
            return np.float64                   # an integer array with a float number is computed in float64
        if np.dtype(ins[0]) == np.bool_:
            return np.int64                     # a bool array with an integer in int64
    return ins[0] if ins else default        # the data's dtype (an index or like-input may be of another)
