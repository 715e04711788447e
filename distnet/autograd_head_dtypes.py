"""How MXNet's backward of a head's op meets a head gradient of another dtype or shape than the head.

Most backward kernels are typed by one side and fail when they read the other, so the error shows when a
gradient is read (``Expected: <blob type> v.s. given <kernel type>``); elementwise backwards whose type
inference sees the head gradient beside an input or output refuse it at once, naming their node.
"""
import numpy as np

from .error_sites import _SHAPE_CHECK, _TYPE_CHECK
from .ndarray.ndarray import _DTYPE_NP_TO_MX
from .ndarray.ops_misc import _C_TYPE_NAMES
from .ndarray.registry import attr_flag

# backward ops inferring one type for the head gradient and an input or output they read ("1-th input")
_AT_ONCE_INPUT = frozenset(
    "abs arccos arccosh arcsin arcsinh arctan arctanh cos cosh degrees erf erfinv exp expm1 gamma gammaln log "
    "log10 log1p log2 radians rcbrt reciprocal rsqrt sign sin sinh smooth_l1 softsign square relu sigmoid tanh "
    "tan sqrt cbrt _hypot_scalar _maximum_scalar _minimum_scalar _mod_scalar _power_scalar _rdiv_scalar "
    "_rmod_scalar _rpower_scalar _npx_relu _npx_sigmoid".split())
# backward ops copying the head gradient into a gradient typed as the input ("0-th output"); "": a variable
# given as a head, whose unnamed node copies it into the variable's gradient
_AT_ONCE_OUTPUT = frozenset(
    "_plus_scalar _minus_scalar _rminus_scalar negative transpose identity _copy _np_copy".split() + [""])
_SOFTMAX = frozenset("softmax log_softmax softmin".split())
_TYPE_FLAG_CHECK = frozenset("clip reverse _npi_flip".split())       # their kernels compare the two type flags
# kernels typed by the head gradient, failing on the head's type
_TYPED_BY_HEAD_GRAD = frozenset(
    "FullyConnected Activation LeakyReLU Convolution Deconvolution Pooling Dropout Concat stack tile repeat "
    "BatchNorm GroupNorm max min prod norm LayerNorm where broadcast_to slice UpSampling gather_nd _np_max _np_min "
    "_np_prod _np_concat _npi_where_lscalar _npi_where_rscalar sort topk slice_like depth_to_space "
    "_np_where _npi_advanced_indexing _npi_matmul hstack vstack _npi_norm _npi_norm_squared_head _npi_sv_norm "
    "_npi_polyval _npi_nan_to_num _npi_ediff1d".split())
_WHERES = frozenset("_np_where _npi_where_lscalar _npi_where_rscalar".split())
# mx.np products: where their backward kernels refuse a head gradient that is no float
_PRODUCTS = {"_np_dot": ("../src/operator/numpy/./np_dot-inl.h", 116),
             "_npi_matmul": ("../src/operator/numpy/np_matmul_op-inl.h", 447),
             "_npi_tensordot": ("../src/operator/numpy/./np_tensordot_op-inl.h", 517),
             "_npi_tensordot_int_axes": ("../src/operator/numpy/./np_tensordot_op-inl.h", 756)}
_BLOB_CHECK = ("../include/mxnet/././tensor_blob.h", 255)      # a kernel reading a gradient as another type
_COPY_CHECK = ("../src/operator/numpy/linalg/./../../tensor/matrix_op-inl.h", 328)   # (a copy between two types)
# backwards oneDNN runs for a float32 head gradient, which then meet the head's other type (by their attributes)
_ONEDNN_BACKWARDS = {"Activation": lambda attrs: attrs.get("act_type") in ("relu", "sigmoid", "softrelu", "tanh"),
                     "LeakyReLU": lambda attrs: attrs.get("act_type", "leaky") in ("leaky", "elu", "gelu"),
                     "Pooling": lambda attrs: attrs.get("pool_type", "max") in ("max", "avg"),
                     "FullyConnected": lambda attrs: True, "Convolution": lambda attrs: True,
                     "Deconvolution": lambda attrs: True}
# mx.np's rearranging functions whose backward infers the gradient's type from the head gradient at once
_AT_ONCE_REARRANGING = frozenset("roll rot90 moveaxis".split())


# backwards copying the head gradient as flat memory: a larger one is read up to the head's size
_READ_FLAT = frozenset("_mul_scalar _div_scalar broadcast_mul broadcast_div elemwise_mul elemwise_div broadcast_add "
                       "broadcast_sub broadcast_maximum broadcast_minimum broadcast_power broadcast_hypot "
                       "broadcast_mod elemwise_sub _npi_broadcast_add _npi_broadcast_sub _npi_broadcast_mul "
                       "_npi_broadcast_div _npi_broadcast_power _npi_broadcast_mod _npi_hypot _npi_ediff1d".split())
# ops whose inputs' gradients are the head gradient itself (no backward op): a variable among the inputs gets it
# through a copy (unnamed; "sum_grad" summing two copies), whose shape inference refuses another shape
_CLONED = frozenset("elemwise_add add_n".split())
_RESHAPES = frozenset("Reshape reshape expand_dims Flatten squeeze slice".split())


def _unsupported(name, dtype):
    """The refusal of a kernel typed by the head gradient that has no code for its dtype, or None."""
    dtype = np.dtype(dtype)
    if name == "FullyConnected" and dtype == np.float16:
        return "float16 fully connected layer is currentlyonly supported by CuDNN version."
    if name == "FullyConnected" and dtype.kind in "iub":
        return f"Unsupported type {_DTYPE_NP_TO_MX[dtype.type]}"
    if name in ("Activation", "_npi_polyval") and dtype.kind in "iub":
        return f"This operation only support floating point types, not {dtype.name}"
    if name == "_npi_ediff1d" and dtype.kind in "iub":
        from .ndarray.failures import real_switch_refusal
        from .numpy.fallback import EDIFF1D_BACKWARD_SITE
        return _at(real_switch_refusal(None, dtype), EDIFF1D_BACKWARD_SITE)
    if name in _WHERES and dtype.kind in "iub":
        return "Check failed: common: :is_float(inputs[0].type_flag_): Backward only supports float types!"
    return None


def size_checked_first(name):
    """Whether ``name``'s backward kernel checks the head gradient's size before its type (flat readers do not)."""
    return name not in _READ_FLAT


def reads_input_beside_head(name):
    """Whether ``name`` is an elementwise function whose backward reads the head gradient beside its input."""
    return name in _AT_ONCE_INPUT


def passes_through(name):
    """Whether grad() hands a head gradient of another dtype through ``name``'s copying backward unchecked."""
    return name in _AT_ONCE_OUTPUT or name in _AT_ONCE_REARRANGING


def passes_shape_in_grad(name):
    """Whether grad() hands a head gradient of another shape through ``name``'s backward unchecked: the variable's
    gradient takes that shape (transposed for a transpose)."""
    return name in ("identity", "_copy", "transpose")


def _product_refusal(name, dtype, codes):
    """The refusal of an mx.np product's backward kernel (dot, matmul, tensordot) of a head gradient of ``dtype``
    (``codes``: its type code and the head's), or None: their kernels take floats only, and tensordot's copies
    its result into a gradient of the head's type."""
    kind = np.dtype(dtype).kind
    if kind == "b":
        return _at("Unknown type enum 7", _PRODUCTS[name])
    if kind in "iu":
        return _at(f"This operation only support floating point types, not {np.dtype(dtype).name}", _PRODUCTS[name])
    if name == "_npi_tensordot":
        return _at(f"Check failed: src.type_flag_ == ret.type_flag_ ({codes[1]} vs. {codes[0]}) : ", _COPY_CHECK)
    return None


def _at(text, site):
    """``text`` as a check's words raised at ``site`` (path, line)."""
    from .ndarray.shape_text import OperatorMessage
    return OperatorMessage(text, site=site)


def _c_name(dtype):
    return _C_TYPE_NAMES.get(np.dtype(dtype).name, np.dtype(dtype).name)


def refusal(node, name, head_dtype, grad_dtype, output=0):
    """(MXNet's words, raised at once?) for a head gradient of ``grad_dtype`` given to the head made by
    ``node`` (its output ``output``), recorded as MXNet's op ``name``."""
    inner = _output_step(node, output) if name == "_CachedOp" else None
    if inner is not None:           # a hybridized block: the backward of the step making its output meets it
        if not _graph_gradient_reaches_variable(node, output):
            return None, False      # MXNet's CachedOp backward then takes no head gradient
        step = _GraphStep(node, inner)
        if step.read_again(node.op.program.heads[output][1]):
            return _summed_refusal(np.dtype(grad_dtype).name, np.dtype(head_dtype).name), True
        return refusal(step, step.mxnet_name, head_dtype, grad_dtype)
    given, head = np.dtype(grad_dtype).name, np.dtype(head_dtype).name
    name = getattr(getattr(node, "attrs", None), "op", None) or name    # an mx.np call run as another (matmul as dot)
    if _converts(name):         # a reader a copy passes the gradient on to: its backward converts it
        return None, False
    if name in _AT_ONCE_OUTPUT and name and not _copies_to_variables(node):     # a copy passes it on in a
        return _first_reader_refusal(node, lambda reader: refusal(reader, reader.mxnet_name, head_dtype,
                                                                  grad_dtype)) or (None, False)   # CachedOp's graph
    if name in _AT_ONCE_OUTPUT and name and _cloned_reader(node) is not None:
        reader = _cloned_reader(node)           # a copy of an op's output: that op's backward meets the gradient
        return refusal(reader[0], reader[1], head_dtype, grad_dtype)
    if name in _AT_ONCE_INPUT or name in _AT_ONCE_OUTPUT or name in _AT_ONCE_REARRANGING:
        return _incompatible(node, name, given, head), True
    if name == "batch_dot":     # the right operand's backward node infers the head's type for the head gradient
        node_name = _backward_node_name(node) + "_rhs"
        return (f"Error in operator {node_name}: {_TYPE_CHECK[0]}:{_TYPE_CHECK[1]}: Check failed: assign(&dattr, "
                f"vec.at(i)): Incompatible attr in node {node_name} at 1-th input: expected {head}, got {given}"), True
    if name in _ONEDNN_BACKWARDS and given == "float32" and _ONEDNN_BACKWARDS[name](node.attrs or {}):
        return f"unknown type for MKLDNN :{_DTYPE_NP_TO_MX[np.dtype(head_dtype).type]}", False
    codes = _DTYPE_NP_TO_MX[np.dtype(grad_dtype).type], _DTYPE_NP_TO_MX[np.dtype(head_dtype).type]
    if name == "_npi_sv_norm" and node.attrs.get("kind") == "nuc":
        return _at(f"Check failed: src.type_flag_ == ret.type_flag_ ({codes[0]} vs. {codes[1]}) : ", _COPY_CHECK), False
    if name == "_npi_norm" and float(node.attrs.get("ord", 2)) == 1:
        return _at(f"Check failed: inputs[0].type_flag_ == outputs[0].type_flag_ ({codes[0]} vs. {codes[1]}) : ",
                   ("../src/operator/numpy/linalg/./np_norm-inl.h", 329)), False
    if name in _CLONED:
        if not _copies_to_variables(node):
            return _first_reader_refusal(node, lambda reader: refusal(reader, reader.mxnet_name, head_dtype,
                                                                      grad_dtype)) or (None, False)
        if _copied_to_variable(node) is not None:
            return _copy_refusal(node, given, head), True
        reader = _cloned_reader(node)
        if reader is not None:
            return refusal(reader[0], reader[1], head_dtype, grad_dtype)
    if name in _PRODUCTS:
        product = _product_refusal(name, grad_dtype, codes)
        if product is not None:
            return product, False
    if name in _SOFTMAX:
        return (f"Error in operator {_backward_node_name(node)}: Type inconsistent, Provided = {given}, "
                f"inferred type = {head}"), True
    if name in _TYPE_FLAG_CHECK:
        codes = _DTYPE_NP_TO_MX[np.dtype(grad_dtype).type], _DTYPE_NP_TO_MX[np.dtype(head_dtype).type]
        return f"Check failed: inputs[0].type_flag_ == outputs[0].type_flag_ ({codes[0]} vs. {codes[1]}) : ", False
    if name == "Embedding":     # its kernels compare the weight gradient's type with the head gradient's
        codes = _DTYPE_NP_TO_MX[np.dtype(head_dtype).type], _DTYPE_NP_TO_MX[np.dtype(grad_dtype).type]
        check = ("weight_grad.dtype() == ograd.dtype()" if attr_flag(node.attrs.get("sparse_grad", False))
                 else "outputs[1].type_flag_ == inputs[0].type_flag_")
        return f"Check failed: {check} ({codes[0]} vs. {codes[1]}) : ", False
    if name in _TYPED_BY_HEAD_GRAD and _unsupported(name, grad_dtype) is not None:
        return _unsupported(name, grad_dtype), False
    blob, kernel = (head, given) if name in _TYPED_BY_HEAD_GRAD else (given, head)
    return _at("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not "
               f"match specified type.Expected: {_c_name(blob)} v.s. given {_c_name(kernel)}", _BLOB_CHECK), False


def _converts(name):
    """Whether the backward of MXNet's op ``name`` takes a gradient of any dtype and converts it."""
    from .autograd import CASTING_HEADS, _NP_CASTING_HEADS
    return name in CASTING_HEADS or name in _NP_CASTING_HEADS


def graph_head(node):
    """The graph node making the only output of a replayed graph (a hybridized block) recorded as ``node``, or
    None for graphs of several outputs."""
    heads = node.op.program.heads
    return heads[0][0] if len(heads) == 1 and hasattr(heads[0][0].op, "name") else None


def _backward_node_name(node):
    """The name MXNet's gradient graph gives the backward node of ``node`` (none for a variable's)."""
    if node.is_leaf:
        return ""
    return node.backward_name if type(node) is _GraphStep else f"node_{node.seq}_backward"


class _GraphStep:
    """A step of a hybridized block's replayed graph, seen as a recorded node by the refusals above: MXNet
    records each step of a graph it inlines (node_<n>, numbered in order), else names its gradient graph's
    nodes after the graph's."""

    is_leaf = False

    def __init__(self, recorded, node):
        self.recorded, self.node = recorded, node
        self.op, self.attrs, self.mxnet_name = node.op, node.attrs, node.op_name

    @property
    def backward_name(self):
        graph_op = self.recorded.op
        if not graph_op.inlined:
            return f"{self.node.name}_backward"
        from .symbol.cached_op import recorded_step_number
        return f"node_{recorded_step_number(self.recorded, self.node.name)}_backward"

    def read_again(self, index):
        """Whether a differentiable step of the graph reads this step's output ``index`` too: MXNet's gradient
        graph then sums the head gradient with that step's gradient first (its node ``sum_grad``)."""
        return any(getattr(node.op, "bwd", None) is not None and (self.node, index) in node.inputs
                   and not _zero_gradient_step(node) for node in self.recorded.op.program.nodes.values())

    @property
    def parents(self):
        """The recorded inputs of the block for the graph's variables, steps for its other entries."""
        variables = self.recorded.op.program.variables
        return [self.recorded.parents[variables.index(src)] if src.is_variable else (_GraphStep(self.recorded, src), i)
                for src, i in self.node.inputs]


def _zero_gradient_step(node):
    """Whether MXNet's gradient of graph step ``node`` is zeros (round, floor, ...)."""
    from .autograd import zeros_like_gradient
    return zeros_like_gradient(node.op, node.attrs)


def _summed_refusal(given, head):
    """The words of the sum of a head gradient with a graph step's gradient of the same output refusing it."""
    path, line = _SHAPE_CHECK if given.startswith("[") else _TYPE_CHECK
    return (f"Error in operator sum_grad: {path}:{line}: Check failed: assign(&dattr, vec.at(i)): Incompatible "
            f"attr in node sum_grad at 1-th input: expected {given}, got {head}")


def _copies_to_variables(node):
    """Whether a head gradient cloned to variables goes through copies of its own (whose inference refuses it
    first): in MXNet's imperative graph and a block graph it inlines, not in a CachedOp's gradient graph."""
    return type(node) is not _GraphStep or node.recorded.op.inlined


def _first_reader_refusal(step, refusal_of):
    """The refusal (``refusal_of`` a reader) of a head gradient cloned or copied to the steps ``step`` reads, in
    a CachedOp's gradient graph: its inference meets their backwards latest step first, and a refusal at once
    there comes before any kernel's; None when it reaches only variables."""
    steps = [name for _, _, _, _, name in step.recorded.op.program.steps]
    readers = sorted((p[0] for p in step.parents if p is not None and type(p[0]) is _GraphStep),
                     key=lambda reader: steps.index(reader.node.name), reverse=True)
    found = [refusal_of(reader) for reader in readers]
    return next((r for r in found if r is not None and r[1]), found[0] if found else None)


def _output_step(recorded, output):
    """The graph step making output ``output`` of a hybridized block's recorded call, or None (an input
    passed out as it is)."""
    node = recorded.op.program.heads[output][0]
    return None if node.is_variable else node


def _graph_gradient_reaches_variable(recorded, output):
    """Whether the gradient of a hybridized block's output ``output`` reaches a variable asking for one: MXNet's
    CachedOp leaves out the paths through zero-gradient steps (round, BlockGrad, ...)."""
    from .autograd import _backward_reaches_variable
    for position in recorded.op.gradient_inputs(output):
        parent = recorded.parents[position]
        if parent is not None and (parent[0].req != "null" if parent[0].is_leaf
                                   else _backward_reaches_variable(parent[0])):
            return True
    return False


def _incompatible(node, name, given, head):
    """The words of an elementwise backward's type or shape inference refusing the head gradient."""
    node_name = _backward_node_name(node)
    where = "0-th output" if name in _AT_ONCE_OUTPUT or name in _AT_ONCE_REARRANGING else "1-th input"
    path, line = _SHAPE_CHECK if given.startswith("[") else _TYPE_CHECK     # (the copy MXNet's build links)
    return (f"Error in operator {node_name}: {path}:{line}: Check failed: "
            f"assign(&dattr, vec.at(i)): Incompatible attr in node {node_name} at {where}: expected {given}, "
            f"got {head}")


def _copied_to_variable(node):
    """The name of the node copying a cloned head gradient into the first variable ``node`` reads directly
    ("" for a plain copy, "sum_grad" where the variable is read twice), or None if it reads none."""
    leaves = [p[0] for p in node.parents if p is not None and p[0].is_leaf and p[0].req != "null"]
    if not leaves:
        return None
    return "sum_grad" if sum(leaf is leaves[0] for leaf in leaves) > 1 else ""


def _cloned_reader(node):
    """(node, MXNet op name) of the first op ``node`` reads, or None: a head gradient cloned or copied to its
    inputs' gradients goes to that op's backward as its own."""
    from .autograd import _mxnet_name
    for p in node.parents:
        if p is not None and not p[0].is_leaf:
            return p[0], p[0].mxnet_name if type(p[0]) is _GraphStep else _mxnet_name(p[0])
    return None


def _copy_refusal(node, given, head):
    """The words of the copy handing a cloned head gradient to a variable (see _CLONED) refusing it."""
    copied = _copied_to_variable(node)
    return (f"Error in operator {copied}: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node "
            f"{copied} at 0-th output: expected {given}, got {head}")


def _inner_product_matrix(node, shape):
    """``shape`` as the matrix oneDNN's inner product backward takes a FullyConnected's output gradient in: its
    first axis by the rest (the last axis by the rest with flatten=False)."""
    if str(node.attrs.get("flatten", True)).lower() in ("false", "0"):
        return int(np.prod(shape[:-1])), (shape[-1] if shape else 1)
    return (shape[0] if shape else 1), int(np.prod(shape[1:]))


def shape_refusal(node, name, head_shape, grad_shape, output=0):
    """How MXNet's backward of ``name`` meets a head gradient of another shape: (words, raised at once?), or
    None where it reads the gradient as flat memory (same size, or a larger one read up to the head's size)."""
    dims = [f"[{','.join(str(d) for d in shape)}]" for shape in (grad_shape, head_shape)]
    inner = _output_step(node, output) if name == "_CachedOp" else None
    if inner is not None:       # a hybridized block (see refusal)
        if not _graph_gradient_reaches_variable(node, output):
            return None
        step = _GraphStep(node, inner)
        if step.read_again(node.op.program.heads[output][1]):
            return _summed_refusal(*dims), True
        return shape_refusal(step, step.mxnet_name, head_shape, grad_shape)
    if (name in _AT_ONCE_OUTPUT and name or name in _CLONED) and not _copies_to_variables(node):
        return _first_reader_refusal(node, lambda reader: shape_refusal(reader, reader.mxnet_name, head_shape,
                                                                        grad_shape))
    if name in _AT_ONCE_OUTPUT and name and _cloned_reader(node) is not None:
        reader = _cloned_reader(node)           # (see refusal)
        return shape_refusal(reader[0], reader[1], head_shape, grad_shape)
    if name == "transpose" and node.op.name == "_npi_rearrange":     # mx.np's transpose infers the shape itself
        return f"Error in operator {_backward_node_name(node)}: Shape inconsistent, Provided = {dims[0]}, " \
               f"inferred shape={dims[1]}", True
    if name == "transpose":     # its backward is a transpose, whose shape function meets the head gradient
        if len(grad_shape) != len(head_shape):
            return (f"Error in operator {_backward_node_name(node)}: ../src/operator/tensor/./matrix_op-inl.h:461: "
                    f"Check failed: out_shp.ndim() == shp.ndim() ({len(head_shape)} vs. {len(grad_shape)}) : "), True
        return f"Error in operator {_backward_node_name(node)}: Shape inconsistent, Provided = {dims[0]}, " \
               f"inferred shape={dims[1]}", True
    if name in _AT_ONCE_INPUT or name in _AT_ONCE_OUTPUT or name in _SOFTMAX:
        return _incompatible(node, name, *dims), True
    if name == "_copyto":       # its backward copies the head gradient, checking the shapes as it is pushed
        return f"Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = {dims[0]} " \
               f"to.shape={dims[1]}", True
    if name in _CLONED:
        if _copied_to_variable(node) is not None:
            return _copy_refusal(node, *dims), True
        reader = _cloned_reader(node)
        if reader is not None:
            return shape_refusal(reader[0], reader[1], head_shape, grad_shape)
    if name == "FullyConnected" and _inner_product_matrix(node, grad_shape) != _inner_product_matrix(node, head_shape):
        return "could not create a descriptor for an inner product forward propagation primitive", False
    given, size = int(np.prod(grad_shape)), int(np.prod(head_shape))
    if given == size or given > size and (name in _READ_FLAT or name in _CLONED):   # (cloned: to the ops before)
        return None
    if name in _RESHAPES:
        return f"Check failed: from.Size() == to.Size() ({given} vs. {size}) : ", False
    if name == "FullyConnected":
        return "could not create a descriptor for an inner product forward propagation primitive", False
    return ("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>(shape.Size()) "
            f"({given} vs. {size}) : new and old shape do not match total elements"), False
