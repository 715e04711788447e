"""Reverse-mode automatic differentiation over the operator registry.

While ``record()`` is active every registry op whose inputs reach a marked variable adds a node
to a graph: the op, its inputs and its raw outputs. ``backward`` walks that graph from the heads
in reverse topological order, calling each op's backward, and writes or adds the sums into the
variables' gradient buffers according to their ``grad_req``.
"""
import collections
import ctypes
import functools
import importlib
import itertools
import operator
import threading
import traceback
import weakref
from contextlib import contextmanager

import numpy as np

from .base import LateImports as _LateImports, log_time
from array import array  # noqa: F401,E402  (names MXNet's module shows, as its own imports)
from ctypes import CFUNCTYPE, POINTER, c_int, c_void_p, cast  # noqa: F401
from threading import Lock  # noqa: F401
from .base import _LIB, MXCallbackList, NDArrayHandle, SymbolHandle, c_array, c_array_buf, c_handle_array  # noqa: F401
from .base import check_call, hiding as _hiding, mx_uint, string_types  # noqa: F401
from .base import MXNetError, Silent, class_text, error_like, no_attribute, message_of
from . import autograd_bool_kernels as _bool_kernels


class _State(threading.local):
    recording = False
    training = False
    differentiating = False     # inside a backward formula run on NDArrays (create_graph)
    limit = None                # (differentiations left, MXNet's op then) for the nodes such a formula records
    backward_hook = None        # hook(node, input gradients) after each node's backward: executor monitors
    bound_graph = False         # backward of a bound executor, whose planner lets gradients share buffers
    consumers = None            # there: {(id(node), output): [(consumer, input position)]} of the graph's nodes
    graph_forward = False       # forward of a bound executor, whose shape inference took its inputs' shapes
    requested = None            # in grad(): the _Requested variables, the only leaves MXNet's pass differentiates
    head_stypes = None          # {(id(node), output): storage type} of the sparse head gradients of a backward
    pass_order = None           # the nodes of the running backward pass, and its heads' (id(node), output) entries
    pass_heads = None
    grad_stypes = None          # {(id(node), output): storage type of its gradient}, found when first asked


_state = _State()
_NDARRAY = np.ndarray
_F32, _F64 = np.dtype(np.float32), np.dtype(np.float64)     # (native dtypes are singletons: tested with ``is``)


_AssertError = error_like(AssertionError)


# what the hot paths here take from modules that import this one
_late = _LateImports(__package__, {
    "NDArray": ".ndarray.ndarray", "_wrap": ".ndarray.ndarray", "data_to_write": ".ndarray.failures",
    "backward_errors": ".ndarray.failures", "backward_kernel_error": ".ndarray.failures",
    "FAILED_NODES": ".ndarray.failures", "read_failure": ".ndarray.failures",
    "backward_reads_no_outputs": ".ndarray.failures", "carried_error": ".ndarray.failures",
    "running_backward_errors": ".ndarray.failures", "take_backward_copies": ".ndarray.failures"}, attributes=True)
_KeyErr = error_like(KeyError)


class Leaf:
    """A marked variable: where its gradient is written (``fresh``: written since Trainer last used it).
    A 'null' one is in the graph without a gradient; a backward that frees its graph drops its buffer."""

    __slots__ = ("grad", "req", "fresh", "vid", "rows", "sparse_parts", "dense_writer", "refusal", "var",
                 "__weakref__")
    is_leaf = True

    def __init__(self, grad, req, numbered=True):
        self.grad, self.req, self.fresh = grad, req, False
        self.var = None                  # a 'null' one: a weak reference to its array (see _without_null)
        self.refusal = None              # MXNet's backward error for a buffer unlike the variable (mark_variables)
        self.rows = None                 # rows a row_sparse gradient stores beyond its non-zero ones (one pass)
        self.sparse_parts = None         # positions of its row_sparse gradient contributions (one pass)
        self.dense_writer = None         # the backward node writing its sparse gradient with a dense kernel (one pass)
        # names it ``var<vid>`` in get_symbol, as MXNet numbers the variables autograd marks
        self.vid = next(_variables) if numbered else None


class Node:
    """One recorded op application: its inputs (raw and as given), attributes and raw outputs."""

    __slots__ = ("op", "inputs", "args", "attrs", "outs", "parents", "seq", "grads", "nout", "limit", "walk",
                 "fed", "born", "freed", "__weakref__")
    is_leaf = False     # (made by new_node, without calling the class: a third of the cost of recording an op)


_new = object.__new__


def new_node(op, inputs, args, attrs, outs, parents, nout=1):
    """A Node of ``op`` applied to ``inputs`` (raw) / ``args`` (as given), with raw ``outs`` and parent links."""
    node = _new(Node)
    node.op = op
    node.inputs = inputs
    node.args = args
    node.attrs = attrs
    node.outs = outs
    node.parents = parents
    node.seq = _next_seq()
    node.grads = None               # output gradients being summed during a backward pass
    node.nout = nout
    node.limit = _state.limit       # None: recorded by the user; else a node of a recorded gradient
    node.walk = None                # the backward pass that last entered it (see _post_order)
    node.fed = None                 # the unrecorded arrays among its inputs (see in_graph)
    node.born = _passes[0]          # backward passes run before it was recorded (see _detached)
    return node


def in_graph(arr):
    """Whether writing into ``arr`` while recording is refused: it is a variable, a recorded result, or an
    input of a recorded op (MXNet gives such an input a graph entry, which a backward through it frees)."""
    node = arr._node
    if node is not None:
        if not node[0].is_leaf:
            return has_live_entry(arr)
        return node[0].grad is not None     # (a 'null' variable whose graph was freed is a plain array again)
    return getattr(arr, "_fed", False) or _is_marked_buffer(arr)


def has_live_entry(arr):
    """Whether ``arr`` stands for a variable, or a recorded result whose graph no backward has freed (MXNet's
    backward clears its results' entries)."""
    node = getattr(arr, "_node", None)
    return node is not None and (node[0].is_leaf or node[0].outs is not None)


# the gradient buffers given to mark_variables, by id: MXNet gives each a graph entry of its own, so writing into
# one while recording is refused (a variable's ``.grad`` reads a copy of the buffer's handle, which has none)
_MARKED_BUFFERS = {}


def _mark_buffer(grad):
    key = id(grad)
    _MARKED_BUFFERS[key] = weakref.ref(grad, lambda _, key=key: _MARKED_BUFFERS.pop(key, None))


def _is_marked_buffer(arr):
    ref = _MARKED_BUFFERS.get(id(arr))
    return ref is not None and ref() is arr


def feed(node, arrays):
    """Note ``arrays`` (unrecorded inputs of ``node``) as in its graph until a backward frees it; one entering
    the graph takes its ``null<n>`` number now, as MXNet numbers the entry it makes for it."""
    for a in arrays:
        enter_constant(a)
    node.fed = arrays


def enter_constant(arr):
    """Give unrecorded ``arr`` its graph entry as a recorded op's input: its ``null<n>`` number, once."""
    if not getattr(arr, "_fed", False):
        _number_constant(arr)
    arr._fed = True


def take_number():
    """The op number the next recorded op takes, taken now."""
    return _next_seq()


def take_constant_name():
    """A ``null<n>`` name taken now, for an array of a graph's own entering a recorded op as a constant."""
    return f"null{next(_variables)}"


def reserve_body_record(constants):
    """Take the numbers MXNet's recording of a control-flow body's call takes: one op number, then one per
    ``constants`` input outside the graph."""
    _next_seq()
    for _ in range(constants):
        next(_variables)


def has_entry(arr):
    """Whether unrecorded ``arr`` has a graph entry as an input of a recorded op: MXNet records the ops
    reading it too (a head gradient's entry belongs to its gradient graph: not so)."""
    return getattr(arr, "_fed", False) and not _constants.get(id(arr), "").startswith("_head_grad_")


def enter_refused_targets(targets, numbered, later_inputs=0):
    """MXNet's recording of an op that writes into its own (unrecorded) input: it numbers the op (unless
    ``numbered`` already), enters the targets (and ``later_inputs`` more unrecorded inputs, arrays of its own)
    in the graph as constant inputs, then refuses the op; a later write into a target while recording is
    refused as a write into the graph."""
    if not numbered:
        _next_seq()
    for t in targets:
        if not getattr(t, "_fed", False):
            _number_constant(t)
        t._fed = True
    for _ in range(later_inputs):
        next(_variables)


_passes = [0]                        # backward passes run so far: when a node was recorded, or freed
_counter = itertools.count()         # op nodes: ``node_<seq>`` in get_symbol
_next_seq = _counter.__next__


def _peek_seq():
    """The number the next recorded op takes."""
    return _counter.__reduce__()[1][0]


@contextmanager
def _numbered_from(seq):
    """Number the ops recorded in the scope from ``seq`` on (numbers an earlier recording reserved for them)."""
    global _next_seq
    outer, _next_seq = _next_seq, itertools.count(seq).__next__
    try:
        yield
    finally:
        _next_seq = outer


@contextmanager
def _one_number():
    """Give every op recorded in the scope the number the first one takes."""
    global _next_seq
    outer, taken = _next_seq, []

    def same():
        if not taken:
            taken.append(outer())
        return taken[0]
    same.one_number = True
    _next_seq = same
    try:
        yield
    finally:
        _next_seq = outer


def recorded_as_one_op(fn):
    """``fn``, whose recorded steps take one node number: an mx.np function MXNet runs as one operator, so the ops
    recorded after it keep MXNet's numbers."""
    @functools.wraps(fn)
    def one_op(*args, **kwargs):
        if not _state.recording:
            return fn(*args, **kwargs)
        with _one_number():
            return fn(*args, **kwargs)
    return one_op


_variables = itertools.count()       # variables and constant inputs: ``var<n>`` / ``null<n>``
_constants = {}                      # id(array) -> its ``null<n>`` name, while the array lives


def _record(op, args, inputs, attrs, raw, outs):
    """Add a node for ``op`` if any input is connected to a variable or has a graph entry (an unrecorded input
    of a recorded op: MXNet records the ops reading it too); link its outputs."""
    parents = tuple([getattr(a, "_node", None) for a in args])
    if None not in parents:         # (every input recorded: the common call)
        if not parents:             # (no inputs at all, a sampler's: nothing for a gradient to reach)
            return
        fed = ()
    else:
        for p in parents:
            if p is not None:
                break
        else:
            if not any([has_entry(a) for a in args]):
                return
        fed = tuple([a for a, p in zip(args, parents) if p is None and getattr(a, "_node", 0) is None])
    if type(raw) is not tuple:
        outs[0]._node = (new_node(op, inputs, args, attrs, raw, parents), 0)
        if fed:
            feed(outs[0]._node[0], fed)
        return
    node = new_node(op, inputs, args, attrs, raw, parents, len(raw))
    if fed:
        feed(node, fed)
    if len(outs) == 1:
        outs[0]._node = (node, 0)
    else:
        for i, o in enumerate(outs):
            o._node = (node, i)


# ---- scopes ---------------------------------------------------------------------------
class _scope:
    """A ``with`` scope setting recording and/or training (None: left as is), both set back on exit."""
    __slots__ = ("recording", "training", "old")

    def __init__(self, recording, training):
        self.recording, self.training = recording, training

    def __enter__(self):
        self.old = (_state.recording, _state.training)
        if self.recording is not None:
            _state.recording = self.recording
        if self.training is not None:
            _state.training = self.training

    def __exit__(self, *exc):
        _state.recording, _state.training = self.old


class _RecordingStateScope:
    """A reusable ``with`` scope setting recording and/or training (None: left as is). On exit, as in MXNet,
    each state is set back only when entering changed it, so a state changed by hand inside a nested scope
    of the same kind survives that scope."""

    def __init__(self, is_record, train_mode):
        self._enter_is_record, self._enter_train_mode = is_record, train_mode
        self._prev_is_record = self._prev_train_mode = None

    def __enter__(self):
        if self._enter_is_record is not None:
            self._prev_is_record = set_recording(self._enter_is_record)
        if self._enter_train_mode is not None:
            self._prev_train_mode = set_training(self._enter_train_mode)

    def __exit__(self, *exc_info):
        if self._enter_is_record is not None and self._prev_is_record != self._enter_is_record:
            set_recording(self._prev_is_record)
        if self._enter_train_mode is not None and self._prev_train_mode != self._enter_train_mode:
            set_training(self._prev_train_mode)


def record(train_mode=True):
    """Record operations for gradient computation (in training mode unless told otherwise)."""
    return _RecordingStateScope(True, train_mode)


def pause(train_mode=False):
    """Stop recording inside a ``record()`` block."""
    return _RecordingStateScope(False, train_mode)


def train_mode():
    """Run operators in training mode (Dropout, BatchNorm) without changing recording."""
    return _RecordingStateScope(None, True)


def predict_mode():
    """Run operators in inference mode without changing recording."""
    return _RecordingStateScope(None, False)


def is_recording():
    """Whether operations are being recorded."""
    return _state.recording


def is_training():
    """Whether operators run in training mode."""
    return _state.training


def _c_int_flag(value):
    """``value`` as MXNet's C API reads a flag: a C int (TypeError for None, text or floats), non-zero is True."""
    return ctypes.c_int(value).value != 0


def set_recording(is_recording):
    """Set the recording state; returns the previous one."""
    old, _state.recording = _state.recording, _c_int_flag(is_recording)
    return old


def set_training(train_mode):
    """Set the training state; returns the previous one."""
    old, _state.training = _state.training, _c_int_flag(train_mode)
    return old


# ---- variables ------------------------------------------------------------------------
_REQS = ("write", "add", "null")


def checked_req(req):
    """``req`` if it names a grad_req; else MXNet's failure to look it up in its dict (KeyError, or TypeError
    for an unhashable value)."""
    hash(req)
    if req not in _REQS:
        raise _KeyErr(req)
    return req


def mark_variables(variables, gradients, grad_reqs="write"):
    """Mark arrays as variables whose gradients go into ``gradients``."""
    NDArray = _late.NDArray
    if isinstance(variables, NDArray):
        if not isinstance(gradients, NDArray):
            raise AssertionError()       # MXNet's front end asserts a lone variable comes with a lone buffer
        variables, gradients = [variables], [gradients]
    if isinstance(grad_reqs, str):
        grad_reqs = [grad_reqs] * len(variables)
    for req in grad_reqs:
        checked_req(req)
    _check_handles(variables)
    _check_handles(gradients)
    if len(gradients) < len(variables):        # (MXNet reads past the buffers; extra buffers it ignores)
        raise MXNetError(f"mark_variables: {len(variables)} variables but {len(gradients)} gradient buffers; "
                         "give one buffer per variable")
    for var, grad, req in zip(variables, gradients, grad_reqs):
        leaf = Leaf(grad, req)
        var._node = (leaf, 0)
        _mark_buffer(grad)
        if req == "null":
            leaf.var = weakref.ref(var)
        leaf.refusal = _buffer_refusal(var, grad)
        if leaf.refusal is not None:
            _UNLIKE_BUFFERS.add(leaf)


def mark_bound_argument(var, grad, req):
    """Mark ``var`` as a variable with gradient buffer ``grad``, unchecked: an executor's argument (whose
    gradient array may have another dtype where every op reading it converts, which the executor checks)."""
    var._node = (Leaf(grad, req, numbered=False), 0)        # (MXNet's executors number nothing)


_UNLIKE_BUFFERS = weakref.WeakSet()     # the variables marked with a buffer unlike them (see _buffer_refusal)


def _check_buffers(heads):
    """MXNet's error, before the pass (the graph stays), for a variable of ``heads`` marked with an unlike buffer."""
    for head in heads:
        node = head._node[0] if head._node is not None else None
        links = [] if node is None else [(node, 0)] if node.is_leaf else _upstream_leaves(node)
        if links and not node.is_leaf and _mxnet_name(node) in _PER_INPUT_READERS:     # (their nodes in input order)
            inputs = [p[0] if p is not None else None for p in node.parents]
            links.sort(key=lambda link: inputs.index(link[0]) if link[0] in inputs else len(inputs))
        for leaf, _ in links:
            if leaf.refusal is not None and leaf.req != "null":
                if not node.is_leaf and any(_gradient_kind(n.op) is _REFUSES for n in _gradient_reached(node)[1]):
                    return      # MXNet's gradient pass refuses the graph first
                text = _reader_refusal(node, leaf, *leaf.refusal)
                raise MXNetError(_logged(text) if text is _SHAPE_REFUSAL else text)


_SHAPE_REFUSAL = ("../src/executor/infer_graph_attr_pass.cc:101: Check failed: (rshape[eid]) == "
                  "(rshape[idx.entry_id(fnode.inputs[i])]) Backward shape inconsistent with the forward shape")


def _logged(check):
    """A check's words as MXNet's log line carries them to Python: led by the time, ending its line."""
    return f"{log_time()} {check}\n"


def _buffer_refusal(var, grad):
    """What MXNet's backward checks refuse in a gradient buffer of another shape or dtype than its variable's,
    or None: ("shape" or "type", the variable's, the buffer's), worded once the op reading the variable is known.

    The shape is checked first; a buffer of the variable's shape but another dtype fails the type check of the
    backward of the op reading it."""
    if grad.shape == var.shape and grad.dtype == var.dtype:
        return None
    if grad.shape != var.shape:
        return "shape", _shape_words(var.shape), _shape_words(grad.shape)
    return "type", np.dtype(var.dtype).name, np.dtype(grad.dtype).name     # (a 1-D csr buffer is never densified)


def _shape_words(shape):
    return "[" + ",".join(str(n) for n in shape) + "]"


# The sparse-aware unary operators whose backward has a shape rule of its own: a buffer's dtype fails their type
# check (the backward of other operators fails MXNet's shape check first)
_TYPE_CHECKED_READERS = frozenset([
    "cast_storage", "square", "sqrt", "abs", "negative", "relu", "sign", "sigmoid", "exp", "log", "expm1", "log1p",
    "log2", "log10", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh",
    "arctanh", "degrees", "radians", "round", "rint", "ceil", "floor", "trunc", "fix", "cbrt", "rcbrt", "rsqrt",
    "reciprocal", "erf", "erfinv", "gamma", "gammaln", "softsign", "logical_not", "zeros_like", "ones_like",
    "BlockGrad", "make_loss", "identity", "transpose", "argmax", "topk", "smooth_l1", "shape_array", "size_array",
    "_plus_scalar", "_minus_scalar", "_rdiv_scalar", "_power_scalar", "_maximum_scalar",
    # zero gradients from one node of their own: samplers of one parameter, random *_like, image ops, ...
    "_sample_exponential", "_sample_poisson", "_sample_multinomial", "_contrib_arange_like", "_contrib_index_array",
    "_contrib_div_sqrt_dim", "_image_flip_top_bottom",
    "_image_random_flip_left_right", "_image_random_brightness", "_image_random_contrast",
    "_image_random_saturation", "_image_random_hue", "_image_random_color_jitter", "_image_random_lighting",
    "_image_adjust_lighting"] + [f"_random_{kind}_like" for kind in (
        "uniform", "normal", "gamma", "exponential", "poisson", "negative_binomial", "generalized_negative_binomial")])
# zero gradients from a node per input (node_<n>_in<i>_backward), each checking its one output
_PER_INPUT_READERS = frozenset({"_sample_uniform", "_sample_normal", "_sample_gamma", "_sample_negative_binomial",
                                "_sample_generalized_negative_binomial"})
_OWN_SHAPE_CHECK = frozenset({"transpose"})         # its backward checks a buffer's shape in words of its own
_SHAPE_CHECKED_READERS = (_TYPE_CHECKED_READERS | _PER_INPUT_READERS | frozenset({"softmax", "log_softmax", "softmin"})) \
    - _OWN_SHAPE_CHECK


def _reader_refusal(head, leaf, kind, want, got):
    """MXNet's error for variable ``leaf`` whose buffer has another ``kind`` ("shape" or "type") of attribute,
    from the backward reading it (from ``head``): the summing node's check when several inputs read it, else its
    one reader's, else (a reader of no such check) the gradient pass's shape check."""
    if head is leaf:        # the variable itself is the head: the unnamed node copying it to its gradient checks
        from .ndarray.shape_text import OperatorMessage
        text = (f"Error in operator : Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th "
                f"output: expected {want}, got {got}")
        return text if kind == "shape" else OperatorMessage(text, "_variable_head_copy")
    readers = _summed_readers(head, leaf)
    if not readers:
        return _SHAPE_REFUSAL
    node, i, zero = readers[0]
    reader = _mxnet_name(node) if len(readers) == 1 else None
    if len(readers) == 1 and reader in _SOFTMAX_READERS and kind == "type" and not zero:
        return f"Error in operator node_{node.seq}_backward: Type inconsistent, Provided = {got}, inferred type = {want}"
    checked = _SHAPE_CHECKED_READERS if kind == "shape" else _TYPE_CHECKED_READERS | _PER_INPUT_READERS
    if len(readers) == 1 and reader not in checked and not zero:
        return _SHAPE_REFUSAL
    if len(readers) > 1:
        name, i = "sum_grad", 0
    else:       # (its input index among the arrays: 2 / x is MXNet's _rdiv_scalar of one input)
        name, i = f"node_{node.seq}_backward", sum(hasattr(a, "_node") for a in node.args[:i])
        if reader in _PER_INPUT_READERS or zero and sum(hasattr(a, "_node") for a in node.args) > 1:
            name, i = f"node_{node.seq}_in{i}_backward", 0      # (a zeros_like node per input)
    return (f"Error in operator {name}: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {name} "
            f"at {i}-th output: expected {want}, got {got}")


_SOFTMAX_READERS = frozenset({"softmax", "log_softmax", "softmin"})     # their backward's own type rule


def _summed_readers(head, leaf):
    """The gradients of variable ``leaf`` MXNet's pass from ``head`` sums, as (node, input index, zero), in its
    order: by node in reverse graph order, then by input. Zero gradients (the zeros_like nodes of a zero-gradient
    op, or of a node no gradient reaches) are left out of the sum, but for the first when all are."""
    order, reached = _gradient_reached(head)
    readers = [(node, i, node not in reached or _zero_gradient_op(node)) for node in reversed(order)
               for i, link in enumerate(node.parents) if link is not None and link[0] is leaf]
    return [r for r in readers if not r[2]] or readers[:1]


def _gradient_reached(head):
    """The op nodes of ``head``'s graph in MXNet's order, and those of them a gradient other than zeros reaches
    (MXNet's pass gives a node whose output gradients are all zeros zeros_like nodes for its inputs)."""
    order = _post_order([head], [])
    reached = {head}
    for node in reversed(order):        # (consumers before their inputs)
        if node in reached and not _zero_gradient_op(node):
            reached.update(link[0] for link in node.parents if link is not None and not link[0].is_leaf)
    return order, reached


def _zero_gradient_op(node):
    """Whether MXNet's gradient of ``node`` is zeros_like nodes of its inputs (argmax, comparisons, round, ...)."""
    kind = _gradient_kind(node.op)
    return kind is _STOPS or kind is _PASSES_BY_ATTRS and _zeros_like_gradient(node) or \
        _mxnet_name(node) in _PER_INPUT_READERS


# ---- backward -------------------------------------------------------------------------
def _run_backward(heads, head_grads, retain_graph, create_graph, into_buffers=False):
    """Propagate head gradients; return {id(leaf): (leaf, summed gradient)}.

    Nodes are visited in reverse of MXNet's depth-first post-order from the heads (``_post_order``): every
    consumer of a node comes before it, so a node's gradient is complete when its turn comes, and its
    contributions are listed in the order MXNet sums them.
    """
    heads, head_grads = _parse_heads(heads, head_grads)
    if head_grads is None:
        head_grads = [None] * len(heads)
    if not heads:
        raise MXNetError("backward: no head arrays given")
    seeds = {}            # one gradient per head entry: MXNet keeps the last one given for a repeated head
    sparse_heads = {}
    for h, hg in zip(heads, head_grads):
        if h._node is None:
            raise MXNetError(_NOT_RECORDED)
        if _detached(h._node[0]):
            raise MXNetError(_NOT_RECORDED)
        if hg is not None and hg.shape != h.shape:
            hg = _head_grad_of_shape(h, hg, in_grad=not into_buffers)
        g = np.ones(h.shape, h.dtype) if hg is None else hg._data       # (a sparse head is not densified)
        if create_graph:     # a head gradient enters as a constant (MXNet differentiates nothing through it)
            g = hg if hg is not None and hg._node is None else _late._wrap(g)
            _name_head_gradient(g, len(seeds))
        seeds[(id(h._node[0]), h._node[1])] = (h._node, g)
        # (a bound executor copies the head gradients into arrays of its outputs' storage types)
        stype = h.stype if _state.bound_graph else "default" if hg is None else hg.stype
        if stype != "default":
            sparse_heads[(id(h._node[0]), h._node[1])] = stype
    _state.head_stypes = sparse_heads or None
    leaves = {}
    nulls, stale, variables = [], [], [link[0] for link, _ in seeds.values() if link[0].is_leaf]
    order = _post_order([link[0] for link, _ in seeds.values()], nulls, stale, variables)
    if stale:       # an entry an earlier backward freed, under a node recorded before: MXNet's pass fails there
        _check_has_variables(heads)
        raise MXNetError("Check failed: type_ != nullptr: The any container is empty "
                         "requested=N5mxnet10Imperative6AGInfoE")
    if into_buffers and all(leaf.req == "null" for leaf in variables):
        _check_has_variables(heads)     # MXNet refuses such a graph before running any backward
    _late.take_backward_copies(order)
    for leaf in nulls:            # in the graph without a gradient (see _without_null)
        leaves[id(leaf)] = (leaf, None)
    for link, g in seeds.values():
        _accumulate(leaves, link, g)
        if into_buffers and link[0].is_leaf and link[0].req == "write" and link[0].grad.stype == "row_sparse":
            link[0].dense_writer = "_copy", ["default"], ["row_sparse"], {}     # a head that is a variable
    shared = _shared_sum_entries(order, seeds, variables) if into_buffers and not create_graph else None
    if _state.bound_graph:
        _state.consumers = _consumers(order)
    outer = _state.pass_order, _state.pass_heads, _state.grad_stypes    # (a backward run inside a backward)
    _state.pass_order, _state.pass_heads, _state.grad_stypes = order, set(seeds), None
    try:
        with Silent():      # MXNet's kernels make inf/nan gradients silently (sqrt'(0), ...)
            return _propagate(order, leaves, retain_graph, create_graph, into_buffers, shared)
    except BaseException as e:
        for node in order:               # a failed pass leaves no half-summed gradients behind
            node.grads = None
        if isinstance(e, BackwardNodeRefusal):
            raise e.named(order) from None
        raise
    finally:
        _state.pass_order, _state.pass_heads, _state.grad_stypes = outer


class BackwardNodeRefusal(MXNetError):
    """A check of the backward of the node that made ``out``, whose words ``template`` name that node
    (``{node}``), as MXNet names its backward nodes: ``node_<seq>_backward``."""

    def __init__(self, out, template):
        super().__init__(template)
        self.out, self.template = out, template

    def named(self, order):
        node = next((n for n in order if n.outs is self.out), None)
        name = f"node_{node.seq}_backward" if node is not None else "node_backward"
        return MXNetError(f"Error in operator {name}: " + self.template.format(node=name))


def _head_grad_of_shape(h, hg, in_grad):
    """A head gradient of another shape than its head as MXNet's backward of the head's op takes it: read as
    flat memory, ignored (None) by a backward that never reads it, else refused at once or when read."""
    from .autograd_head_dtypes import shape_refusal
    from .ndarray.failures import backward_kernel_error
    from .ndarray.ndarray import _wrap
    from .symbol.executor import _uses_head_grad
    from .autograd_head_dtypes import passes_shape_in_grad
    node = h._node[0]
    if not _uses_head_grad(h) or not _backward_reaches_variable(node):
        return None         # a backward that never reads it (shape_array, ...), or never runs: MXNet takes any shape
    name = "" if node.is_leaf else _mxnet_name(node)
    if in_grad and passes_shape_in_grad(name):
        return hg           # grad() hands it through a copying backward unchecked (a gradient of its shape)
    refused = shape_refusal(node, name, h.shape, hg.shape, h._node[1])
    if refused is None:
        return _wrap(hg._data.reshape(-1)[:h.size].reshape(h.shape), hg._ctx)
    message, at_once = refused
    if at_once:
        raise MXNetError(message)
    backward_kernel_error(message)
    return None


def _backward_reaches_variable(node, refusing=False):
    """Whether a gradient flows from ``node`` to a variable asking for one: MXNet's gradient graph leaves out the
    backward of a head whose every path to the variables passes a zero-gradient op (BlockGrad, a comparison,
    round, ...), so it never meets the head gradient. ``refusing``: an op that cannot be differentiated on the
    way counts as reached (its refusal stays on the way)."""
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if n.is_leaf:
            if n.req != "null":
                return True
            continue
        if id(n) in seen:
            continue
        seen.add(id(n))
        if refusing and (isinstance(n.op, _NonDifferentiable) or getattr(n.op, "nondifferentiable", False)):
            return True
        if n.op.bwd is not None and not _zeros_like_gradient(n):
            stack.extend(p[0] for p in n.parents if p is not None)
    return False


def _dead_ends(order):
    """The nodes of ``order`` (inputs first) whose gradient reaches no variable asking for one: every path passes
    a zero-gradient op or a 'null' variable. MXNet's gradient graph leaves their backward out (as
    _backward_reaches_variable says, for every node in one sweep)."""
    dead, kinds = set(), {}
    for node in order:      # (a node's op inputs come before it: each is in ``dead`` or reaches a variable)
        op = node.op
        kind = kinds.get(op)
        if kind is None:
            kind = kinds[op] = _gradient_kind(op)
        if kind is _PASSES or kind is _PASSES_BY_ATTRS and not _zeros_like_gradient(node):
            for p in node.parents:
                if p is not None and (p[0].req != "null" if p[0].is_leaf else p[0] not in dead):
                    break
            else:
                dead.add(node)
        elif kind is not _REFUSES and not _zeros_run_upstream(node):    # (a refusal stays on the way)
            dead.add(node)
    return dead


_REFUSES, _STOPS, _PASSES, _PASSES_BY_ATTRS = "refuses", "stops", "passes", "passes by attrs"


def _gradient_kind(op):
    """How the nodes of ``op`` treat a gradient: refuse a backward, stop it (zeros), pass it on, or pass it on
    unless their attributes make it a zeros_like gradient."""
    if isinstance(op, _NonDifferentiable) or getattr(op, "nondifferentiable", False):
        return _REFUSES
    if op.bwd is None:      # (a stand-in for a kernel MXNet lacks: the gradient graph keeps its op's backward)
        return _PASSES if getattr(op, "backward_in_mxnet", False) else _STOPS
    return _PASSES_BY_ATTRS if op.name in _ZEROS_LIKE_GRADIENT else _PASSES


def _zeros_run_upstream(node):
    """Whether the zeros_like gradients of ``node``'s inputs meet, upstream, a backward that runs on them (an op of
    _runs_on_zero_marks, or a recorded gradient's backward op: see _passes_on_zeros) on its way to a variable:
    MXNet's gradient graph keeps that backward (and its refusal of a second order)."""
    stack, seen = [p[0] for p in node.parents if p is not None], set()
    while stack:
        n = stack.pop()
        if n.is_leaf or id(n) in seen:
            continue
        seen.add(id(n))
        if n.op.bwd is None or _zeros_like_gradient(n):
            continue
        if _runs_on_zero_marks(_mxnet_name(n)) or not _passes_on_zeros(n, ()) or \
                isinstance(n.op, _NonDifferentiable) and n.nout > 1:     # (an output may get no zeros: it fails)
            if _backward_reaches_variable(n):
                return True
            continue
        stack.extend(p[0] for p in n.parents if p is not None)
    return False


_NOT_RECORDED = ("Check failed: !AGInfo: :IsNone(*i): Cannot differentiate node because it is not in a computational "
                 "graph. You need to set is_recording to true or use autograd.record() to save computational graphs "
                 "for backward. If you want to differentiate the same graph twice, you need to pass retain_graph=True "
                 "to backward.")


def _name_head_gradient(g, index):
    """Name a recorded gradient graph's head gradient as MXNet does (``_head_grad_<i>``, a variable of that
    graph, not numbered like the other inputs)."""
    if id(g) not in _constants:
        weakref.finalize(g, _constants.pop, id(g), None)
    _constants[id(g)] = f"_head_grad_{index}"
    g._fed = True


def _parse_heads(heads, head_grads):
    """``heads`` and ``head_grads`` as lists (head_grads may stay None), refused as MXNet's front end refuses
    them: an item that is not an NDArray has no handle, and the lists must be as long as each other."""
    NDArray = _late.NDArray
    heads = [heads] if isinstance(heads, NDArray) else _sized(heads)
    if isinstance(head_grads, NDArray):
        head_grads = [head_grads]
    _check_handles(heads)
    if head_grads is None:
        return heads, None
    if len(heads) != len(head_grads):
        raise _AssertError("heads and head_grads must be lists of the same length")
    _check_handles(g for g in head_grads if g is not None)
    return heads, list(head_grads)


def _sized(items):
    """``items`` as a list, taken as MXNet's front end takes an array list: by its length first."""
    len(items)
    return list(items)


def _check_handles(items):
    """AttributeError, as MXNet's front end gives when it asks an item that is not an NDArray for its handle."""
    NDArray = _late.NDArray
    for item in items:
        if not isinstance(item, NDArray):
            raise no_attribute(item, "handle")


def _detached(node):
    """Whether ``node`` was freed by a backward, or recorded only from arrays such a backward had freed
    (MXNet detaches the arrays of a graph after its backward: they are plain arrays then, and an op on
    them alone is not recorded; a node recorded before the free keeps them as constants)."""
    if node.is_leaf:
        return False
    if node.outs is None:
        return True
    linked = [p for p in node.parents if p is not None]
    return bool(linked) and all(not p[0].is_leaf and p[0].outs is None and p[0].freed <= node.born
                                for p in linked)


def _post_order(roots, nulls, stale=None, variables=None):
    """The op nodes reachable from ``roots`` in depth-first post-order, inputs in order (MXNet's graph
    order: it lists a gradient's contributions by it, and that order decides the last bits of their
    sum); the 'null' variables reached are added to ``nulls``, the others to ``variables``, the nodes an
    earlier backward freed under a node recorded before that (or whose constant input the backward of another
    graph freed) to ``stale``. Nodes freed by an earlier backward are not entered. A graph holding nodes
    recorded by a create_graph backward is ordered by creation instead: those nodes split MXNet's multi-output
    backward nodes, and the creation order is the closer match to MXNet's walk there."""
    walk, order = object(), []          # a node is entered once per walk (marked with it)
    append = order.append
    for root in roots:
        if root.is_leaf or root.walk is walk:
            continue
        root.walk = walk
        suspended = []          # the nodes above the current one, each with the parents it has left to enter
        node, parents = root, iter(root.parents)
        while True:
            for parent in parents:
                if parent is None:
                    continue
                child = parent[0]
                if child.is_leaf:
                    if child.req == "null":
                        nulls.append(child)
                    elif variables is not None:
                        variables.append(child)
                    continue
                if child.walk is walk:
                    continue
                child.walk = walk
                if child.outs is None:
                    append(child)
                    if stale is not None and child.freed > node.born:
                        stale.append(child)
                    continue
                suspended.append((node, parents))
                node, parents = child, iter(child.parents)
                break
            else:
                append(node)
                if node.fed is not None and stale is not None and not all(a._fed for a in node.fed):
                    stale.append(node)      # a constant input whose entry a backward of another graph freed
                if not suspended:
                    break
                node, parents = suspended.pop()
    for node in order:
        if node.limit is not None:
            order.sort(key=_seq)
            break
    return order


def _np_shape():
    from .util import is_np_shape
    return is_np_shape()


def _seq(node):
    return node.seq


def _propagate(order, leaves, retain_graph, create_graph, into_buffers, shared=None):
    """The reverse sweep of ``_run_backward`` over ``order`` (nodes without a gradient are passed by);
    ``into_buffers``: for ``backward``, which writes the variables' buffers as their grad_req says;
    ``shared``: the elemwise_add nodes whose gradient lives in an 'add' variable's buffer (_shared_sum_entries)."""
    hook = _state.backward_hook
    zeroed = []
    unwritten = set()       # 'add' variables fed by a Function alone (see _unwritten_by_functions)
    assigned = {}           # 'add' variables whose buffer the op's kernel writes its own way (see _ADD_REQUESTS)
    added_by_op = set()     # those an op's backward was handed to add into (a Custom op's, sparse ones too)
    stopped = {}            # moving-statistics nodes behind a zero gradient (see _zero_gradient_backwards)
    marked = False          # whether a zeros_like gradient (a _ZeroMark) was made in this pass
    done = []               # the nodes to free after the pass (unless retain_graph)
    dead = _dead_ends(order)
    type_checked = _bool_kernels.candidates()
    # MXNet runs a pass's backward kernels in one bulk: once one lacks its inputs' types, neither it nor any later
    # kernel writes a variable's buffer
    kernel_errors = _late.running_backward_errors() if into_buffers else None
    halted = False
    tainted = {} if _late.FAILED_NODES else None    # nodes whose output gradients carry an error (_taint_parents)
    _state.tainted_leaves = None
    simple = hook is None and tainted is None and not shared    # (no hook, failure or shared entry to heed)
    ways = {}               # op -> how its nodes' backward runs (see _backward_way)
    for node in reversed(order):
        slots = node.grads
        if slots is None:
            if create_graph or node in dead or node.outs is None or not _gives_zeros_like(node):
                continue
            slots = [_ZeroMark(o) for o in (node.outs if type(node.outs) is tuple else (node.outs,))]
            marked = True
        node.grads = None
        if stopped:
            stopped.pop(id(node), None)
        op = node.op
        way = ways.get(op)
        if way is None:
            way = ways[op] = _backward_way(op, create_graph, shared, type_checked)
        plain, checked, needs, storage, short = way
        outs = node.outs
        if short and simple and not marked and node.nout == 1 and outs is not None and node not in dead:
            dy = slots[0]               # the commonest nodes, in short: the common way below, with nothing to heed
            if type(dy) is list:
                dy = slots[0] = sum_gradients(dy)
            if checked:
                for x in node.inputs:       # (the check's own first test, inline: a call costs more)
                    if type(x) is _NDARRAY and x.dtype is not _F32 and x.dtype is not _F64:
                        _bool_kernels.check(node, _mxnet_name)
                        break
            attrs = node.attrs
            grads = op.bwd(dy, outs, *node.inputs, **attrs) if attrs else op.bwd(dy, outs, *node.inputs)
            if type(grads) is not tuple:
                grads = (grads,)
        else:
            if marked:
                slots = _unmarked_slots(node, slots)
            if outs is None:        # freed by an earlier backward: MXNet detached its arrays, so a constant
                continue
            common = simple and plain and not marked and node.nout == 1 and node not in dead
            if not common:      # (the commonest nodes skip these: no mark, failure or hook in the pass)
                bwd = op.bwd
                pruned = False
                passing = marked and type(slots[0]) is _ZeroMark
                failure = None if tainted is None else tainted.pop(id(node), None) if passing else \
                    _skipping_failure(node, tainted)
                common = plain and node.nout == 1 and not passing and node not in dead and failure is None
            if common:
                pass                                # (the ladder below says so, more slowly)
            elif passing:                                   # (slots hold marks only if the node passes them on:
                grads = _marks_of_inputs(node)              # see _unmarked_slots; MXNet runs no backward there)
            elif bwd is None and not (failure is not None and getattr(op, "backward_in_mxnet", False)):
                # comparisons, BlockGrad and the like: zero gradient (a stand-in reading a failed input: skipped)
                if getattr(op, "nondifferentiable", False):
                    from .ndarray.registry import mxnet_name
                    raise MXNetError(f"Operator {mxnet_name(op.name)} is non-differentiable because it didn't register "
                                     "FGradient attribute.")
                if create_graph and _zeros_run_upstream(node):
                    grads = _linked_zeros(node)
                elif create_graph:
                    grads = ()
                    zeroed.extend(_upstream_leaves(node))
                    stopped.update(_statistics_nodes(node))
                else:       # MXNet's zeros_like gradients (layers on the way run their backward on them)
                    grads = _zero_marks(node)
                    marked = True
            elif not create_graph and op.name in _ZEROS_LIKE_GRADIENT and _zeros_like_gradient(node):
                grads = _zero_marks(node)
                marked = True
            elif failure is not None:   # MXNet's engine skips this backward (no kernel runs): gradients carry the error
                grads = tuple(None if g is None else g.zeros() for g in _marks_of_inputs(node))
                if create_graph:        # (arrays, to be summed with the recorded gradients)
                    grads = tuple(None if g is None else _late._wrap(g) for g in grads)
            elif node in dead:      # left out of MXNet's gradient graph: zeros on, to the zero-gradient ops
                pruned = True
                if create_graph:
                    grads = ()
                    zeroed.extend(_upstream_leaves(node))
                    stopped.update(_statistics_nodes(node))
                else:
                    grads = tuple(None if p is None else np.zeros(x.shape, x.dtype)
                                  for p, x in zip(node.parents, node.inputs))
            elif create_graph:
                grads = _graph_grads(node, [sum_gradients(g) for g in slots])
            elif op is _ReadingInput:       # the gradient passes; the input's is a zeros_like node
                grads = (sum_gradients(slots[0]), _ZeroMark(node.inputs[1]))
                marked = True
            elif op is _ConstantGrad or op is _ZerosLike or type(op) is _ConstantSlope:
                grads = _zero_marks(node)
                marked = True
            elif op in ZEROS_LIKE_INPUTS:
                grads = _node_backward(node, [sum_gradients(g) for g in slots], False)
                grads = tuple(_ZeroMark(x) if i in ZEROS_LIKE_INPUTS[op] and g is not None else g
                              for i, (g, x) in enumerate(zip(grads, node.inputs)))
                marked = True
            elif shared and id(node) in shared and node.op.name == "elemwise_add":
                grads = _read_through_buffer(node, shared, sum_gradients(slots[0]))
                if shared[id(node)][3]:     # (written by its reader's kernel: see _BUFFER_WRITERS)
                    assigned[id(shared[id(node)][0])] = True
            elif node.nout > 1:
                reads_buffers = into_buffers and getattr(op, "reads_add_buffers", False)
                direct = _direct_add_leaves(node, order, leaves) if reads_buffers else None
                grads = _node_backward(node, [sum_gradients(g) for g in slots], create_graph, direct)
                if direct:
                    assigned.update((id(leaf), True) for leaf in direct if leaf is not None)
                    added_by_op.update(id(leaf) for leaf in direct if leaf is not None)
            else:
                common = True
            if common:                              # the common case, kept inline for speed
                dy = slots[0]
                if type(dy) is list:
                    dy = slots[0] = sum_gradients(dy)
                attrs = node.attrs
                if checked:
                    for x in node.inputs:       # (the check's own first test, inline: a call costs more)
                        if type(x) is _NDARRAY and x.dtype is not _F32 and x.dtype is not _F64:
                            _bool_kernels.check(node, _mxnet_name)
                            break
                if needs:
                    attrs = dict(attrs, needs=_input_needs(node))
                    if into_buffers and getattr(op, "shows_add_requests", False):
                        direct = _direct_add_leaves(node, order, leaves)
                        attrs["adds_into"] = tuple(leaf is not None for leaf in direct or ())
                if storage:
                    attrs = dict(attrs, **gradient_storage(node))
                bwd = op.bwd
                grads = bwd(dy, outs, *node.inputs, **attrs) if attrs else bwd(dy, outs, *node.inputs)
                if type(grads) is not tuple:
                    grads = (grads,)
                if shared and id(node) in shared:
                    _note_buffer_write(node, shared, slots)
            if not simple:
                if hook is not None and not (marked and slots and type(slots[0]) is _ZeroMark) and not pruned:
                    hook(node, () if bwd is None else tuple(g.zeros() if type(g) is _ZeroMark else g for g in grads)
                         if marked else grads)
                if failure is not None and not passing:     # (passing zeros_like nodes on, nothing ran)
                    _taint_parents(node, tainted, failure)
        if kernel_errors is not None and not halted:
            halted = kernel_errors.wrote_nothing()
        for parent, g in zip(node.parents, grads):
            if parent is None:
                continue
            pnode, index = parent
            if g is None and not pnode.is_leaf and not create_graph and pnode not in dead:
                g = _unasked_gradient(node, node.parents.index(parent))
                marked = marked or type(g) is _ZeroMark
            if g is not None and not pnode.is_leaf:     # the commonest case first: an op's output gradient
                pslots = pnode.grads
                if pslots is None:
                    if pnode.nout == 1:
                        pnode.grads = [g]
                    else:
                        pslots = pnode.grads = [None] * pnode.nout
                        pslots[index] = g
                    continue
                prev = pslots[index]
                if prev is None:
                    pslots[index] = g
                elif type(prev) is list:        # add_gradient, inlined
                    prev.append(g)
                else:
                    pslots[index] = [prev, g]
                continue
            if g is None and into_buffers and parent[0].is_leaf and parent[0].req == "write" \
                    and getattr(op, "zeroes_constants", False):     # (take's indices, ...: the kernel writes zeros)
                if _refuses_unasked_data(op, node):
                    _refused_kernel_buffer(parent[0], leaves, assigned)
                    continue
                g = np.zeros_like(node.inputs[node.parents.index(parent)])
            if g is None:       # e.g. FullyConnected's bias beside a frozen weight: MXNet leaves the buffer
                if parent[0].is_leaf:       # as it was but still counts the variable as reached (not stale)
                    parent[0].fresh = True
                    if into_buffers and parent[0].req != "null" and parent[0].grad is not None \
                            and node.parents.index(parent) in getattr(op, "keeps_failed_buffers", ()):
                        # its failed kernel left the buffer as it was: it carries the pass's error (see settle)
                        _refused_kernel_buffer(parent[0], leaves, assigned)
                        continue
                    if into_buffers and parent[0].req == "add" \
                            and _check_ungraded_add(op, node.parents.index(parent)):
                        _refused_kernel_buffer(parent[0], leaves, assigned)
                        continue
                    if not into_buffers and node.limit is None:
                        # an op the user recorded has a gradient entry for every input in MXNet: grad() returns
                        # what its backward wrote there, zeros (take's indices, ...)
                        zeroed.append(parent)
                elif parent[0].op.name == "BlockGrad":      # not asked for (see _input_needs): zeros beyond it
                    zeroed.extend(_upstream_leaves(parent[0]))
                    stopped.update(_statistics_nodes(parent[0]))
                continue
            if pnode.is_leaf:
                if pnode.req == "null":
                    leaves[id(pnode)] = (pnode, None)
                    continue
                if halted and pnode.grad is not None and type(g) is not _ZeroMark:
                    _refused_kernel_buffer(pnode, leaves, assigned)
                    continue
                if into_buffers and op.name in _UNGRADED_ADD_REFUSALS and _add_refused(op, node):
                    _refused_kernel_buffer(pnode, leaves, assigned)     # (the kernel failed before writing it)
                    continue
                if create_graph:
                    _number_on_read((g,))
                prev = leaves.get(id(pnode))
                leaves[id(pnode)] = (pnode, g if prev is None else add_gradient(prev[1], g))
                if prev is not None:
                    unwritten.discard(id(pnode))
                    assigned.pop(id(pnode), None)
                elif into_buffers and pnode.req == "add" and type(g) is not _ZeroMark:
                    if getattr(op, "is_function", False):
                        unwritten.add(id(pnode))
                    elif op.name in _ADD_REQUESTS:
                        how = _ADD_REQUESTS[op.name](node, node.parents.index(parent), slots)
                        if how:
                            assigned[id(pnode)] = how
                    elif getattr(op, "add_request", None) is not None:      # a graph's step reading it alone
                        how = op.add_request(node.parents.index(parent))
                        if how:
                            assigned[id(pnode)] = how
                check_stype = getattr(node.op, "check_grad_stype", None)     # e.g. Embedding's sparse_grad rule
                if check_stype is not None:
                    _check_grad_stype(check_stype, node, node.parents.index(parent), pnode)
                if into_buffers and pnode.req == "add" and pnode.grad.stype != "default" \
                        and id(pnode) not in added_by_op and type(g) is not _ZeroMark:
                    _refuse_sparse_add(node.op, node.attrs)     # (MXNet's zeros_like gradient nodes write sparse)
                if pnode.grad.stype != "default":     # e.g. Embedding(sparse_grad=True): the looked-up rows
                    rows_of = getattr(node.op, "grad_rows", None) if pnode.grad.stype == "row_sparse" else None
                    if rows_of is not None:
                        _note_rows(pnode, rows_of(node.parents.index(parent), node.inputs, node.attrs),
                                   leaves[id(pnode)][1])
                    pnode.dense_writer = _dense_backward_writer(node) if rows_of is None and prev is None \
                        and into_buffers and pnode.req == "write" else None
                continue
        if not retain_graph:
            done.append(node)
    freed = _passes[0]
    for node in done:       # (freed once the whole pass ran: a backward that fails leaves the graph, as MXNet's)
        node.outs = node.inputs = node.args = None
        node.freed = freed
        if node.fed is not None:        # its inputs leave the graph, as MXNet frees their entries
            for a in node.fed:
                a._fed = False
            node.fed = None
    _zero_gradient_backwards(stopped.values())
    if marked:
        for key, (leaf, g) in list(leaves.items()):
            leaves[key] = (leaf, _without_marks(g))
    for link in zeroed:          # a variable reached only through zero gradients gets zeros, as in MXNet
        leaf = link[0]
        if id(leaf) not in leaves and leaf.grad is not None:     # ('null' ones are in leaves already)
            zero = np.zeros(leaf.grad.shape, leaf.grad.dtype)
            leaves[id(leaf)] = (leaf, _linked_zero(zero, link) if create_graph else zero)
    _unwritten_by_functions(leaves, unwritten)
    for key, how in assigned.items():
        leaves[key] = (leaves[key][0], _Overwrite(leaves[key][1], None if how is True else how))
    return leaves


def _skipping_failure(node, tainted):
    """The error for which MXNet's engine skips the backward op of ``node``: that of a forward array it reads (a
    forward input or output it needs) or of a gradient a skipped op left (a zeros_like node reading a failed
    array among them); None when it runs. ``tainted``: {id(node): error} of the nodes reached so, with the
    variables' under the key 'leaves'."""
    return tainted.pop(id(node), None) or _late.read_failure(node, _forward_reads(node))


def _taint_parents(node, tainted, failure):
    """The gradients a skipped backward (see _skipping_failure) gives ``node``'s inputs carry its ``failure``."""
    for parent in node.parents:
        if parent is not None and parent[0].is_leaf:
            tainted.setdefault("leaves", {})[id(parent[0])] = failure
            _state.tainted_leaves = tainted["leaves"]
        elif parent is not None:
            tainted[id(parent[0])] = failure


def _forward_reads(node):
    """The forward arrays the backward of ``node`` reads, as MXNet's gradient node of its op takes them: 'o' for
    its outputs, positions in ``node.parents`` for its inputs."""
    from .symbol.backward_ops import CLONE, COPIES, ZEROS, rule
    from .symbol.graph import attr_to_str
    if node.args is None or getattr(node.op, "is_function", False) or type(node.op) is _GradientOp:
        return ()
    # (a stand-in for a kernel MXNet lacks: as the backward of the op it stands for)
    name = node.attrs.get("standing_for") or _mxnet_name(node) if type(node.attrs) is dict else _mxnet_name(node)
    found = rule(name, {k: attr_to_str(v) for k, v in _recorded_attrs(node).items()})     # (as texts)
    arrays = [k for k, a in enumerate(node.args) if hasattr(a, "_node")]
    if found in (CLONE, COPIES):
        return ()
    if found == ZEROS:      # (zeros_like nodes, each reading its input)
        return tuple(arrays)
    words = " ".join(entry[1] for entry in found) if isinstance(found, list) else found[1]
    reads = []
    for word in words.split():
        if word[0] == "o":
            reads.append("o")
        elif word == "i*":
            reads.extend(arrays)
        elif word[0] == "i" and int(word[1:]) < len(arrays):
            reads.append(arrays[int(word[1:])])
    return tuple(reads)


def _plain_backward(op, create_graph, shared):
    """Whether ``op``'s single-output nodes that a gradient reaches run its backward as it is, in a pass of
    ``create_graph`` and ``shared`` entries (no zeros_like gradient or other special way, whatever their
    attributes)."""
    return not create_graph and op.bwd is not None and op.name not in _ZEROS_LIKE_GRADIENT \
        and op is not _ReadingInput and op is not _ConstantGrad and op is not _ZerosLike \
        and type(op) is not _ConstantSlope and op not in ZEROS_LIKE_INPUTS \
        and not (shared and op.name == "elemwise_add")


def _backward_way(op, create_graph, shared, type_checked):
    """How the backward of ``op``'s nodes runs in a pass: whether on the common way (_plain_backward), whether their
    input types are checked (_bool_kernels.check), whether it takes ``needs``, whether it reads its gradients'
    storage types, and whether it takes the short way (common, and neither of the last two)."""
    plain, needs, storage = _plain_backward(op, create_graph, shared), op.bwd_needs, \
        getattr(op, "reads_grad_stypes", False)
    return plain, op.name in type_checked, needs, storage, plain and not needs and not storage


def _shared_sum_entries(order, seeds, variables):
    """MXNet gives both inputs of elemwise_add its output's gradient entry itself (no backward op), so a chain of
    them shares one entry; when the first variable (in graph order) fed that entry alone is an 'add' variable, the
    entry is that variable's buffer: its producer adds into it, and every other reader of the entry (the
    other variables, the ops before the chain) reads the buffer's sum. {id(node): [owner, root, gradient]}"""
    adds = [node for node in order if node.op.name == "elemwise_add"]
    if not adds:
        return None
    heads = {key[0] for key in seeds}
    consumers, uses = collections.defaultdict(list), collections.Counter()
    for node in order:
        for p in node.parents:
            if p is None:
                continue
            if p[0].is_leaf:
                uses[id(p[0])] += 1
            elif not _passes_no_gradient(node):     # (MXNet's gradient pass drops zero gradients beside others)
                consumers[id(p[0])].append(node)
    first = {}
    for i, leaf in enumerate(variables):
        first.setdefault(id(leaf), i)
    groups = collections.defaultdict(list)
    for node in adds:
        root = node
        while id(root) not in heads and [n.op.name for n in consumers[id(root)]] == ["elemwise_add"]:
            root = consumers[id(root)][0]
        feeds = consumers[id(root)]
        if id(root) in heads:       # a bound graph's head gradient is copied into the entry (autograd's is not)
            if feeds or not _state.bound_graph:
                continue
        elif not feeds or any(n.op.name in _ADD_REQUESTS for n in feeds) and (
                len(feeds) > 1 or feeds[0].op.name not in _BUFFER_WRITERS):
            continue
        groups[id(root)].append(node)
    shared = {}
    for members in groups.values():
        alone = [p[0] for n in members for p in n.parents if p is not None and p[0].is_leaf and uses[id(p[0])] == 1
                 and id(p[0]) not in heads and p[0].req != "null" and p[0].grad.stype == "default"]
        owner = min(alone, key=lambda leaf: first[id(leaf)], default=None)
        if owner is not None and owner.req == "add":
            root = members[-1]      # (the root comes last in order: it is the consumer)
            entry = [owner, root, None, None]
            shared.update((id(n), entry) for n in members)
            writer = consumers[id(root)][0] if consumers[id(root)] else None
            if writer is not None and writer.op.name in _BUFFER_WRITERS:
                shared[id(writer)] = entry
    return shared or None


def _passes_no_gradient(node):
    """Whether ``node``'s gradient to its inputs is zeros (BlockGrad, argmax...): no contribution to their entry."""
    return node.op.name in ("BlockGrad", "stop_gradient") or _zeros_like_gradient(node)


# Ops whose backward kernel writes a shared entry that is an 'add' variable's buffer as it writes such a
# variable's own buffer (their _ADD_REQUESTS rule, probed); the entry's other readers read the result.
_BUFFER_WRITERS = ("reverse", "clip", "mean", "take", "SoftmaxOutput", "SVMOutput", "LinearRegressionOutput",
                   "LogisticRegressionOutput", "MAERegressionOutput")


def _note_buffer_write(node, shared, slots):
    """Keep, in the shared entry that ``node`` (one of _BUFFER_WRITERS) writes, how its kernel writes the buffer."""
    entry = shared[id(node)]
    root = entry[1]
    entry[3] = _ADD_REQUESTS[node.op.name](node, [p is not None and p[0] for p in node.parents].index(root), slots)


def _read_through_buffer(node, shared, dy):
    """The input gradients of a shared elemwise_add (see _shared_sum_entries): its owner gets the entry's own
    gradient, every other input the owner's buffer with it added."""
    entry = shared[id(node)]
    owner, root, how = entry[0], entry[1], entry[3]
    if node is root:
        buffer = owner.grad._data
        if how is None or how is False:
            entry[2] = (dy, (buffer + dy).astype(buffer.dtype, copy=False))
        else:       # its writer's kernel wrote the buffer its own way: the owner's gradient is what it holds
            written = np.asarray(dy if how is True else how(buffer, dy)).astype(buffer.dtype, copy=False)
            entry[2] = (written, written)
    own, summed = entry[2]
    return tuple(None if p is None else own if p[0] is owner else summed for p in node.parents)


def _check_grad_stype(check, node, i, leaf):
    """Run an op's rule on the gradient storage of the variable feeding its input ``i``; a refusal of the backward
    node's storage inference names that node and the logged place of the check, as MXNet's does."""
    try:
        check(i, node.attrs, leaf.grad.stype, leaf.req)
    except MXNetError as e:
        where = getattr(e, "backward_node_check", None)
        if where is not None:
            raise MXNetError(f"Error in operator node_{node.seq}_backward: {log_time()} {where}: "
                             f"{message_of(e)}") from None
        raise


def _divided_after_adding(node, i, heads):
    """mean (and moments): MXNet's kernel adds the broadcast output gradient into the buffer, then divides the
    whole buffer by the number of elements averaged, the earlier gradient too."""
    out = node.outs[0] if node.nout > 1 else node.outs
    data = node.inputs[0]
    n = data.size // max(np.size(out), 1)
    if node.nout > 1:
        return lambda prev, g: (prev + g * n) / n
    from .ndarray.ops_reduce import reduced_axes
    axes = reduced_axes(data.shape, node.attrs.get("axis"), node.attrs.get("exclude", False))
    kept = [1 if a in axes else d for a, d in enumerate(data.shape)]
    dy = sum_gradients(heads[0])
    head = np.broadcast_to(np.reshape(np.asarray(dy), kept), data.shape)
    return lambda prev, g: (prev + head) / prev.dtype.type(n)


def _moments_adding(node, i, heads):
    """moments: MXNet's kernel adds the broadcast mean gradient into the buffer and divides the whole buffer by
    the number of elements averaged (as mean's), then adds the variance's part 2 dvar (x - mean) / n to it."""
    from .ndarray.ops_misc import _moment_axes
    data, (mean, var) = node.inputs[0], node.outs[:2]
    axes = _moment_axes(data, node.attrs.get("axes"))
    kept = tuple(1 if a in axes else size for a, size in enumerate(data.shape))
    n = data.dtype.type(data.size // max(mean.size, 1))
    dmean, dvar = (np.zeros(var.shape, data.dtype) if h is None or type(h) is _ZeroMark else
                   np.asarray(sum_gradients(h)) for h in heads[:2])
    centered = data - np.reshape(np.asarray(mean), kept)
    spread = np.reshape(dvar, kept) * centered * data.dtype.type(2) / n
    return lambda prev, g: (prev + np.reshape(dmean, kept)) / n + spread


def _np_mean_adding(node, i, heads):
    """mx.np's mean as the legacy one (_divided_after_adding); the mean an unweighted np.average records is
    MXNet's _npi_average, which adds."""
    from .numpy.reductions import AVERAGE_NODES
    return None if node in AVERAGE_NODES else _divided_after_adding(node, i, heads)


def _rows_added_in_turn(node, i, heads):
    """take (along axis 0) and Embedding: MXNet's kernel adds the gradient of each looked-up row into the
    'add' buffer in turn (a row looked up twice: two roundings, not one of their sum)."""
    attrs = node.attrs
    weight_input = 1 if node.op.name == "Embedding" else 0
    if i != weight_input or attrs.get("axis", 0) not in (0, "0"):
        return None
    weight, indices = node.inputs[weight_input], node.inputs[1 - weight_input]
    rows = np.asarray(indices).astype(np.int64).reshape(-1)     # (as C converts: towards zero)
    n = weight.shape[0]
    rows = rows % n if attrs.get("mode") == "wrap" else np.clip(rows, 0, n - 1)
    dy = sum_gradients(heads[0])
    return _added_each_in_turn(rows, np.asarray(dy).reshape((rows.size,) + weight.shape[1:]))


def _pooled_added_in_turn(node, i, heads):
    """Pooling: MXNet's own kernel (float64; sum and lp pooling; windows oneDNN does not take) adds each window's
    share of the gradient into the 'add' buffer in turn; oneDNN's gradient is added to it once."""
    from .ndarray.ops_conv import pooling_grad_onto
    dy, out, data, attrs = np.asarray(sum_gradients(heads[0])), node.outs, node.inputs[0], dict(node.attrs)

    def combine(prev, g):
        onto = pooling_grad_onto(prev, dy, out, data, **attrs)
        return prev + g if onto is None else onto
    return combine


def _convolved_added_in_turn(node, i, heads):
    """Convolution, Deconvolution and FullyConnected: MXNet's own (float64) kernel adds into the 'add' buffers of
    the data (Convolution's col2im, FullyConnected's gemm) and the weight (its gemm, beta 1) as it goes; oneDNN's
    gradients and the bias's are added once."""
    from .ndarray.ops_conv import convolution_grad_onto, deconvolution_grad_onto
    from .ndarray.ops_nn import fully_connected_grad_onto
    dy, data, weight, attrs = np.asarray(sum_gradients(heads[0])), node.inputs[0], node.inputs[1], dict(node.attrs)
    grad_onto = {"Deconvolution": deconvolution_grad_onto, "FullyConnected": fully_connected_grad_onto}.get(
        node.op.name, convolution_grad_onto)

    def combine(prev, g):
        onto = grad_onto(i, prev, dy, data, weight, **attrs)
        return prev + g if onto is None else onto
    return combine


def _added_by_the_kernel(node, i, heads):
    """ROIAlign, ROIPooling, BilinearSampler, Correlation, BilinearResize2D and AdaptiveAvgPooling2D: MXNet's
    kernel adds each of its gradient terms into the 'add' buffer as it goes; the backward reruns from that
    buffer (its ``onto``)."""
    dy, bwd, outs, inputs, attrs = np.asarray(sum_gradients(heads[0])), node.op.bwd, node.outs, node.inputs, \
        dict(node.attrs)

    def combine(prev, g):
        onto = [None] * len(inputs)
        onto[i] = prev
        return bwd(dy, outs, *inputs, **attrs, onto=tuple(onto))[i]
    return combine


def _padded_added_in_turn(node, i, heads):
    """Pad copying edges or reflections: MXNet's kernel adds each output position's gradient into the 'add'
    buffer in turn (constant padding: its gradient is added once)."""
    if node.attrs.get("mode", "constant") == "constant":
        return None
    from .ndarray.ops_join import pad_grad_onto
    dy, attrs = np.asarray(sum_gradients(heads[0])), node.attrs
    return lambda prev, g: pad_grad_onto(prev, dy, mode=attrs["mode"], pad_width=attrs["pad_width"])


def _columns_added_in_turn(node, i, heads):
    """im2col: MXNet's backward (col2im) adds each column back into the 'add' buffer in turn."""
    from .ndarray.ops_misc import columns_into
    dy, attrs = np.asarray(sum_gradients(heads[0])), node.attrs
    return lambda prev, g: columns_into(prev, dy, tuple(attrs["kernel"]), attrs.get("stride", ()),
                                        attrs.get("dilate", ()), attrs.get("pad", ()))


def _gathered_added_in_turn(node, i, heads):
    """gather_nd: as _rows_added_in_turn, each gathered element (or slice) added into the buffer in turn."""
    if i != 0:
        return None
    from .ndarray.ops_select import gather_nd_slots
    data, indices = node.inputs
    indices = np.asarray(indices)
    slots, kept = gather_nd_slots(indices, data.shape)
    parts = np.asarray(sum_gradients(heads[0])).reshape(kept.size, -1)[kept]

    def combine(prev, g):
        rows = prev.reshape(-1, parts.shape[1])
        np.add.at(rows, slots, parts.astype(prev.dtype, copy=False))
        return rows.reshape(prev.shape)
    return combine


def _indexed_added_in_turn(node, i, heads):
    """Advanced indexing (a legacy array's, which MXNet records as gather_nd, or an mx.np array's) and mx.np's
    take: as _gathered_added_in_turn, found by indexing the positions of the input's elements. (Other rearranging
    mx.np functions: see _rearranged_request.)"""
    if i != 0:
        return None
    key = node.attrs.get("key")
    if node.op.name == "_npi_rearrange":
        rearranged = _rearranged_request(node)
        if rearranged is not None:
            return rearranged
        fn = node.attrs["fn"]
        if getattr(getattr(fn, "func", None), "__name__", None) != "take":
            return None
        gather = fn
    elif type(node.args[0]) is _legacy_class():
        if _legacy_index_steps(node) is not None:
            return None
        gather = operator.itemgetter(key)
    else:
        from .numpy.indexing import gathers
        if not gathers(key):
            return None
        gather = operator.itemgetter(key)
    data = node.inputs[0]
    try:
        where = np.asarray(gather(np.arange(data.size).reshape(data.shape))).reshape(-1)
    except (IndexError, TypeError, ValueError):
        return None
    dy = sum_gradients(heads[0])
    return _added_each_in_turn(where, np.asarray(dy).reshape(-1), flat=True)


def _added_each_in_turn(where, parts, flat=False):
    """The 'add' combination of the gathering ops: each part of the gradient added into the buffer (``flat``:
    seen as one axis) at ``where``, in turn (np.add.at: a place gathered twice is rounded twice)."""
    def combine(prev, g):
        np.add.at(prev.reshape(-1) if flat else prev, where, parts.astype(prev.dtype, copy=False))
        return prev
    return combine


def _rescaled_after_adding(node, i, heads):
    """The regression outputs: MXNet's kernel adds the residual into the buffer, then adds the buffer times the
    scale (grad_scale over the values per sample) into itself."""
    if i != 0:
        return None
    from .ndarray.ops_nn import regression_residual
    label = node.inputs[1]
    per_sample = label.size // label.shape[0] if label.ndim else 1
    scale = np.float32(node.attrs.get("grad_scale", 1.0)) / np.float32(per_sample)
    residual = regression_residual(node.op.name, np.asarray(node.outs), np.asarray(label))

    def combine(prev, g):
        summed = prev + residual.astype(prev.dtype, copy=False)
        return summed + summed * summed.dtype.type(scale)
    return combine


def _writes(node, i, heads):
    return True


def _ediff1d_writes(node, i, heads):
    """ediff1d copies the head gradient's parts into its array bounds' buffers, and sets the gradient of an array
    of one element to zero, whatever the request."""
    return i > 0 or node.args[0].size == 1


def _added_in_steps(node, i, heads):
    """LayerNorm/GroupNorm: MXNet's kernel adds the data gradient into the buffer in two steps (the op's backward
    takes the buffer as ``add_to``)."""
    if i != 0:
        return None
    dys = tuple(np.zeros_like(out) if h is None or type(h) is _ZeroMark else np.asarray(sum_gradients(h))
                for h, out in zip(heads, node.outs))
    dy = dys if str(node.attrs.get("output_mean_var", False)).lower() in ("true", "1") else dys[0]
    bwd, outs, inputs, attrs = node.op.bwd, node.outs, node.inputs, node.attrs     # (the pass frees the node)
    return lambda prev, g: bwd(dy, outs, *inputs, **dict(attrs, add_to=prev))[0]


def _rearranged_request(node):
    """How the backward kernel of an mx.np rearranging function treats an 'add' request, where it is not adding:
    flip's and a turning rot90's assign (True); moveaxis's refuses it, when the gradient is read (np.moveaxis's
    own: a function that moves axes as a step of its kernel, as the nuclear norm, adds)."""
    name = _mxnet_name(node)
    if name in ("_npi_flip", "fliplr", "flipud") or name == "rot90" and node.attrs["fn"].keywords["k"] % 4:
        return True
    if name == "moveaxis" and getattr(node.attrs["fn"], "mxnet_op", None) == "_np_moveaxis":
        from .ndarray.failures import backward_kernel_error
        backward_kernel_error("Check failed: req[0] == kWriteTo (3 vs. 1) : Moveaxis does not support inplace")
        return _keeps(node, 0, None)
    return None


# backward kernels that give an input no gradient yet refuse an 'add' request for it: {op: (input, check)}
_UNGRADED_ADD_REFUSALS = {"take": (1, "Check failed: req[take_: :kIdx] != kAddTo (3 vs. 3) : take layer doesn't "
                                      "support gradient of req type kAddTo to index")}


def _check_ungraded_add(op, i):
    """The check of ``op``'s backward kernel on an 'add' request for its input ``i``, which takes no gradient:
    whether it refused (the gradients carry its error)."""
    refusal = _UNGRADED_ADD_REFUSALS.get(op.name)
    if refusal is not None and refusal[0] == i:
        from .ndarray.failures import backward_kernel_error
        backward_kernel_error(refusal[1])
        return True
    return False


def _add_refused(op, node):
    """Whether ``node``'s backward kernel refuses the 'add' request of the variable at its ungraded input."""
    parent = node.parents[_UNGRADED_ADD_REFUSALS[op.name][0]]
    return parent is not None and parent[0].is_leaf and parent[0].req == "add"


def _refuses_unasked_data(op, node):
    """take's backward kernel along axis 0, run for its indices' gradient while its data asks none (a constant, a
    variable of request 'null', the output of an op whose gradient does not read it), fails its switch on the
    data's request (along another axis it writes the unasked gradient)."""
    if op.name != "take" or _input_needs(node)[0]:
        return False
    axis = int(node.attrs.get("axis", 0))
    if axis + (node.inputs[0].ndim if axis < 0 else 0) != 0:
        return False
    from .ndarray.failures import backward_kernel_error
    from .ndarray.shape_text import OperatorMessage
    backward_kernel_error(OperatorMessage("wrong req", site=("../src/operator/tensor/./indexing_op.h", 1084)))
    return True


def _refused_kernel_buffer(leaf, leaves, assigned):
    """A variable whose buffer a failed backward kernel leaves as it was: it carries the pass's error (see
    settle)."""
    leaves[id(leaf)] = (leaf, np.zeros(leaf.grad.shape, leaf.grad.dtype))
    assigned[id(leaf)] = _kept_buffer


# MXNet's native RNN kernel (every type but float32, which oneDNN runs) refuses an 'add' request for the data or a
# state (not for the parameters): {input: the part its check names}
_RNN_ADD_REFUSALS = {0: ("kData", "data"), 2: ("kState", "state"), 3: ("kStateCell", "state cell")}


def _rnn_refuses_adding(node, i, heads):
    """RNN: the native kernel's check fails (the gradients carry the error) and the 'add' buffer keeps its data."""
    refused = _RNN_ADD_REFUSALS.get(i)
    if refused is None or node.inputs[0].dtype == np.float32:
        return None
    from .ndarray.failures import backward_kernel_error
    backward_kernel_error(f"Check failed: req[rnn_enum: :{refused[0]}] != kAddTo (3 vs. 3) : AddTo is not supported "
                          f"for {refused[1]}")
    return _keeps(node, i, heads)


def _writes_alone(node, i, heads):
    """The linalg products: the kernel assigns the gradient when it is the only one asked of the node (with
    more, MXNet's kernels mix the buffers in ways not followed here)."""
    return sum(p is not None for p in node.parents) == 1


def _keeps(node, i, heads):
    """Kernels that skip an 'add' request: the buffer stays as it was."""
    return lambda prev, g: prev


def _keeps_when_all_added(node, i, heads):
    """linalg trsm: with 'add' requests for both its inputs (variables feeding it directly), MXNet's kernel leaves
    both buffers as they were."""
    return all(p is not None and p[0].is_leaf and p[0].req == "add" for p in node.parents) and _keeps(node, i, heads)


def _cast_by_onednn(node, i, heads):
    """amp_cast: its backward cast runs on oneDNN, which skips an 'add' request, unless either side is float16
    (MXNet's own kernel then adds)."""
    return _keeps(node, i, heads) if np.float16 not in (node.outs.dtype, node.inputs[0].dtype) else None


def _fixed_gamma_on_onednn(node, i, heads):
    """BatchNorm: oneDNN's kernel (float32 data) assigns a fixed gamma's zero gradient whatever the request; MXNet's
    own (float16, float64) adds it."""
    return i == 1 and str(node.attrs.get("fix_gamma", True)).lower() in ("true", "1") \
        and node.inputs[0].dtype == np.float32


def _resized_like(node, i, heads):
    """BilinearResize2D: the kernel assigns like's zero gradient, and adds the data's as it goes."""
    return True if i == 1 else _added_by_the_kernel(node, i, heads)


def _masked_in_part(node, i, heads):
    """boolean_mask: with its mask a recorded array too (a variable, whatever its request), MXNet's kernel adds
    only the leading elements of the data's gradient into its 'add' buffer, as many as the mask has."""
    if i != 0 or node.parents[1] is None:
        return None
    count = node.inputs[1].size

    def combine(prev, g):
        flat = prev.reshape(-1)
        flat[:count] += np.asarray(g, prev.dtype).reshape(-1)[:count]
        return prev
    return combine


def _copied_over_after_adding(node, i, heads):
    """index_copy: MXNet's kernel adds the whole head gradient into the old tensor's 'add' buffer, then takes the
    copied rows' share back out (a float round trip, not the buffer as it was)."""
    if i != 0:
        return None
    dy = np.asarray(sum_gradients(heads[0]))
    rows = np.asarray(node.inputs[1]).astype(np.int64).reshape(-1)

    def combine(prev, g):
        out = prev + dy.astype(prev.dtype, copy=False)
        np.subtract.at(out, rows, dy[rows].astype(prev.dtype, copy=False))
        return out
    return combine


def _multicast_to_own_type(node, i, heads):
    """amp_multicast, per input: one left in its dtype has its 'add' request skipped as amp_cast's."""
    outs = node.outs if type(node.outs) is tuple else (node.outs,)
    return _keeps(node, i, heads) if outs[i].dtype == node.inputs[i].dtype else None


# How an op's backward kernel treats an 'add' request for the variable feeding input i directly (and nothing
# else), fn(node, i, heads) with heads the node's output gradients: None/False adds, True overwrites the buffer
# (the kernel assigns whatever the request: the legacy losses' data gradient, the zero gradient of a fixed
# BatchNorm gamma, clip, cumsum, reverse, ...), or a function (buffer, gradient) -> the buffer's new value, for
# kernels that rework the buffer after adding.
_ADD_REQUESTS = {"SoftmaxOutput": lambda node, i, heads: i == 0, "SVMOutput": lambda node, i, heads: i == 0,
                 "BatchNorm": _fixed_gamma_on_onednn,
                 "mean": _divided_after_adding, "moments": _moments_adding, "_npi_mean": _np_mean_adding,
                 "LinearRegressionOutput": _rescaled_after_adding, "LogisticRegressionOutput": _rescaled_after_adding,
                 "MAERegressionOutput": _rescaled_after_adding, "amp_cast": _cast_by_onednn,
                 "amp_multicast": _multicast_to_own_type,
                 "take": _rows_added_in_turn, "Embedding": _rows_added_in_turn, "gather_nd": _gathered_added_in_turn,
                 "_index": _indexed_added_in_turn, "_npi_getitem": _indexed_added_in_turn,
                 "_npi_rearrange": _indexed_added_in_turn, "Pooling": _pooled_added_in_turn, "Pad": _padded_added_in_turn,
                 "im2col": _columns_added_in_turn,
                 "Convolution": _convolved_added_in_turn, "Deconvolution": _convolved_added_in_turn,
                 "FullyConnected": _convolved_added_in_turn,
                 "_contrib_ROIAlign": _added_by_the_kernel,
                 "ROIPooling": _added_by_the_kernel, "BilinearSampler": _added_by_the_kernel,
                 "Correlation": _added_by_the_kernel, "_contrib_BilinearResize2D": _resized_like,
                 "_contrib_AdaptiveAvgPooling2D": _added_by_the_kernel,
                 "_contrib_interleaved_matmul_selfatt_qk": _added_by_the_kernel,
                 "_contrib_interleaved_matmul_encdec_qk": _added_by_the_kernel,
                 "LayerNorm": _added_in_steps, "GroupNorm": _added_in_steps,
                 "_contrib_MultiBoxTarget": lambda node, i, heads: i == 2,
                 "_contrib_DeformableConvolution": lambda node, i, heads: i < 2,
                 "_contrib_boolean_mask": _masked_in_part, "RNN": _rnn_refuses_adding,
                 "_contrib_index_copy": _copied_over_after_adding}
_ADD_REQUESTS.update(dict.fromkeys(["clip", "cumsum", "_np_cumsum", "reverse", "split_v2", "_split_v2", "Crop",
                                    "_copyto", "SpatialTransformer", "_contrib_box_nms", "_contrib_box_iou",
                                    "_contrib_bipartite_matching", "_contrib_MultiBoxPrior",
                                    "_contrib_MultiBoxDetection", "_npi_diff_kernel", "_np_trace"], _writes))
_ADD_REQUESTS.update({"_linalg_gemm": _writes_alone, "_linalg_gemm2": _writes_alone, "_linalg_inverse": _keeps,
                      "_linalg_syevd": _keeps, "_linalg_trsm": _keeps_when_all_added, "_npi_solve": _writes,
                      "_npi_ediff1d_kernel": _ediff1d_writes})


# the _ADD_REQUESTS rules that read what only a recorded node has (its parents, arrays as given, mx.np's records)
_NODE_ONLY_RULES = frozenset({"_linalg_gemm", "_linalg_gemm2", "_linalg_trsm", "_index", "_npi_getitem", "_npi_rearrange",
                              "_npi_mean", "_contrib_boolean_mask"})


def has_add_request_rule(op_name):
    """Whether a graph's step of ``op_name`` has an _ADD_REQUESTS rule (see add_request_rule)."""
    return op_name in _ADD_REQUESTS and op_name not in _NODE_ONLY_RULES


def add_request_rule(step, i, heads):
    """The _ADD_REQUESTS rule of ``step`` (a StepView of a graph's step) for its input ``i``."""
    return _ADD_REQUESTS[step.op.name](step, i, heads)


class StepView:
    """A graph's step seen as a recorded node by the _ADD_REQUESTS rules: its op, attributes, raw inputs and
    outputs."""

    __slots__ = ("op", "attrs", "inputs", "outs", "nout")

    def __init__(self, op, attrs, inputs, outs):
        self.op, self.attrs, self.inputs, self.outs = op, attrs, inputs, outs
        self.nout = len(outs) if type(outs) is tuple else 1


def _kept_buffer(buffer, gradient):
    """The combine of a buffer its failed backward kernel never wrote (see keeps_failed_buffers)."""
    return buffer


class _Overwrite:
    """A gradient that replaces the buffer of an 'add' variable (see _ADD_REQUESTS), or is combined with it."""

    __slots__ = ("value", "combine")

    def __init__(self, value, combine=None):
        self.value, self.combine = value, combine


def _unwritten_by_functions(leaves, unwritten):
    """MXNet's Function.backward callback writes a gradient it hands straight to a variable only for a 'write'
    request (it compares 'add' to its code, 3, and so writes nothing): such a variable keeps its buffer."""
    for key in unwritten:
        leaf = leaves[key][0]
        leaves[key] = (leaf, np.zeros(leaf.grad.shape, leaf.grad.dtype))


def _is_zeros_like_node(g):
    link = getattr(g, "_node", None)
    return link is not None and not link[0].is_leaf and link[0].op is _ZerosLike


def _only_zeros_like(slots):
    """Whether the output gradients ``slots`` (some None: not reached) are all zero gradients linked to their
    inputs (MXNet's zeros_like nodes)."""
    present = [s for s in slots if s is not None]
    return bool(present) and all(getattr(s, "_node", None) is not None and not s._node[0].is_leaf
                                 and s._node[0].op is _ZerosLike for s in present)


class _ZeroMark:
    """A gradient that is MXNet's zeros_like node of an input: it comes from an op whose gradient is such nodes
    (floor, comparisons: _ZEROS_LIKE_GRADIENT), or from an op all of whose output gradients are such nodes. Most
    of MXNet's backward makers pass zeros_like nodes on without running the backward (so +0, never 0 * inf = nan),
    and its gradient sum leaves them out beside other gradients (a -0.0 stays -0.0)."""
    __slots__ = ("shape", "dtype")

    def __init__(self, x):
        self.shape, self.dtype = x.shape, x.dtype

    def zeros(self):
        return np.zeros(self.shape, self.dtype)


@functools.lru_cache(maxsize=None)
def _runs_on_zero_marks(op_name):
    """Whether MXNet runs the backward of ``op_name`` on zeros_like output gradients (layers, losses, ...)."""
    from .symbol.backward_ops import runs_on_zero_gradients
    return runs_on_zero_gradients(op_name)


# Ops (MXNet's names) whose gradient maker checks the gradient of their first output alone for zeros
_FIRST_GRADIENT_ONLY = frozenset("topk sort".split())


def _zero_marks(node):
    """Zeros_like gradients of ``node``'s inputs."""
    if any(getattr(x, "dtype", None) == np.bool_ for x in node.inputs):
        _bool_kernels.zero_gradient_of_bool(node, _mxnet_name)
    else:       # (zeros_like nodes read no output: a failed head keeps its error)
        _late.backward_reads_no_outputs()
        _bool_kernels.check(node, _mxnet_name)
    return _marks_of_inputs(node)


def _marks_of_inputs(node):
    """Zeros_like gradients of ``node``'s inputs, as a node passing such gradients on gives them (no kernel runs,
    so no type of the inputs is refused)."""
    if len(node.inputs) < len(node.parents):        # a recorded gradient's marker keeps no inputs: its links' values
        return tuple(None if p is None else _ZeroMark(_linked_value(p)) for p in node.parents)
    return tuple(None if p is None else _ZeroMark(x) for p, x in zip(node.parents, node.inputs))


def _linked_value(link):
    """The value a link points at: a variable's array or a node's output."""
    node, index = link
    if node.is_leaf:
        return node.grad
    return node.outs[index] if type(node.outs) is tuple else node.outs


def _without_marks(g):
    """A gradient (or list of contributions) with its zeros_like marks left out (zeros when nothing else is)."""
    if type(g) is _ZeroMark:
        return g.zeros()
    if type(g) is not list or not any(type(p) is _ZeroMark for p in g):
        return g
    kept = [p for p in g if type(p) is not _ZeroMark]
    return g[0].zeros() if not kept else kept[0] if len(kept) == 1 else kept


def passes_zero_marks(op_name, slots, hidden=0):
    """Whether a node of MXNet's ``op_name`` passes zeros_like marks on without running its backward: all its
    output gradients ``slots`` (the last ``hidden`` of them, of outputs it does not show, left out) are such
    marks. An output no gradient reached (None) has a zeros node of no type, which is not one, but for the ops
    whose gradient maker looks at their first output's gradient alone."""
    slots = slots[:1] if op_name in _FIRST_GRADIENT_ONLY else slots[:len(slots) - hidden]
    parts = [s if type(s) is list else [s] for s in slots]
    return all(type(p) is _ZeroMark for ps in parts for p in ps) and not _runs_on_zero_marks(op_name)


def _every_output(slots):
    return True


def _no_output(slots):
    return False


def _passes_on_zeros(node, slots):
    """Whether ``node``, all of whose present output gradients ``slots`` are zeros_like nodes, gives its inputs
    such nodes without running its backward. One of MXNet's backward ops in a recorded gradient (whose gradient
    makers do not look for zeros_like nodes) runs, unless its op says otherwise."""
    backward_op = node.limit is not None and node.op.name.startswith("_backward_")
    return getattr(node.op, "passes_zero_marks", _no_output if backward_op else _every_output)(slots)


def _unmarked_slots(node, slots):
    """``node``'s output gradients: all zeros_like marks when the node passes them on, else with the marks left
    out or made zeros."""
    hidden = getattr(node.op, "hidden", 0)
    if passes_zero_marks(_mxnet_name(node), slots, hidden) and _passes_on_zeros(node, slots):
        return [s if type(s) is not list else s[0] for s in slots if s is not None]
    return [None if s is None else _without_marks(s) for s in slots]


def _linked_zero(zero, link, numbered=True):
    """A zero gradient recorded as depending on its variable (it differentiates to zero again). Unless
    ``numbered``, it takes its op number only when read (see _number_on_read): MXNet runs no zeros_like node
    that its gradient sum and its gradient makers pass on."""
    from .ndarray.ndarray import _wrap
    g = _wrap(zero)
    source = _wrap(zero)            # stands for the input it is zeros_like of (as get_symbol shows it)
    source._node = link
    make = new_node if numbered else _unnumbered_node
    g._node = (make(_ZerosLike, (zero,), (source,), {}, zero, (link,), 1), 0)
    return g


# Recorded backward ops (as distnet.ndarray.registry.Op) whose gradient of some inputs (their positions) is a
# zeros_like node in MXNet: left out of sums, passed on by the ops before
ZEROS_LIKE_INPUTS = {}


def _unnumbered_node(*args):
    """A node of a recorded gradient that MXNet runs (and numbers) only if something reads it: its number is
    given by _number_on_read."""
    global _next_seq
    outer, _next_seq = _next_seq, _no_number
    try:
        return new_node(*args)
    finally:
        _next_seq = outer


def _no_number():
    return None


def _number_on_read(grads):
    """Number the gradients among ``grads`` made by _unnumbered_node, as they are read (by a recorded op, or as
    a variable's gradient): MXNet runs its gradient graph depth first from the variables' gradients."""
    for g in grads:
        link = getattr(g, "_node", None)
        if link is not None and link[0].seq is None:
            link[0].seq = _next_seq()


def _copies_of_gradient(node, dy):
    """add_n's gradient as MXNet records it: a _copy node of ``dy`` for each input (numbered when read)."""
    from .ndarray.ndarray import _wrap
    from .ndarray.registry import OPS
    copy = _GradientOp(OPS["_copy"], "_copy", {})
    out = []
    for parent in node.parents:
        if parent is None:
            out.append(None)
            continue
        g = _wrap(dy._data.copy(), dy.ctx)
        g._node = (_unnumbered_node(copy, (dy._data,), (dy,), {}, g._data, (getattr(dy, "_node", None),), 1), 0)
        out.append(g)
    return tuple(out)


# Ops whose MXNet backward reads the input even where the gradient is constant in it: that gradient
# is still linked to the input (and differentiates to zero), as MXNet records it.
_ZERO_SECOND_ORDER = frozenset("abs round floor ceil fix trunc rint radians clip BlockGrad make_loss".split())
# Ops whose MXNet backward op also gives the head gradient zero gradients (_backward_clip, _backward_Dropout):
# whether it reads the input (else the op's second output: Dropout's mask)
_CONSTANT_GRADIENT = {"clip": True, "Dropout": False}
# Ops whose MXNet gradient is a zeros_like node of the input (MakeZeroGradNodes), not a backward op: always,
# or for the attributes a rule accepts
_ZEROS_LIKE_GRADIENT = dict.fromkeys("round floor ceil fix trunc rint".split(), lambda attrs: True)
_ZEROS_LIKE_GRADIENT.update(dict.fromkeys(      # comparisons and logic, broadcasting or not
    [prefix + name for prefix in ("broadcast_", "_") for name in "equal not_equal greater greater_equal lesser "
     "lesser_equal logical_and logical_or logical_xor".split()], lambda attrs: True))
_ZEROS_LIKE_GRADIENT["topk"] = lambda attrs: attrs.get("ret_typ", "indices") in ("indices", "mask")
_ZEROS_LIKE_GRADIENT["_backward_clip"] = _ZEROS_LIKE_GRADIENT["_backward_Dropout"] = lambda attrs: True
_ZEROS_LIKE_GRADIENT["_npi_moment"] = lambda attrs: True          # mx.np's var and std
# mx.np's functions of no gradient (zeros_like, isnan, comparisons, around, argmax, ...)
_ZEROS_LIKE_GRADIENT["_npi_rearrange"] = lambda attrs: getattr(attrs.get("index_fn"), "__name__", None) == \
    "_no_input_positions"


_ZEROS_LIKE_GRADIENT.update(dict.fromkeys(     # the number-operand comparisons and logic a graph holds
    [f"_{name}_scalar" for name in "equal not_equal greater greater_equal lesser lesser_equal logical_and "
     "logical_or logical_xor".split()], lambda attrs: True))


def zeros_like_gradient(op, attrs):
    """Whether MXNet's gradient of ``op`` with ``attrs`` is zeros_like nodes of its inputs (no backward op)."""
    rule = _ZEROS_LIKE_GRADIENT.get(op.name)
    return rule is not None and rule(attrs)


def _zeros_like_gradient(node):
    return zeros_like_gradient(node.op, node.attrs)


def _linked_zeros(node):
    """Zero gradients of ``node``'s recorded inputs, each a zeros_like node of its input."""
    values = node.inputs if len(node.inputs) >= len(node.parents) else \
        [None if p is None else _linked_value(p) for p in node.parents]      # (a marker keeps no inputs)
    return tuple(None if p is None else _linked_zero(np.zeros(x.shape, x.dtype), p)
                 for p, x in zip(node.parents, values))
# Ops (by MXNet's name, see _mxnet_name) whose MXNet backward op has no gradient of its own, although ours
# could be differentiated: a second order that reaches it fails. The backward reads the op's inputs (or
# outputs), or only the output gradient (then the inputs are not reached through it).
_NO_SECOND_ORDER = dict.fromkeys(
    "sign degrees erf erfinv softsign LayerNorm broadcast_mul broadcast_div broadcast_power broadcast_hypot "
    "elemwise_mul elemwise_div _power_scalar _rdiv_scalar _rpower_scalar max min nansum nanprod prod norm "
    "softmax softmin log_softmax _contrib_quadratic smooth_l1 Concat _linalg_syrk _linalg_sumlogdiag "
    "_maximum_scalar _minimum_scalar _mod_scalar _rmod_scalar SoftmaxActivation BatchNorm GroupNorm".split(), "inputs")
_NO_SECOND_ORDER.update(dict.fromkeys(
    "_mul_scalar _div_scalar broadcast_add broadcast_sub sum mean slice reshape Reshape expand_dims slice_axis "
    "slice_like take pick diag SliceChannel reverse Cast elemwise_sub Embedding".split(), "gradient"))
_NO_SECOND_ORDER.update(dict.fromkeys(     # mx.np's, by the names _mxnet_name gives them
    "where _npi_broadcast_mul _npi_broadcast_div _npi_broadcast_power _npi_broadcast_add _npi_broadcast_sub "
    "_npi_hypot _npi_arctan2 _npi_norm _np_max _np_min _np_prod _np_dot _npi_matmul _npi_tensordot "
    "_npi_tensordot_int_axes _np_where broadcast_maximum broadcast_minimum".split(), "inputs"))
_NO_SECOND_ORDER.update(dict.fromkeys(     # (formulas that mx.np arrays would pass, unrecorded, as numpy's)
    "_npi_copysign _npi_einsum gamma gammaln _npi_broadcast_mod Custom".split(), "inputs"))
_NO_SECOND_ORDER.update(dict.fromkeys("_np_sum _np_mean SwapAxis tile _np_concat stack squeeze _np_broadcast_to "
                                      "tril diagonal".split(), "gradient"))
_NO_SECOND_ORDER.update(dict.fromkeys("_contrib_gradientmultiplier _contrib_BilinearResize2D "
                                      "_contrib_AdaptiveAvgPooling2D".split(), "gradient"))
_NO_SECOND_ORDER.update(dict.fromkeys("Flatten reshape_like _np_cumsum _npi_flip repeat broadcast_to broadcast_axis "
                                      "broadcast_like Pad UpSampling SequenceMask SequenceReverse SequenceLast im2col "
                                      "col2im _split_v2".split(), "gradient"))
_NO_SECOND_ORDER.update(dict.fromkeys("_linalg_potrf _linalg_potri _linalg_inverse _linalg_det _linalg_slogdet "
                                      "_linalg_trmm _linalg_trsm _contrib_index_copy Deconvolution".split(), "inputs"))
_NO_SECOND_ORDER.update(dict.fromkeys("_linalg_extractdiag _linalg_makediag _linalg_extracttrian _linalg_maketrian "
                                      "amp_cast".split(), "gradient"))
_NO_SECOND_ORDER.update(topk="inputs", sort="inputs", CTCLoss="inputs")     # their backward reads outputs
# backwards that read some inputs only (where: the condition; the sequence ops: the lengths, when given)
_READS = {"where": (0,), "_np_where": (0,), "SequenceMask": (1,), "SequenceReverse": (1,), "SequenceLast": (1,)}
# Ops whose recorded gradient MXNet differentiates once only: (further differentiations, the op that fails).
# exp's gradient is dy * out through _mul, whose backward has no gradient.
_LIMITED = {"exp": (0, "_backward_mul")}
# The unary ops whose third-order gradient graph holds such a node: a fourth order fails there.
_LIMITED.update(dict.fromkeys("sin cos sinh cosh log log2 log10 log1p expm1 reciprocal arcsin arccos arctan "
                              "arcsinh arccosh arctanh".split(), (1, "_backward_mul")))
_LIMITED.update(dict.fromkeys("tan tanh sigmoid _npx_sigmoid sqrt rsqrt rcbrt".split(), (1, "_backward_mul_scalar")))
_LIMITED["cbrt"] = (1, "_backward_power_scalar")
_UNLIMITED = (float("inf"), None)
_BACKWARD_NAMES = {"elemwise_mul": "_backward_mul", "elemwise_div": "_backward_div", "expand_dims": "_backward_reshape",
                   "_npi_matmul": "_backward_np_matmul",
                   "_npi_nan_to_num": "_npi_backward_nan_to_num", "_npi_ediff1d": "_npi_backward_ediff1d",
                   "_npi_where_rscalar": "_backward_np_where_rscalar",
                   "_npi_where_lscalar": "_backward_np_where_lscalar",
                   "Reshape": "_backward_reshape", "_contrib_quadratic": "_contrib_backward_quadratic",
                   "_contrib_gradientmultiplier": "_contrib_backward_gradientmultiplier",
                   "_contrib_index_copy": "_contrib_backward_index_copy",
                   "elemwise_sub": "_backward_sub",
                   "Cast": "_backward_cast", "Flatten": "_backward_copy", "reshape_like": "_backward_copy",
                   "broadcast_to": "_broadcast_backward", "broadcast_axis": "_broadcast_backward",
                   "broadcast_like": "_broadcast_backward", "LinearRegressionOutput": "_backward_linear_reg_out",
                   "MAERegressionOutput": "_backward_mae_reg_out", "sort": "_backward_topk",
                   "LogisticRegressionOutput": "_backward_logistic_reg_out", "_split_v2": "_split_v2_backward",
                   "CTCLoss": "_backward_ctc_loss"}
# The names of MXNet's mx.np operators, by our op's name or (a rearrangement) its numpy function's
_NP_NAMES = {"broadcast_mul": "_npi_broadcast_mul", "broadcast_add": "_npi_broadcast_add",
             "broadcast_sub": "_npi_broadcast_sub", "broadcast_div": "_npi_broadcast_div",
             "broadcast_power": "_npi_broadcast_power", "broadcast_hypot": "_npi_hypot", "_npi_mean": "_np_mean",
             "_npi_min": "_np_min", "dot": "_np_dot", "_npi_where": "_np_where",
             "reshape": "reshape", "swapaxes": "SwapAxis", "tile": "tile", "expand_dims": "expand_dims",
             "_flip_each": "_npi_flip", "take_along_axis": "sort", "broadcast_to": "_np_broadcast_to",
             "_npi_tril": "tril",
             "concatenate": "_np_concat", "_appended": "_np_concat", "stack": "stack", "flip": "_npi_flip",
             "_npi_diag": "diag", "repeated": "repeat", "fliplr": "_npi_flip", "flipud": "_npi_flip",
             "broadcast_mod": "_npi_broadcast_mod", "_npi_ediff1d_kernel": "_npi_ediff1d"}
# Ops whose MXNet gradient is not recorded at all (a second order: "not in a computational graph")
_UNRECORDED_GRADIENT = frozenset({"MakeLoss"})


def _mxnet_name(node):
    """The name MXNet records ``node``'s op under: a broadcasting op with a number operand is a scalar op."""
    name = node.op.name
    stands_for = getattr(node.op, "stands_for", None)     # (an op on two types, see numpy.umath: as its own)
    if stands_for is not None:
        name = stands_for(node.attrs) or name
    if name in _SCALAR_OPS and len(node.args) == 2:
        numbers = [i for i, a in enumerate(node.args) if not hasattr(a, "_node")]
        if len(numbers) == 1:
            return _SCALAR_OPS[name][1 - numbers[0]]
    from .numpy.multiarray import ndarray
    if any(type(a) is ndarray for a in node.args):
        if name == "_npi_rearrange":
            fn = node.attrs["fn"]
            name = getattr(getattr(fn, "func", fn), "__name__", name)
        if name == "_npi_getitem":
            from .numpy.indexing import gathers
            return "_npi_advanced_indexing" if gathers(node.attrs.get("key")) else "slice"
        return _NP_NAMES.get(name, name)
    if name == "_index":    # (a second order meets the backward of the first step MXNet records first)
        steps = _legacy_index_steps(node)
        return steps[0][0] if steps else "gather_nd"
    return name


def _backward_name(name):
    """MXNet's name for the backward op of ``name``."""
    if name in _BACKWARD_NAMES:
        return _BACKWARD_NAMES[name]
    return "_backward" + name if name.startswith("_") else "_backward_" + name


class _NonDifferentiable:
    """The op of a recorded gradient that cannot be differentiated a second time.

    MXNet's gradient pass gives zeros_like nodes without asking the gradient when every output of the backward
    op has them (``passes_zero_marks``): not when one of its outputs, a gradient nobody asked for, has none."""

    bwd_needs = False
    hidden = 0

    def __init__(self, name, whole):
        self.name = name
        self.whole = whole          # whether it has an output per array input of the op it differentiates

    def passes_zero_marks(self, slots):
        return self.whole and all(s is not None for s in slots)

    def bwd(self, *args, **kwargs):
        raise MXNetError(f"Operator {self.name} is non-differentiable because it didn't register FGradient "
                         "attribute.")


def _zero_grad(dy, out, *inputs):
    return tuple(np.zeros_like(x) for x in inputs)


class _ReadingInput:
    """The op of a gradient that also reads an input (MXNet's backward op of abs, clip, ...): the gradient
    passes through, the input gets zeros; it keeps that input reachable from the gradient."""

    name, bwd_needs, hidden = "_backward_reading_input", False, 0

    @staticmethod
    def bwd(dy, out, g, x):
        return dy, np.zeros(x.shape, x.dtype)


class _ZeroedThrough(_ReadingInput):
    """A _ReadingInput whose gradients are zeros_like nodes of both its inputs (the head gradient too): MXNet's
    _backward_clip and _backward_Dropout."""

    def __init__(self, name):
        self.name = name

    @staticmethod
    def bwd(dy, out, g, x, **forward_attrs):
        return np.zeros(g.shape, g.dtype), np.zeros(x.shape, x.dtype)


class _ConstantGrad:
    """The op of a recorded gradient that does not depend on its input: it differentiates to zero."""

    name, bwd_needs, hidden, bwd = "_backward_constant", False, 0, staticmethod(_zero_grad)
    passes_zero_marks = staticmethod(_every_output)


class _ZerosLike(_ConstantGrad):
    """The op of a zero gradient linked to its input: MXNet's zeros_like node."""

    name = "zeros_like"


def _detached_grads(node, slots):
    """``node``'s backward computed on raw arrays: (raw gradients, as if ``create_graph`` were off)."""
    from .ndarray.ndarray import NDArray
    raw = [s._data if isinstance(s, NDArray) else s for s in slots]
    return _node_backward(node, raw, False)


def _graph_grads(node, slots):
    """``node``'s backward under ``create_graph``, recorded so that it can be differentiated again as far
    as MXNet can: see _NO_SECOND_ORDER and _LIMITED."""
    from .ndarray.ndarray import NDArray, _wrap
    op = node.op
    if getattr(op, "inlined", False):          # a small hybridized graph, whose ops MXNet records one by one
        _number_on_read(slots)
        return _inlined_graph_grads(node, slots)
    if _only_zeros_like(slots) and _passes_on_zeros(node, slots) and not _runs_on_zero_marks(_mxnet_name(node)):
        # MXNet's gradient pass gives a node whose output gradients are all zeros_like nodes zeros_like nodes of
        # its inputs, without asking its own gradient (which may not exist)
        return _linked_zeros(node)
    if op is _ZerosLike:                        # zeros_like's own gradient: zeros_like nodes of its input
        return _linked_zeros(node)
    if type(op) is _GradientOp and isinstance(slots[0], NDArray):      # (MXNet's gradient of such a node
        return _op_of_gradient(node, slots[0], _RECORDED_AS_OP[_mxnet_name(node)])  # is the same op again)
    _number_on_read(slots)
    if op.name == "add_n" and isinstance(slots[0], NDArray):
        return _copies_of_gradient(node, slots[0])
    if node.limit is None:                      # an op the user recorded
        if _zeros_like_gradient(node):
            return _linked_zeros(node)
        name = _mxnet_name(node)
        if name in _RECORDED_AS_OP and isinstance(slots[0], NDArray):
            return _op_of_gradient(node, slots[0], _RECORDED_AS_OP[name])
        if node.op.name in ("_index", "_npi_getitem"):
            steps = _legacy_index_steps(node) if type(node.args[0]) is _legacy_class() else \
                numpy_index_steps(node) if node.op.name == "_npi_getitem" else None
            if steps is not None and len(steps) > 1:
                return _non_differentiable_steps(node, slots, steps)
        reads = _NO_SECOND_ORDER.get(name)
        if reads is not None:
            every = range(len(node.parents)) if reads == "inputs" else ()
            return _non_differentiable(node, slots, _backward_name(name), _READS.get(name, every))
        limit = _LIMITED.get(name, _UNLIMITED)
    elif node.limit[0] <= 0:
        return _non_differentiable(node, slots, node.limit[1], range(len(node.parents)))
    else:
        limit = (node.limit[0] - 1, node.limit[1])
    outer = _state.differentiating, _state.limit
    _state.differentiating, _state.limit = True, limit
    try:
        if getattr(op, "numpy_backward", False):    # a formula mx.np arrays would pass through unrecorded
            raise TypeError(f"{op.name}: a backward for numpy arrays only")
        # (a _CONSTANT_GRADIENT op's backward is one node, made and numbered below)
        grads = _detached_grads(node, slots) if op.name in _CONSTANT_GRADIENT else _node_backward(node, slots, True)
    except (TypeError, IndexError, AttributeError):
        # a backward written for numpy arrays only: MXNet cannot differentiate these either, except the
        # ones whose gradient is constant in the input
        grads = _detached_grads(node, slots)
        constant = node.limit is not None and not any(np.any(g) for g in grads if g is not None)
        if op.name not in _ZERO_SECOND_ORDER and not constant:    # (a comparison in a gradient: zeros)
            reads = range(len(node.parents)) if node.limit is None else ()
            name = _mxnet_name(node) if node.limit is None else op.name
            return _non_differentiable(node, slots, _backward_name(name), reads)
    finally:
        _state.differentiating, _state.limit = outer
    out = []
    for g, parent, x in zip(grads, node.parents, node.inputs):
        if g is not None and not isinstance(g, NDArray):
            g = _wrap(np.asarray(g))
        if g is not None and parent is not None and _zeros_like_gradient(node):
            g = _linked_zero(np.zeros(x.shape, x.dtype), parent)
        elif g is not None and parent is not None and op.name in _CONSTANT_GRADIENT:
            g = _zeroed_through(node, g, slots[0], *((x, parent) if _CONSTANT_GRADIENT[op.name] else
                                                      (node.outs[1], (node, 1))))
        elif g is not None and g._node is not None and parent is not None and op.name in _ZERO_SECOND_ORDER:
            linked = _wrap(g._data)
            linked._node = (new_node(_ReadingInput, (g._data, x), (g, _wrap(x)), {}, g._data, (g._node, parent), 1),
                            0)
            g = linked
        elif g is not None and g._node is None and parent is not None:
            if op.name in _UNRECORDED_GRADIENT:
                g = g._data
            elif op.name in _ZERO_SECOND_ORDER or node.limit is not None or \
                    type(g._data) is np.ndarray and not g._data.any():
                # MXNet's zero gradients are zeros_like nodes of the input, and its gradients' own
                # gradients read the input: they differentiate to zero again
                if node.limit is None and op.name in _CONSTANT_SLOPE:
                    g = _constant_slope_gradient(node, g, slots[0], x, parent)
                else:
                    g = _wrap(g._data)
                    g._node = (new_node(_ConstantGrad, (x,), (_wrap(x),), {}, g._data, (parent,), 1), 0)
        out.append(g)
    return tuple(out)


# Ops whose MXNet backward node reads the output gradient and the input although its slope is constant there
_CONSTANT_SLOPE = frozenset({"abs", "radians"})


class _ConstantSlope(_ConstantGrad):
    """The op of such a backward node (``_backward_abs``): it differentiates to zero."""

    def __init__(self, name):
        self.name = name


def _constant_slope_gradient(node, g, dy, x, parent):
    """Gradient ``g`` of ``node`` as MXNet's backward node of it (``_backward_abs(dy, x)``)."""
    from .ndarray.ndarray import _wrap
    linked = _wrap(np.asarray(g._data))
    source = _wrap(x)
    source._node = parent
    dy_data = getattr(dy, "_data", dy)
    linked._node = (new_node(_ConstantSlope(_backward_name(_mxnet_name(node))), (dy_data, x), (dy, source),
                             _recorded_attrs(node), linked._data, (None, parent), 1), 0)   # (as before: the
    # output gradient gets nothing through it, as MXNet's values show)
    return linked


def _zeroed_through(node, g, dy, x, parent):
    """Gradient ``g`` of ``node`` as MXNet's _backward_clip gives it: a node (with the forward's attributes)
    reading the output gradient ``dy`` and ``x`` (linked by ``parent``: the input, or an output of ``node``),
    which differentiates to zeros_like nodes of both."""
    from .ndarray.ndarray import _wrap
    linked = _wrap(np.asarray(g._data))
    dy_link = getattr(dy, "_node", None)
    dy_data = getattr(dy, "_data", dy)
    source = _wrap(x)
    source._node = parent
    linked._node = (new_node(_ZeroedThrough(_backward_name(_mxnet_name(node))), (dy_data, x), (dy, source),
                             _recorded_attrs(node), linked._data, (dy_link, parent), 1), 0)
    return linked


# Ops whose MXNet gradient is one op of the (recorded) output gradient, recorded as a node of its own
_RECORDED_AS_OP = {"_plus_scalar": "_copy", "_minus_scalar": "_copy", "identity": "_copy", "_copy": "_copy",
                   "_rminus_scalar": "negative", "negative": "negative", "transpose": "transpose"}


class _GradientOp:
    """A registry op applied to an output gradient as MXNet's gradient node of another op (``_copy`` for
    x + 2): it runs and differentiates as that op; get_symbol shows it with the attributes MXNet's node has
    (the forward op's, which it copies)."""

    def __init__(self, op, recorded_as, shown_attrs):
        self._op, self.recorded_as, self.shown_attrs = op, recorded_as, shown_attrs

    def __getattr__(self, name):
        return getattr(self._op, name)


def _op_of_gradient(node, dy, op_name):
    """``node``'s gradient as MXNet records it: ``op_name`` applied to ``dy`` (recorded even when ``dy`` is a
    head gradient, as MXNet's gradient graph holds it), for its array input (a number operand has none)."""
    from .ndarray.ndarray import _wrap
    from .ndarray.registry import OPS, invoke
    attrs, shown = _gradient_op_attrs(node, op_name)
    with _scope(False, None):
        value = invoke(OPS[op_name], (dy,), attrs)._data
    g = _wrap(value, dy.ctx)
    shown_name = "_np_transpose" if op_name == "transpose" and _records_numpy(node) else op_name
    g._node = (new_node(_GradientOp(OPS[op_name], shown_name, shown), (dy._data,), (dy,), attrs, value,
                        (getattr(dy, "_node", None),), 1), 0)
    return tuple(None if parent is None else g for parent in node.parents)


def _gradient_op_attrs(node, op_name):
    """The attributes the gradient op ``op_name`` of ``node`` runs with, and those MXNet's node shows:
    transpose's gradient transposes back (its inverse axes, written as MXNet's shapes are)."""
    if op_name != "transpose":
        return {}, _recorded_attrs(node)
    axes = node.attrs.get("axes")
    if not axes:
        return {}, {}
    inverse = tuple(int(i) for i in np.argsort([int(a) % len(axes) for a in axes]))
    return {"axes": inverse}, {"axes": "[" + ",".join(map(str, inverse)) + "]"}


def _inlined_graph_grads(node, slots):
    """The gradients of an inlined CachedOp node, recorded as those of its steps: the steps are replayed on
    stand-ins of the inputs, differentiated, and the stand-ins replaced by the inputs in the recorded graph."""
    from .ndarray.ndarray import _wrap
    stand_ins, real = [], {}
    for a in node.args:
        s = _wrap(a._data, a._ctx)
        if a._node is not None:
            leaf = Leaf(_wrap(np.zeros_like(a._data)), "write", numbered=False)
            s._node = (leaf, 0)
            real[id(leaf)] = a._node
        stand_ins.append(s)
    recorded = node.attrs.get("steps")
    steps = range(node.seq, recorded.last + 1 if recorded is not None else node.seq + len(node.op.program.steps))
    outer = _state.limit
    try:
        _state.limit = None                    # the steps are the user's ops, numbered as their recording was
        with _scope(True, None), _numbered_from(steps.start):
            outs = node.op.program.run(stand_ins)
        first = _peek_seq()
        _state.limit = _UNLIMITED
        pairs = [(o, g) for o, g in zip(outs, slots) if o._node is not None and g is not None]
        leaves = _run_backward([o for o, _ in pairs], [g for _, g in pairs], True, True) if pairs else {}
        grads = []
        for s in stand_ins:
            found = leaves.get(id(s._node[0])) if s._node is not None else None
            grads.append(None if found is None else sum_gradients(found[1]))
    finally:
        _state.limit = outer
    _relink([g._node[0] for g in grads if getattr(g, "_node", None) is not None], real,
            lambda n: n.seq >= first or n.seq in steps)
    for s in stand_ins:             # what is recorded from them later links to the inputs too
        if s._node is not None:
            s._node = real[id(s._node[0])]
    return tuple(grads)


def _relink(nodes, real, replayed):
    """In the nodes ``replayed`` says were recorded from stand-in leaves, replace the links to them by ``real``'s."""
    seen, stack = set(), list(nodes)
    while stack:
        node = stack.pop()
        if node.is_leaf or not replayed(node) or id(node) in seen:
            continue
        seen.add(id(node))
        stack.extend(p[0] for p in node.parents if p is not None)
        node.parents = tuple(real.get(id(p[0]), p) if p is not None else None for p in node.parents)


def _non_differentiable(node, slots, name, reads):
    """The gradients of ``node`` as values whose own backward fails, as MXNet's backward op ``name`` lacking
    an FGradient; linked, as that op, to the output gradients and the inputs it ``reads``."""
    from .ndarray.ndarray import _wrap
    links = tuple(s._node for s in slots if getattr(s, "_node", None) is not None)
    links += tuple(node.parents[i] for i in reads if i < len(node.parents) and node.parents[i] is not None)
    out = list(_detached_grads(node, slots))
    present = [i for i, g in enumerate(out) if g is not None]
    if not present:
        return tuple(out)
    datas = tuple(np.asarray(out[i]) for i in present)
    marker = _NonDifferentiable(name, len(present) == sum(hasattr(a, "_node") for a in node.args))
    # one node with an output per gradient, numbered once, as MXNet's backward op (reading, as get_symbol
    # shows, what MXNet's reads)
    reading = _backward_reads(node, slots, reads)
    shared = new_node(marker, (), reading, _recorded_attrs(node), datas if len(datas) > 1 else datas[0], links,
                      len(datas))
    for k, i in enumerate(present):
        out[i] = _wrap(datas[k])
        out[i]._node = (shared, k)
    return tuple(out)


def _non_differentiable_steps(node, slots, steps):
    """The gradient of a basic indexing node MXNet records as several steps (slice, Reshape, ...): a chain of
    their backward ops, last step first, none of which can be differentiated again."""
    from .ndarray.ndarray import _wrap
    (g,) = _detached_grads(node, slots)
    data = np.asarray(g)
    link = slots[0]._node if getattr(slots[0], "_node", None) is not None else None
    reading = (slots[0],)
    for step, attrs in reversed(steps):
        marker = _NonDifferentiable(_backward_name(step), True)
        chained = new_node(marker, (), reading, dict(attrs), data, (link,) if link is not None else (), 1)
        out = _wrap(data)
        out._node = link = (chained, 0)
        reading = (out,)
    return (out,)


def _backward_reads(node, slots, reads):
    """The arrays MXNet's backward node of ``node`` reads, in its order: as its rule in symbol.backward_ops
    says for an op the user recorded (``g<k>`` output gradients, ``i<k>`` inputs, ``o<k>`` outputs), else the
    output gradients, then the inputs ``reads`` lists."""
    from .symbol.backward_ops import rule
    found = rule(_mxnet_name(node), {k: str(v) for k, v in node.attrs.items()}) if node.limit is None else None
    if not isinstance(found, tuple):
        return tuple(s for s in slots if s is not None) + tuple(node.args[i] for i in reads if i < len(node.args))
    outs = node.outs if type(node.outs) is tuple else (node.outs,)
    inputs = node.args
    if node.op.name in _SCALAR_OPS and _mxnet_name(node) != node.op.name:     # a scalar op: its one array input
        inputs = tuple(a for a in node.args if hasattr(a, "_node"))
    arrays = []
    for word in found[1].split():
        kind, k = word[0], word[1:]
        if k == "*":
            arrays += inputs
        elif kind == "g" and int(k) < len(slots):
            arrays.append(slots[int(k)])
        elif kind == "i" and int(k) < len(inputs):
            arrays.append(inputs[int(k)])
        elif kind == "o" and int(k) < len(outs):
            arrays.append(_linked(outs[int(k)], node, int(k)))
    return tuple(a for a in arrays if a is not None)


def shown_attrs(attrs):
    from .ndarray.param_text import shown_attrs as given
    return given(attrs)


def _recorded_attrs(node):
    """The attributes MXNet records for ``node`` (and copies to its backward node): a broadcasting op with a
    number operand is a scalar op, whose number is its ``scalar``."""
    if type(node.op) is _GradientOp:            # (which shows the attributes it copied)
        return dict(node.op.shown_attrs)
    if node.op.name == "_index" and node.args and type(node.args[0]) is _legacy_class():
        steps = _legacy_index_steps(node)       # basic indexing: the first step MXNet records (slice, ...)
        return dict(steps[0][1]) if steps else {}
    if node.op.name == "_npi_rearrange":           # (the attributes of the mx.np call MXNet records)
        from .numpy.recorded_names import rearrangement_form
        form = rearrangement_form(node.attrs)
        if form is not None:
            return form[1]
    attrs = dict(shown_attrs(node.attrs))
    if node.op.name in _SCALAR_OPS and len(node.args) == 2:
        numbers = [a for a in node.args if not hasattr(a, "_node")]
        if len(numbers) == 1:
            attrs["scalar"] = float(numbers[0])
    return attrs


def _direct_add_leaves(node, order, leaves):
    """Per input of ``node``: the 'add' variable whose buffer MXNet hands straight to its backward (the
    variable feeds this input alone, nothing else in the graph), else None."""
    sparse_too = node.op.name == "Custom"       # (its backward adds into the sparse buffers it declares)
    candidates = [p[0] if p is not None and p[0].is_leaf and p[0].req == "add" and id(p[0]) not in leaves
                  and (sparse_too or p[0].grad.stype == "default") else None for p in node.parents]
    if not any(candidates):
        return None
    uses = collections.Counter(id(p[0]) for n in order for p in n.parents if p is not None and p[0].is_leaf)
    return tuple([leaf if leaf is not None and uses[id(leaf)] == 1 else None for leaf in candidates])


def _upstream_leaves(node):
    """The links to the variables ``node`` was computed from, through any number of recorded ops."""
    links, stack, seen = [], list(node.parents), set()
    while stack:
        link = stack.pop()
        if link is None or id(link[0]) in seen:
            continue
        seen.add(id(link[0]))
        if link[0].is_leaf:
            links.append(link)
        else:
            stack.extend(link[0].parents)
    return links


_MOVING_STATISTICS_OPS = frozenset(("BatchNorm", "_contrib_BatchNormWithReLU"))


def _statistics_nodes(node):
    """{id: node} of the BatchNorm nodes ``node`` was computed from whose backward has a variable to reach."""
    found, stack, seen = {}, list(node.parents), set()
    while stack:
        link = stack.pop()
        if link is None or link[0].is_leaf or id(link[0]) in seen:
            continue
        seen.add(id(link[0]))
        parent = link[0]
        if parent.op.name in _MOVING_STATISTICS_OPS and parent.outs is not None and any(
                p is not None and (not p[0].is_leaf or p[0].req != "null") for p in parent.parents[:3]):
            found[id(parent)] = parent
        stack.extend(parent.parents)
    return found


def _zero_gradient_backwards(nodes):
    """MXNet's backward graph still runs BatchNorm's backward where only a zero gradient reaches it (through
    BlockGrad, a comparison): its training-mode moving statistics are updated there, the gradients are zeros."""
    for node in nodes:
        node.op.bwd(_head(node.op, [np.zeros_like(o) for o in node.outs], True), node.outs, *node.inputs,
                    **node.attrs)


def _unasked_gradient(node, position):
    """The gradient MXNet's graph gives ``node``'s input ``position`` where its backward made none here: a kernel
    that zeroes a constant input's gradient (take's indices) gives zeros, on to the ops before (MXNet's backward
    node has an entry for each input), but a zeros_like node where MXNet's gradient makes one (broadcast_like's
    and reshape_like's second input). A failed kernel's unwritten buffer of an inner input (keeps_failed_buffers)
    reads as zeros to the ops before, which run on it and carry the pass's error."""
    if position in getattr(node.op, "keeps_failed_buffers", ()) and _input_needs(node)[position]:
        return np.zeros_like(node.inputs[position])
    if not getattr(node.op, "zeroes_constants", False):
        return None
    from .symbol.backward_ops import zero_gradient_inputs
    value = node.inputs[position]
    if position in zero_gradient_inputs(_mxnet_name(node), {}, len(node.inputs)):
        return _ZeroMark(value)
    return np.zeros_like(value)


def _gives_zeros_like(node):
    """Whether ``node``'s gradient is zeros_like nodes of its inputs whatever reaches its outputs (floor, BlockGrad,
    comparisons): MXNet's gradient pass makes them even where no gradient reached it, so the layers before it run
    their backward on zeros (and BatchNorm updates its moving statistics)."""
    op = node.op
    if op.bwd is None:
        return not (isinstance(op, _NonDifferentiable) or getattr(op, "nondifferentiable", False))
    return op.name in _ZEROS_LIKE_GRADIENT and _zeros_like_gradient(node)


def _input_needs(node):
    """Which inputs of ``node`` the gradient goes on to: the recorded ones, but for 'null' variables and the
    outputs of BlockGrad and of ops whose gradient is zeros (argmax, comparisons, round: MXNet asks no gradient
    of an input whose producer's gradient does not read it), and in grad() for those that lead to none of its
    variables (MXNet's pass has no gradient entry for them)."""
    requested = _state.requested
    return tuple([p is not None and (p[0].req != "null" if p[0].is_leaf else _backward_reaches_variable(p[0], True))
                  and (requested is None or requested.reached_from(p[0])) for p in node.parents])


def _gradient_buffer_stypes(node, needs):
    """The storage types of the arrays MXNet's backward hands ``node`` for its inputs' gradients: a variable's
    own buffer when it reads that input alone, else none of a known storage type ('undefined')."""
    parents = [id(p[0]) if p is not None else None for p in node.parents]
    return tuple(p[0].grad.stype if need and p[0].is_leaf and p[0].grad is not None and parents.count(id(p[0])) == 1
                 else "undefined" for p, need in zip(node.parents, needs))


def gradient_storage(node):
    """The storage types MXNet's backward node of ``node`` dispatches on, beyond its inputs': its output
    gradient's (``ograd_stype``) and its input gradient arrays' (``grad_stypes``, see _gradient_buffer_stypes)."""
    return {"ograd_stype": _gradient_stype(node),
            "grad_stypes": _gradient_buffer_stypes(node, _input_needs(node))}


# storage types of the arrays recorded ops were applied to and made, where sparse: {node: (inputs', output's)}
node_stypes = weakref.WeakKeyDictionary()

# ops whose backward writes a sparse output gradient of theirs into their input's gradient as it is
_SPARSE_GRAD_PASSES = frozenset(("_mul_scalar", "_div_scalar", "_copy", "_copyto", "identity", "cast_storage"))
# ops whose backward reads the gradient beside their input: sparse when both are of one sparse storage type
_SPARSE_GRAD_BESIDE_INPUT = frozenset(("relu", "abs", "square"))
# sums, whose inputs each take their output gradient as it is
_SUM_GRAD_PASSES = frozenset(("elemwise_add", "add_n", "_plus", "_add"))


def _gradient_stype(node):
    """The storage type of the gradient MXNet's backward pass hands ``node``'s output: a head's given gradient's
    (dense when none is given), else the sum of what its consumers' backward nodes write for it."""
    known = _state.grad_stypes
    if known is None:
        known = _state.grad_stypes = _gradient_stypes(_state.pass_order or (), _state.pass_heads or ())
    stype, summed = known.get((id(node), 0), ("default", None))
    if summed is not None:      # the storage fallback of the add_n summing them, as it runs
        from .ndarray.storage_report import note_storage_fallback
        note_storage_fallback("add_n", summed, ["default"], {"num_args": len(summed)})
    return stype


def _gradient_stypes(order, heads):
    """{(id(node), output): (storage type of its gradient, the storage types MXNet's add_n sums into it through
    its storage fallback or None)} over a backward pass's nodes (consumers first): a sum of row_sparse gradients
    is row_sparse, any other sum with a sparse term falls back to a dense one."""
    given = _state.head_stypes or {}
    parts = {key: [given.get(key, "default")] for key in heads}
    found = {}
    for node in reversed(order):
        key = (id(node), 0)
        stypes = parts.pop(key, ())
        if len(stypes) == 1 or stypes and all(s == "row_sparse" for s in stypes):
            found[key] = (stypes[0], None)
        else:
            found[key] = ("default", stypes if any(s != "default" for s in stypes) else None)
        for pos, parent in enumerate(node.parents):
            if parent is not None and not parent[0].is_leaf:
                parts.setdefault((id(parent[0]), parent[1]), []).append(_input_grad_stype(node, pos, found[key][0]))
    return found


def _input_grad_stype(node, pos, ograd):
    """The storage type of the gradient ``node``'s backward writes for its input ``pos``, its output's being
    ``ograd``: dense, but where MXNet's sparse kernels keep a sparse one."""
    rule = getattr(node.op, "grad_stype", None)
    if rule is not None:
        return rule(pos, ograd, node)
    if ograd == "default":
        return "default"
    name = node.op.name
    if name in _SPARSE_GRAD_PASSES or name in _SUM_GRAD_PASSES:
        return ograd
    if name in _SPARSE_GRAD_BESIDE_INPUT and node_stypes.get(node, ((),))[0][pos:pos + 1] == (ograd,):
        return ograd
    return "default"


class _Requested:
    """The variables of a grad() call, and which recorded nodes lead to one of them (found once per node)."""

    def __init__(self, variables):
        self.reaching = {id(v._node[0]): True for v in variables}

    def reached_from(self, node):
        known = self.reaching.get(id(node))
        if known is not None:
            return known
        stack = [node]
        while stack:                # depth first, without recursion: unrolled graphs are deep
            top = stack[-1]
            if id(top) in self.reaching or top.is_leaf:     # (another leaf: not asked for)
                self.reaching.setdefault(id(top), False)
                stack.pop()
                continue
            parents = [p[0] for p in top.parents if p is not None and id(p[0]) not in self.reaching]
            if parents:
                stack.extend(parents)
                continue
            stack.pop()
            self.reaching[id(top)] = any(p is not None and self.reaching[id(p[0])] for p in top.parents)
        return self.reaching[id(node)]


def _consumers(order):
    """{(id(node), output): [(consumer, input position)]} over the nodes of ``order``."""
    found = {}
    for n in order:
        for pos, parent in enumerate(n.parents):
            if parent is not None:
                found.setdefault((id(parent[0]), parent[1]), []).append((n, pos))
    return found


def _own_gradient_buffer(entry):
    """Whether a bound executor's planner gives the gradient of ``entry`` a buffer of the graph's own: a computed
    value's always, a variable's when several gradients are summed into its array (zeros_like ones left out)."""
    if not entry[0].is_leaf:
        return True
    users = (_state.consumers or {}).get((id(entry[0]), entry[1]), [])
    return sum(1 for user, _ in users if user.op.bwd is not None and not _zeros_like_gradient(user)) > 1


def _shares_gradient(node):
    """Whether a bound executor's planner hands ``node``'s output gradient to another node still to run: elemwise_add
    and add_n pass their output gradient to each operand as one buffer (a Reshape's passes through), and when the
    other operand is a node ``node`` is computed from (a residual sum, x + f(x)), its gradient reads that buffer
    after ``node``'s backward, as does a left operand's taking a gradient when ``node`` is on the right."""
    entry = (id(node), 0)
    while True:
        users = (_state.consumers or {}).get(entry, [])
        if len(users) != 1:
            return False
        user, pos = users[0]
        if user.op.name in ("elemwise_add", "add_n"):
            others = {(id(p[0]), p[1]) for j, p in enumerate(user.parents) if j != pos and p is not None}
            left = user.parents[0]
            if _computed_from(node, others) or pos > 0 and left is not None and _backward_reaches_variable(left[0]):
                return True
        elif user.op.name != "reshape":
            return False
        entry = (id(user), 0)


def _computed_from(node, entries):
    """Whether one of ``entries`` ((id(node), output) pairs) is an input of ``node``'s, or of an input's, and so on."""
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        for parent in () if n.is_leaf else n.parents:
            if parent is None:
                continue
            if (id(parent[0]), parent[1]) in entries:
                return True
            if id(parent[0]) not in seen:
                seen.add(id(parent[0]))
                stack.append(parent[0])
    return False


def _node_backward(node, slots, create_graph, direct=None, every_input=False):
    """The input gradients of ``node`` (``direct``: the 'add' variables whose buffers its backward reads and
    then overwrites, see _direct_add_leaves; ``every_input``: those of all its inputs, asked for or not)."""
    op, outs, attrs = node.op, node.outs, node.attrs
    _bool_kernels.check(node, _mxnet_name)
    if op.bwd_needs:
        attrs = dict(attrs, needs=(True,) * len(node.parents) if every_input else _input_needs(node))
        if getattr(op, "bwd_names_node", False) and not _state.bound_graph:     # (Custom's storage checks)
            attrs["node_name"] = f"node_{node.seq}"
            attrs["grad_stypes"] = _gradient_buffer_stypes(node, attrs["needs"])
            if _state.head_stypes:      # (a sparse head gradient is handed over as it is)
                attrs["ograd_stypes"] = tuple(_state.head_stypes.get((id(node), i), "default")
                                              for i in range(node.nout))
    if _state.bound_graph and getattr(op, "bwd_over_dy", False):    # (its head gradients are copied in too)
        data = node.parents[0]
        attrs = dict(attrs, grad_over_dy=data is not None and _own_gradient_buffer(data) and not _shares_gradient(node))
    if direct:
        attrs = dict(attrs, add_into=tuple([None if leaf is None else leaf.grad._data for leaf in direct]))
    multi = type(outs) is tuple
    if op.name == "SliceChannel" and any(s is None and o.ndim == 0 for s, o in zip(slots, outs)) and not _np_shape():
        # an output the gradient did not reach gets zeros of its shape, which legacy shapes read as unknown when
        # it is 0-d (split's squeezed outputs of a vector): MXNet's engine fails when the gradients are read
        from .ndarray.failures import backward_kernel_error
        backward_kernel_error("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")
    if create_graph:
        from .ndarray.ndarray import NDArray, _wrap
        raw_outs = outs if multi else (outs,)
        outs = tuple(_linked(o, node, i) for i, o in enumerate(raw_outs))
        slots = [s if s is not None else _wrap(np.zeros_like(o)) for s, o in zip(slots, raw_outs)]
        inputs = node.args
        cls = next((type(a) for a in inputs if isinstance(a, NDArray)), NDArray)
        if cls is not NDArray:      # mx.np inputs: the formula's other operands are mx.np arrays too
            inputs = [a.item() if isinstance(a, np.generic) else a for a in inputs]    # (NumPy's scalars
            outs = tuple(_as_class(o, cls) for o in outs)                             # refuse mx.np arrays)
            slots = [_as_class(s, cls) if isinstance(s, NDArray) else s for s in slots]
        outs = outs if multi else outs[0]
        with _scope(True, None):
            grads = op.bwd(_head(op, slots, multi), outs, *inputs, **attrs)
    else:
        if multi:
            slots = [s if s is not None else np.zeros_like(o) for s, o in zip(slots, outs)]
        grads = op.bwd(_head(op, slots, multi), outs, *node.inputs, **attrs)
    return grads if type(grads) is tuple else (grads,)


def _head(op, slots, multi):
    """The output gradient(s) as a backward expects them: one array, or a tuple of the visible ones."""
    if not multi:
        return slots[0]
    visible = len(slots) - op.hidden
    return tuple(slots[:visible]) if visible > 1 else slots[0]


def _as_class(a, cls):
    """``a`` as an array of class ``cls`` over the same data, in the same place of the graph."""
    if type(a) is cls:
        return a
    from .ndarray.ndarray import _wrap
    v = _wrap(a._data, a._ctx)
    v._node = a._node
    v.__class__ = cls
    return v


def _linked(raw, node, index):
    from .ndarray.ndarray import _wrap
    a = _wrap(raw)
    a._node = (node, index)
    return a


def add_gradient(prev, g):
    """Collect one more contribution to a gradient (the first one is ``prev``); ``sum_gradients`` adds them."""
    if type(prev) is list:
        prev.append(g)
        return prev
    return [prev, g]


def sum_gradients(parts):
    """The sum of a gradient's contributions (listed consumers last in graph order first) in MXNet's order.

    MXNet adds a gradient's contributions one by one in that order; but three or four of them it adds
    from the other end (its add_n kernels; the order decides the last bits).
    """
    if type(parts) is not list:
        return parts
    first = parts[0]
    onednn = _ONEDNN or _onednn()
    if type(first) is _NDARRAY and len(parts) == 2 and not onednn.holds_layouts():
        return parts[1] + first         # (the common case, in short: two plain parts, added from the other end)
    # create_graph: one add_n node, as MXNet records the sum (its inputs' order is the graph order a next
    # backward walks)
    if type(first) is not _NDARRAY and _recorded_alike(parts):
        from .ndarray import add_n
        from .ndarray.ndarray import NDArray
        kept = [p for p in parts if not _is_zeros_like_node(p)]     # (left out beside others, as marks are)
        if len(kept) < len(parts):
            return sum_gradients(kept if len(kept) > 1 else kept[0] if kept else parts[0])
        # mx.np parts beside legacy ones (a constant or non-differentiable gradient): an mx.np sum
        cls = next((type(p) for p in parts if type(p) is not NDArray), NDArray)
        return _as_class(add_n(*[_as_class(p, cls) for p in parts]), cls)
    blocked = onednn.holds_layouts() and all(onednn.channel_block(p) for p in parts)
    ordered = parts if blocked or len(parts) > 4 else parts[::-1]   # (oneDNN's sum adds blocked parts in order)
    total = ordered[0] + ordered[1]
    for part in ordered[2:]:
        total = total + part
    return onednn.sum_block(total, parts)


def _onednn():
    """distnet.ndarray.onednn (imported on first use: it imports this module)."""
    global _ONEDNN
    if _ONEDNN is None:
        from .ndarray import onednn
        _ONEDNN = onednn
    return _ONEDNN


_ONEDNN = None


def _recorded_alike(parts):
    """Whether ``parts`` are dense arrays (NDArrays) of one dtype (gradients a create_graph pass records)."""
    from .ndarray.ndarray import NDArray
    first = parts[0]
    if not isinstance(first, NDArray) or first.stype != "default":
        return False
    return all(isinstance(p, NDArray) and p.dtype == first.dtype and p.stype == "default" for p in parts)


def _accumulate(leaves, link, g):
    node, index = link
    if node.is_leaf:
        prev = leaves.get(id(node))
        leaves[id(node)] = (node, g if prev is None else add_gradient(prev[1], g))
        return
    slots = node.grads
    if slots is None:
        slots = node.grads = [None] * node.nout
    prev = slots[index]
    slots[index] = g if prev is None else add_gradient(prev, g)


def _refuse_sparse_add(op, attrs):
    """MXNet's backward adds into no sparse gradient buffer: a dense gradient's cast into one refuses kAddTo
    (its storage fallback's check), and so do the kernels writing sparse gradients (``op.sparse_add_refusal``)."""
    from .ndarray.failures import backward_kernel_error
    kernel = getattr(op, "sparse_add_refusal", None)
    check = (kernel(attrs) if kernel is not None else None) or "Check failed: temp.IsDefaultData(): "
    # a kernel's check: the backward returns, the gradients carry the error (raised when one is read)
    backward_kernel_error(check)


def _note_rows(leaf, rows, parts):
    """Remember ``rows`` for the row_sparse gradient of ``leaf`` in this pass (None: nothing to add), and
    that its latest contribution (the last of ``parts``) is row_sparse."""
    if rows is not None:
        leaf.rows = rows if leaf.rows is None else np.union1d(leaf.rows, rows)
        position = len(parts) - 1 if type(parts) is list else 0
        leaf.sparse_parts = [position] if leaf.sparse_parts is None else leaf.sparse_parts + [position]


def _note_dense_sum_fallback(leaf, parts, into):
    """MXNet sums the contributions to a gradient with add_n, whose sparse kernels take sparse terms only:
    into a sparse buffer (storage ``into``), dense ones among them make it warn of its storage fallback, and
    so do sparse ones among dense ones."""
    sparse, leaf.sparse_parts = leaf.sparse_parts or (), None
    if type(parts) is not list or len(sparse) == len(parts) or (into == "default" and not sparse):
        return
    from .ndarray.storage_report import note_storage_fallback
    stypes = ["row_sparse" if i in sparse else "default" for i in range(len(parts))]
    note_storage_fallback("add_n", stypes, [into], {"num_args": len(parts)})


def _dense_backward_writer(node):
    """The backward op of ``node`` on dense arrays, as MXNet's storage fallback report names it: (op, storage
    types it reads, storage types it writes (its inputs' gradients), attributes), or None where not known."""
    from .symbol.backward_ops import COPIES, rule
    if getattr(node.op, "is_function", False) or type(node.op) is _GradientOp or node.args is None or \
            getattr(node.op, "reports_fallback", False) or node.op.name == "_copyto":
        return None     # (recorded on sparse inputs it reports itself; a copy converts the storage itself)
    arrays = [a for a in node.args if hasattr(a, "_node")]
    writes = [p[0].grad.stype if p is not None and p[0].is_leaf and p[0].grad is not None else "default"
              for a, p in zip(node.args, node.parents) if hasattr(a, "_node")]
    attrs = _recorded_attrs(node)
    found = rule(_mxnet_name(node), attrs)
    if (found == COPIES or node.op.name == "cast_storage") and len(arrays) == 1:
        return "_copy", ["default"], writes, attrs      # (a copy of the output gradient, whatever its input's storage)
    if any(getattr(a, "stype", "default") != "default" for a in arrays):
        return None
    if not isinstance(found, tuple) or len(found) != 2 or "*" in found[1] or len(writes) != len(arrays):
        return None
    return found[0], ["default"] * len(found[1].split()), writes, attrs


def _note_dense_writer_fallback(leaf):
    """MXNet's storage fallback warning for a backward op that wrote ``leaf``'s sparse gradient alone with its
    dense kernel."""
    writer, leaf.dense_writer = leaf.dense_writer, None
    if writer is not None:
        from .ndarray.storage_report import note_storage_fallback
        op, inputs, outputs, attrs = writer
        note_storage_fallback(op, inputs, outputs, attrs)


def backward(heads, head_grads=None, retain_graph=False, train_mode=True):
    """Compute the gradients of ``heads`` and store them in the marked variables' buffers."""
    heads, head_grads = _parse_heads(heads, head_grads)
    retain_graph, train_mode = _c_int_flag(retain_graph), _c_int_flag(train_mode)
    _passes[0] += 1
    if _UNLIKE_BUFFERS:
        _check_buffers(heads)
    refused = _head_dtype_refusal(heads, head_grads)
    head_grads = None if refused is not None else _head_grads_in_dtype(heads, head_grads)
    with _scope(False, train_mode), _late.backward_errors(heads, head_grads) as errors:
        if refused is not None:         # found by the head's backward kernel, the pass's first: none writes a gradient
            _late.backward_kernel_error(refused)
        try:
            leaves = _run_backward(heads, head_grads, retain_graph, create_graph=False, into_buffers=True)
        except MXNetError:
            _check_has_variables(heads)         # MXNet refuses a graph without variables first
            raise
        if all(leaf.req == "null" for leaf, _ in leaves.values()):
            _check_has_variables(heads)
        leaves = _without_null(leaves, retain_graph)
    tainted = _with_failed_buffers(leaves, _state.tainted_leaves)
    _state.tainted_leaves = None
    if refused is None and errors.carries_head_error():     # (skipped writes: the buffers keep their data)
        for leaf, _ in leaves.values():
            leaf.fresh = True
    elif refused is None:
        with Silent():      # MXNet's sums of gradients make inf and nan silently
            _store_gradients({k: v for k, v in leaves.items() if not tainted or k not in tainted},
                             failed=bool(errors.messages))
    errors.settle([leaf.grad for leaf, _ in leaves.values()])     # a kernel error shows when a gradient is read
    if tainted:     # (a skipped write: the buffer keeps its data and carries the error)
        from .ndarray.failures import with_error
        for key, (leaf, _) in leaves.items():
            if key in tainted and leaf.grad is not None:
                leaf.fresh = True
                with_error(leaf.grad, tainted[key])


def _with_failed_buffers(leaves, tainted):
    """``tainted`` (leaf key -> the error its skipped write carries) with the leaves whose buffer carries an
    error not raised yet: MXNet's engine skips a write into it, so it keeps its data and its error."""
    for key, (leaf, _) in leaves.items():
        failure = None if leaf.grad is None or (tainted and key in tainted) else _late.carried_error([leaf.grad])
        if failure is not None:
            tainted = tainted or {}
            tainted[key] = failure
    return tainted


def _store_gradients(leaves, failed=False):
    """Write or add each leaf's summed gradient into its buffer, as its grad_req says (``failed``: a backward
    kernel of the pass failed, and MXNet's engine then writes no sparse 'add' buffer)."""
    NDArray, data_to_write = _late.NDArray, _late.data_to_write
    for leaf, g in leaves.values():
        if failed and leaf.req == "add" and leaf.grad.stype != "default":
            leaf.fresh = True       # (the pass still marks it written, as MXNet's)
            continue
        if type(g) is _Overwrite and leaf.grad.stype == "default":
            leaf.fresh, leaf.rows = True, None
            value = g.value._data if isinstance(g.value, NDArray) else g.value
            buffer = data_to_write(leaf.grad)
            buffer[...] = value if g.combine is None else g.combine(buffer.copy(), value)
            continue
        if leaf.req == "add" and leaf.grad.stype == "default" and _added_one_by_one(g):
            leaf.fresh, leaf.rows = True, None
            _add_parts(data_to_write(leaf.grad), g)
            continue
        req = leaf.req
        if type(g) is _Overwrite:       # (a sparse buffer: its kernel refused 'add', the buffer carries the error;
            g, req = g.value, "write" if g.combine is None else req        # or a Custom op added into it)
        if leaf.grad.stype != "default":
            _note_dense_sum_fallback(leaf, g, leaf.grad.stype)
            _note_dense_writer_fallback(leaf)
        g = sum_gradients(g)
        g = g._data if isinstance(g, NDArray) else g
        leaf.fresh = True
        rows, leaf.rows = leaf.rows, None
        if leaf.grad.stype != "default":            # a sparse buffer keeps its storage type
            leaf.grad._store_gradient(g, req, rows)
        elif leaf.req == "write":
            data_to_write(leaf.grad)[...] = g
        elif leaf.req == "add":
            data_to_write(leaf.grad)[...] += g


def _added_one_by_one(parts):
    """Whether MXNet adds these gradient contributions into an 'add' buffer one at a time: its add_n kernel
    for five or more terms (fewer than the MXNET_EXEC_INPLACE_GRAD_SUM_CAP that makes a _grad_add chain)
    adds the first term to the buffer, then each next one."""
    from .symbol.backward_ops import sum_cap
    return type(parts) is list and 5 <= len(parts) < sum_cap()


def _add_parts(buffer, parts):
    """Add each contribution into ``buffer`` in turn (rounding after each)."""
    from .ndarray.ndarray import NDArray
    for part in parts:
        buffer += part._data if isinstance(part, NDArray) else part


# Ops whose MXNet backward takes a head gradient of any dtype and converts it (reductions, reshapes, basic
# indexing, casts and the zero gradients); the others infer one dtype for their output and its gradient.
CASTING_HEADS = frozenset("sum mean expand_dims Flatten squeeze reshape reshape_like space_to_depth cumsum _index "
                           "_copyto Cast amp_cast amp_multicast zeros_like ones_like BlockGrad make_loss".split())
# converting backwards that compute in the head gradient's own dtype (a cast's, diff's sums), converting after
_CAST_OPS = frozenset({"Cast", "amp_cast", "amp_multicast", "_npi_diff_kernel"})
_NP_CASTING_HEADS = frozenset({"_np_sum", "_npi_mean", "_np_cumsum", "_npi_diff"})


def _converts_head_grad(head):
    """Whether MXNet's backward of ``head``'s op converts a head gradient of another dtype (basic indexing
    does, a gather does not)."""
    node = head._node[0] if head._node is not None else None
    name = getattr(getattr(node, "op", None), "name", None)
    if node is not None and not node.is_leaf and node.args is None:
        return False            # (a freed graph: its backward refuses the pass anyway)
    if name == "_index":
        from .ndarray.indexing import _is_basic
        return _is_basic(node.attrs.get("key"))
    shown = getattr(getattr(node, "attrs", None), "op", None)
    if shown is not None:       # an mx.np call run as another op (average as a mean): as the op MXNet runs
        return shown in CASTING_HEADS or shown in _NP_CASTING_HEADS
    if name == "_npi_getitem":
        return _np_indexing_converts(node)
    if name == "_npi_rearrange":        # mx.np reshapes
        return _mxnet_name(node) in ("reshape", "expand_dims", "squeeze", "slice", "_np_broadcast_to")
    if name == "norm":          # the 1-norm's backward takes the sign of its input times the head gradient
        return float(node.attrs.get("ord", 2)) == 1
    if name == "_CachedOp":         # a hybridized block: as the op making its only output
        from .autograd_head_dtypes import graph_head
        inner = graph_head(node)
        return inner is not None and inner.op.name in CASTING_HEADS
    return name in CASTING_HEADS or name in _NP_CASTING_HEADS


def _np_indexing_converts(node):
    """Whether the last op MXNet records for an mx.np array's indexing converts a head gradient: a Reshape does
    (after one boolean mask, or basic indexing that reshapes); a lone slice and a gather_nd do not."""
    from .numpy.indexing import gathers
    key = node.attrs.get("key")
    if masks_rows(key):
        return True
    steps = numpy_index_steps(node)
    return steps[-1][0] != "slice" if steps else not gathers(key)


def _head_grads_in_dtype(heads, head_grads):
    """The head gradients in their heads' dtypes where MXNet's converting backwards (``CASTING_HEADS``) take
    another dtype (a Function's backward gets it as given)."""
    if head_grads is None:
        return None
    return [hg.astype(h.dtype) if hg is not None and hg.dtype != h.dtype and _converts_head_grad(h)
            and h._node[0].op.name not in _CAST_OPS else hg
            for h, hg in zip(heads, head_grads)]


def _head_dtype_refusal(heads, head_grads, in_grad=False):
    """MXNet's error for a head gradient whose dtype the head's backward cannot take, or None; raised now
    where MXNet's backward refuses it before running (else a gradient read raises it). ``in_grad``: for
    grad(), whose copying backwards pass the head gradient on unchecked."""
    for h, hg in zip(heads, head_grads or ()):
        if hg is None or hg.dtype == h.dtype or _converts_head_grad(h):
            continue
        from .autograd_head_dtypes import _cloned_reader, passes_through, refusal, shape_refusal, size_checked_first
        from .symbol.executor import _uses_head_grad
        node = h._node[0] if h._node is not None else None
        if node is None or not node.is_leaf and (getattr(node.op, "is_function", False) or not _uses_head_grad(h)):
            continue
        if not _backward_reaches_variable(node) or not node.is_leaf and node.outs is None:   # (freed: refused later)
            continue
        name = _mxnet_name(node) if not node.is_leaf else ""
        shape_refused = shape_refusal(node, name, h.shape, hg.shape, h._node[1]) if hg.shape != h.shape else None
        if shape_refused is not None and shape_refused[1]:     # MXNet's backward node infers shapes before dtypes
            raise MXNetError(shape_refused[0])
        if not node.is_leaf and getattr(node.op, "meets_head_dtype", lambda attrs: False)(node.attrs):
            if shape_refused is not None:       # (a mixed-type backward: it meets the dtype itself)
                return shape_refused[0]
            continue
        output = h._node[1]
        if in_grad and passes_through(name):
            reader = None if node.is_leaf else _cloned_reader(node)
            if reader is None:
                continue
            (node, name), output = reader, 0    # handed through the copy to the op before, whose backward meets it
        message, at_once = refusal(node, name, h.dtype, hg.dtype, output)
        if at_once:
            raise MXNetError(message)
        return shape_refused[0] if shape_refused is not None and size_checked_first(name) else message
    return None


def grad(heads, variables, head_grads=None, retain_graph=None, create_graph=False, train_mode=True):
    """Return the gradients of ``heads`` with respect to ``variables`` (buffers are left alone)."""
    from .ndarray.ndarray import NDArray
    heads, head_grads = _parse_heads(heads, head_grads)
    if not isinstance(variables, NDArray) and not len(variables):
        raise _AssertError("variables cannot be an empty list.")
    variables = [variables] if isinstance(variables, NDArray) else _sized(variables)
    _check_handles(variables)
    retain_graph = _c_int_flag(create_graph if retain_graph is None else retain_graph)
    create_graph, train_mode = _c_int_flag(create_graph), _c_int_flag(train_mode)
    _passes[0] += 1
    for i, v in enumerate(variables):
        if v._node is None or not v._node[0].is_leaf or v._node[0].req == "null":
            if any(h._node is None for h in heads):         # MXNet checks the heads first
                raise MXNetError(_NOT_RECORDED)
            raise MXNetError(_NOT_REQUIRED.format(i + 1))
    if len({id(v._node[0]) for v in variables}) < len(variables):
        _refuse_listed_twice(heads, variables)
    try:
        refused = _head_dtype_refusal(heads, head_grads, in_grad=True)
    except MXNetError:
        _check_reachable(heads, variables, None)    # MXNet refuses an unreachable variable first
        raise
    head_grads = None if refused is not None else _head_grads_in_dtype(heads, head_grads)
    outer, _state.limit = _state.limit, (_UNLIMITED if create_graph else None)   # the sums are gradient nodes
    from .ndarray.failures import backward_errors, backward_kernel_error
    # (a recorded pass keeps every path)
    outer_requested, _state.requested = _state.requested, None if create_graph else _Requested(variables)
    try:
        with _scope(create_graph, train_mode), backward_errors(heads, head_grads) as errors:
            if refused is not None:         # found by the head's backward kernel, the pass's first
                backward_kernel_error(refused)
            grads = _grads_of(heads, variables, head_grads, retain_graph, create_graph)
    finally:
        _state.limit, _state.requested = outer, outer_requested
    errors.settle(grads)        # a failed head's or a backward kernel's error shows when a gradient is read
    tainted, _state.tainted_leaves = _state.tainted_leaves, None
    if tainted:     # (computed by a backward MXNet's engine skips: see _taint_parents)
        from .ndarray.failures import with_error
        for v, g in zip(variables, grads):
            if v._node is not None and id(v._node[0]) in tainted:
                with_error(g, tainted[id(v._node[0])])
    return grads


_NOT_REQUIRED = ("Check failed: !AGInfo: :IsNone(*variables[i]) && AGInfo::IsVariable(variables[i]->entry_.node): "
                 "Cannot differentiate with respect to the {}-th variable because it does not require gradient.")


def _refuse_listed_twice(heads, variables):
    """MXNet's failure for a variable listed twice in grad() (after its reachability check): its gradient graph
    has no entry for the second listing, or, where the variable is read more than once (its gradient a sum),
    no context for the zeros it makes there."""
    _check_reachable(heads, variables, None)
    nodes = _recorded_nodes(heads) or {}
    listed = collections.Counter(id(v._node[0]) for v in variables)
    twice = next(key for key, count in listed.items() if count > 1)
    reads = sum(1 for node in nodes.values() if not node.is_leaf for p in node.parents if p and id(p[0]) == twice)
    from .base import located
    if reads > 1:
        raise located(MXNetError("Check failed: vctx[i].dev_type != -1 (-1 vs. -1) : Cannot decide context for node "
                                 "zeros_without_dtype"), ("../src/imperative/./imperative_utils.h", 824))
    raise located(MXNetError("Check failed: nodeEntry.node: "), ("../src/executor/graph_executor.cc", 247))


def _grads_of(heads, variables, head_grads, retain_graph, create_graph):
    from .ndarray.ndarray import NDArray, _wrap
    if create_graph:        # MXNet refuses an unreachable variable before it records any gradient node
        _check_reachable(heads, variables, None)
    try:
        leaves = _run_backward(heads, head_grads, retain_graph, create_graph)
    except MXNetError:
        _check_reachable(heads, variables, None)    # MXNet refuses an unreachable variable first
        raise
    for leaf, parts in leaves.values():
        leaf.rows = None                   # the gradients are returned dense
        if leaf.sparse_parts is not None:
            _note_dense_sum_fallback(leaf, parts, "default")
    _check_reachable(heads, variables, leaves)
    leaves = _without_null(leaves, retain_graph)
    out = []
    for v in variables:
        g = sum_gradients(leaves[id(v._node[0])][1])     # in the recording scope: a sum of recorded parts is recorded
        if create_graph and isinstance(g, NDArray) and g._node is None:
            # constant in the variables, yet in MXNet's graph (a backward op of the head gradient)
            g = _wrap(g._data, v._ctx)
            g._node = (new_node(_ConstantGrad, (), (), {}, g._data, (), 1), 0)
        out.append(_as_class(g, NDArray) if isinstance(g, NDArray) else _wrap(g, v._ctx))   # legacy, as MXNet
    return out


def _without_null(leaves, retain_graph):
    """``leaves`` without the 'null' variables; a backward that frees the graph takes them out of it (their
    buffers go: MXNet frees their graph entries with the graph's, and a later recording reads them as plain
    arrays)."""
    kept = {}
    for key, (leaf, g) in leaves.items():
        if leaf.req != "null":
            kept[key] = (leaf, g)
        elif not retain_graph:
            leaf.grad = None
            var = leaf.var and leaf.var()
            if var is not None and var._node is not None and var._node[0] is leaf:
                var._node = None
    return kept


def _recorded_nodes(heads):
    """{id: node} of every node the heads were computed from (variables included), or None if a head was
    not recorded."""
    heads = [heads] if hasattr(heads, "_node") else heads
    if any(h._node is None or _detached(h._node[0]) and not _freed_by_last_pass(h._node[0]) for h in heads):
        return None
    nodes, stack = {}, [h._node[0] for h in heads]
    while stack:
        node = stack.pop()
        if id(node) not in nodes:
            nodes[id(node)] = node
            if not node.is_leaf and _kept(node):        # (one freed by an earlier backward is a constant)
                stack.extend(p[0] for p in node.parents if p is not None)
    return nodes


def _kept(node):
    """Whether ``node`` was in the graph when the last backward pass ran (it may have freed it)."""
    return node.outs is not None or node.freed == _passes[0]


def _freed_by_last_pass(node):
    return node.outs is None and node.freed == _passes[0]


def _check_has_variables(heads):
    """Refuse heads computed from no variable (e.g. a gradient constant in its variables)."""
    nodes = _recorded_nodes(heads)
    if nodes is not None and not any(node.is_leaf and node.req != "null" for node in nodes.values()):
        raise MXNetError("Check failed: xs.size() > 0 (0 vs. 0) : There are no inputs in computation graph that "
                         "require gradients.")


def _check_reachable(heads, variables, leaves):
    """Refuse a variable that the heads do not depend on (``leaves``: those a backward reached, or None)."""
    seen = _recorded_nodes(heads) if leaves is None else leaves
    if seen is None:
        return
    for i, v in enumerate(variables):
        if id(v._node[0]) not in seen:
            raise MXNetError("Check failed: output_grads.find(xs[i].node.get()) != output_grads.end(): Cannot "
                             f"differentiate with respect to the {i + 1}-th variable because it is unreachable from "
                             "the outputs.")


# Broadcasting ops that MXNet records as scalar ops when one side is a number: (number right, number left).
_SCALAR_OPS = {
    "broadcast_add": ("_plus_scalar", "_plus_scalar"), "broadcast_sub": ("_minus_scalar", "_rminus_scalar"),
    "broadcast_mul": ("_mul_scalar", "_mul_scalar"), "broadcast_div": ("_div_scalar", "_rdiv_scalar"),
    "broadcast_mod": ("_mod_scalar", "_rmod_scalar"), "broadcast_power": ("_power_scalar", "_rpower_scalar"),
    "broadcast_maximum": ("_maximum_scalar", "_maximum_scalar"),
    "broadcast_minimum": ("_minimum_scalar", "_minimum_scalar"),
    "broadcast_greater": ("_greater_scalar", "_lesser_scalar"),
    "broadcast_greater_equal": ("_greater_equal_scalar", "_lesser_equal_scalar"),
    "broadcast_lesser": ("_lesser_scalar", "_greater_scalar"),
    "broadcast_lesser_equal": ("_lesser_equal_scalar", "_greater_equal_scalar"),
    "broadcast_equal": ("_equal_scalar", "_equal_scalar"),
    "broadcast_not_equal": ("_not_equal_scalar", "_not_equal_scalar"),
    "broadcast_logical_and": ("_logical_and_scalar", "_logical_and_scalar"),
    "broadcast_logical_or": ("_logical_or_scalar", "_logical_or_scalar"),
    "broadcast_logical_xor": ("_logical_xor_scalar", "_logical_xor_scalar"),
    "broadcast_hypot": ("_hypot_scalar", "_hypot_scalar"),
    "_npi_arctan2": ("_npi_arctan2_scalar", "_npi_rarctan2_scalar"),
    "_npi_ldexp": ("_npi_ldexp_scalar", "_npi_rldexp_scalar"),
}


def get_symbol(x):
    """The recorded computation of ``x`` as a Symbol (variables ``var0, ...``, constants ``nullN``,
    operators ``node_0, ...``), numbered in depth-first order from ``x``."""
    from . import symbol
    from .base import class_text
    from .ndarray.ndarray import NDArray
    if not isinstance(x, NDArray):
        raise _AssertError(f"get_symbol: Invalid argument type, expecting <class 'mxnet.ndarray.ndarray.NDArray'>, "
                           f"got {class_text(x)}")
    if x._node is None or _detached(x._node[0]):        # (a backward frees the graph of its heads)
        raise MXNetError("Check failed: !Imperative: :AGInfo::IsNone(*this): NDArray is not part of a computation "
                         "graph. Did you forget to turn on recording?")
    built = {}

    def leaf(key, name):
        if key not in built:
            built[key] = symbol.var(name)
        return built[key]

    def build(link):
        node, index = link
        if node.is_leaf:
            return leaf(id(node), f"var{node.vid}")
        if id(node) not in built:
            if node.args is None:
                raise MXNetError("get_symbol: the graph was freed by backward; record it again")
            read = _read_inputs(node)
            args = [None if k not in read else build(a._node) if isinstance(a, NDArray) and a._node is not None
                    else leaf(id(a), constant_name(a)) if isinstance(a, NDArray) else a
                    for k, a in enumerate(node.args)]
            if getattr(node.op, "program", None) is not None:      # a hybridized block's graph
                built[id(node)] = (_inlined_graph(node, args) if node.op.inlined
                                   else node.op.recorded_symbol(args, f"node_{node.seq}"))
            elif node in _RECORDED_MASKS:
                built[id(node)] = _masked_symbol(node, args[0], build(_RECORDED_MASKS[node]._node))
            else:
                built[id(node)] = _op_symbol(node, args, f"node_{node.seq}")
        sym = built[id(node)]
        if node.nout > 1 and index >= len(sym.list_outputs()):     # a hidden output (Dropout's mask)
            return type(sym)([(sym._heads[0][0], index)])
        if node.nout > 1:
            return sym[index]
        if len(sym.list_outputs()) > 1:     # one output of an operator MXNet records with several (average)
            return sym[getattr((node.attrs or {}).get("fn"), "mxnet_output", 0)]
        return sym

    return build(x._node)


def _read_inputs(node):
    """The positions of ``node``'s inputs its symbol reads: of an inlined graph's, those its recorded steps read
    (MXNet's recording never met the others)."""
    recorded = (node.attrs or {}).get("steps") if getattr(node.op, "program", None) is not None else None
    if recorded is None:
        return range(len(node.args))
    return {i for _, ins, _, _, name in node.op.program.steps if name in recorded.numbers for i in ins
            if i not in recorded.names}


def _inlined_graph(node, args):
    """A recorded hybridized graph as its steps, one symbol node each, numbered as MXNet records them."""
    from . import symbol
    from .symbol.cached_op import recorded_step_number
    program = node.op.program
    slots = list(args) + [None] * (program.nslots - len(args))
    recorded = node.attrs.get("steps")
    if recorded is not None:        # (the arrays of the run's own that MXNet's recorded steps read as constants)
        for slot, name in recorded.names.items():
            slots[slot] = symbol.var(name)
    for _, ins, _, outs, name in program.steps:     # (attributes as the graph's node shows them)
        if recorded is not None and name not in recorded.numbers:
            continue
        sym = _step_symbol(program, name, [slots[i] for i in ins], f"node_{recorded_step_number(node, name)}")
        for j, slot in enumerate(outs):
            slots[slot] = sym[j] if len(outs) > 1 else sym
    heads = [slots[i] for i in program.out_slots]
    return heads[0] if len(heads) == 1 else symbol.Group(heads)


def _step_symbol(program, name, args, recorded_name):
    """One step of a recorded hybridized graph as the node MXNet records for it, over the symbols ``args``; a
    control-flow step keeps its bodies."""
    from . import symbol
    from .symbol.graph import Node
    step = program.nodes[name]
    if not getattr(step.op, "subgraphs", None):
        return symbol.symbol.create(program.op_names[name], *args, name=recorded_name,
                                    **{key: v for key, v in step.attrs.items() if not key.startswith("_")})
    copied = Node(step.op, step.op_name, recorded_name, step.attrs, [a._heads[0] for a in args], step.user_attrs,
                  step.num_outputs)
    return symbol.Symbol([(copied, i) for i in range(step.num_outputs)])


def reserve_sequence(count):
    """Take ``count`` more op numbers: a recorded hybridized graph numbers each of its steps."""
    if getattr(_next_seq, "one_number", False):      # (within an op MXNet records as one)
        return
    for _ in range(count):
        next(_counter)


def constant_name(arr):
    """``null<n>``: a recorded op's input that is no variable (numbered when it entered the graph)."""
    name = _constants.get(id(arr))
    return _number_constant(arr) if name is None else name


def _number_constant(arr):
    """Give ``arr`` the next ``null<n>`` name (kept while it lives, or until it enters a graph again)."""
    if id(arr) not in _constants:
        weakref.finalize(arr, _constants.pop, id(arr), None)
    name = _constants[id(arr)] = f"null{next(_variables)}"
    return name


def _op_symbol(node, args, name):
    from . import symbol
    op_name = getattr(node.op, "recorded_as", node.op.name)
    shown = getattr(node.op, "shown_attrs", None)
    attrs = dict(shown_attrs(node.attrs) if shown is None else shown)
    if getattr(node.op, "stands_for", None) is not None and node.op.stands_for(node.attrs):
        op_name, attrs = node.op.stands_for(node.attrs), {}     # an op on two types (see numpy.umath): as its own
    if op_name == "_index" and type(node.args[0]) is _legacy_class():
        steps = _legacy_index_steps(node)
        if steps is None:       # advanced indexing: MXNet gathers with an index array made for the call
            return symbol.symbol.create("gather_nd", args[0], symbol.var(constant_name(node)), name=name)
        return _chained_symbol(steps, args[0], node.seq)
    if op_name == "_npi_getitem" and node.limit is None:
        if masks_rows(node.attrs.get("key")):
            return _masked_symbol(node, args[0])
        if gathers_rows(node.attrs.get("key")):       # (as a legacy array's: see above)
            return symbol.symbol.create("gather_nd", args[0], symbol.var(constant_name(node)), name=name)
        steps = numpy_index_steps(node)
        if steps:
            return _chained_symbol(steps, args[0], node.seq)
    if getattr(node.op, "is_function", False) or type(node.op) is _GradientOp or op_name not in _registry_ops():
        return _opaque_symbol(op_name, args, name, attrs, node.nout)
    numbers = [i for i, a in enumerate(args) if not isinstance(a, symbol.Symbol) and a is not None]
    if op_name in _SCALAR_OPS and len(args) == 2 and len(numbers) == 1:
        op_name = _SCALAR_OPS[op_name][1 - numbers[0]]
        attrs["scalar"] = float(getattr(args[numbers[0]], "given", args[numbers[0]]))   # (the number given)
        args = [args[1 - numbers[0]]]
    if node.limit is None and _records_numpy(node):      # (MXNet's gradient makers record legacy ops)
        op_name, attrs = _numpy_form(op_name, attrs, node.attrs)
        if op_name not in _registry_ops():
            return _opaque_symbol(op_name, args, name, attrs, node.nout)
    try:
        sym = symbol.symbol.create(op_name, *[a for a in args if a is not None], name=name, **attrs)
    except KeyError as e:
        raise MXNetError(f"get_symbol: operator {op_name} has no symbol form") from e
    return _as_recorded(sym)


def _records_numpy(node):
    from .numpy.multiarray import ndarray
    return any(type(a) is ndarray for a in node.args)


def _numpy_form(op_name, attrs, recorded):
    """The operator and attributes MXNet records for an mx.np call distnet recorded as ``op_name`` (shown with
    ``attrs``; ``recorded``: the node's own attributes)."""
    from .numpy.recorded_names import rearrangement_form, recorded_name
    if op_name == "_npi_rearrange":
        form = rearrangement_form(attrs)
        return (op_name, attrs) if form is None else form
    return recorded_name(op_name, recorded), attrs


def _registry_ops():
    from .ndarray.registry import OPS
    return OPS


def _opaque_symbol(op_name, args, name, attrs, nout):
    """A node of a recorded graph that no symbol function makes (a backward op of a recorded gradient, an
    autograd.Function): shown by its op name, attributes and inputs, with ``nout`` outputs; it does not run."""
    from .symbol.graph import Node as GraphNode
    from .symbol.symbol import Symbol
    inputs = [a._heads[0] for a in args if isinstance(a, Symbol)]
    graph_node = GraphNode(_registry_ops()["_CustomFunction"], op_name, name, attrs, inputs, {}, nout)
    return _as_recorded(Symbol([(graph_node, i) for i in range(nout)]))


def _as_recorded(sym):
    """``sym`` without what composing a symbol adds to its op's variables (a BatchNorm's statistics get an
    initializer and a mutated version): MXNet's recorded graph keeps its variables plain. Its attributes
    are listed as an imperative call stores them (a map reserved for them and one more)."""
    from .symbol.attr_order import reserved_buckets
    for node, _ in sym._heads:
        node.user_attrs["__buckets__"] = str(reserved_buckets(len(node.attrs) + 1))
        for src, _ in node.inputs:
            if src.is_variable:
                src.user_attrs.pop("__init__", None)
                src.user_attrs.pop("__late__", None)
        if node.inputs and any(src.is_variable and src.user_attrs.get("__aux__") == "1" for src, _ in node.inputs):
            node.user_attrs["__inver__"] = ",".join("0" for _ in node.inputs)
    return sym


def _legacy_class():
    from .ndarray.ndarray import NDArray
    return NDArray


def _legacy_index_steps(node):
    """The slice/Reshape steps MXNet records for a legacy array's basic indexing node (None: advanced)."""
    from .ndarray.index_record import recorded_steps
    return recorded_steps(node.args[0].shape, node.attrs["key"])


def gathers_rows(key):
    """Whether MXNet gathers with an mx.np indexing ``key`` by gather_nd (one index array it makes for the call):
    index arrays or lists, alone or in a tuple, but for one boolean mask."""
    from .numpy.indexing import gathers
    return gathers(key) and not masks_rows(key)


def masks_rows(key):
    """Whether an mx.np indexing ``key`` is one boolean mask (an array, or a list of bools), which MXNet applies
    by _contrib_boolean_mask between Reshapes."""
    if type(key) is list:
        return bool(key) and all(isinstance(k, (bool, np.bool_)) for k in key)
    return type(key) is np.ndarray and key.dtype == np.bool_


_RECORDED_MASKS = weakref.WeakKeyDictionary()     # getitem node -> its boolean mask, when the mask is recorded


def note_recorded_mask(node, mask):
    """Let get_symbol show the recorded ``mask`` of the boolean mask indexing recorded as ``node``."""
    _RECORDED_MASKS[node] = mask


def _masked_symbol(node, data, mask=None):
    """A boolean mask's steps: the array's masked axes reshaped into one, the mask applied (a constant made for
    the call, or the recorded ``mask``'s symbol flattened), the result reshaped to its shape."""
    from . import symbol
    from .ndarray.index_record import reshape_step
    key = node.attrs["key"]
    shape, ndim = node.args[0].shape, np.ndim(key)
    rows = _chained_symbol([reshape_step((int(np.prod(shape[:ndim])),) + shape[ndim:])], data, node.seq)
    seq = node.seq + 1
    if mask is None:
        mask = symbol.var(constant_name(node))
    else:
        mask, seq = _chained_symbol([reshape_step((int(np.size(key)),))], mask, seq), seq + 1
    masked = symbol.symbol.create("_contrib_boolean_mask", rows, mask, name=f"node_{seq}")
    return _chained_symbol([reshape_step(np.shape(node.outs))], masked, seq + 1)


_NOTED_STEPS = weakref.WeakKeyDictionary()      # getitem node -> the steps MXNet records for it, where its key
#                                                 does not tell them (0-d index arrays read as integers)


def note_index_steps(node, steps):
    """Let ``node``, an mx.np array's basic indexing, be recorded as ``steps``."""
    _NOTED_STEPS[node] = steps


def numpy_index_steps(node):
    """The steps MXNet records for an mx.np array's basic indexing node (None: kept as one node)."""
    from .ndarray.index_record import numpy_recorded_steps
    from .numpy.indexing import gathers
    if node in _NOTED_STEPS:
        return _NOTED_STEPS[node]
    key = node.attrs.get("key")
    if node.args is None or gathers(key):
        return None
    return numpy_recorded_steps(node.args[0].shape, key, np.ndim(node.outs))


def _chained_symbol(steps, data, seq):
    """Symbols of ops applied one after another to ``data``, named node_<seq>, node_<seq + 1>, ..."""
    from . import symbol
    for k, (op_name, attrs) in enumerate(steps):
        data = symbol.symbol.create(op_name, data, name=f"node_{seq + k}", **attrs)
    return data


class Function:
    """A user-defined differentiable function: subclass with ``forward`` and ``backward``.

    ``forward`` runs on NDArrays outside recording; ``backward`` receives the output gradients
    and returns one gradient per input. ``save_for_backward`` keeps arrays for ``backward``.
    """

    def __init__(self):
        self._used = False
        self.saved_tensors = ()

    def save_for_backward(self, *args):
        self.saved_tensors = args

    def __call__(self, *inputs):
        from .ndarray.ndarray import NDArray
        from .ndarray.registry import Op
        if self._used:
            raise _AssertError("Each Function instance can only be called once. Please create another instance.")
        self._used = True
        with _scope(False, None):
            outputs = self.forward(*inputs)
        multi = isinstance(outputs, (list, tuple))
        outs = list(outputs) if multi else [outputs]
        if _state.recording:
            _check_handles(inputs)          # MXNet records NDArrays only
            # and takes anything but one NDArray as a list of them
            _check_handles(outs if multi or isinstance(outputs, NDArray) else _sized(outputs))
            if any(in_graph(o) for o in outs):      # e.g. forward returned a variable it was given
                from .ndarray.registry import IN_GRAPH_WRITE
                raise MXNetError(IN_GRAPH_WRITE)
            op = Op(type(self).__name__, lambda *a: None, 0)
            op.bwd = self._backward_raw
            op.recorded_as, op.is_function = "_CustomFunction", True     # (its name in get_symbol, as MXNet's)
            outs = [o.detach() for o in outs]
            raw = tuple(o._data for o in outs) if multi else outs[0]._data
            self._input_links = [a._node for a in inputs]
            _record(op, list(inputs), [a._data for a in inputs], {}, raw, outs)
        return (tuple(outs) if isinstance(outputs, tuple) else outs) if multi else outs[0]

    def _backward_raw(self, dy, out, *inputs):
        """The input gradients ``backward`` returns; when it fails (raises, or returns other than one NDArray
        per input) MXNet's engine keeps the error for the gradients' first read, and the inputs whose
        gradient was not written by then get zeros."""
        from .ndarray.failures import backward_kernel_error
        from .ndarray.ndarray import NDArray, _wrap
        dys = dy if isinstance(dy, tuple) else (dy,)
        grads = [np.zeros(x.shape, x.dtype) for x in inputs]
        try:
            with _scope(False, None):
                # (MXNet hands legacy NDArrays, out of any graph, whatever the outputs' class or create_graph)
                returned = self.backward(*[_wrap(d._data, d._ctx) if isinstance(d, NDArray) else _wrap(d)
                                           for d in dys])
            self._write_gradients(returned, inputs, grads)
        except Exception:      # any error of user code: MXNet's callback prints it and fails its check
            print(f"Error in Function.backward: {traceback.format_exc()}")
            backward_kernel_error(_FUNCTION_BACKWARD_CHECK)
        return tuple(grads)

    def _write_gradients(self, returned, inputs, grads):
        """Write the gradients ``backward`` returned into ``grads`` in order, checking them as MXNet does."""
        from .ndarray.ndarray import NDArray
        name = type(self).__name__
        returned = (returned,) if isinstance(returned, NDArray) else returned
        if len(returned) != len(inputs):
            # MXNet's count check formats its message with a class attribute ``name`` a Function lacks
            raise AttributeError(f"type object '{name}' has no attribute 'name'")
        for i, (g, x) in enumerate(zip(returned, inputs)):
            if not isinstance(g, NDArray):
                raise _AssertError(f"autograd.Function.backward must return NDArrays, not {class_text(g)}")
            if self._asks_no_gradient(i):      # MXNet's callback stops at the first input asking none
                return
            if not self._hands_add_buffer(i):     # (MXNet's callback writes nothing there)
                _refuse_numpy_gradient(g)
            grads[i] = _gradient_as_input(g._data, x, name)

    def _asks_no_gradient(self, i):
        """Whether input ``i`` was recorded asking no gradient: a constant, or a variable with grad_req 'null'."""
        link = self._input_links[i]
        return link is None or link[0].is_leaf and link[0].req == "null"

    def _hands_add_buffer(self, i):
        """Whether input ``i`` is an 'add' variable itself, whose buffer MXNet hands to the callback."""
        link = self._input_links[i]
        return link is not None and link[0].is_leaf and link[0].req == "add"

    def forward(self, *inputs):
        raise NotImplementedError

    def backward(self, *output_grads):
        raise NotImplementedError


_FUNCTION_BACKWARD_CHECK = (
    "Check failed: reinterpret_cast<CustomFunctionBwdFunc>( params.info->callbacks[kCustomFunctionBackward])( "
    "inputs.size(), outputs.size(), const_cast<NDArrayHandle*>(ptrs.data()), reinterpret_cast<const int*>(req.data()), "
    "ctx.is_train, params.info->contexts[kCustomFunctionBackward]): ")


def _refuse_numpy_gradient(g):
    """MXNet writes a returned gradient into its input's legacy NDArray buffer with [:], which takes no mx.np
    array: a Function in np mode must return what arithmetic on its (legacy) output gradients gives."""
    from .ndarray.registry import KEEP_CLASS
    if type(g) in KEEP_CLASS:
        raise TypeError("<class 'mxnet.ndarray.ndarray.NDArray'> does not support assignment with non-array-like "
                        f"object {g} of type {class_text(g)}")


def _gradient_as_input(g, x, name):
    """A gradient returned by ``Function.backward`` broadcast to its input's shape (MXNet assigns it with [:])."""
    try:
        return np.broadcast_to(g, x.shape)
    except ValueError:
        raise ValueError(f"operands could not be broadcast together with remapped shapes[original->remapped]: "
                         f"{g.shape} and requested shape {x.shape}") from None


# MXNet's module imports the array and symbol classes; they import this module, so they are read when asked for
_CLASSES = {"NDArray": ".ndarray.ndarray", "Symbol": ".symbol.symbol"}


def __getattr__(name):
    if name in _CLASSES:
        return getattr(importlib.import_module(_CLASSES[name], __package__), name)
    raise AttributeError(f"module 'mxnet.autograd' has no attribute '{name}'")


# the recording machinery distnet's operators, executors and Gluon share is no name of MXNet's module
_HIDDEN = """BackwardNodeRefusal CASTING_HEADS Leaf MXNetError Node Silent StepView ZEROS_LIKE_INPUTS add_gradient
    add_request_rule checked_req class_text collections contextmanager enter_refused_targets error_like feed functools
    gathers_rows masks_rows note_index_steps note_recorded_mask gradient_storage has_add_request_rule has_entry importlib in_graph
    has_live_entry itertools log_time
    mark_bound_argument message_of new_node no_attribute node_stypes np numpy_index_steps operator passes_zero_marks
    recorded_as_one_op reserve_sequence shown_attrs sum_gradients threading weakref zeros_like_gradient
    constant_name enter_constant reserve_body_record take_constant_name take_number
    __getattr__""".split()
_listed = _hiding(globals(), _HIDDEN)


def __dir__():
    return sorted(_listed() + list(_CLASSES))
