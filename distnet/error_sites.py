"""Where MXNet 1.9.1's C++ checks stand, so that an error raised at the same check prints as MXNet's does.

MXNet's C++ errors reach Python as ``Traceback (most recent call last):\\n  File "<source>", line <n>\\n`` then
``MXNetError: <message>`` (no ``MXNetError: `` when the message starts with a name and a colon, e.g.
``Pooling: Check failed: ...``); an error thrown without a source location (a parameter's parser, a shape
assignment) prints ``MXNetError: <message>`` alone. A message is known by its check: the condition of a
``Check failed: <condition>`` or the words before the first value of a logged message (``keys``); where one
condition stands at several places, by the fixed words after it too. The table below was read off MXNet 1.9.1's
messages (the source paths are those of its release build, relative to its build directory).
"""
import re

from .base import log_time

_CONDITION = re.compile(r"^((?:[\w.]+: )?Check failed: .+?)(?= \(.{0,200}? vs\. .{0,200}?\) : |: |$)", re.S)
_VALUES = re.compile(r" \(.{0,200}? vs\. .{0,200}?\) : ")
_BLANKED = re.compile(r"\[[^\]]*\]|\([^)]*\)|'[^']*'|\d+")
# where a message's fixed words end (a control character: an 8-bit value C++ streamed as its character)
_VARYING = re.compile(r"[\[\('\"{0-9=\x00-\x1f]|\bnot\b|\bv\.s\.")


def _fixed(text):
    cut = _VARYING.search(text)
    return text[:cut.start()] if cut else text


def keys(message):
    """The keys of ``message``, most general first: its check (the condition of a ``Check failed``, else the
    words before its first value), that with the fixed words after the condition, and its first line with
    every value blanked (for a check that stands at several places with the same fixed words)."""
    first = message.split("\n")[0]
    blanked = _BLANKED.sub("#", first)
    m = _CONDITION.match(first)
    if m:
        rest = first[m.end():]
        v = _VALUES.match(rest)
        rest = rest[v.end():] if v else rest[2:] if rest.startswith(": ") else rest
        return m.group(1), m.group(1) + " ... " + _fixed(rest), blanked
    key = _fixed(first)
    key = key if len(key) >= 12 else first[:40]
    return key, key, blanked


# the families of messages MXNet's parameter parsers and shape/type assignment throw without a location
_UNLOCATED = re.compile(r"Invalid Parameter format for |Required parameter |Cannot find argument |Invalid Input: "
                        r"|(Shape|Type) inconsistent, Provided|Error in operator |value .*?for Parameter "
                        r"|Some trailing characters could|Out of range value for "
                        r"|dimensions are invalid$")     # (the last: a oneDNN primitive's own refusal)
_INFERENCE_FAILED = re.compile(r"Operator \S+ inferring shapes failed\.(\n|$)")     # every operator's, one check
_NON_DIFFERENTIABLE = re.compile(r"Operator \S+ is non-differentiable because")          # the gradient pass's
_IMPERATIVE_INFERENCE = ("../src/imperative/./imperative_utils.h", 147)
# two operands' types disagreeing: the type check's copy MXNet links is io's (a shape's disagreement: ndarray's),
# whatever the node
_TYPE_DISAGREEMENT = re.compile(r"Check failed: assign\(&dattr, vec\.at\(i\)\): Incompatible attr in node "
                                r"(?!_head_grad_)\S* at \d+-th \w+: expected [a-z]\w*, got [a-z]")
_TYPE_CHECK = ("../src/io/../operator/elemwise_op_common.h", 134)
_SHAPE_DISAGREEMENT = re.compile(r"Check failed: assign\(&dattr, vec\.at\(i\)\): Incompatible attr in node "
                                 r"(?!_head_grad_)\S* at \d+-th \w+: expected \[")
_SHAPE_CHECK = ("../src/ndarray/./../operator/tensor/../elemwise_op_common.h", 134)
# an mx.np binary kernel (or its backward) lacking a pair of types: one message function for all of them
_MIXED_TYPES = re.compile(r"Operator \S+ does not support combination of .+ yet\.\.\.")
_MIXED_TYPES_CHECK = ("../src/operator/numpy/./np_elemwise_broadcast_op.h", 38)
# (true_divide's backward includes the header by another path)
_DIVIDE_MIXED_TYPES_CHECK = ("../src/operator/numpy/./../numpy/np_elemwise_broadcast_op.h", 38)
_GRADIENT_PASS = ("../src/nnvm/gradient.cc", 212)
# the local file system failing to list a directory or to stat a path, whatever the path
_LOCAL_FILE_SYSTEM = re.compile(r"LocalFileSystem\.(ListDirectory|GetPathInfo:) .* error: ")
_LOCAL_FILE_SYSTEM_SITES = {"ListDirectory": ("../3rdparty/dmlc-core/src/io/local_filesys.cc", 104),
                            "GetPathInfo:": ("../3rdparty/dmlc-core/src/io/local_filesys.cc", 86)}
# a graph node failing an attribute agreement check (an executor's head gradient copy, _head_grad_<i>_id,
# prints no location)
_NAMED_NODE = re.compile(r"(Incompatible attr in node )(?!_head_grad_)\S+( at )")
_table = None


def own_site(message, op):
    """(source path, line) of ``op``'s own check giving ``message`` (where its words stand at several places), or
    None."""
    own = _BY_OPERATOR.get(op) or {}
    for text in dict.fromkeys((message, message.replace(": :", "::"), message.replace("::", ": :"))):
        site = next((own[k] for k in keys(text) if k in own), None)
        if site:
            return site
    return None


def site_of(message, op=None):
    """(source path, line) of the check that gives ``message`` in MXNet (raised by operator ``op``, where known),
    ('', 0) for an error MXNet throws without a location, None for a message of its Python front end (or one not
    known)."""
    global _table
    if _table is None:
        _table = {key: (path, line) for path, checks in _SITES.items() for line, key in checks}
    if _UNLOCATED.match(message):
        return "", 0
    if _TYPE_DISAGREEMENT.match(message):
        return _TYPE_CHECK
    if _SHAPE_DISAGREEMENT.match(message):
        return _SHAPE_CHECK
    if _MIXED_TYPES.match(message):
        return _DIVIDE_MIXED_TYPES_CHECK if message.startswith("Operator _backward_npi_broadcast_div ") \
            else _MIXED_TYPES_CHECK
    own = _BY_OPERATOR.get(op) or {}
    # an NDArray call's error shows C++'s '::' as ': :', a graph's keeps it: the table holds either (the operator's
    # own checks first, in either spelling)
    texts = [keys(text) for text in dict.fromkeys((message, message.replace(": :", "::"),
                                                   message.replace("::", ": :")))]
    site = next((s for table in (own, _table) for k1, k2, k3 in texts
                 for s in (table.get(k1), table.get(k3), table.get(k2)) if s), None)
    if site is None and _INFERENCE_FAILED.match(message):
        return _IMPERATIVE_INFERENCE
    if site is None and _NON_DIFFERENTIABLE.match(message):
        return _GRADIENT_PASS
    listing = _LOCAL_FILE_SYSTEM.match(message) if site is None else None
    if listing:
        return _LOCAL_FILE_SYSTEM_SITES[listing.group(1)]
    if site is None and _NAMED_NODE.search(message):     # the same check in any graph: known by its words
        return site_of(_NAMED_NODE.sub(r"\1\2", message, count=1), op)
    return site


# a binary kernel's header (the same-shape kernels') -> the broadcasting kernels' header as MXNet's build includes it
_BROADCAST_HEADERS = {
    "../src/operator/nn/./../tensor/././elemwise_binary_op.h": "../src/operator/nn/./../tensor/./",
    "../src/operator/tensor/./elemwise_binary_op.h": "../src/operator/tensor/./",
    "../src/operator/tensor/././elemwise_binary_op.h": "../src/operator/tensor/./",
    "../src/operator/numpy/./../tensor/./elemwise_binary_op.h": "../src/operator/numpy/./../tensor/",
    "../src/operator/numpy/linalg/./../../tensor/elemwise_binary_op.h": "../src/operator/numpy/linalg/./../../tensor/",
}
# the line of a type switch in the same-shape kernels -> that of the broadcasting kernels': forward, the backward of
# add and sub, that of the others
_BROADCAST_LINES = {512: 381, 698: 689, 755: 779}


def broadcast_kernel_site(site):
    """Where the broadcasting kernel of a binary operator (operands of different shapes) makes the check the
    same-shape kernel makes at ``site``; ``site`` itself for others."""
    if site is None or site[0] not in _BROADCAST_HEADERS or site[1] not in _BROADCAST_LINES:
        return site
    return _BROADCAST_HEADERS[site[0]] + "elemwise_binary_broadcast_op.h", _BROADCAST_LINES[site[1]]


_IN_OPERATOR = re.compile(r"(Error in operator [^:\n]*: )(.*)", re.S)
_LOCATED = re.compile(r"\.\./\S+:\d+: ")


def _with_inner_site(message, op=None):
    """An ``Error in operator <node>: <check's message>`` as MXNet words it: the inner check's log line keeps its
    time and source line (``[hh:mm:ss] ../src/...:<n>: ...``)."""
    m = _IN_OPERATOR.match(message)
    if m is None:
        return message
    inner = m.group(2)
    if _IN_OPERATOR.match(inner):       # a subgraph's node within its control-flow node: the innermost check's
        return m.group(1) + _with_inner_site(inner, op)
    if not _LOCATED.match(inner):
        site = site_of(inner, op)
        if not site or not site[0]:
            return message
        inner = f"{site[0]}:{site[1]}: {inner}"
    return f"{m.group(1)}{log_time()} {inner}"


def _unlocated(text):
    """MXNet's rewriting of a check's message that has no source line: the lines right after the first that
    start with two spaces are read as stack frames (printed first, last one on top) and one blank line ending
    them is dropped. (A multi-line value in a parameter error shows this.) A message's own final newline (a
    graph node's check ending its words with one) stays."""
    first, *rest = text.split("\n")
    frames = []
    while rest and rest[0].startswith("  "):
        frames.append(rest.pop(0))
    if rest and not rest[0] and (frames or len(rest) > 1):
        rest.pop(0)
    if not frames:
        return "\n".join([first] + rest)
    return "Traceback (most recent call last):\n" + "\n".join(frames[::-1] + [first] + rest)


def as_mxnet_prints(message, site, op=None):
    """``message`` as MXNet prints an error raised at ``site`` ((path, line), or ('', 0): no location) by
    operator ``op`` (where known)."""
    message = _with_inner_site(message, op)
    head, sep, _ = message.split("\n", 1)[0].partition(":")
    named = sep and head and all(c.isalnum() or c in "_." for c in head)       # e.g. 'Pooling: Check failed'
    text = message if named else "MXNetError: " + message
    if not site[0]:
        return _unlocated(text)
    return f'Traceback (most recent call last):\n  File "{site[0]}", line {site[1]}\n{text}'


# operator -> {key: (path, line)}: checks whose words stand at several places, where the operator decides which
_BY_OPERATOR = {
    'Activation': {
        'This operation only support floating point types ': ('../src/operator/nn/./activation-inl.h', 101),
        'This operation only support floating point types, ': ('../src/operator/nn/./activation-inl.h', 101),
    },
    'BatchNorm': {
        'Check failed: (*in_type)[i] == dtype_param': ('../src/operator/nn/batch_norm.cc', 430),
        'Check failed: channelAxis < dshape.ndim()': ('../src/operator/nn/batch_norm.cc', 374),
        'This operation only support floating point types ': ('../src/operator/nn/batch_norm.cc', 417),
        'This operation only support floating point types, ': ('../src/operator/nn/batch_norm.cc', 417),
    },
    'BilinearSampler': {
        'Check failed: dshape# == lshape# # : ': ('../src/operator/./bilinear_sampler-inl.h', 157),
        'Check failed: dshape.ndim() == 4U': ('../src/operator/./bilinear_sampler-inl.h', 152),
        'Check failed: lshape[1] == 2U': ('../src/operator/./bilinear_sampler-inl.h', 158),
    },
    'CTCLoss': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
        'Check failed: dlshape# == dshape# # : The batch size for the data and data lengths must be the same.':
            ('../src/operator/nn/./ctc_loss-inl.h', 227),
        'Check failed: dshape# == lshape# # : The batch size for the labels and data arrays must be the same.':
            ('../src/operator/nn/./ctc_loss-inl.h', 220),
        'Check failed: dshape# >= lshape# # : The max number of labels cannot exceed the maximum sequence le'
        'ngth of the data.':
            ('../src/operator/nn/./ctc_loss-inl.h', 237),
        'Check failed: dshape.ndim() == 3U': ('../src/operator/nn/./ctc_loss-inl.h', 218),
        'Check failed: lshape.ndim() == 2U': ('../src/operator/nn/./ctc_loss-inl.h', 219),
        'Check failed: dlshape.ndim() == 1U': ('../src/operator/nn/./ctc_loss-inl.h', 226),
        'Check failed: llshape.ndim() == 1U': ('../src/operator/nn/./ctc_loss-inl.h', 233),
        'Check failed: llshape# == lshape# # : The batch size for the labels and label lengths must be the same.':
            ('../src/operator/nn/./ctc_loss-inl.h', 234),
        'Check failed: num_inputs == infered_num_inputs # : Operator CTCLoss expects # inputs, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'Concat': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'Check failed: in_type->at# == dtype || in_type->at# == -#: Non-uniform data type in Concat, expecte'
        'd data type float#, got data type int# for input #':
            ('../src/operator/nn/concat.cc', 151),
        'Check failed: shape_assign(&(*in_shape)[i], dshape)': ('../src/operator/nn/concat.cc', 66),
        'Check failed: shape_assign(&(*out_shape)[0], dshape)': ('../src/operator/nn/concat.cc', 71),
    },
    'Convolution': {
        'FP16 gemm on cpu not implemented!': ('../src/operator/nn/./../linalg_impl.h', 166),
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/nn/convolution.cc', 301),
        'Check failed: dshp.ndim# == #U # : Input data should be #D in batch-num_filter-depth-y-x':
            ('../src/operator/nn/convolution.cc', 210),
        'Check failed: dshp.ndim# == #U # : Input data should be #D in batch-num_filter-x':
            ('../src/operator/nn/convolution.cc', 102),
        'Check failed: dshp.ndim() == 4U': ('../src/operator/nn/convolution.cc', 151),
        'Check failed: num_inputs == infered_num_inputs # : Operator Convolution expects # inputs, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: param_.dilate.Size() > 0U': ('../src/operator/nn/convolution.cc', 177),
        'Check failed: param_.kernel.ndim() == 3U': ('../src/operator/nn/convolution.cc', 366),
        'Check failed: param_.kernel.ndim() == param_.dilate.ndim()': ('../src/operator/nn/convolution.cc', 376),
        'Check failed: param_.kernel.ndim() == param_.pad.ndim()': ('../src/operator/nn/convolution.cc', 380),
        'Check failed: param_.kernel.ndim() == param_.stride.ndim()': ('../src/operator/nn/convolution.cc', 372),
        'Check failed: param_.stride.Size() > 0U': ('../src/operator/nn/convolution.cc', 175),
        'Invalid layout for ': ('../include/mshadow/tensor.h', 319),
    },
    'Convolution_v1': {
        'Check failed: dshp.ndim() == 4U': ('../src/operator/./convolution_v1-inl.h', 410),
        'Check failed: param_.kernel.ndim() == 3U': ('../src/operator/./convolution_v1-inl.h', 383),
    },
    'Correlation': {
        'Check failed: dshape#.ndim# == #U # : data should be a #D tensor':
            ('../src/operator/./correlation-inl.h', 195),
        'Check failed: param_.kernel_size % # != # # : kernel size should be odd number':
            ('../src/operator/./correlation-inl.h', 80),
        "Check failed: top_width_ >= #U # : Correlation cannot be done with current settings.Neighborhood an"
        "d kernel don't fit in blob":
            ('../src/operator/./correlation-inl.h', 221),
        'Check failed: dshape2.ndim() == 4U': ('../src/operator/./correlation-inl.h', 196),
        'Check failed: top_height_ >= 1U': ('../src/operator/./correlation-inl.h', 223),
        'Check failed: dim_size >= -1': ('../include/mxnet/tuple.h', 420),
    },
    'Crop': {
        "Check failed: data_shape# >= out_shape# # : data_shape'height should be larger than that of out_shape":
            ('../src/operator/./crop-inl.h', 125),
        "Check failed: data_shape# >= out_shape# # : data_shape'weight should be larger than that of out_shape":
            ('../src/operator/./crop-inl.h', 127),
        'Check failed: static_cast<int>(param_.offset[0]) >= 0': ('../src/operator/./crop-inl.h', 133),
        'Check failed: static_cast<int>(param_.offset[1]) >= 0': ('../src/operator/./crop-inl.h', 137),
        'Check failed: param_.offset# <= data_shape#-out_shape# # : offset# should be less than the residual'
        ' space of width':
            ('../src/operator/./crop-inl.h', 139),
        'Check failed: data_shape.ndim# == #U # : Input data should be #D in batch-num_filter-y-x':
            ('../src/operator/./crop-inl.h', 178),
        'Check failed: param_.offset# <= data_shape#-out_shape# # : offset# should be less than the residual'
        ' space of height':
            ('../src/operator/./crop-inl.h', 135),
        "Check failed: static_cast<int># <= static_cast<int># # : the crop height# should be less than the i"
        "nput data's height":
            ('../src/operator/./crop-inl.h', 184),
        "Check failed: static_cast<int># <= static_cast<int># # : the crop width# should be less than the in"
        "put data's width":
            ('../src/operator/./crop-inl.h', 188),
        'Check failed: static_cast<int># >= # # : the crop height# should be larger than #':
            ('../src/operator/./crop-inl.h', 182),
        'Check failed: static_cast<int># >= # # : the crop width# should be larger than #':
            ('../src/operator/./crop-inl.h', 186),
    },
    'Deconvolution': {
        'Check failed: param_.stride.Size() > 0U': ('../src/operator/nn/deconvolution.cc', 207),
        'Check failed: param_.dilate.Size() > 0U': ('../src/operator/nn/deconvolution.cc', 209),
        'FP16 gemm on cpu not implemented!': ('../src/operator/nn/./../linalg_impl.h', 166),
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/nn/deconvolution.cc', 363),
        'Check failed: num_inputs == infered_num_inputs # : Operator Deconvolution expects # inputs, but got'
        ' # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: param_.kernel.ndim# == param_.adj.ndim# # : Adjustment must have the same number of d'
        'imensions with kernel_size,but kernel_size is set to # while adjustment is #':
            ('../src/operator/nn/deconvolution.cc', 405),
        'Check failed: param_.kernel.ndim() == 3U': ('../src/operator/nn/deconvolution.cc', 386),
        'Check failed: param_.kernel.ndim() == param_.dilate.ndim()': ('../src/operator/nn/deconvolution.cc', 397),
        'Check failed: param_.kernel.ndim() == param_.pad.ndim()': ('../src/operator/nn/deconvolution.cc', 401),
        'Check failed: param_.kernel.ndim() == param_.stride.ndim()': ('../src/operator/nn/deconvolution.cc', 393),
        'Only #D or #D Deconvolution is natively supported. Fallback to native implementation # is therefore impo'
        'ssible for #D Deconvolution.': ('../src/operator/nn/./deconvolution-inl.h', 222),
    },
    'Dropout': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'This operation only support floating point types ': ('../src/operator/nn/dropout.cc', 46),
        'This operation only support floating point types, ': ('../src/operator/nn/dropout.cc', 46),
        'Unknown type enum ': ('../src/operator/nn/dropout.cc', 46),
    },
    'Flatten': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
    },
    'FullyConnected': {
        'Check failed: num_inputs == infered_num_inputs # : Operator FullyConnected expects # inputs, but go'
        't # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'GridGenerator': {
        'Check failed: lshape.ndim() == 2U': ('../src/operator/./grid_generator-inl.h', 221),
        'Check failed: lshape[1] == 2U': ('../src/operator/./grid_generator-inl.h', 237),
        'Check failed: lshape[1] == 6U': ('../src/operator/./grid_generator-inl.h', 224),
        'Check failed: param_.target_shape[0] > 0U': ('../src/operator/./grid_generator-inl.h', 225),
    },
    'GroupNorm': {
        'Check failed: dshape# % num_groups == # # : # of channels must be divisible by # of groups':
            ('../src/operator/nn/group_norm.cc', 47),
        'Check failed: dshape.ndim# >= #U # : ': ('../src/operator/nn/group_norm.cc', 45),
        'Check failed: this->shape_.Size# == shape.Size# # : Shape size mismatch # v.s. #':
            ('../include/mxnet/././tensor_blob.h', 197),
    },
    'IdentityAttachKLSparseReg': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/./tuple.h', 244),
    },
    'InstanceNorm': {
        'Check failed: dim == ndim()': ('../include/mxnet/./tuple.h', 584),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
        'Check failed: in_data#.ndim# >= # # : InstanceNorm only supports input tensors of rank >= #.':
            ('../src/operator/./instance_norm-inl.h', 68),
        'Check failed: in_type->at(i) == mshadow': ('../include/mxnet/operator.h', 227),
        'Check failed: ishape.Size# == shape.Size# # : reshape size must match':
            ('../include/mshadow/././extension/reshape.h', 50),
    },
    'L2Normalization': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
        'Unknown type enum ': ('../src/operator/l2_normalization.cc', 130),
        'This operation only support floating point types ': ('../src/operator/l2_normalization.cc', 130),
        'This operation only support floating point types, ': ('../src/operator/l2_normalization.cc', 130),
    },
    'LRN': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
        'Check failed: dim == ndim()': ('../include/mxnet/tuple.h', 584),
    },
    'LayerNorm': {
        'Check failed: axis >= # && axis < dshape.ndim#: Channel axis out of range: axis=#':
            ('../src/operator/nn/layer_norm.cc', 47),
        'This operation only support floating point types ': ('../src/operator/nn/layer_norm.cc', 105),
        'This operation only support floating point types, ': ('../src/operator/nn/layer_norm.cc', 105),
    },
    'LeakyReLU': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
        'Check failed: num_inputs == infered_num_inputs # : Operator LeakyReLU expects # inputs, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: s == -#: Cannot broadcast gamma to data. gamma: #, data: #':
            ('../src/operator/./leaky_relu-inl.h', 326),
        'This operation only support floating point types ': ('../src/operator/./leaky_relu-inl.h', 346),
        'This operation only support floating point types, ': ('../src/operator/./leaky_relu-inl.h', 346),
        'Unknown type enum ': ('../src/operator/./leaky_relu-inl.h', 346),
    },
    'LinearRegressionOutput': {
        'This operation only support floating point types ': ('../src/operator/./regression_output-inl.h', 150),
        'This operation only support floating point types, ': ('../src/operator/./regression_output-inl.h', 150),
    },
    'LogisticRegressionOutput': {
        'This operation only support floating point types ': ('../src/operator/./regression_output-inl.h', 150),
        'This operation only support floating point types, ': ('../src/operator/./regression_output-inl.h', 150),
    },
    'MAERegressionOutput': {
        'This operation only support floating point types ': ('../src/operator/./regression_output-inl.h', 150),
        'This operation only support floating point types, ': ('../src/operator/./regression_output-inl.h', 150),
    },
    'MakeLoss': {
        'Unknown type enum ': ('../src/operator/make_loss.cc', 33),
        'This operation only support floating point types ': ('../src/operator/make_loss.cc', 33),
        'This operation only support floating point types, ': ('../src/operator/make_loss.cc', 33),
    },
    'Pad': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Current implementation only supports #-D or #-D input.': ('../src/operator/./pad-inl.h', 215),
        'This operation only support floating point types ': ('../src/operator/pad.cc', 671),
        'This operation only support floating point types, ': ('../src/operator/pad.cc', 671),
    },
    'Pooling': {
        'This operation only support floating point types ': ('../src/operator/nn/./pooling-inl.h', 329),
        'This operation only support floating point types, ': ('../src/operator/nn/./pooling-inl.h', 329),
        'Check failed: dshape.ndim# == #U # : Pooling: Input data should be #D in #. Currently # supports Ma'
        'x Pooling #-D':
            ('../src/operator/nn/pooling.cc', 106),
        'Check failed: dshape.ndim# >= # # : Pooling: Input data should be  #D in # Or #D in #  Or #D in #':
            ('../src/operator/nn/pooling.cc', 112),
        'Check failed: dshape.ndim() == 4U': ('../src/operator/nn/pooling.cc', 185),
        'Check failed: dshape.ndim() == 5U': ('../src/operator/nn/pooling.cc', 223),
        'Check failed: dshape.ndim() >= 3': ('../src/operator/nn/pooling.cc', 112),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/./tuple.h', 244),
        'Check failed: layout == mshadow': ('../src/operator/nn/pooling.cc', 186),
        'Check failed: pad_l# < kernel# # : ': ('../src/operator/nn/mkldnn/mkldnn_pooling.cc', 225),
        'Check failed: pad_l[1] < kernel[1]': ('../src/operator/nn/mkldnn/mkldnn_pooling.cc', 227),
        'Check failed: pad_l[2] < kernel[2]': ('../src/operator/nn/mkldnn/mkldnn_pooling.cc', 229),
        'Check failed: param.kernel.ndim# == #U # : #D pooling not supported': ('../src/operator/nn/pooling.cc', 53),
        'Check failed: param.p_value.has_value#: ': ('../src/operator/nn/pooling.cc', 102),
        'Pooling: Check failed: dshape.ndim# >= # # : Input data should be  #D in # Or #D in #  Or #D in #':
            ('../src/operator/nn/pooling.cc', 112),
        'Pooling: Check failed: dshape.ndim() <= 5': ('../src/operator/nn/pooling.cc', 116),
        'Check failed: dshape.ndim() <= 5': ('../src/operator/nn/pooling.cc', 116),     # (a graph's: words after)
        'This operation only support floating point types, ': ('../src/operator/nn/./pooling-inl.h', 329),
    },
    'Pooling_v1': {
        'Check failed: dshape.ndim# >= # # : Pooling: Input data should be #D in # Or #D in #':
            ('../src/operator/./pooling_v1-inl.h', 245),
        'Check failed: dshape.ndim() >= 4': ('../src/operator/./pooling_v1-inl.h', 245),
        'Pooling: Check failed: dshape.ndim# >= # # : Input data should be #D in # Or #D in #':
            ('../src/operator/./pooling_v1-inl.h', 245),
    },
    'RNN': {
        'Check failed: dshape.ndim() == 3U': ('../src/operator/rnn.cc', 78),
        'FP16 gemm on cpu not implemented!': ('../src/operator/./././linalg_impl.h', 166),
        'No training support for LSTM with projection on CPU currently.': ('../src/operator/./rnn-inl.h', 873),
        'Check failed: num_inputs == infered_num_inputs # : Operator RNN expects # inputs, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    '_contrib_PSROIPooling': {
        'This operation only support floating point types ': ('../src/operator/contrib/psroi_pooling.cc', 223),
        'This operation only support floating point types, ': ('../src/operator/contrib/psroi_pooling.cc', 223),
        'Check failed: dshape.ndim() == 4': ('../src/operator/contrib/./psroi_pooling-inl.h', 163),
        'Check failed: bshape.ndim() == 2': ('../src/operator/contrib/./psroi_pooling-inl.h', 167),
        'Check failed: bshape[1] == 5': ('../src/operator/contrib/./psroi_pooling-inl.h', 168),
        'Check failed: out_data[psroipool::kOut].shape_[0] == in_data[psroipool::kBox].shape_[0]':
            ('../src/operator/contrib/./psroi_pooling-inl.h', 66),
    },
    'ROIPooling': {
        'Check failed: bshape# == #U # : bbox should be a #D tensor of shape #':
            ('../src/operator/./roi_pooling-inl.h', 182),
        'Check failed: bshape.ndim() == 2U': ('../src/operator/./roi_pooling-inl.h', 181),
        'Check failed: dshape.ndim() == 4U': ('../src/operator/./roi_pooling-inl.h', 177),
        'Check failed: out_data[roipool::kOut].shape_[0] == in_data[roipool::kBox].shape_[0]':
            ('../src/operator/./roi_pooling-inl.h', 78),
    },
    'SequenceLast': {
        'Check failed: (param_.axis == 0) || (param_.axis == 1)': ('../src/operator/./sequence_last-inl.h', 253),
        'Check failed: dshape.ndim# > #U # : The data array must be of rank # or greater.':
            ('../src/operator/./sequence_last-inl.h', 257),
        'Check failed: num_inputs == infered_num_inputs # : Operator SequenceLast expects # inputs, but got '
        '# instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'SequenceMask': {
        'Check failed: (param_.axis == 0) || (param_.axis == 1)': ('../src/operator/./sequence_mask-inl.h', 205),
        'Check failed: dshape.ndim# > #U # : The data array must be of rank # or greater.':
            ('../src/operator/./sequence_mask-inl.h', 203),
        'Check failed: num_inputs == infered_num_inputs # : Operator SequenceMask expects # inputs, but got '
        '# instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Unknown type enum ': ('../src/operator/sequence_mask.cc', 100),
    },
    'SequenceReverse': {
        'Check failed: num_inputs == infered_num_inputs # : Operator SequenceReverse expects # inputs, but g'
        'ot # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: param_.axis == # # : Current implementation expects axis to be #.':
            ('../src/operator/./sequence_reverse-inl.h', 226),
        'Check failed: dshape.ndim# > #U # : The data array must be of rank # or greater.':
            ('../src/operator/./sequence_reverse-inl.h', 229),
    },
    'SliceChannel': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: dshape# % param_.num_outputs == #U # : You are trying to split the #-th axis of input'
        ' tensor with shape # into num_outputs=# evenly sized chunks, but this is not possible because # doe'
        's not evenly divide #':
            ('../src/operator/./slice_channel-inl.h', 202),
        'Check failed: ishape# == param_.num_outputs # : If squeeze axis is True, the size of the sliced axi'
        's must be the same as num_outputs. Input shape=#, axis=#, num_outputs=#.':
            ('../src/operator/./slice_channel-inl.h', 210),
        'Check failed: param_.axis < dshape.ndim# # : ': ('../src/operator/./slice_channel-inl.h', 194),
    },
    'SoftmaxActivation': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 214),
    },
    'SoftmaxOutput': {
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/softmax_output.cc', 87),
        'This operation only support floating point types ': ('../src/operator/./softmax_output-inl.h', 292),
        'This operation only support floating point types, ': ('../src/operator/./softmax_output-inl.h', 292),
    },
    'SVMOutput': {
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/./svm_output-inl.h', 165),
    },
    'SpatialTransformer': {
        'Check failed: dshape.ndim() == 4U': ('../src/operator/./spatial_transformer-inl.h', 193),
        'Check failed: lshape.ndim() == 2U': ('../src/operator/./spatial_transformer-inl.h', 196),
        'Check failed: lshape[1] == 6U': ('../src/operator/./spatial_transformer-inl.h', 199),
    },
    'UpSampling': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/./tuple.h', 230),
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/nn/upsampling.cc', 98),
        'Check failed: dshape.ndim# == #U # : UpSamplingBilinear: Input data should be #D in #':
            ('../src/operator/nn/upsampling.cc', 60),
        'Check failed: dshape.ndim() == 4U': ('../src/operator/nn/upsampling.cc', 60),
        'Check failed: num_inputs == infered_num_inputs # : Operator UpSampling expects # inputs, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: shape.ndim# == #U # : UpSamplingNearest: Input data should be #D in #':
            ('../src/operator/nn/upsampling.cc', 43),
        'UpSamplingBilinear: Check failed: dshape.ndim# == #U # : Input data should be #D in #':
            ('../src/operator/nn/upsampling.cc', 60),
        'UpSamplingNearest: Check failed: oh%shape# == #U # : input height of #does not divide output height of #':
            ('../src/operator/nn/upsampling.cc', 46),
        'UpSamplingNearest: Check failed: shape.ndim# == #U # : Input data should be #D in #':
            ('../src/operator/nn/upsampling.cc', 43),
    },
    '_contrib_AdaptiveAvgPooling2D': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
    },
    '_contrib_BatchNormWithReLU': {
        'Check failed: (*in_type)[i] == dtype_param': ('../src/operator/contrib/batch_norm_relu.cc', 121),
        'Check failed: channelAxis < dshape.ndim()': ('../src/operator/contrib/batch_norm_relu.cc', 64),
        'This operation only support floating point types ': ('../src/operator/contrib/batch_norm_relu.cc', 108),
        'This operation only support floating point types, ': ('../src/operator/contrib/batch_norm_relu.cc', 108),
    },
    '_contrib_BilinearResize2D': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: num_inputs == infered_num_inputs # : Operator _contrib_BilinearResize#D expects # inp'
        'uts, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    '_contrib_DeformableConvolution': {
        'This operation only support floating point types ': ('../src/operator/contrib/deformable_convolution.cc', 25),
        'This operation only support floating point types, ': ('../src/operator/contrib/deformable_convolution.cc', 25),
        'FP16 gemm on cpu not implemented!': ('../src/operator/contrib/./../linalg_impl.h', 166),
        'Check failed: dshp.ndim() == 4U': ('../src/operator/contrib/./deformable_convolution-inl.h', 362),
        'Check failed: oshp.ndim() == 4U': ('../src/operator/contrib/./deformable_convolution-inl.h', 364),
        'Check failed: dshape[1] % param_.num_group == 0U':
            ('../src/operator/contrib/./deformable_convolution-inl.h', 379),
        'Check failed: dshape[1] % param_.num_deformable_group == 0U':
            ('../src/operator/contrib/./deformable_convolution-inl.h', 381),
        'Check failed: param_.num_filter % param_.num_group == 0U':
            ('../src/operator/contrib/./deformable_convolution-inl.h', 383),
        'Check failed: oshape[2] == offsetshape[2]': ('../src/operator/contrib/./deformable_convolution-inl.h', 399),
        'Check failed: oshape[3] == offsetshape[3]': ('../src/operator/contrib/./deformable_convolution-inl.h', 401),
        'Check failed: offsetshape[1] %': ('../src/operator/contrib/./deformable_convolution-inl.h', 403),
        'Check failed: offsetshape[1] /': ('../src/operator/contrib/./deformable_convolution-inl.h', 406),
        'Check failed: ksize_y <= dshape[2] + 2 * param_.pad[0]':
            ('../src/operator/contrib/./deformable_convolution-inl.h', 423),
        'Check failed: ksize_x <= dshape[3] + 2 * param_.pad[1]':
            ('../src/operator/contrib/./deformable_convolution-inl.h', 426),
    },
    '_contrib_ModulatedDeformableConvolution': {
        'This operation only support floating point types ':
            ('../src/operator/contrib/modulated_deformable_convolution.cc', 23),
        'This operation only support floating point types, ':
            ('../src/operator/contrib/modulated_deformable_convolution.cc', 23),
        'FP16 gemm on cpu not implemented!': ('../src/operator/contrib/./../linalg_impl.h', 166),
        'Check failed: dshp.ndim() == 4U': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 406),
        'Check failed: oshp.ndim() == 4U': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 408),
        'Check failed: mshp.ndim() == 4U': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 410),
        'Check failed: dshape[1] % param_.num_group == 0U':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 430),
        'Check failed: dshape[1] % param_.num_deformable_group == 0U':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 432),
        'Check failed: param_.num_filter % param_.num_group == 0U':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 434),
        'Check failed: oshape[2] == offsetshape[2]':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 452),
        'Check failed: oshape[3] == offsetshape[3]':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 454),
        'Check failed: offsetshape[1] %': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 456),
        'Check failed: offsetshape[1] /': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 459),
        'Check failed: oshape[2] == maskshape[2]':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 461),
        'Check failed: oshape[3] == maskshape[3]':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 463),
        'Check failed: maskshape[1] %': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 465),
        'Check failed: maskshape[1] /': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 468),
        'Check failed: ksize_y <= dshape[2] + 2 * param_.pad[0]':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 485),
        'Check failed: ksize_x <= dshape[3] + 2 * param_.pad[1]':
            ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 488),
        'not implemented': ('../src/operator/contrib/./modulated_deformable_convolution-inl.h', 382),
    },
    '_contrib_MultiBoxDetection': {
        'Check failed: cshape.ndim# == #U # : Provided: #': ('../src/operator/contrib/./multibox_detection-inl.h', 156),
        'Provided: Check failed: cshape.ndim# == #U # : #': ('../src/operator/contrib/./multibox_detection-inl.h', 156),
        'Check failed: lshape.ndim() == 2U': ('../src/operator/contrib/./multibox_detection-inl.h', 157),
        'Check failed: ashape.ndim() == 3U': ('../src/operator/contrib/./multibox_detection-inl.h', 158),
        'Check failed: cshape[2] == ashape[1]': ('../src/operator/contrib/./multibox_detection-inl.h', 159),
        'Check failed: cshape[2] * 4 == lshape[1]': ('../src/operator/contrib/./multibox_detection-inl.h', 160),
        'Check failed: ashape[2] == 4U': ('../src/operator/contrib/./multibox_detection-inl.h', 162),
    },
    '_contrib_MultiBoxPrior': {
        'Check failed: dshape.ndim() >= 4': ('../src/operator/contrib/./multibox_prior-inl.h', 176),
        'Check failed: offsets_.size# == # # : ': ('../src/operator/contrib/./multibox_prior-inl.h', 89),
        'Check failed: param_.steps.ndim# == # # : Step ndim must be #: #':
            ('../src/operator/contrib/./multibox_prior-inl.h', 190),
        'Check failed: sizes_.size# > # # : ': ('../src/operator/contrib/./multibox_prior-inl.h', 86),
    },
    '_contrib_MultiBoxTarget': {
        'Check failed: ashape.ndim# == # # : Anchor should be batch shared N*# tensor':
            ('../src/operator/contrib/./multibox_target-inl.h', 218),
        'Check failed: ashape[0] == 1': ('../src/operator/contrib/./multibox_target-inl.h', 219),
        'Check failed: ashape[1] > 0': ('../src/operator/contrib/./multibox_target-inl.h', 220),
        'Check failed: ashape[2] == 4': ('../src/operator/contrib/./multibox_target-inl.h', 221),
        'Check failed: lshape.ndim() == 3': ('../src/operator/contrib/./multibox_target-inl.h', 223),
        'Check failed: lshape[2] >= 5': ('../src/operator/contrib/./multibox_target-inl.h', 225),
        'Check failed: pshape.ndim() == 3': ('../src/operator/contrib/./multibox_target-inl.h', 227),
        'Check failed: pshape[2] == ashape[1]': ('../src/operator/contrib/./multibox_target-inl.h', 228),
    },
    '_contrib_MultiProposal': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
        'Check failed: num_anchors == param_.ratios.ndim() * param_.scales.ndim()':
            ('../src/operator/contrib/multi_proposal.cc', 329),
    },
    '_contrib_Proposal': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
        'Check failed: num_anchors == param_.ratios.ndim() * param_.scales.ndim()':
            ('../src/operator/contrib/proposal.cc', 338),
        'Check failed: in_data[proposal': ('../src/operator/contrib/proposal.cc', 291),
        'Check failed: height >= real_height': ('../src/operator/contrib/proposal.cc', 363),
        'Check failed: width >= real_width': ('../src/operator/contrib/proposal.cc', 364),
    },
    '_contrib_ROIAlign': {
        'Check failed: bshape# == # # : bbox should be a #D tensor of shape #':
            ('../src/operator/contrib/roi_align.cc', 581),
        'Check failed: bshape.ndim# == # # : bbox should be a #D tensor of shape #':
            ('../src/operator/contrib/roi_align.cc', 580),
        'Check failed: dshape# % # == # # : Input channels should be divided by pooled_size#*pooled_size#whe'
        'n position_sensitive is true.':
            ('../src/operator/contrib/roi_align.cc', 585),
        'Check failed: dshape.ndim# == # # : data should be a #D tensor': ('../src/operator/contrib/roi_align.cc', 577),
        'Check failed: dtype == ## # : ': ('../src/operator/contrib/roi_align.cc', 601),
        'This operation only support floating point types ': ('../src/operator/contrib/roi_align.cc', 479),
        'This operation only support floating point types, ': ('../src/operator/contrib/roi_align.cc', 479),
        'Check failed: out_data[roialign::kOut].shape_[0] == in_data[roialign::kBox].shape_[0]':
            ('../src/operator/contrib/roi_align.cc', 457),
    },
    '_contrib_RROIAlign': {
        'Check failed: bshape.ndim() == 2U': ('../src/operator/contrib/rroi_align.cc', 295),
        'Check failed: bshape[1] == 6U': ('../src/operator/contrib/rroi_align.cc', 296),
        'Check failed: dshape.ndim() == 4U': ('../src/operator/contrib/rroi_align.cc', 292),
    },
    '_contrib_SyncBatchNorm': {
        'BinaryMapExp: Check failed: shape# == shape# # vs. #) : Shapes of operands are not the same, Shape#'
        '=#, Shape#=#':
            ('../include/mshadow/././expr_engine-inl.h', 424),
        'Check failed: (*in_type)[i] == dtype_param': ('../src/operator/contrib/sync_batch_norm-inl.h', 513),
        'Check failed: ShapeCheckDim1SrcExp': ('../include/mshadow/././extension/broadcast.h', 91),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
    },
    '_contrib_allclose': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
    },
    '_contrib_arange_like': {
        'Check failed: real_axis >=# && real_axis < ##.ndim#: cannot handle param.axis #.':
            ('../src/operator/tensor/./init_op.h', 718),
        'Check failed: real_axis >=# && real_axis < ##.ndim#: cannot handle param.axis -#.':
            ('../src/operator/tensor/./init_op.h', 718),
        'Unknown type enum ': ('../src/operator/tensor/./init_op.h', 627),
    },
    '_contrib_bipartite_matching': {
        'Check failed: dshape.ndim# >= # # : score matrix must have dim >= # # provided':
            ('../src/operator/contrib/./bounding_box-inl.h', 668),
        'This operation only support floating point types ': ('../src/operator/contrib/./bounding_box-inl.h', 768),
        'This operation only support floating point types, ': ('../src/operator/contrib/./bounding_box-inl.h', 768),
    },
    '_contrib_boolean_mask': {
        'Check failed: axis == # # : Not supported yet': ('../src/operator/contrib/boolean_mask.cc', 109),
        'Check failed: data.shape## == idx.shape## # : ': ('../src/operator/contrib/boolean_mask.cc', 110),
        'Check failed: idx.shape#.ndim# == #U # : ': ('../src/operator/contrib/boolean_mask.cc', 111),
    },
    '_contrib_box_decode': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/contrib/./bounding_box-inl.h', 958),
        'Check failed: ashape.ndim() >= 3': ('../src/operator/contrib/./bounding_box-inl.h', 966),
        'Check failed: ldim == 4 ... last dimension of anchors must be ':
            ('../src/operator/contrib/./bounding_box-inl.h', 970),
    },
    '_contrib_box_encode': {
        'Check failed: mshape.ndim() >= 2': ('../src/operator/contrib/./bounding_box-inl.h', 805),
        'Check failed: ashape.ndim() >= 3': ('../src/operator/contrib/./bounding_box-inl.h', 809),
        'Check failed: ashape.ndim# >= # # : matches shape must have dim == #, # provided':
            ('../src/operator/contrib/./bounding_box-inl.h', 809),
        'Check failed: sshape.ndim# == # # : samples shape must have dim == #, # provided':
            ('../src/operator/contrib/./bounding_box-inl.h', 801),
    },
    '_contrib_box_iou': {
        'Check failed: ldim == 4': ('../src/operator/contrib/./bounding_box-inl.h', 548),
        'Check failed: lshape.ndim# >= # # : lhs must have dim >= # # provided':
            ('../src/operator/contrib/./bounding_box-inl.h', 544),
        'Check failed: rdim == # # : last dimension of rhs must be # # provided':
            ('../src/operator/contrib/./bounding_box-inl.h', 555),
        'Check failed: rshape.ndim() >= 2': ('../src/operator/contrib/./bounding_box-inl.h', 551),
    },
    '_contrib_box_nms': {
        'Check failed: indim >= #: input must have dim >= # the last two dimensions are num_box and box_widt'
        'h # provided':
            ('../src/operator/contrib/./bounding_box-inl.h', 104),
        'Check failed: width_elem >= expected # : the last dimension must have at least # elements namely # '
        '# provided, # expected.':
            ('../src/operator/contrib/./bounding_box-inl.h', 113),
        'coordinates: Check failed: coord_start >= # && coord_end < width_elem: # out of range:: #':
            ('../src/operator/contrib/./bounding_box-inl.h', 127),
        'id_index: Check failed: id_index >= # && id_index < width_elem: # out of range: #':
            ('../src/operator/contrib/./bounding_box-inl.h', 132),
        'score_index: Check failed: score_index >= # && score_index < width_elem: # out of range: #':
            ('../src/operator/contrib/./bounding_box-inl.h', 121),
        'score_index: Check failed: score_index < coord_start || score_index > coord_end':
            ('../src/operator/contrib/./bounding_box-inl.h', 124),
        'id_index: Check failed: id_index < coord_start || id_index > coord_end':
            ('../src/operator/contrib/./bounding_box-inl.h', 135),
        'id_index: Check failed: id_index != score_index': ('../src/operator/contrib/./bounding_box-inl.h', 138),
        # a graph's node words these checks with the parameter's name after the condition
        'Check failed: score_index >= 0 && score_index < width_elem':
            ('../src/operator/contrib/./bounding_box-inl.h', 121),
        'Check failed: score_index < coord_start || score_index > coord_end':
            ('../src/operator/contrib/./bounding_box-inl.h', 124),
        'Check failed: coord_start >= 0 && coord_end < width_elem':
            ('../src/operator/contrib/./bounding_box-inl.h', 127),
        'Check failed: id_index >= 0 && id_index < width_elem': ('../src/operator/contrib/./bounding_box-inl.h', 132),
        'Check failed: id_index < coord_start || id_index > coord_end':
            ('../src/operator/contrib/./bounding_box-inl.h', 135),
        'Check failed: id_index != score_index': ('../src/operator/contrib/./bounding_box-inl.h', 138),
    },
    '_contrib_calibrate_entropy': {
        'Check failed: in_attrs->at(0) == mshadow': ('../src/operator/quantization/calibrate.cc', 185),
        'Check failed: num_bins + # == hist_edges.Size# # : ': ('../src/operator/quantization/calibrate.cc', 97),
    },
    '_contrib_count_sketch': {
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/contrib/./count_sketch-inl.h', 191),
        'Check failed: dshape.ndim# == # # : Data should be #D or #D!':
            ('../src/operator/contrib/./count_sketch-inl.h', 175),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: (*in_shape)[CountSketch::kH][1] == dshape[1]': ('../src/operator/contrib/./count_sketch-inl.h', 167),
        'Check failed: (*in_shape)[CountSketch::kS][1] == dshape[1]': ('../src/operator/contrib/./count_sketch-inl.h', 170),
    },
    '_contrib_edge_id': {
        'Check failed: in_attrs->at#.ndim# == #U # : ': ('../src/operator/contrib/dgl_graph.cc', 1212),
        'Check failed: in_attrs->at(2).ndim() == 1U': ('../src/operator/contrib/dgl_graph.cc', 1213),
        'Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0]': ('../src/operator/contrib/dgl_graph.cc', 1214),
    },
    '_contrib_index_copy': {
        'Check failed: in_attrs->at#.ndim# == # # : ': ('../src/operator/contrib/./index_copy-inl.h', 64),
        'Check failed: in_attrs->at(0).ndim() == in_attrs->at(2).ndim()': ('../src/operator/contrib/./index_copy-inl.h', 66),
        'Check failed: in_attrs->at(0)[i] >= in_attrs->at(2)[i]': ('../src/operator/contrib/./index_copy-inl.h', 69),
        'Check failed: in_attrs->at(0)[i] == in_attrs->at(2)[i]': ('../src/operator/contrib/./index_copy-inl.h', 71),
        'Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0]': ('../src/operator/contrib/./index_copy-inl.h', 76),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
    },
    '_contrib_interleaved_matmul_encdec_qk': {
        'Check failed: inputs[0].type_flag_ == mshadow::kFloat32': ('../src/operator/contrib/transformer.cc', 417),
        'Check failed: q_shape.ndim# == #U # : Input queries should be #D in seq_length-batch-proj_dim, curr'
        'ently is #D':
            ('../src/operator/contrib/transformer.cc', 84),
    },
    '_contrib_interleaved_matmul_encdec_valatt': {
        'Check failed: inputs[0].type_flag_ == mshadow::kFloat32': ('../src/operator/contrib/transformer.cc', 542),
        'Check failed: kv_shape.ndim# == #U # : Input keys_values should be #D in seq_length-batch-#*proj_di'
        'm, currently is #D':
            ('../src/operator/contrib/transformer.cc', 107),
    },
    '_contrib_interleaved_matmul_selfatt_qk': {
        'Check failed: inputs[0].type_flag_ == mshadow::kFloat32': ('../src/operator/contrib/transformer.cc', 184),
        'Check failed: qkv_shape.ndim() == 3U': ('../src/operator/contrib/transformer.cc', 40),
    },
    '_contrib_interleaved_matmul_selfatt_valatt': {
        'Check failed: inputs[0].type_flag_ == mshadow::kFloat32': ('../src/operator/contrib/transformer.cc', 298),
        'Check failed: qkv_shape.ndim() == 3U': ('../src/operator/contrib/transformer.cc', 56),
        'Check failed: att_shape.ndim() == 3U': ('../src/operator/contrib/transformer.cc', 59),
        'Check failed: qkv_shape[0] == att_shape[1]': ('../src/operator/contrib/transformer.cc', 62),
        'Check failed: qkv_shape[0] == att_shape[2]': ('../src/operator/contrib/transformer.cc', 65),
        'Check failed: qkv_shape[2] % 3 == 0': ('../src/operator/contrib/transformer.cc', 68),
    },
    '_contrib_dequantize': {
        'Check failed: in_attrs->at(0) == mshadow': ('../src/operator/quantization/./dequantize-inl.h', 96),
    },
    '_contrib_quantized_concat': {
        'Check failed: num_inputs == infered_num_inputs # : Operator _contrib_quantized_concat expects # inp'
        'uts, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    '_contrib_quantized_conv': {
        'Check failed: data_ndims == #U || data_ndims == #U: mkldnn quantized_conv only supports #d or #d la'
        'yout for now':
            ('../src/operator/quantization/quantized_conv.cc', 58),
        'Check failed: (in_data[0].dtype()) == (mshadow':
            ('../src/operator/quantization/mkldnn/mkldnn_quantized_conv.cc', 41),
    },
    '_contrib_quantized_pooling': {
        'Check failed: param.kernel.ndim# == #U # : #D pooling not supported': ('../src/operator/nn/pooling.cc', 53),
    },
    '_image_adjust_lighting': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/./tuple.h', 244),
        'Check failed: nchannels == 3 || nchannels == 1': ('../src/operator/image/./image_random-inl.h', 541),
    },
    '_image_crop': {
        'Check failed: (in_attrs->at(0)[2] == 1) || (in_attrs->at(0)[2] == 3)': ('../src/operator/image/crop-inl.h', 67),
        'Check failed: (in_attrs->at(0)[3] == 1) || (in_attrs->at(0)[3] == 3)': ('../src/operator/image/crop-inl.h', 71),
        'Check failed: param.x + param.width <= ishape#:  x + width should not be greater than input width':
            ('../src/operator/image/crop-inl.h', 84),
        'Check failed: param.x + param.width <= ishape#: x + width should not be greater than input width':
            ('../src/operator/image/crop-inl.h', 84),
        'Image Crop expects inputs of #D # or #D #. But got #': ('../src/operator/image/crop-inl.h', 75),
    },
    '_image_flip_left_right': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_flip_top_bottom': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_normalize': {
        'Check failed: # == #) || # == #): Input tensor must have shape #, or #, but got #':
            ('../src/operator/image/./image_random-inl.h', 244),
        'Check failed: # == #) || # == nchannels): Invalid mean for input with shape #. mean must have eithe'
        'r # or # elements, but got #':
            ('../src/operator/image/./image_random-inl.h', 261),
        'Check failed: nchannels == # || nchannels == #: The first dimension of input tensor must be the cha'
        'nnel dimension with either # or # elements, but got input with shape #':
            ('../src/operator/image/./image_random-inl.h', 251),
        'Check failed: nchannels == # || nchannels == #: The second dimension of input tensor must be the ch'
        'annel dimension with either # or # elements, but got input with shape #':
            ('../src/operator/image/./image_random-inl.h', 256),
    },
    '_image_random_brightness': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_color_jitter': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_contrast': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_flip_left_right': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_flip_top_bottom': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_hue': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_lighting': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_random_saturation': {
        'Check failed: dshape.ndim() == 3': ('../src/operator/image/./image_random-inl.h', 538),
    },
    '_image_resize': {
        'Check failed: # == #) || # == #): Input size dimension must be # or #, but got #':
            ('../src/operator/image/./resize-inl.h', 78),
        'Check failed: #.ndim# == #U) || #.ndim# == #U): Input image dimension should be # or # but got #':
            ('../src/operator/image/./resize-inl.h', 116),
        'Check failed: param.size[0] > 0 ... Input width should be greater than ':
            ('../src/operator/image/./resize-inl.h', 100),
    },
    '_image_to_tensor': {
        'Check failed: # == #) || # == #): Input image must have shape #, or # but got #':
            ('../src/operator/image/./image_random-inl.h', 98),
    },
    '_linalg_det': {
        'Check failed: in[ndim-2] == in[ndim-1]': ('../src/operator/tensor/./la_op.h', 451),
        'Check failed: ndim >= 2': ('../src/operator/tensor/./la_op.h', 450),
    },
    '_linalg_extractdiag': {
        'Check failed: (*in_attrs)[0][ndim-2] ==': ('../src/operator/tensor/./la_op.h', 329),
        'Check failed: n > # # : Illegal offset # for diag/trian extraction of matrix with dimension #':
            ('../src/operator/tensor/./la_op.h', 332),
        'Check failed: ndim >= 2': ('../src/operator/tensor/./la_op.h', 327),
    },
    '_linalg_extracttrian': {
        'Check failed: (*in_attrs)[0][ndim-2] ==': ('../src/operator/tensor/./la_op.h', 329),
        'Check failed: ndim >= 2': ('../src/operator/tensor/./la_op.h', 327),
    },
    '_linalg_gelqf': {
        'Check failed: in_a# <= in_a# # : Input A shape wrong: Last dimension must be >= than second to last':
            ('../src/operator/tensor/./la_op.h', 391),
    },
    '_linalg_gemm': {
        'This operation only supports ': ('../src/operator/tensor/./la_op.h', 743),
        'Check failed: ### : ###) == ### : ###) # : Incompatible matrix dimensions for multiplication':
            ('../src/operator/tensor/./la_op.h', 206),
        'Check failed: axis >= # && axis < ndim-#: Invalid row axis #': ('../src/operator/tensor/./la_op.h', 189),
    },
    '_linalg_gemm2': {
        'This operation only supports ': ('../src/operator/tensor/./la_op.h', 743),
        'Check failed: ### : ###) == ### : ###) # : Incompatible matrix dimensions for multiplication':
            ('../src/operator/tensor/./la_op.h', 206),
        'Check failed: (*in_attrs)[0][i] ==': ('../src/operator/tensor/./la_op.h', 200),
        'Check failed: axis >= # && axis < ndim-#: Invalid row axis #': ('../src/operator/tensor/./la_op.h', 189),
        'Operator _linalg_gemm': ('../src/imperative/./imperative_utils.h', 147),
    },
    '_linalg_inverse': {
        'Check failed: in[ndim-2] == in[ndim-1]': ('../src/operator/tensor/./la_op.h', 435),
        'Check failed: ndim >= 2': ('../src/operator/tensor/./la_op.h', 434),
        'Check failed: ret == 0': ('../src/operator/tensor/./../linalg_impl.h', 1431),
    },
    '_linalg_maketrian': {
        'Check failed: #)/# == n # : Input tensor of maketrian has an invalid dimension for the last axis.':
            ('../src/operator/tensor/./la_op.h', 341),
    },
    '_linalg_potrf': {
        'Check failed: A.size(0) == A.size(1)': ('../src/operator/numpy/linalg/./../../tensor/../linalg_impl.h', 732),
        # (float32's and float64's LAPACK calls stand on neighbouring lines)
        'Check failed: ret == 0 ... spotrf failed in lapack on cpu. This may happen when the input matrix is either ':
            ('../src/operator/numpy/linalg/./../../tensor/../linalg_impl.h', 744),
        'Check failed: ret == 0 ... dpotrf failed in lapack on cpu. This may happen when the input matrix is either ':
            ('../src/operator/numpy/linalg/./../../tensor/../linalg_impl.h', 745),
        'This operation only supports ': ('../src/operator/numpy/linalg/./../../tensor/la_op.h', 692),
    },
    '_linalg_potri': {
        'Check failed: A.size(0) == A.size(1)': ('../src/operator/tensor/./../linalg_impl.h', 831),
        'Check failed: ret == 0 ... spotri failed in lapack on cpu. This may happen when the input matrix is ':
            ('../src/operator/tensor/./../linalg_impl.h', 842),
        'Check failed: ret == 0 ... dpotri failed in lapack on cpu. This may happen when the input matrix is ':
            ('../src/operator/tensor/./../linalg_impl.h', 843),
    },
    '_linalg_slogdet': {
        'Check failed: in[ndim-2] == in[ndim-1]': ('../src/operator/tensor/./la_op.h', 451),
        'Check failed: ndim >= 2': ('../src/operator/tensor/./la_op.h', 450),
    },
    '_linalg_sumlogdiag': {
        'Check failed: A.size# == A.size# # : sumlogdiag operator requires square matrices as input.':
            ('../src/operator/tensor/./la_op-inl.h', 228),
    },
    '_linalg_syevd': {
        'This operation only supports ': ('../src/operator/tensor/./la_op.h', 800),
        'Check failed: in_a# == in_a# # : Input A shape wrong: Last two dimensions must be equal':
            ('../src/operator/tensor/./la_op.h', 505),
    },
    '_linalg_trmm': {
        'Check failed: (*in_attrs)[0][ndim-2] ==': ('../src/operator/tensor/./la_op.h', 231),
    },
    '_linalg_trsm': {
        'Check failed: ### == ### # : First operand must be a tensor of square matrices':
            ('../src/operator/tensor/./la_op.h', 231),
    },
    '_np_cumsum': {
        'Check failed: !axis.has_value# || # >= -out.shape_.ndim#) && axis.value# < out.shape_.ndim#): axis '
        'value # out of range':
            ('../src/operator/numpy/./np_cumsum-inl.h', 88),
        'Check failed: !axis.has_value# || # >= -out.shape_.ndim#) && axis.value# < out.shape_.ndim#): axis '
        'value -# out of range':
            ('../src/operator/numpy/./np_cumsum-inl.h', 88),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
    },
    '_npi_broadcast_to': {
        'Check failed: dim_size >= -1': ('../include/mxnet/./tuple.h', 420),
    },
    '_npi_exponential': {
        'ValueError: Check failed: indicator_host >= 0.0': ('../src/operator/numpy/random/./np_exponential_op.h', 128),
        'ValueError: Check failed: param.scale.value() >= 0.0':
            ('../src/operator/numpy/random/./np_exponential_op.h', 116),
    },
    '_npi_gamma': {
        'ValueError: Check failed: false: expect scale > #': ('../src/operator/numpy/random/./np_gamma_op.h', 257),
        'ValueError: Check failed: false: expect shape > #': ('../src/operator/numpy/random/./np_gamma_op.h', 254),
        'ValueError: expect shape > ': ('../src/operator/numpy/random/./np_gamma_op.h', 339),
        'ValueError: expect shape and value > ': ('../src/operator/numpy/random/./np_gamma_op.h', 378),
    },
    '_npi_gumbel': {
        'ValueError: Check failed: indicator_host >= 0.0':
            ('../src/operator/numpy/random/./np_location_scale_op.h', 223),
        'ValueError: Check failed: scalar_value >= 0.0':
            ('../src/operator/numpy/random/./np_location_scale_op.h', 227),
        'ValueError: Check failed: param.scale.value() >= 0.0':
            ('../src/operator/numpy/random/./np_location_scale_op.h', 203),
    },
    '_npi_logistic': {
        'ValueError: Check failed: indicator_host >= 0.0':
            ('../src/operator/numpy/random/./np_location_scale_op.h', 223),
        'ValueError: Check failed: scalar_value >= 0.0':
            ('../src/operator/numpy/random/./np_location_scale_op.h', 227),
        'ValueError: Check failed: param.scale.value() >= 0.0':
            ('../src/operator/numpy/random/./np_location_scale_op.h', 203),
    },
    '_npi_hypot': {
        'Check failed: common': ('../src/operator/numpy/np_elemwise_broadcast_op_extended.cc', 289),
    },
    '_npi_add': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
    },
    '_npi_multiply': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
    },
    '_npi_power': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
    },
    '_npi_insert_scalar': {
        'Check failed: index >= -1 * N && index <= N': ('../src/operator/numpy/./np_insert_op_scalar-inl.h', 106),
    },
    '_npi_insert_slice': {
        'Check failed: (values.shape_[i] == 1) || (values.shape_[i] == sz)':
            ('../src/operator/numpy/./np_insert_op_slice-inl.h', 153),
    },
    '_npi_insert_tensor': {
        'Check failed: (values.shape_[i] == 1) || (values.shape_[i] == sz)':
            ('../src/operator/numpy/./np_insert_op_tensor-inl.h', 181),
    },
    '_npi_flip': {
        'Check failed: axis < ishape.ndim()': ('../src/operator/numpy/./np_matrix_op-inl.h', 500),
    },
    '_npi_arctan2': {
        'Check failed: common': ('../src/operator/numpy/np_elemwise_broadcast_op_extended.cc', 225),
    },
    '_npi_average': {
        'Unknown type enum ': ('../src/operator/numpy/np_broadcast_reduce_op.h', 829),
    },
    '_npi_norm': {
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h',
                                                             271),
    },
    '_npi_argmax': {
        'Check failed: inputs[0].shape_[axis] != 0': ('../src/operator/numpy/./np_broadcast_reduce_op.h', 386),
        'Unknown type enum ': ('../src/operator/numpy/./np_broadcast_reduce_op.h', 404),
    },
    '_npi_argmin': {
        'Check failed: inputs[0].shape_[axis] != 0': ('../src/operator/numpy/./np_broadcast_reduce_op.h', 386),
        'Unknown type enum ': ('../src/operator/numpy/./np_broadcast_reduce_op.h', 404),
    },
    '_np_sum': {
        'initial is not supported yet': ('../src/operator/numpy/np_broadcast_reduce_op.h', 258),
    },
    '_np_prod': {
        'initial is not supported yet': ('../src/operator/numpy/np_broadcast_reduce_op.h', 258),
    },
    '_npi_around': {
        'Unknown type enum ': ('../src/operator/numpy/../tensor/elemwise_unary_op.h', 676),
    },
    '_npi_lcm_scalar': {
        'Unknown type enum ': ('../src/operator/numpy/./../tensor/elemwise_binary_scalar_op.h', 298),
    },
    '_npi_einsum': {
        'Check failed: std': ('../src/operator/numpy/np_einsum_op.cc', 220),
    },
    '_npi_moment': {
        'Unknown type enum ': ('../src/operator/numpy/np_broadcast_reduce_op.h', 930),
    },
    '_npi_normal': {
        'ValueError: Check failed: indicator_host >= 0.0': ('../src/operator/numpy/random/./np_normal_op.h', 184),
        'ValueError: Check failed: scalar_value >= 0.0': ('../src/operator/numpy/random/./np_normal_op.h', 188),
        'ValueError: Check failed: param.scale.value() >= 0.0': ('../src/operator/numpy/random/./np_normal_op.h', 164),
    },
    '_npi_pareto': {
        'ValueError: Check failed: indicator_host >= 0.0': ('../src/operator/numpy/random/./np_pareto_op.h', 130),
        'ValueError: Check failed: param.a.value() > 0.0': ('../src/operator/numpy/random/./np_pareto_op.h', 118),
    },
    '_npi_powerd': {
        'ValueError: Check failed: indicator_host >= 0.0': ('../src/operator/numpy/random/./np_power_op.h', 124),
        'ValueError: Check failed: param.a.value() > 0.0': ('../src/operator/numpy/random/./np_power_op.h', 112),
    },
    '_npi_rayleigh': {
        'ValueError: Check failed: indicator_host >= 0.0': ('../src/operator/numpy/random/./np_rayleigh_op.h', 128),
        'ValueError: Check failed: param.scale.value() >= 0.0':
            ('../src/operator/numpy/random/./np_rayleigh_op.h', 116),
    },
    '_npi_rearrange': {
        'TBlob.get_with_shape: Check failed: this->shape_.Size# == static_cast<size_t>#) # : new and old sha'
        'pe do not match total elements':
            ('../include/mxnet/././tensor_blob.h', 310),
    },
    '_npi_weibull': {
        'ValueError: Check failed: indicator_host >= 0.0': ('../src/operator/numpy/random/./np_weibull_op.h', 130),
        'ValueError: Check failed: param.a.value() > 0.0': ('../src/operator/numpy/random/./np_weibull_op.h', 118),
    },
    '_npx_reshape': {
        'Check failed: src.Size# == target_size # : Cannot reshape array of shape # into shape # , reverse = #':
            ('../src/operator/numpy/np_matrix_op.cc', 213),
        'Check failed: src_inx < src.ndim() ... Unmatching dimension of proposed new shape':
            ('../src/operator/numpy/np_matrix_op.cc', 236),
        'Check failed: src[src_inx] == 1': ('../src/operator/numpy/np_matrix_op.cc', 242),
        'Check failed: src_inx < src.ndim()-1': ('../src/operator/numpy/np_matrix_op.cc', 254),
        'Check failed: i + 2 < target.ndim()': ('../src/operator/numpy/np_matrix_op.cc', 270),
        'Check failed: src_inx < src.ndim# # : ': ('../src/operator/numpy/np_matrix_op.cc', 271),
        'Check failed: d1 * d2 == static_cast<dim_t>(d0) || static_cast<dim_t>(d0) == dim_t(-1)':
            ('../src/operator/numpy/np_matrix_op.cc', 278),
        'Check failed: known_dim_size_prod != 0': ('../src/operator/numpy/np_matrix_op.cc', 302),
        'Check failed: src.Size() % known_dim_size_prod == 0': ('../src/operator/numpy/np_matrix_op.cc', 303),
        'Check failed: (*output).Size() == src.Size()': ('../src/operator/numpy/np_matrix_op.cc', 308),
        'Check failed: param.newshape[i] >= -6': ('../src/operator/numpy/np_matrix_op.cc', 323),
        'Check failed: !has_unknown_dim_size': ('../src/operator/numpy/np_matrix_op.cc', 326),
    },
    '_random_exponential': {
        'Check failed: param.lam > # # : lambda parameter in exponential distribution has to be positive':
            ('../src/operator/random/./sample_op.h', 436),
    },
    '_random_exponential_like': {
        'Check failed: param.lam > # # : lambda parameter in exponential distribution has to be positive':
            ('../src/operator/random/./sample_op.h', 436),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 444),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 444),
    },
    '_random_gamma': {
        'Check failed: param.alpha > # # : alpha parameter in gamma distribution has to be positive':
            ('../src/operator/random/./sample_op.h', 417),
        'Check failed: param.beta > # # : beta parameter in gamma distribution has to be positive':
            ('../src/operator/random/./sample_op.h', 418),
    },
    '_random_gamma_like': {
        'Check failed: param.alpha > # # : alpha parameter in gamma distribution has to be positive':
            ('../src/operator/random/./sample_op.h', 417),
        'Check failed: param.beta > # # : beta parameter in gamma distribution has to be positive':
            ('../src/operator/random/./sample_op.h', 418),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 426),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 426),
    },
    '_random_generalized_negative_binomial': {
        'Check failed: param.alpha >= # # : alpha parameter in generalized negative binomial distribution ha'
        's to be non-negative':
            ('../src/operator/random/./sample_op.h', 493),
        'Check failed: param.mu >= # # : mu parameter in generalized negative binomial distribution has to b'
        'e non-negative':
            ('../src/operator/random/./sample_op.h', 491),
    },
    '_random_generalized_negative_binomial_like': {
        'Check failed: param.alpha >= # # : alpha parameter in generalized negative binomial distribution ha'
        's to be non-negative':
            ('../src/operator/random/./sample_op.h', 493),
        'Check failed: param.mu >= # # : mu parameter in generalized negative binomial distribution has to b'
        'e non-negative':
            ('../src/operator/random/./sample_op.h', 491),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 502),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 502),
    },
    '_random_negative_binomial': {
        'Check failed: param.k >= # # : k parameter in negative binomial distribution has to be non-negative':
            ('../src/operator/random/./sample_op.h', 472),
        'Check failed: param.p >= # # : p parameter in negative binomial distribution has to be non-negative':
            ('../src/operator/random/./sample_op.h', 473),
    },
    '_random_negative_binomial_like': {
        'Check failed: param.k >= # # : k parameter in negative binomial distribution has to be non-negative':
            ('../src/operator/random/./sample_op.h', 472),
        'Check failed: param.p >= # # : p parameter in negative binomial distribution has to be non-negative':
            ('../src/operator/random/./sample_op.h', 473),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 481),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 481),
    },
    '_random_normal': {
        'Check failed: param.scale > # # : scale parameter in gaussian has to be positive':
            ('../src/operator/random/./sample_op.h', 399),
    },
    '_random_normal_like': {
        'Check failed: param.scale > # # : scale parameter in gaussian has to be positive':
            ('../src/operator/random/./sample_op.h', 399),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 407),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 407),
    },
    '_random_poisson': {
        'Check failed: param.lam >= # # : lambda parameter in poisson distribution has to be non-negative':
            ('../src/operator/random/./sample_op.h', 454),
    },
    '_random_poisson_like': {
        'Check failed: param.lam >= # # : lambda parameter in poisson distribution has to be non-negative':
            ('../src/operator/random/./sample_op.h', 454),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 462),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 462),
    },
    '_random_randint': {
        'Check failed: param.high >= param.low': ('../src/operator/random/./sample_op.h', 512),
    },
    '_random_uniform': {
        'Check failed: param.high >= param.low': ('../src/operator/random/./sample_op.h', 380),
    },
    '_random_uniform_like': {
        'Check failed: param.high >= param.low': ('../src/operator/random/./sample_op.h', 380),
        'This operation only support floating point types ': ('../src/operator/random/./sample_op.h', 389),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_op.h', 389),
    },
    '_sample_exponential': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_sample_gamma': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_sample_generalized_negative_binomial': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_sample_multinomial': {
        'This operation only support floating point types ': ('../src/operator/random/./sample_multinomial_op.h', 174),
        'This operation only support floating point types, ': ('../src/operator/random/./sample_multinomial_op.h', 174),
    },
    '_sample_negative_binomial': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_sample_normal': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_sample_poisson': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_sample_uniform': {
        'Check failed: sshape# > # # : shape parameter must be non-zero within each dimension':
            ('../src/operator/random/./multisample_op.h', 69),
    },
    '_slice_assign': {
        'ndim=#too large ': ('../src/operator/tensor/./matrix_op-inl.h', 1099),
    },
    '_slice_assign_scalar': {
        'ndim=#too large ': ('../src/operator/tensor/./matrix_op-inl.h', 1251),
    },
    'adam_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 1338),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 1338),
    },
    'amp_multicast': {
        'Check failed: num_inputs == infered_num_inputs # : Operator amp_multicast expects # inputs, but got'
        ' # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: num_inputs == infered_num_inputs # : Operator amp_multicast expects -# inputs, but go'
        't # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'argmax': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
    },
    'argmax_channel': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/tensor/./broadcast_reduce_op.h', 181),
    },
    'argmin': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
    },
    'argsort': {
        'Check failed: type_assign(&(*out_attrs)[0], param.dtype)': ('../src/operator/tensor/./ordering_op-inl.h', 1042),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '#, found axis=#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '-#, found axis=-#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
    },
    'batch_dot': {
        'Check failed: outputs[0].type_flag_ == kFloat32 || outputs[0].type_flag_ == kFloat64 || (outputs'
        '[0].type_flag_ == kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow ... :gpu::kDevMask): dot onl'
        'y supports float': ('../src/operator/tensor/./dot-inl.h', 1364),
        'Check failed: lshape# == rshape# # : batch_dot shape error #: # X # trans_a=# trans_b=#':
            ('../src/operator/tensor/./dot-inl.h', 1428),
        'Check failed: lshape_k == rshape_k # : batch_dot shape error #: # X # trans_a=# trans_b=#':
            ('../src/operator/tensor/./dot-inl.h', 1437),
        'batch_dot currently only support N-D*N-D array ## v.s. #': ('../src/operator/tensor/./dot-inl.h', 1448),
    },
    'batch_take': {
        'Check failed: ##.Size#/###.ndim#-#] == ##.Size# # : Index array#s size excluding the first dimension':
            ('../src/operator/tensor/./indexing_op.h', 1101),
        'Check failed: ##.ndim# >= # # : Data array must have at least # dimensional':
            ('../src/operator/tensor/./indexing_op.h', 1098),
    },
    'broadcast_add': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_axis': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: oshape#] == #U # : Broadcasting axis must have size #':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 386),
        'Check failed: param.axis.ndim# == param.size.ndim# # : ':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 382),
    },
    'broadcast_div': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_equal': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_greater': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_greater_equal': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_hypot': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_lesser': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_lesser_equal': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_like': {
        'Check failed: copyfrom >= # && copyfrom < oshape.ndim#: Invalid dimension specified in lhs_axes: #':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 461),
        'Check failed: lhs_shape# == rhs_shape# || lhs_shape# == #: Array cannot be broadcasted from # to #':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 439),
        'Check failed: lhs_shape.ndim# == rhs_shape.ndim# # : Operand of shape # cannot be broadcasted to #':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 433),
    },
    'broadcast_logical_and': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_logical_or': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_logical_xor': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_maximum': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_minimum': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_mod': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_mul': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_not_equal': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_power': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_sub': {
        'Check failed: l == 1 || r == 1':
            ('../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h', 67),
    },
    'broadcast_to': {
        'Check failed: ishape# == oshape# || ishape# == #: Array cannot be broadcasted from # to #':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 406),
        'Check failed: ishape.ndim# == param.shape.ndim# # : Operand of shape # cannot be broadcasted to #':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 401),
    },
    'col2im': {
        'This operation only support floating point types ': ('../src/operator/nn/./im2col-inl.h', 204),
        'This operation only support floating point types, ': ('../src/operator/nn/./im2col-inl.h', 204),
        'Check failed: dilated_kernel_size <= pad_size': ('../src/operator/nn/im2col.cc', 223),
        'Check failed: dshape# % param.kernel.Size# == # # : the second dim of input shape should be multipl'
        'es of kernel size':
            ('../src/operator/nn/im2col.cc', 231),
        'Check failed: dshape# == out_dim # : output size does not match convolution parameters':
            ('../src/operator/nn/im2col.cc', 229),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: param.kernel.ndim# == param.output_size.ndim# # : Output size must have the same numb'
        'er of dimensions with kernel_size,but kernel_size is set to # while output size is #':
            ('../src/operator/nn/im2col.cc', 202),
        'Check failed: param_.kernel.ndim() == param_.dilate.ndim()': ('../src/operator/nn/im2col.cc', 72),
        'Check failed: param_.kernel.ndim() == param_.pad.ndim()': ('../src/operator/nn/im2col.cc', 76),
        'Check failed: param_.kernel.ndim() == param_.stride.ndim()': ('../src/operator/nn/im2col.cc', 68),
    },
    'cumsum': {
        'Check failed: !axis.has_value# || # >= -out.shape_.ndim#) && axis.value# < out.shape_.ndim#): axis '
        'value # out of range':
            ('../src/operator/numpy/./np_cumsum-inl.h', 88),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
    },
    'depth_to_space': {
        'Check failed: block != 0': ('../src/operator/tensor/./matrix_op-inl.h', 2407),
        'Check failed: dim_size >= -1': ('../include/mxnet/./tuple.h', 420),
        'Check failed: in_attrs->at(0).ndim() == 4': ('../src/operator/tensor/./matrix_op-inl.h', 2398),
        'Check failed: in_shape# % # == # # : Cannot perform Depth To Space operation on the specified tenso'
        'r. Dimension:## should be a multiple of #':
            ('../src/operator/tensor/./matrix_op-inl.h', 2409),
    },
    'diag': {
        'Check failed: axis == 0 || axis == -1': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 177),
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'Check failed: x# != x# # : axis# and axis# cannot refer to the same axis #':
            ('../src/operator/tensor/./diag_op-inl.h', 73),
    },
    '_variable_head_copy': {      # (a gradient graph's node: the executor's copy of the check)
        'Check failed: assign(&dattr, vec.at(i))': ('../src/io/../operator/elemwise_op_common.h', 134),
    },
    '_npi_matmul': {
        'Check failed: out.type_flag_ == kFloat32 || out.type_flag_ == kFloat64 || (out.type_flag_ == kFloat16 && '
        'ctx.run_ctx.ctx.dev_mask() == mshadow::gpu::kDevMask)': ('../src/operator/numpy/np_matmul_op-inl.h', 260),
    },
    '_np_dot': {
        'Unknown type enum ': ('../src/operator/numpy/./np_dot-inl.h', 74),
        'This operation only support floating point types ': ('../src/operator/numpy/./np_dot-inl.h', 74),
        'This operation only support floating point types, ': ('../src/operator/numpy/./np_dot-inl.h', 74),
    },
    '_backward_dot': {
        'This operation only support floating point types ': ('../src/operator/tensor/./dot-inl.h', 212),
        'This operation only support floating point types, ': ('../src/operator/tensor/./dot-inl.h', 212),
        'Not implmented!': ('../include/mshadow/./././dot_engine-inl.h', 89),
    },
    'dot': {
        'Check failed: L#.Size# == R#.Size# # : dot shape error: # X #': ('../src/operator/tensor/./dot-inl.h', 1241),
        'Check failed: lshape# == rshape# # : dot shape error: # X #': ('../src/operator/tensor/./dot-inl.h', 1216),
    },
    'erf': {
        'Unknown type enum ': ('../src/operator/tensor/elemwise_unary_op.h', 251),
    },
    'erfinv': {
        'Unknown type enum ': ('../src/operator/tensor/elemwise_unary_op.h', 251),
    },
    'expand_dims': {
        'Check failed: axis >= # && axis <= indim: axis must be in the range # #':
            ('../src/operator/tensor/./matrix_op-inl.h', 525),
    },
    'ftml_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 1248),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 1248),
    },
    'ftrl_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 2182),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 2182),
    },
    'gamma': {
        'Unknown type enum ': ('../src/operator/tensor/elemwise_unary_op.h', 251),
    },
    'gammaln': {
        'Unknown type enum ': ('../src/operator/tensor/elemwise_unary_op.h', 251),
    },
    'gather_nd': {
        'Check failed: ishape# <= dshape.ndim# # : Number of indices exceeds data dimension':
            ('../src/operator/tensor/./indexing_op.h', 1324),
        'Check failed: ishape.ndim() > 1': ('../src/operator/tensor/./indexing_op.h', 1321),
    },
    'hard_sigmoid': {
        'This operation only support floating point types ': ('../src/operator/tensor/elemwise_unary_op.h', 541),
        'This operation only support floating point types, ': ('../src/operator/tensor/elemwise_unary_op.h', 541),
    },
    'histogram': {
        'Check failed: param.range.value## <= param.range.value##: left hand side of range#should be less th'
        'an or equal to right hand side#':
            ('../src/operator/tensor/./histogram-inl.h', 155),
    },
    'im2col': {
        'This operation only support floating point types ': ('../src/operator/nn/./im2col-inl.h', 105),
        'This operation only support floating point types, ': ('../src/operator/nn/./im2col-inl.h', 105),
        'Check failed: dilated_kernel_size <= pad_size': ('../src/operator/nn/im2col.cc', 132),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: param.kernel.Size# > #U # : incorrect kernel size: #': ('../src/operator/nn/im2col.cc', 120),
        'Check failed: param.stride.Size# > #U # : incorrect stride size: #': ('../src/operator/nn/im2col.cc', 122),
        'Check failed: param_.kernel.ndim() == param_.dilate.ndim()': ('../src/operator/nn/im2col.cc', 72),
        'Check failed: param_.kernel.ndim() == param_.pad.ndim()': ('../src/operator/nn/im2col.cc', 76),
        'Check failed: param_.kernel.ndim() == param_.stride.ndim()': ('../src/operator/nn/im2col.cc', 68),
    },
    'khatri_rao': {
        'Check failed: # == #) ': ('../src/operator/contrib/krprod.cc', 55),
        'Check failed: dim == ndim()': ('../include/mxnet/tuple.h', 584),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
    },
    'lamb_update_phase1': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 1674),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 1674),
    },
    'lamb_update_phase2': {
        'Check failed: r1_shape[0] == 1U': ('../src/operator/./optimizer_op-inl.h', 1695),
        'Check failed: r2_shape[0] == 1U': ('../src/operator/./optimizer_op-inl.h', 1696),
        'Check failed: weight_shape[i] == g_shape[i]': ('../src/operator/./optimizer_op-inl.h', 1690),
    },
    'log_softmax': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'This operation only support floating point types ': ('../src/operator/nn/./softmax-inl.h', 835),
        'This operation only support floating point types, ': ('../src/operator/nn/./softmax-inl.h', 835),
    },
    'max': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
        'Check failed: axes[i-1] < axes[i]': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 267),
    },
    'mean': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
        'Check failed: axes[i-1] < axes[i]': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 267),
    },
    'min': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
    },
    'moments': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
    },
    'mp_lamb_update_phase2': {
        'Check failed: r1_shape[0] == 1U': ('../src/operator/./optimizer_op-inl.h', 1852),
        'Check failed: r2_shape[0] == 1U': ('../src/operator/./optimizer_op-inl.h', 1853),
        'Check failed: weight_shape.ndim() == g_shape.ndim()': ('../src/operator/./optimizer_op-inl.h', 1840),
        'Check failed: weight_shape[i] == g_shape[i]': ('../src/operator/./optimizer_op-inl.h', 1845),
    },
    'multi_all_finite': {
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 214),
        'Check failed: num_inputs == infered_num_inputs # : Operator multi_all_finite expects # inputs, but '
        'got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: num_inputs == infered_num_inputs # : Operator multi_all_finite expects -# inputs, but'
        ' got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'multi_lars': {
        'MultiLARS only support float': ('../src/operator/contrib/./multi_lars-inl.h', 83),
    },
    'multi_sgd_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 356),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 356),
        'Check failed: param.lrs.ndim# == param.num_weights # : Number of learning rates is inconsistent wit'
        'h num_weights parameter passed. Expected number of learning rates: #, and got #':
            ('../src/operator/./optimizer_op-inl.h', 155),
        'Check failed: param.wds.ndim# == param.num_weights # : Number of weight decays is inconsistent with'
        ' num_weights parameter passed. Expected number of weight decays: #, and got #':
            ('../src/operator/./optimizer_op-inl.h', 160),
    },
    'multi_sum_sq': {
        'Check failed: (*in_type)[i] == dtype': ('../src/operator/contrib/./multi_sum_sq-inl.h', 76),
        'Check failed: num_inputs == infered_num_inputs # : Operator multi_sum_sq expects # inputs, but got '
        '# instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: num_inputs == infered_num_inputs # : Operator multi_sum_sq expects -# inputs, but got'
        ' # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'nag_mom_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 1105),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 1105),
    },
    'nanprod': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
    },
    'nansum': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
    },
    'norm': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
        'Check failed: axes[i-1] < axes[i]': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 267),
        'Check failed: mshadow': ('../include/mxnet/././tensor_blob.h', 255),
        'Check failed: param.ord == # || param.ord == #: norm only supports ord=# and ord=#':
            ('../src/operator/tensor/./broadcast_reduce_op.h', 1461),
    },
    'one_hot': {
        'Check failed: *depth >= # # : Dimension size, depth, must be a non-negative integer':
            ('../src/operator/tensor/./indexing_op.h', 1179),
    },
    'pick': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'axis=None is not supported by pick yet. ': ('../src/operator/tensor/./broadcast_reduce_op.h', 1667),
    },
    'prod': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
    },
    'ravel_multi_index': {
        'Check failed: ### == shape.ndim# # : First dimension of input of ravel operator does not match shap'
        'e parameter dimension.':
            ('../src/operator/tensor/./ravel.h', 58),
        'Check failed: ##.ndim# == # # : Input to ravel operator must be two-dimensional.':
            ('../src/operator/tensor/./ravel.h', 56),
        'Check failed: shape.ndim() > 0': ('../src/operator/tensor/./ravel.h', 54),
    },
    'repeat': {
        'Check failed: dim_size >= -1': ('../include/mxnet/./tuple.h', 420),
        'Check failed: *repeats >= # # : repeats cannot be a negative number':
            ('../src/operator/tensor/./matrix_op-inl.h', 1713),
        'Check failed: axis >= # && axis < ndims: axis = # out of bounds':
            ('../src/operator/tensor/./matrix_op-inl.h', 1721),
        'Check failed: axis >= # && axis < ndims: axis = -# out of bounds':
            ('../src/operator/tensor/./matrix_op-inl.h', 1721),
    },
    'reset_arrays': {
        'Check failed: num_inputs == infered_num_inputs # : Operator reset_arrays expects # inputs, but got '
        '# instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'Check failed: num_inputs == infered_num_inputs # : Operator reset_arrays expects -# inputs, but got'
        ' # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
    },
    'reshape': {
        'Check failed: d1 != -1 || d2 != -1': ('../src/operator/tensor/./matrix_op-inl.h', 137),
        'Check failed: d1 * d2 == static_cast<IType>(d0) || static_cast<IType>(d0) == IType(-1)':
            ('../src/operator/tensor/./matrix_op-inl.h', 140),
        'Check failed: dim_size >= -1': ('../include/mxnet/tuple.h', 420),
        'Check failed: from.Size# == to.Size# # : ': ('../src/operator/contrib/../tensor/./../mxnet_op.h', 737),
        'Check failed: inf_idx < 0': ('../src/operator/tensor/./matrix_op-inl.h', 109),
        'Check failed: src_idx < dshape_len': ('../src/operator/tensor/./matrix_op-inl.h', 105),
    },
    'reshape_like': {
        'Check failed: ##.Size# == oshape.Size# # : Cannot reshape lhs with shape #to new shape # because th'
        'ey have different size.':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 476),
        'Check failed: #: Invalid begin, end, get lhs_begin=#, lhs_end=None':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 429),
        'Check failed: #: Invalid begin, end, get lhs_begin=None, lhs_end=#':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 429),
        'Check failed: #: Invalid begin, end, get lhs_begin=None, lhs_end=None':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 429),
        'Check failed: #: Invalid begin, end, get rhs_begin=#, rhs_end=None':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 429),
        'Check failed: #: Invalid begin, end, get rhs_begin=None, rhs_end=#':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 429),
        'Check failed: *cend >= #: Invalid end for lhs_end=None': ('../src/operator/tensor/elemwise_unary_op_basic.cc', 433),
        'Check failed: *cend >= #: Invalid end for rhs_end=None': ('../src/operator/tensor/elemwise_unary_op_basic.cc', 433),
        'Check failed: *cend >= #: Invalid end for lhs_end=-#': ('../src/operator/tensor/elemwise_unary_op_basic.cc', 433),
        'Check failed: *cend >= #: Invalid end for rhs_end=-#': ('../src/operator/tensor/elemwise_unary_op_basic.cc', 433),
        'Check failed: *cbegin >= #: Invalid begin for lhs_begin=-#':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 434),
        'Check failed: *cbegin >= #: Invalid begin for rhs_begin=-#':
            ('../src/operator/tensor/elemwise_unary_op_basic.cc', 434),
    },
    'reverse': {
        'Check failed: axis < ishape.ndim# # : ': ('../src/operator/tensor/./matrix_op-inl.h', 2167),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 244),
    },
    'rmsprop_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 2098),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 2098),
    },
    'rmspropalex_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 2011),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 2011),
    },
    'scatter_nd': {
        'Check failed: ishape# <= oshape.ndim# # : Number of indices exceeds output dimension in operator scatter_nd':
            ('../src/operator/tensor/./indexing_op.h', 1379),
        'Check failed: ishape.ndim() > 1': ('../src/operator/tensor/./indexing_op.h', 1376),
    },
    'sgd_mom_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 639),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 639),
    },
    'sgd_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 417),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 417),
    },
    'signsgd_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 2375),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 2375),
    },
    'signum_update': {
        'This operation only support floating point types ': ('../src/operator/./optimizer_op-inl.h', 2453),
        'This operation only support floating point types, ': ('../src/operator/./optimizer_op-inl.h', 2453),
    },
    'slice': {
        'Check failed: param_begin.ndim# <= dshape.ndim# # : Slicing axis exceeds data dimensions':
            ('../src/operator/tensor/./matrix_op-inl.h', 785),
        'Check failed: param_begin.ndim# == param_end.ndim# # : begin and end must have the same length':
            ('../src/operator/tensor/./matrix_op-inl.h', 789),
        'Check failed: param_end.ndim# <= dshape.ndim# # : Slicing axis exceeds data dimensions':
            ('../src/operator/tensor/./matrix_op-inl.h', 787),
        'Check failed: param_step.ndim# == param_begin.ndim# # : step and begin must have the same length':
            ('../src/operator/tensor/./matrix_op-inl.h', 796),
        'Check failed: s != # # : slice op step# cannot be #': ('../src/operator/tensor/./matrix_op-inl.h', 802),
        'ndim=#too large ': ('../src/operator/tensor/./matrix_op-inl.h', 884),
        'Check failed: dshape.ndim() > 0': ('../src/operator/tensor/./matrix_op-inl.h', 873),
    },
    'slice_axis': {
        'Check failed: #: Invalid begin, end, get begin=#, end=#': ('../src/operator/tensor/./matrix_op-inl.h', 1295),
        'Check failed: #: Invalid begin, end, get begin=#, end=-#': ('../src/operator/tensor/./matrix_op-inl.h', 1295),
        'Check failed: #: Invalid begin, end, get begin=-#, end=#': ('../src/operator/tensor/./matrix_op-inl.h', 1295),
        'Check failed: *axis < ishape.ndim# && *axis >= #: Transformed axis must be smaller than the source '
        'ndim and larger than zero! Recieved axis=#, src_ndim=#, transformed axis=#':
            ('../src/operator/tensor/./matrix_op-inl.h', 1276),
        'Check failed: *begin >= #: Invalid begin for begin=-#': ('../src/operator/tensor/./matrix_op-inl.h', 1303),
        'Check failed: *end >= #: Invalid begin, end, get begin=-#, end=-#':
            ('../src/operator/tensor/./matrix_op-inl.h', 1301),
    },
    'slice_like': {
        'Check failed: ishape# >= from_shape# # : Slice axis # with size #exceeds limit of input with size #':
            ('../src/operator/tensor/./matrix_op-inl.h', 1444),
        'Check failed: ishape.ndim# == from_shape.ndim# # : By default slice_axis performs slice on all axes'
        ', but ndim mismatch for inputs: # vs. #':
            ('../src/operator/tensor/./matrix_op-inl.h', 1440),
        'Check failed: ishape.ndim# > axis # : Slice axis: # exceeds first input: #':
            ('../src/operator/tensor/./matrix_op-inl.h', 1458),
        'Check failed: from_shape.ndim# > axis # : Slice axis: # exceeds second input: #':
            ('../src/operator/tensor/./matrix_op-inl.h', 1460),
        'ndim=#too large ': ('../src/operator/tensor/./matrix_op-inl.h', 1544),
    },
    'smooth_l1': {
        'Unknown type enum ': ('../src/operator/tensor/./elemwise_binary_scalar_op.h', 298),
    },
    'softmax': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'Check failed: num_inputs == infered_num_inputs # : Operator softmax expects # inputs, but got # instead.':
            ('../src/api/operator/numpy/../../../imperative/imperative_utils.h', 371),
        'This operation only support floating point types ': ('../src/operator/nn/./softmax-inl.h', 835),
        'This operation only support floating point types, ': ('../src/operator/nn/./softmax-inl.h', 835),
        'This operation only support integer types, ': ('../src/operator/nn/./softmax-inl.h', 835),
    },
    'softmax_cross_entropy': {
        'Check failed: ##.ndim# == #U # : SoftmaxCrossEntropy only accept #D data':
            ('../src/operator/./loss_binary_op-inl.h', 39),
        'Check failed: ##.ndim# == #U # : SoftmaxCrossEntropy only accept #D label':
            ('../src/operator/./loss_binary_op-inl.h', 41),
        'Check failed: ### == ### # : SoftmaxCrossEntropy: data label shape mismatch':
            ('../src/operator/./loss_binary_op-inl.h', 43),
        'SoftmaxCrossEntropy: Check failed: ### == ### # : data label shape mismatch':
            ('../src/operator/./loss_binary_op-inl.h', 43),
    },
    'softmin': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'This operation only support floating point types ': ('../src/operator/nn/./softmax-inl.h', 835),
        'This operation only support floating point types, ': ('../src/operator/nn/./softmax-inl.h', 835),
    },
    'sort': {
        'Check failed: type_assign(&(*out_attrs)[1], mshadow': ('../src/operator/tensor/./ordering_op-inl.h', 1011),
        'Check failed: type_assign(&data_type, (*out_attrs)[0])': ('../src/operator/tensor/./ordering_op-inl.h', 1016),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '#, found axis=#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '#, found axis=-#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '-#, found axis=-#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'This operation does ': ('../src/operator/tensor/./ordering_op-inl.h', 791),
    },
    'space_to_depth': {
        'Check failed: block != 0': ('../src/operator/tensor/./matrix_op-inl.h', 2574),
        'Check failed: in_attrs->at(0).ndim() == 4': ('../src/operator/tensor/./matrix_op-inl.h', 2565),
        'Check failed: in_shape[3] % block == 0': ('../src/operator/tensor/./matrix_op-inl.h', 2585),
        'Check failed: in_shape# % block == # # : Cannot perform Depth To Space operation on the specified t'
        'ensor. Dimension:## should be a multiple of # ':
            ('../src/operator/tensor/./matrix_op-inl.h', 2580),
    },
    'split_v2': {
        'Check failed: end <= ishape#: end # is no less than the size of the axis #':
            ('../src/operator/numpy/./../tensor/matrix_op-inl.h', 2795),
    },
    'squeeze': {
        'Check failed: axes[i] >= 0': ('../src/operator/tensor/./matrix_op-inl.h', 2359),
        'Check failed: axes[i] < dndim': ('../src/operator/tensor/./matrix_op-inl.h', 2362),
        'Check failed: dshape[axes[i]] == 1': ('../src/operator/tensor/./matrix_op-inl.h', 2364),
    },
    'stack': {
        'Check failed: axis < ndim && axis >= -ndim': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 181),
        'TBlob.get_with_shape: Check failed: this->shape_.Size# == static_cast<size_t>#) # : new and old sha'
        'pe do not match total elements':
            ('../include/mxnet/././tensor_blob.h', 310),
    },
    'sum': {
        'Check failed: axes[0] >= 0': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 274),
        'Check failed: axes[axes.ndim()-1] < ishape.ndim()':
            ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 271),
        'Check failed: axes[i-1] < axes[i]': ('../src/operator/nn/./../tensor/broadcast_reduce_op.h', 267),
    },
    'take': {
        'Check failed: param.axis >= -# * arrshape.ndim# && param.axis < arrshape.ndim#: Axis should be in t'
        'he range of # where r is the rank of input tensor':
            ('../src/operator/tensor/./indexing_op.h', 692),
    },
    'tile': {
        'Check failed: dim_size >= -1': ('../include/mxnet/tuple.h', 420),
    },
    'topk': {
        'Check failed: type_assign(&(*out_attrs)[0], param.dtype)': ('../src/operator/tensor/./ordering_op-inl.h', 953),
        'Check failed: type_assign(&(*out_attrs)[1], param.dtype)': ('../src/operator/tensor/./ordering_op-inl.h', 948),
        'Check failed: type_assign(&(*out_attrs)[1], mshadow': ('../src/operator/tensor/./ordering_op-inl.h', 944),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '#, found axis=#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '#, found axis=-#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'Check failed: *axis >= # && *axis < static_cast<int>#): Invalid axis! axis should be between # and '
        '-#, found axis=-#':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 156),
        'Check failed: *k >= # && *k <= *element_num: k must be smaller than #, get k = #':
            ('../src/operator/numpy/../tensor/ordering_op-inl.h', 184),
        'Unknown type enum ': ('../src/operator/tensor/./ordering_op-inl.h', 768),
    },
    'transpose': {
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
        'Check failed: out_shp.ndim() == shp.ndim()': ('../src/operator/tensor/./matrix_op-inl.h', 461),
        'Check failed: param.axes# < static_cast<int#_t>#): ': ('../src/operator/tensor/./matrix_op-inl.h', 474),
        'Check failed: std::max#, out_shp.ndim#) == param.axes.ndim# # : ':
            ('../src/operator/tensor/./matrix_op-inl.h', 472),
    },
    'unravel_index': {
        'Check failed: shape.ndim() > 0': ('../src/operator/tensor/./ravel.h', 77),
    },
    'where': {
        'Check failed: ##.Size# == static_cast<size_t># # : ': ('../src/operator/tensor/./control_flow_op.h', 191),
        'Check failed: i >= 0 && i < ndim()': ('../include/mxnet/tuple.h', 230),
    },
}

_SITES = {       # path -> ((line, key), ...)
    '': (
        (0, 'Expecting # or #. But got #'),
        (0, 'OpenCV(3.4.2) ../staticdeps/include/open'),
        (0, 'OpenCV(3.4.2) /work/mxnet/staticdeps/ope'),
        (0, 'could not create a descriptor for a dila'),
        (0, 'could not create a descriptor for a lrn '),
        (0, 'could not create a descriptor for an inn'),
        (0, 'could not create a descriptor for a pool'),
        (0, 'could not construct a sub-memory'),
        (0, 'could not construct a memory descriptor '),
        (0, 'could not create a primitive descriptor '),
    ),
    '../3rdparty/dmlc-core/src/io/input_split_base.cc': (
        (173, 'Check failed: files_.size() != 0U'),
    ),
    '../3rdparty/dmlc-core/src/io/local_filesys.cc': (
        (86, 'LocalFileSystem.GetPathInfo: nosuch.csv error: No such file or directory'),
        (86, 'LocalFileSystem.GetPathInfo: nosuch.rec error: No such file or directory'),
        (86, 'LocalFileSystem.GetPathInfo: nosuch.svm error: No such file or directory'),
        (104, 'LocalFileSystem.ListDirectory  error: No such file or directory'),
        (104, 'LocalFileSystem.ListDirectory ./data error: No such file or directory'),
        (104, 'LocalFileSystem.ListDirectory d.csv error: Not a directory'),
        (104, 'LocalFileSystem.ListDirectory nodir error: No such file or directory'),
    ),
    '../3rdparty/dmlc-core/src/io/uri_spec.h': (
        (55, 'Check failed: name_cache.size() == 1U'),
    ),
    '../3rdparty/dmlc-core/src/recordio.cc': (
        (64, 'Check failed: nread == sizeof(header)'),
        (65, 'Check failed: header[0] == RecordIOWriter'),
        (71, 'Check failed: stream_->Read(BeginPtr(*out_rec) + size, upper_align) == upper_align'),
    ),
    '../3rdparty/tvm/nnvm/src/core/pass.cc': (
        (61, 'Graph attr dependency dtype is required by pass MXPlanMemory but is '),
        (61, 'Graph attr dependency shape is required by pass MXPlanMemory but is '),
    ),
    '../3rdparty/tvm/nnvm/src/pass/place_device.cc': (
        (64, 'Check failed: dit != device_assign_map.end()'),
    ),
    '../3rdparty/tvm/nnvm/src/pass/saveload_json.cc': (
        (257, 'Check failed: jgraph.nodes[nid].node->is_variable()'),
    ),
    '../include/dmlc/././json.h': (
        (732, "Check failed: ch == '{'"),
        (740, "Check failed: ch == '['"),
    ),
    '../include/dmlc/./any.h': (
        (319, 'Check failed: type_ != nullptr'),
    ),
    '../include/dmlc/./json.h': (
        (677, 'Check failed: ch == \'\\"\''),
    ),
    '../include/dmlc/memory_io.h': (
        (34, 'Check failed: curr_ptr_ + size <= buffer_size_'),
    ),
    '../include/dmlc/thread_group.h': (
        (226, 'Check failed: auto_remove_ == false'),
    ),
    '../include/dmlc/threadediter.h': (
        (500, '../src/io/iter_csv.cc:'),
    ),
    '../include/mshadow/./././dot_engine-inl.h': (
        (117, 'Not implmented!'),
    ),
    '../include/mshadow/././expr_engine-inl.h': (
        (424, 'BinaryMapExp: Check failed: shape1 == shape2'),
    ),
    '../include/mshadow/././extension/reshape.h': (
        (50, 'Check failed: ishape.Size() == shape.Size()'),
    ),
    '../include/mshadow/./tensor_cpu-inl.h': (
        (213, 'Assignment: Check failed: eshape[0] == 0 || eshape == dshape'),
    ),
    '../include/mshadow/tensor.h': (
        (281, 'Invalid layout for '),
        (281, 'Invalid layout for #d shape #'),
    ),
    '../include/mxnet/././tensor_blob.h': (
        (197, 'Check failed: this->shape_.Size() == shape.Size()'),
        (214, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: char v.s. given double'),
        (214, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: long long v.s. given float'),
        (214, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: unsigned char v.s. given int'),
        (255, 'Check failed: mshadow ... :DataType<DType>::kFlag '),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: double v.s. given float'),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: float v.s. given double'),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: float v.s. given half'),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: float v.s. given int'),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: half v.s. given float'),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: int v.s. given float'),
        (255, 'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do'
               ' not match specified type.Expected: unsigned char v.s. given float'),
        (310, 'TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>(shape.Size())'),
    ),
    '../include/mxnet/./base.h': (
        (525, 'Invalid context string bogus'),
    ),
    '../include/mxnet/./tensor_blob.h': (
        (425, 'Unknown DLDataType'),
    ),
    '../include/mxnet/./tuple.h': (
        (244, 'Check failed: i >= # && i < ndim#: index = # must be in range [#, -#)'),
        (244, 'Check failed: i >= 0 && i < ndim() index = 1 must be in range [0, -1)'),
        (396, 'Check failed: ndim >= -1'),
        (521, 'Check failed: ndim_is_known(this->ndim())'),
        (525, 'Check failed: dim_size_is_known(*it)'),
        (543, 'Check failed: dim_size_is_known(d[i])'),
        (599, 'Check failed: ndim_is_known(ndim())'),
    ),
    '../include/mxnet/base.h': (
        (498, 'This call is only supported for MXNet built with CUDA support.'),
    ),
    '../include/mxnet/ndarray.h': (
        (307, 'Check failed: !is_none()'),
    ),
    '../include/mxnet/operator.h': (
        (227, 'Check failed: in_type->at(i) == mshadow::default_type_flag || in_type->at(i) == -1'),
    ),
    '../include/mxnet/runtime/packed_func.h': (
        (427, 'Check failed: type_code_ == kObjectHandle'),
        (862, 'unknown type_code'),
        (885, 'unknown type bfloat'),
        (885, 'unknown type complex'),
        (885, 'unknown type f'),
        (885, 'unknown type float'),
        (885, 'unknown type i'),
        (885, 'unknown type int'),
        (885, 'unknown type uint'),
    ),
    '../include/mxnet/tuple.h': (
        (230, 'Check failed: i >= # && i < ndim#: index = -# must be in range [#, -#)'),
        (244, 'Check failed: i >= # && i < ndim#: index = # must be in range [#, #)'),
        (244, 'Check failed: i >= # && i < ndim#: index = -# must be in range [#, #)'),
        (244, 'Check failed: i >= 0 && i < ndim() ... index '),
        (420, 'Check failed: dim_size >= -# # : shape dim size must be >= -#, while received -#'),
        (420, 'Check failed: dim_size >= -1 ... shape dim size must be >'),
        (584, 'Check failed: dim == ndim# # : dimension do not match target dimension # vs #'),
        (584, 'Check failed: dim == ndim() ... dimension do '),
    ),
    '../include/nnvm/graph.h': (
        (249, 'Check failed: it != attrs.end()'),
    ),
    '../src/api/operator/numpy/../../../imperative/imperative_utils.h': (
        (371, 'Check failed: num_inputs == infered_num_inputs'),
    ),
    '../src/c_api/../operator/tensor/matrix_op-inl.h': (
        (105, 'Check failed: src_idx < dshape_len # : '),
        (105, 'Check failed: src_idx < dshape_len ... '),
    ),
    '../src/c_api/c_api_function.cc': (
        (116, 'Check failed: reinterpret_cast<CustomFunctionBwdFunc>( params.info->callbacks[kCustomFunctionBac'
               'kward])( inputs.size(), outputs.size(), const_cast<NDArrayHandle*>(ptrs.data()), reinterpret_cas'
               't<const int*>(req.data()), ctx.is_train, params.info->contexts[kCustomFunctionBackward])'),
    ),
    '../src/c_api/c_api_ndarray.cc': (
        (74, 'Check failed: *num_outputs == infered_num_outputs || *num_outputs == num_visible_outputs'),
        (242, 'Check failed: *num_outputs == op->num_outputs()'),
    ),
    '../src/c_api/c_api_profile.cc': (
        (353, 'Check failed: profiler->IsEnableOutput()'),
    ),
    '../src/c_api/c_api_symbolic.cc': (
        (539, 'InferShapeKeyword argument name c '),
    ),
    '../src/common/../operator/tensor/cast_storage-inl.h': (
        (238, 'Check failed: dns.shape_.ndim() == 2'),
    ),
    '../src/executor/../common/exec_utils.h': (
        (415, 'InferType pass cannot decide dtypes for the following arguments '),
        (515, 'Check failed: x == default_ctx'),
        (585, 'Check failed: device[nid] == devid'),
        (613, 'Check failed: ctx == vcontext[nid]'),
    ),
    '../src/imperative/./../common/exec_utils.h': (
        (116, 'Check failed: temp.IsDefaultData()'),
    ),
    '../src/executor/graph_executor.cc': (
        (100, 'Check failed: i < head_grads.size() && !head_grads[i].is_none()'),
        (929, 'Check failed: allow_up_sizing'),
    ),
    '../src/imperative/./imperative_utils.h': (
        (149, 'Check failed: out_shapes.size() == outputs.size()'),
        (170, 'Check failed: infer_type_success'),
        (195, 'Check failed: infer_stype_success'),
        (216, 'Check failed: outputs[i]->shape() == out_shapes[i]'),
        (220, 'Check failed: outputs[i]->dtype() == out_types[i]'),
    ),
    '../src/imperative/./cached_op.h': (
        (159, 'Check failed: !xs.empty()'),
    ),
    '../src/imperative/cached_op.cc': (
        (768, 'Check failed: inputs.size() == num_inputs()'),
        (777, 'Check failed: inputs[i]->ctx() == default_ctx'),
        (997, 'Check failed: !Imperative ... :Get'),
    ),
    '../src/imperative/imperative.cc': (
        (81, 'Operator _contrib_group_adagrad_update is '),
        (81, 'Operator _ones is '),
        (203, 'Check failed: AGInfo: :IsNone#: Assigning to NDArrays that are already in a computational graph will '
              'cause undefined behavior when evaluating gradients. Please call backward first to clear the graph or do'
              ' this out side of a record section. Also note that you cannot use inplace operations like +=, *=, relu'
              '#, y#=x, etc inside a record section.'),
        (261, 'Check failed: AGInfo: :IsNone#: Inplace operations # are not supported when recording with autograd.'),
        (295, 'Check failed: !AGInfo ... :IsNone'),
        (295, 'Check failed: !AGInfo: :IsNone#: Cannot differentiate node because it is not in a computational '
               'graph. You need to set is_recording to true or use autograd.record# to save computational graphs'
               ' for backward. If you want to differentiate the same graph twice, you need to pass retain_graph='
               'True to backward.'),
        (336, 'Check failed: !AGInfo: :IsNone# && AGInfo::IsVariable#: Cannot differentiate with respect to the'
               ' #-th variable because it does not require gradient.'),
        (356, 'Check failed: xs.size() > 0'),
    ),
    '../src/io/../operator/elemwise_op_common.h': (
        (134, 'Check failed: assign#): Incompatible attr in node sum_grad at #-th output: expected float#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node sum_grad at #-th output: expected int#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node sum_grad at #-th output: expected uint#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node sum_grad at #-th output: expected float#, got uint#'),
        (134, 'Check failed: assign#): Incompatible attr in node sum_grad at #-th output: expected int#, got int#'),
        (134, 'Check failed: assign#): Incompatible attr in node sum_grad at #-th output: expected float#, got int#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected float#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected float#, got int#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected float#, got unknown'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected int#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected int#, got int#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected uint#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected unknown, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th output: expected float#, got int#'),
        (134, 'Check failed: assign#): Incompatible attr in node _plus# at #-th input: expected float#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node _plus# at #-th input: expected float#, got int#'),
        (134, 'Check failed: assign#): Incompatible attr in node node_#_backward at #-th input: expected float#'
               ', got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node node_#_backward at #-th input: expected int#, '
               'got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node node_#_backward at #-th output: expected float'
               '#, got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node node_#_backward at #-th output: expected int#,'
               ' got float#'),
        (134, 'Check failed: assign#): Incompatible attr in node op at #-th input: expected float#, got int#'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node dense'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node fc at '),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node node_'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node op at '),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node outer'),
    ),
    '../src/io/../operator/image/resize-inl.h': (
        (141, "Check failed: inputs#.type_flag_ != mshadow: :kFloat# # : opencv image mat doesn't support fp#"),
        (141, 'Check failed: inputs[0].type_flag_ != mshadow ... :kFloat'),
    ),
    '../src/io/image_io.cc': (
        (146, 'Check failed: !res.empty()'),
        (159, 'Check failed: !dst.empty()'),
        (184, 'Check failed: inputs[0].dtype() == mshadow'),
        (189, 'Check failed: len > 0'),
        (222, 'Imread: Check failed: file.is_open()'),
        (340, "Check failed: inputs#.type_flag_ != mshadow: :kFloat# # : imresize doesn't support fp#"),
    ),
    '../src/io/iter_csv.cc': (
        (183, 'Check failed: false'),
    ),
    '../src/io/iter_image_det_recordio.cc': (
        (312, 'Check failed: param_.label_width == rec.num_label'),
        (333, 'ImageDetRecordIOParser: label_pad_width: '),
    ),
    '../src/io/iter_image_recordio.cc': (
        (116, 'ImageRecordIOIterator: Check failed: param_.path_imgrec.length() != 0'),
    ),
    '../src/io/iter_image_recordio_2.cc': (
        (173, 'ImageRecordIter2: Check failed: param_.path_imgrec.length() != 0'),
    ),
    '../src/io/iter_libsvm.cc': (
        (88, 'Check failed: param_.label_shape.Size() == 1'),
    ),
    '../src/kvstore/././comm.h': (
        (772, 'Check failed: !merged.is_none()'),
    ),
    '../src/kvstore/./kvstore_dist.h': (
        (627, 'Check failed: static_cast<size_t>(pskv.size) == pskv_size'),
    ),
    '../src/kvstore/./kvstore_local.h': (
        (105, 'Check failed: str_key_dict_.find(str_key) == str_key_dict_.end()'),
        (228, 'Check failed: local_.find(keys[i]) == local_.end()'),
        (288, 'Check failed: !local.is_none#: key # has not been inited'),
        (288, 'Check failed: !local.is_none() ... key '),
        (288, 'Check failed: !local.is_none() ... key -'),
        (323, 'Check failed: key_type_ == key_type'),
        (359, 'Unexpected storage type detected during kvstore push: '),
        (403, 'Check failed: val_stype == kRowSparseStorage'),
        (452, 'Check failed: str_key_dict_.find(str_key) != str_key_dict_.end()'),
    ),
    '../src/kvstore/kvstore.cc': (
        (74, 'compile with USE_NCCL'),
    ),
    '../src/ndarray/./../operator/tensor/../elemwise_op_common.h': (
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th input: expected #, got #'),
        (134, 'Check failed: assign#): Incompatible attr in node  at #-th output: expected #, got #'),
        (134, 'Check failed: assign#): Incompatible attr in node _plus# at #-th input: expected #, got #'),
        (134, 'Check failed: assign#): Incompatible attr in node node_#_backward at #-th input: expected #, got #'),
        (134, 'Check failed: assign#): Incompatible attr in node node_#_backward at #-th output: expected #, got #'),
        (134, 'Check failed: assign#): Incompatible attr in node op at #-th input: expected #, got #'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node  at '),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node _maximum'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node _mul'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node _plus'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node add_n'),
        (134, 'Check failed: assign(&dattr, vec.at(i)) ... Incompatible attr in node elemwise_mul'),
    ),
    '../src/ndarray/./ndarray_function.h': (
        (97, 'Check failed: index.ndim() == 1 && proptype.ndim() == 2'),
        (98, 'Check failed: index[0] == proptype[0]'),
        (116, 'Check failed: lshape.ndim() == 2 && mshape.ndim() == 1 && rshape.ndim() == 1'),
        (118, 'Check failed: (lshape[0] == mshape[0]) && (mshape[0] == rshape[0])'),
    ),
    '../src/ndarray/ndarray.cc': (
        (172, 'Check failed: !Imperative ... :AGInfo::IsNone'),
        (284, 'Check failed: begin <= end'),
        (246, 'NDArray.Reshape: Check failed: shape_.Size() == shape.Size()'),
        (250, 'NDArray.Reshape: Check failed: shape_.Size() >= shape.Size()'),
        (491, 'MKLDNN doesn'),
        (506, 'Check failed: delay_alloc'),
        (2168, 'Check failed: res.data != nullptr'),
        (649, 'Check failed: !is_view'),
        (1212, 'Check failed: from.shape() == to.shape()'),
        (1297, 'GPU is not enabled'),
        (1732, 'Check failed: Imperative::Get()->is_np_shape()'),
        (1738, 'Check failed: Imperative::Get()->is_np_shape() == GlobalOn || !Imperative::Get()->is_np_shape()'),
        (1854, 'Check failed: fi->Read(&header)'),
        (1856, 'Check failed: fi->Read(&reserved)'),
        (1858, 'Check failed: header == kMXAPINDArrayListMagic'),
        (1860, 'Check failed: fi->Read(data)'),
        (1862, 'Check failed: fi->Read(keys)'),
        (1864, 'Check failed: keys->size() == 0 || keys->size() == data->size()'),
        (1961, 'Check failed: src_shape.Size() <= dst_data.shape_.Size()'),
        (2086, 'Check failed: err != kCSRShapeErr'),
        (2087, 'Check failed: err != kCSRIndPtrErr'),
        (2090, 'Check failed: err != kCSRIdxErr'),
        (2094, 'Check failed: err != kRSPIdxErr'),
    ),
    '../src/ndarray/ndarray_function.cc': (
        (56, 'Check failed: size == to->Size()'),
    ),
    '../src/nnvm/gradient.cc': (
        (141, 'Check failed: output_grads.find(xs[i].node.get()) != output_grads.end()'),
        (191, 'Check failed: (*rit)->inputs.size() == input_grads.size()'),
    ),
    '../src/operator/././linalg_impl.h': (
        (166, 'FP16 gemm on cpu not implemented!'),
    ),
    '../src/operator/././tensor/elemwise_binary_broadcast_op.h': (
        (183, 'Too many broadcast dimensions with operands '),
    ),
    '../src/operator/./bilinear_sampler-inl.h': (
        (155, 'Check failed: lshape.ndim() == 4U ... Sampler grid should be '),
        (157, 'Check failed: dshape[0] == lshape[0]'),
        (158, 'Check failed: lshape[1] == 2U ... incorrect grid shape'),
        (183, 'Check failed: type == dtype || type == -1'),
    ),
    '../src/operator/./convolution_v1-inl.h': (
        (383, 'Check failed: param_.kernel.ndim# == #U # : #D convolution not supported'),
        (410, 'Check failed: dshp.ndim# == #U # : Input data should be #D in batch-num_filter-y-x'),
        (410, 'Check failed: dshp.ndim() == 4U ... Input data should be '),
    ),
    '../src/operator/./correlation-inl.h': (
        (80, 'Check failed: param_.kernel_size % 2 != 0'),
        (195, 'Check failed: dshape1.ndim() == 4U'),
        (196, 'Check failed: dshape2.ndim() == 4U'),
        (221, 'Check failed: top_width_ >= 1U'),
    ),
    '../src/operator/./crop-inl.h': (
        (125, 'Check failed: data_shape[2] >= out_shape[2]'),
        (135, 'Check failed: param_.offset[0] <= data_shape[2]-out_shape[2]'),
        (178, 'Check failed: data_shape.ndim() == 4U'),
        (184, 'Check failed: static_cast<int>(param_.h_w[0]) <= static_cast<int>(data_shape[2])'),
    ),
    '../src/operator/./grid_generator-inl.h': (
        (221, 'Check failed: lshape.ndim() == 2U ... if transform_type is affine, data is affine matrixaffine m'
               'atrix should be '),
        (224, 'Check failed: lshape[1] == 6U ... incorrect data shape'),
        (227, 'Check failed: param_.target_shape[1] > 0U'),
        (234, 'Check failed: lshape.ndim() == 4U ... if transform_type is warp, data is optical flowoptical flo'
               'w should be '),
        (237, 'Check failed: lshape[1] == 2U ... incorrect data shape'),
    ),
    '../src/operator/./instance_norm-inl.h': (
        (68, 'Check failed: in_data[instance_norm'),
    ),
    '../src/operator/./l2_normalization-inl.h': (
        (275, 'Check failed: dshape.ndim# >= # # : At lease # dimensions required in channel mode'),
        (275, 'Check failed: dshape.ndim() >= 3 ... At lease '),
        (280, 'Check failed: dshape.ndim# >= # # : At lease # dimensions required in spatial mode'),
    ),
    '../src/operator/./leaky_relu-inl.h': (
        (326, 'Check failed: s == -1'),
    ),
    '../src/operator/./loss_binary_op-inl.h': (
        (39, 'Check failed: (*in_attrs)[0].ndim() == 2U'),
        (41, 'Check failed: (*in_attrs)[1].ndim() == 1U'),
        (91, 'SoftmaxCrossEntropy: Check failed: req[1] == kNullOp'),
    ),
    '../src/operator/./optimizer_op-inl.h': (
        (155, 'Check failed: param.lrs.ndim() == param.num_weights'),
        (160, 'Check failed: param.wds.ndim() == param.num_weights'),
        (496, 'Check failed: req == kWriteInplace ... kWriteInplace is expected for sparse sgd_mom_update'),
        (1687, 'Check failed: weight_shape.ndim() == g_shape.ndim()'),
        (1690, 'Check failed: weight_shape# == g_shape# # : weight and g dimension size mismatch at #-th index'),
        (1690, 'Check failed: weight_shape[i] == g_shape[i] ... weight and g dimension size mismatch at '),
        (1695, 'Check failed: r#_shape# == #U # : r# shape incorrect'),
        (1695, 'Check failed: r1_shape[0] == 1U ... r'),
        (1842, 'Check failed: weight_shape.ndim() == weight32_shape.ndim()'),
        (1847, 'Check failed: weight_shape[i] == weight32_shape[i]'),
    ),
    '../src/operator/./pad-inl.h': (
        (215, 'Current implementation only supports '),
        (218, 'Current implementation expects padding on the first two axes to be zero.'),
        (221, 'Input shape vs padding spec mismatch.'),
        (227, 'Current implementation of reflection padding only supports padding sizes smaller than the input size.'),
    ),
    '../src/operator/./pooling_v1-inl.h': (
        (228, 'Check failed: param_.kernel.ndim# == #U # : #D pooling not supported'),
        (228, 'Check failed: param_.kernel.ndim() == 3U ... '),
        (245, 'Check failed: dshape.ndim() >= 4 ... Pooling: Input data should be '),
        (245, 'Pooling: Check failed: dshape.ndim() >= 4'),
    ),
    '../src/operator/./roi_pooling-inl.h': (
        (181, 'Check failed: bshape.ndim# == #U # : bbox should be a #D tensor of shape #'),
        (181, 'Check failed: bshape.ndim() == 2U ... bbox should be a '),
        (182, 'Check failed: bshape[1] == 5U'),
        (200, 'Check failed: dtype == ## # : '),
        (200, 'Check failed: dtype == ... '),
    ),
    '../src/operator/./sequence_mask-inl.h': (
        (203, 'Check failed: dshape.ndim() > 1U'),
        (205, 'Check failed: # || #: Current implementation expects axis to be # or #.'),
        (205, 'Check failed: (param_.axis == 0) || (param_.axis == 1) ... Current implementation expects axis to be '),
    ),
    '../src/operator/./sequence_reverse-inl.h': (
        (226, 'Check failed: param_.axis == 0'),
    ),
    '../src/operator/./slice_channel-inl.h': (
        (194, 'Check failed: param_.axis < dshape.ndim()'),
        (202, 'Check failed: dshape[real_axis] % param_.num_outputs == 0U'),
        (210, 'Check failed: ishape[real_axis] == param_.num_outputs'),
    ),
    '../src/operator/./spatial_transformer-inl.h': (
        (193, 'Check failed: dshape.ndim# == #U # : input data should be #D in batch-num_filter-y-x'),
        (193, 'Check failed: dshape.ndim() == 4U ... input data should be '),
        (196, 'Check failed: lshape.ndim() == 2U ... locolisation paramter should be '),
        (199, 'Check failed: lshape[1] == 6U ... incorrect locolisation network shape'),
        (203, 'Check failed: param_.target_shape# > #U # : incorrect target_shape: #'),
        (203, 'Check failed: param_.target_shape[0] > 0U ... incorrect target_shape: '),
        (223, 'Check failed: i_type == dtype || i_type == -1'),
    ),
    '../src/operator/./swapaxis-inl.h': (
        (219, 'Check failed: axis1 >= 0 && axis1 < shape0.ndim()'),
        (219, 'axis1: Check failed: axis1 >= 0 && axis1 < shape0.ndim()'),
        (226, 'Check failed: axis2 >= 0 && axis2 < shape0.ndim()'),
        (226, 'axis2: Check failed: axis2 >= 0 && axis2 < shape0.ndim()'),
    ),
    '../src/operator/contrib/.././operator_common.h': (
        (504, 'Check failed: arr.storage_shape()[0] == arr.shape()[0]'),
    ),
    '../src/ndarray/./../operator/tensor/.././operator_common.h': (
        (374, 'Check failed: pNode->num_inputs() == pNode->inputs.size()'),
    ),
    '../src/operator/contrib/../tensor/./../mxnet_op.h': (
        (737, 'Check failed: from.Size() == to.Size()'),
    ),
    '../src/operator/contrib/./bounding_box-inl.h': (
        (104, 'Check failed: indim >= 2'),
        (113, 'Check failed: width_elem >= expected'),
        (121, 'score_index: Check failed: score_index >= 0 && score_index < width_elem'),
        (127, 'coordinates: Check failed: coord_start >= 0 && coord_end < width_elem'),
        (132, 'id_index: Check failed: id_index >= 0 && id_index < width_elem'),
        (544, 'Check failed: lshape.ndim() >= 2'),
        (548, 'Check failed: ldim == 4 ... last dimension of lhs must be '),
        (555, 'Check failed: rdim == 4'),
        (668, 'Check failed: dshape.ndim() >= 2'),
        (801, 'Check failed: sshape.ndim() == 2'),
        (809, 'Check failed: ashape.ndim() >= 3'),
        (958, 'Check failed: dshape.ndim() == 3 ... data shape must have dim '),
        (962, 'Check failed: ldim == 4 ... last dimension of data must be '),
    ),
    '../src/operator/contrib/./count_sketch-inl.h': (
        (158, 'Check failed: ### == dshape# # : H should be #D tensor with same length as input shape#, # v.s. #'),
        (158, 'Check failed: (*in_shape)[CountSketch ... :kH]'),
        (158, 'Check failed: (*in_shape)[CountSketch::kH][1] == dshape[3]'),
        (167, 'Check failed: (*in_shape)[CountSketch::kH][1] == dshape[1]'),
        (175, 'Check failed: dshape.ndim() == 2'),
    ),
    '../src/operator/contrib/./deformable_convolution-inl.h': (
        (339, 'not implemented'),
    ),
    '../src/operator/contrib/./hawkes_ll-inl.h': (
        (78, 'Check failed: in_attrs->at(hawkesll ... :kMu).ndim'),
        (78, 'Check failed: in_attrs->at(hawkesll::kMu).ndim() == 2'),
        (79, 'Check failed: in_attrs->at(hawkesll ... :kAlpha).ndim'),
        (79, 'Check failed: in_attrs->at(hawkesll::kAlpha).ndim() == 1'),
        (80, 'Check failed: in_attrs->at(hawkesll::kBeta).ndim() == 1'),
        (81, 'Check failed: in_attrs->at(hawkesll::kState).ndim() == 2'),
        (82, 'Check failed: in_attrs->at(hawkesll::kIATimes).ndim() == 2'),
        (83, 'Check failed: in_attrs->at(hawkesll::kMarks).ndim() == 2'),
        (84, 'Check failed: in_attrs->at(hawkesll::kValidLength).ndim() == 1'),
        (85, 'Check failed: in_attrs->at(hawkesll::kMaxTime).ndim() == 1'),
        (92, 'Check failed: in_attrs->at(hawkesll::kMu)[0] == N'),
        (94, 'Check failed: in_attrs->at(hawkesll::kAlpha)[0] == K'),
        (95, 'Check failed: in_attrs->at(hawkesll::kBeta)[0] == K'),
        (96, 'Check failed: in_attrs->at(hawkesll::kState)[0] == N'),
        (97, 'Check failed: in_attrs->at(hawkesll::kState)[1] == K'),
        (98, 'Check failed: in_attrs->at(hawkesll::kMarks)[0] == N'),
        (99, 'Check failed: in_attrs->at(hawkesll::kMarks)[1] == T'),
        (100, 'Check failed: in_attrs->at(hawkesll::kValidLength)[0] == N'),
        (101, 'Check failed: in_attrs->at(hawkesll::kMaxTime)[0] == N'),
    ),
    '../src/operator/contrib/./index_copy-inl.h': (
        (64, 'Check failed: in_attrs->at(1).ndim() == 1'),
        (71, 'Check failed: in_attrs->at(0)[i] == in_attrs->at(2)[i]'),
        (76, 'Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0]'),
    ),
    '../src/operator/contrib/./modulated_deformable_convolution-inl.h': (
        (450, 'Check failed: oshape[1] % param_.num_deformable_group == 0U'),
    ),
    '../src/operator/contrib/./multi_lars-inl.h': (
        (83, 'MultiLARS only support float'),
    ),
    '../src/operator/contrib/./multibox_detection-inl.h': (
        (156, 'Check failed: cshape.ndim() == 3U'),
        (156, 'Provided: Check failed: cshape.ndim() == 3U'),
    ),
    '../src/operator/contrib/./multibox_prior-inl.h': (
        (86, 'Check failed: sizes_.size() > 0'),
        (89, 'Check failed: offsets_.size() == 2'),
        (176, 'Check failed: dshape.ndim() >= 4 ... Input data should be '),
        (190, 'Check failed: param_.steps.ndim() == 2'),
    ),
    '../src/operator/contrib/./multibox_target-inl.h': (
        (218, 'Check failed: ashape.ndim() == 3'),
        (219, 'Check failed: ashape[0] == 1'),
    ),
    '../src/operator/contrib/./optimizer_op-inl.h': (
        (157, 'Check failed: req == kWriteInplace ... kWriteInplace is expected for sparse group_adagrad_update'),
    ),
    '../src/operator/contrib/batch_norm_relu.cc': (
        (151, 'BatchNormWithReLU operator only supports MKL-DNN Backend.'),
    ),
    '../src/operator/contrib/boolean_mask.cc': (
        (109, 'Check failed: axis == 0'),
        (110, 'Check failed: data.shape()[axis] == idx.shape()[0]'),
        (111, 'Check failed: idx.shape().ndim() == 1U'),
    ),
    '../src/operator/contrib/count_sketch.cc': (
        (31, 'CountSketch is only available for GPU.'),
    ),
    '../src/operator/contrib/dgl_graph.cc': (
        (1212, 'Check failed: in_attrs->at(1).ndim() == 1U'),
        (1385, 'Check failed: in_attrs->at# == mshadow: :kInt# # : '),
    ),
    '../src/operator/contrib/fft.cc': (
        (31, 'fft is only available for GPU.'),
    ),
    '../src/operator/contrib/ifft.cc': (
        (32, 'ifft is only available for GPU.'),
    ),
    '../src/operator/contrib/krprod.cc': (
        (55, 'Check failed: (num_columns) == (static_cast<int>(attr_shape[1])) '),
    ),
    '../src/operator/contrib/multibox_target.cc': (
        (96, 'Check failed: static_cast<float>(*(p_label + i * label_width + 1)) == -1.0f'),
        (97, 'Check failed: static_cast<float>(*(p_label + i * label_width + 2)) == -1.0f'),
        (98, 'Check failed: static_cast<float>(*(p_label + i * label_width + 3)) == -1.0f'),
        (99, 'Check failed: static_cast<float>(*(p_label + i * label_width + 4)) == -1.0f'),
    ),
    '../src/operator/contrib/nnz.cc': (
        (62, 'Check failed: in_attrs->at(0).ndim() == 2'),
        (74, 'Unexpected value for axis'),
        (129, 'getnnz with axis = # is not supported yet'),
    ),
    '../src/operator/contrib/roi_align.cc': (
        (577, 'Check failed: dshape.ndim() == 4'),
        (580, 'Check failed: bshape.ndim() == 2'),
        (581, 'Check failed: bshape[1] == 5'),
        (585, 'Check failed: dshape[1] %'),
    ),
    '../src/operator/contrib/rroi_align.cc': (
        (292, 'Check failed: dshape.ndim# == #U # : data should be a #D tensor'),
        (292, 'Check failed: dshape.ndim() == 4U ... data should be a '),
    ),
    '../src/operator/contrib/transformer.cc': (
        (40, 'Check failed: qkv_shape.ndim# == #U # : Input queries_keys_values should be #D in seq_length-bat'
               'ch-proj_dim, currently is: #D'),
        (40, 'Check failed: qkv_shape.ndim# == #U # : Input queries_keys_values should be #D in seq_length-bat'
               'ch-proj_dim, currently is: -#D'),
        (40, 'Check failed: qkv_shape.ndim() == 3U ... Input queries_keys_values should be '),
        (56, 'Check failed: qkv_shape.ndim# == #U # : Input queries_keys_values should be #D in seq_length-bat'
               'ch-#*proj_dim, currently is: #D'),
        (56, 'Check failed: qkv_shape.ndim# == #U # : Input queries_keys_values should be #D in seq_length-bat'
               'ch-#*proj_dim, currently is: -#D'),
        (84, 'Check failed: q_shape.ndim() == 3U'),
        (107, 'Check failed: kv_shape.ndim() == 3U'),
    ),
    '../src/operator/control_flow.cc': (
        (759, 'Check failed: attrs.subgraphs[0]->outputs.size() == 1U'),
        (966, 'Check failed: attrs.subgraphs[1]->outputs.size() == attrs.subgraphs[2]->outputs.size()'),
    ),
    '../src/operator/custom/custom.cc': (
        (75, 'Check failed: reinterpret_cast<CustomOpListFunc>( params.info->callbacks[Type])( &args, params.i'
               'nfo->contexts[Type])'),
        (96, 'Check failed: !params.op_type.empty()'),
        (120, 'Check failed: reinterpret_cast<CustomOpBwdDepFunc>( params.info->callbacks[kCustomOpPropDeclareBa'
               'ckwardDependency])( out_grad.data(), in_data.data(), out_data.data(), &num_dep, &rdeps, params.i'
               'nfo->contexts[kCustomOpPropDeclareBackwardDependency])'),
        (151, 'Check failed: reinterpret_cast<CustomOpInferShapeFunc>( params.info->callbacks[kCustomOpPropInfe'
               'rShape])( shapes.size(), ndims.data(), shapes.data(), params.info->contexts[kCustomOpPropInferSh'
               'ape])'),
        (195, 'Check failed: reinterpret_cast<CustomOpInferTypeFunc>( params.info->callbacks[kCustomOpPropInfer'
               'Type])( types.size(), types.data(), params.info->contexts[kCustomOpPropInferType])'),
        (281, 'Check failed: reinterpret_cast<CustomOpCreateFunc>( params.info->callbacks[kCustomOpPropCreateOp'
               'erator])( os.str().c_str(), shapes.size(), shapes.data(), ndims.data(), in_type.data(), op_info,'
               ' params.info->contexts[kCustomOpPropCreateOperator])'),
        (345, 'Check failed: reinterpret_cast<CustomOpFBFunc>( params.info->callbacks[kCustomOpForward])( ptrs.'
               'size(), const_cast<void**>(ptrs.data()), const_cast<int*>(tags.data()), reinterpret_cast<const i'
               'nt*>(req.data()), static_cast<int>(ctx.is_train), params.info->contexts[kCustomOpForward])'),
        (416, 'Check failed: reinterpret_cast<CustomOpFBFunc>(params.info->callbacks[kCustomOpBackward])( ptrs.'
               'size(), const_cast<void**>(ptrs.data()), const_cast<int*>(tags.data()), reinterpret_cast<const i'
               'nt*>(req.data()), static_cast<int>(ctx.is_train), params.info->contexts[kCustomOpBackward])'),
        (521, 'Check failed: reinterpret_cast<CustomOpInferStorageTypeFunc>( params.info->callbacks[kCustomOpProp'
               'InferStorageType])( stypes.size(), stypes.data(), params.info->contexts[kCustomOpPropInferStorag'
               'eType])'),
    ),
    '../src/operator/grid_generator.cc': (
        (36, 'Other DTypes are '),
    ),
    '../src/operator/image/./image_random-inl.h': (
        (98, 'Check failed: (shp.ndim() == 3) || (shp.ndim() == 4)'),
        (244, 'Check failed: (dshape.ndim() == 3) || (dshape.ndim() == 4)'),
        (251, 'Check failed: nchannels == 3 || nchannels == 1 ... The first dimension of input tensor must be t'
               'he channel dimension with either '),
        (256, 'Check failed: nchannels == 3 || nchannels == 1 ... The second dimension of input tensor must be '
               'the channel dimension with either '),
        (261, 'Check failed: (param.mean.ndim() == 1) || (param.mean.ndim() == nchannels)'),
        (265, 'Check failed: param.std.ndim() == 1 || param.std.ndim() == nchannels'),
        (538, 'Check failed: dshape.ndim() == 3 ... Input image must have shape '),
        (541, 'Check failed: nchannels == 3 || nchannels == 1 ... The last dimension of input image must be the'
               ' channel dimension with either '),
    ),
    '../src/operator/image/./resize-inl.h': (
        (78, 'Check failed: (param.size.ndim() == 1) || (param.size.ndim() == 2)'),
        (84, 'Check failed: param.size[0] > 0 ... Input size should be greater than '),
        (100, 'Check failed: param.size[0] > 0 ... Input width should be greater than '),
        (103, 'Check failed: param.size[1] > 0'),
        (116, 'Check failed: (in_attrs->at(0).ndim() == 3U) || (in_attrs->at(0).ndim() == 4U)'),
    ),
    '../src/operator/image/crop-inl.h': (
        (67, 'Check failed: (in_attrs->at(0)[2] == 1) || (in_attrs->at(0)[2] == 3)'),
        (71, 'Check failed: (in_attrs->at(0)[3] == 1) || (in_attrs->at(0)[3] == 3)'),
        (75, 'Image Crop expects inputs of '),
        (82, 'Check failed: (param.height > 0) && (param.width > 0)'),
        (84, 'Check failed: param.x + param.width <= ishape[ishape.ndim() - 2]'),
        (86, 'Check failed: param.y + param.height <= ishape[ishape.ndim() - 3]'),
    ),
    '../src/operator/nn/./../tensor/broadcast_reduce_op.h': (
        (177, 'Check failed: axis == 0 || axis == -1'),
        (181, 'Check failed: axis < ndim && axis >= -ndim ... axis '),
        (181, 'Check failed: axis < ndim && axis >= -ndim ... axis -'),
        (181, 'Check failed: axis < ndim && axis >= -ndim: axis # exceeds the input dimension of #'),
        (181, 'Check failed: axis < ndim && axis >= -ndim: axis -# exceeds the input dimension of #'),
        (267, 'Check failed: axes# < axes# # : Reduction axes have duplicates #'),
        (267, 'Check failed: axes[i-1] < axes[i] ... Reduction axes have duplicates '),
        (271, 'Check failed: axes# < ishape.ndim# # : Reduction axis # Exceeds input dimensions #'),
        (271, 'Check failed: axes[axes.ndim()-1] < ishape.ndim() ... Reduction axis '),
        (516, 'Too many reduction axes from '),
    ),
    '../src/operator/nn/././pool.h': (
        (1377, 'Unsupported layout, expecting kNCW or kNWC, saw: '),
        (1407, 'Unsupported layout, expecting kNCHW or kNHWC, saw: '),
        (1437, 'Unsupported layout, expecting kNCDHW or kNDHWC, saw: '),
    ),
    '../src/operator/nn/./convolution-inl.h': (
        (168, 'Check failed: param_.layout.value() == mshadow ... :kNCW || param_.layout.value'),
    ),
    '../src/operator/nn/./ctc_loss-inl.h': (
        (218, 'Check failed: dshape.ndim() == 3U ... The number of dimensions of data array must be '),
        (220, 'Check failed: dshape[1] == lshape[0]'),
        (227, 'Check failed: dlshape[0] == dshape[1]'),
        (234, 'Check failed: llshape[0] == lshape[0]'),
        (237, 'Check failed: dshape[0] >= lshape[1]'),
    ),
    '../src/operator/nn/./deconvolution-inl.h': (
        (138, 'Check failed: o_pad[i] >= target_shape[i]'),
    ),
    '../src/operator/nn/./fully_connected-inl.h': (
        (425, 'float16 fully connected layer is current'),
        (429, 'Unsupported type '),
        (429, 'Unsupported type #'),
    ),
    '../src/operator/nn/./lrn-inl.h': (
        (101, 'Check failed: param_.nsize % 2 == 1U'),
    ),
    '../src/operator/nn/./moments-inl.h': (
        (56, 'Empty axes is '),
    ),
    '../src/operator/nn/./pooling-inl.h': (
        (132, 'Unexpected input data dim '),
        (235, 'p value of # is not supported yet...'),
    ),
    '../src/operator/nn/./softmax_activation-inl.h': (
        (82, 'Check failed: in_data.ndim() >= 3'),
    ),
    '../src/operator/nn/batch_norm.cc': (
        (374, 'Check failed: channelAxis < dshape.ndim# # : Channel axis out of range: #'),
        (374, 'Check failed: channelAxis < dshape.ndim() ... Channel axis out of range: '),
        (374, 'Check failed: channelAxis < dshape.ndim() ... Channel axis out of range: -'),
        (430, 'Check failed: ## == dtype_param # : This layer requires uniform type. Expected # v.s. given # at #'),
        (430, 'Check failed: (*in_type)[i] == dtype_param ... This layer requires uniform type. Expected '),
        (514, 'fix_gamma=True is not supported for spar'),
    ),
    '../src/operator/nn/concat.cc': (
        (66, 'Check failed: shape_assign##, dshape): Incompatible input shape: expected #, got #'),
        (66, 'Check failed: shape_assign(&(*in_shape)[i], dshape) ... Incompatible input shape: expected '),
        (151, 'Check failed: in_type->at(i) == dtype || in_type->at(i) == -1'),
    ),
    '../src/operator/nn/convolution.cc': (
        (102, 'Check failed: dshp.ndim() == 3U'),
        (171, 'Check failed: param_.num_filter % param_.num_group == 0U'),
        (175, 'Check failed: param_.stride.Size# > #U # : incorrect stride size: #'),
        (175, 'Check failed: param_.stride.Size() > 0U ... incorrect stride size: '),
        (177, 'Check failed: param_.dilate.Size# > #U # : incorrect dilate size: #'),
        (177, 'Check failed: param_.dilate.Size() > 0U ... incorrect dilate size: '),
        (146, 'Check failed: dilated_ksize_x <= AddPad(dshape[2], param_.pad[0])'),
        (202, 'Check failed: dilated_ksize_y <= AddPad(dshape[2], param_.pad[0])'),
        (205, 'Check failed: dilated_ksize_x <= AddPad(dshape[3], param_.pad[1])'),
        (210, 'Check failed: dshp.ndim() == 5U'),
        (267, 'Check failed: dilated_ksize_d <= AddPad(dshape[2], param_.pad[0])'),
        (270, 'Check failed: dilated_ksize_y <= AddPad(dshape[3], param_.pad[1])'),
        (273, 'Check failed: dilated_ksize_x <= AddPad(dshape[4], param_.pad[2])'),
        (372, 'Check failed: param_.kernel.ndim# == param_.stride.ndim# # : Stride must have the same number of'
               ' dimensions with kernel_size,but kernel_size is set to # while stride is #'),
        (372, 'Check failed: param_.kernel.ndim() == param_.stride.ndim() ... Stride must have the same number '
               'of dimensions with kernel_size,but kernel_size is set to '),
    ),
    '../src/operator/nn/deconvolution.cc': (
        (131, 'Check failed: dshape.ndim() == 3U ... Input data should be '),
        (147, 'Check failed: dshape_ncw[1] % param_.num_group == 0U'),
        (182, 'Check failed: dshape.ndim() == 4U ... Input data should be '),
        (201, 'Check failed: dshape_nchw[1] % param_.num_group == 0U'),
        (247, 'Check failed: dshape.ndim() == 5U'),
        (268, 'Check failed: dshape_ncdhw[1] % param_.num_group == 0U'),
        (278, 'Check failed: param_.dilate.Size() == 1U'),
        (386, 'Check failed: param_.kernel.ndim# == #U # : #D deconvolution not supported'),
        (405, 'Check failed: param_.kernel.ndim() == param_.adj.ndim()'),
    ),
    '../src/operator/nn/fully_connected.cc': (
        (67, 'Unexpected shape for bias '),
        (67, 'Unexpected shape for bias #'),
    ),
    '../src/operator/nn/group_norm.cc': (
        (45, 'Check failed: dshape.ndim() >= 3U'),
        (47, 'Check failed: dshape[1] % num_groups == 0'),
    ),
    '../src/operator/nn/im2col.cc': (
        (72, 'Check failed: param_.kernel.ndim# == param_.dilate.ndim# # : Dilate must have the same number of'
               ' dimensions with kernel_size,but kernel_size is set to # while dilate is #'),
        (72, 'Check failed: param_.kernel.ndim() == param_.dilate.ndim() ... Dilate must have the same number '
               'of dimensions with kernel_size,but kernel_size is set to '),
        (76, 'Check failed: param_.kernel.ndim# == param_.pad.ndim# # : Padding must have the same number of d'
               'imensions with kernel_size,but kernel_size is set to # while padding is #'),
        (76, 'Check failed: param_.kernel.ndim() == param_.pad.ndim() ... Padding must have the same number of'
               ' dimensions with kernel_size,but kernel_size is set to '),
        (120, 'Check failed: param.kernel.Size() > 0U'),
        (122, 'Check failed: param.stride.Size() > 0U'),
        (132, 'Check failed: dilated_kernel_size <= pad_size ... kernel size exceed input'),
        (202, 'Check failed: param.kernel.ndim() == param.output_size.ndim()'),
        (223, 'Check failed: dilated_kernel_size <= pad_size ... kernel size exceed output size'),
        (229, 'Check failed: dshape[2] == out_dim'),
        (231, 'Check failed: dshape[1] % param.kernel.Size() == 0'),
    ),
    '../src/operator/nn/layer_norm.cc': (
        (47, 'Check failed: axis >= 0 && axis < dshape.ndim()'),
    ),
    '../src/ndarray/./../operator/tensor/.././../common/../operator/nn/mkldnn/mkldnn_base-inl.h': (
        (229, 'unknown type for MKLDNN :'),
    ),
    '../src/operator/nn/mkldnn/mkldnn_pooling.cc': (
        (180, 'Check failed: kernel# > # # : Filter dimensions cannot be zero.'),
        (217, 'Check failed: kernel[2] > 0'),
        (180, 'Check failed: kernel[0] > 0 ... Filter dimensions cannot be zero.'),
        (181, 'Check failed: kernel[1] > 0'),
        (225, 'Check failed: pad_l[0] < kernel[0]'),
    ),
    '../src/operator/nn/pooling.cc': (
        (53, 'Check failed: param.kernel.ndim() == 3U'),
        (102, 'Check failed: param.p_value.has_value()'),
        (106, 'Pooling: Check failed: dshape.ndim# == #U # : Input data should be #D in #. Currently # supports'
               ' Max Pooling #-D'),
        (109, 'Check failed: param.pad[0] == 0 && param.pad[1] == 0 && param.pad[2] == 0'),
        (112, 'Check failed: dshape.ndim() >= 3 ... Pooling: Input data should be  '),
        (112, 'Pooling: Check failed: dshape.ndim() >= 3'),
        (150, 'Check failed: dshape.ndim() == 3U ... Pooling: Input data should be '),
        (150, 'Pooling: Check failed: dshape.ndim# == #U # : Input data should be #D in #'),
        (150, 'Pooling: Check failed: dshape.ndim() == 3U ... Input data should be '),
        (152, 'Check failed: layout == mshadow ... :kNCW || layout '),
        (158, 'Check failed: param.kernel[0] <= dshape_ncw[2] + 2 * param.pad[0]'),
        (185, 'Check failed: dshape.ndim() == 4U ... Pooling: Input data should be '),
        (185, 'Pooling: Check failed: dshape.ndim() == 4U'),
        (186, 'Check failed: layout == mshadow ... :kNCHW || layout '),
        (192, 'Check failed: param.kernel[0] <= dshape_nchw[2] + 2 * param.pad[0]'),
        (195, 'Check failed: param.kernel[1] <= dshape_nchw[3] + 2 * param.pad[1]'),
        (223, 'Pooling: Check failed: dshape.ndim() == 5U'),
        (225, 'Check failed: layout == mshadow ... :kNCDHW || layout '),
        (231, 'Check failed: param.kernel[0] <= dshape_ncdhw[2] + 2 * param.pad[0]'),
        (232, 'Check failed: param.kernel[1] <= dshape_ncdhw[3] + 2 * param.pad[1]'),
        (233, 'Check failed: param.kernel[2] <= dshape_ncdhw[4] + 2 * param.pad[2]'),
    ),
    '../src/operator/nn/upsampling.cc': (
        (43, 'Check failed: shape.ndim() == 4U'),
        (43, 'UpSamplingNearest: Check failed: shape.ndim() == 4U'),
        (46, 'UpSamplingNearest: Check failed: oh%shape[2] == 0U'),
        (46, 'Check failed: oh%shape[2] == 0U'),
        (48, 'UpSamplingNearest: Check failed: ow%shape[3] == 0U'),
        (48, 'Check failed: ow%shape[3] == 0U'),
        (51, 'Check failed: oshape[1] == 0 || oshape[1] == shape[1]'),
        (60, 'Check failed: dshape.ndim() == 4U ... UpSamplingBilinear: Input data should be '),
        (60, 'UpSamplingBilinear: Check failed: dshape.ndim() == 4U'),
    ),
    '../src/operator/numpy/../tensor/elemwise_unary_op.h': (
        (251, 'Unknown type enum '),
        (251, 'Unknown type enum #'),
        (268, 'This operation only support integer types, '),
        (268, 'This operation only support integer types, not float#'),
    ),
    '../src/operator/numpy/../tensor/ordering_op-inl.h': (
        (156, 'Check failed: *axis >= 0 && *axis < static_cast<int>(src_shape.ndim())'),
        (184, 'Check failed: *k >= 0 && *k <= *element_num'),
    ),
    '../src/operator/numpy/./../tensor/.././../common/utils.h': (
        (866, 'Check failed: axes[i] >= 0 && axes[i] < ndim'),
    ),
    '../src/operator/numpy/./../tensor/../elemwise_op_common.h': (
        (212, 'Check failed: in_attrs->at# == mshadow: :kInt# || in_attrs->at# == mshadow::kInt# || in_attrs->a'
               't# == mshadow::kInt# || in_attrs->at# == mshadow::kUint# || in_attrs->at# == mshadow::kBool: Onl'
               'y supports integer types.'),
        (212, 'Check failed: in_attrs->at(0) == mshadow ... :kInt'),
    ),
    '../src/operator/numpy/./../tensor/matrix_op-inl.h': (
        (2793, 'Check failed: start <= end'),
        (2795, 'Check failed: end <= ishape[real_axis]'),
        (2800, 'Check failed: end - start == 1U'),
    ),
    '../src/operator/numpy/./np_bincount_op-inl.h': (
        (120, 'Check failed: data.shape().ndim() <= 1U'),
        (121, 'Check failed: !common'),
        (135, 'Check failed: data.shape() == weights.shape()'),
    ),
    '../src/operator/numpy/./np_broadcast_reduce_op.h': (
        (111, 'Check failed: axes.ndim# == # # : '),
        (112, 'Check failed: axes# == # || axes# == -#: '),
        (149, 'Check failed: axes# >= # # : Reduction axis # Exceeds input dimensions #'),
        (149, 'Check failed: axes[0] >= 0 ... Reduction axis '),
        (391, 'Check failed: inputs[0].shape_.Size() != 0U'),
    ),
    '../src/operator/numpy/./np_cumsum-inl.h': (
        (88, 'Check failed: !axis.has_value() || ((axis.value() >= -out.shape_.ndim()) && axis.value() < out.s'
               'hape_.ndim())'),
    ),
    '../src/operator/numpy/./np_init_op.h': (
        (107, 'Check failed: param.N >= 0'),
        (108, 'Check failed: M >= 0'),
    ),
    '../src/operator/numpy/./np_delete_op-inl.h': (
        (253, 'Check failed: (index >= -1 * N) && (index < N)'),
    ),
    '../src/operator/numpy/./np_matrix_op-inl.h': (
        (533, 'Check failed: static_cast<size_t>(param.source[i]) < ndim'),
        (586, 'Check failed: req[0] == kWriteTo ... Moveaxis does '),
        (540, 'Check failed: static_cast<size_t>(param.destination[i]) < ndim'),
        (550, 'Check failed: real_src[i] != real_src[j]'),
        (552, 'Check failed: real_des[i] != real_des[j]'),
        (971, 'Check failed: ishape.ndim() <= 2'),
        (1220, 'Check failed: ishape.ndim() >= 2'),
    ),
    '../src/operator/numpy/linalg/./../../tensor/../linalg_impl.h': (
        (37, 'Check failed: A == B ... Inconsistent batch size between arguments to linear algebra operator'),
        (52, 'Check failed: # : A.size#) == C.size# # : Non compatible matrix dimensions between inputs A and C for '
             'gemm'),      # (a condition holding ' : ': known by its blanked words)
        (732, 'Check failed: A.size(0) == A.size(1) ... No square matrix as input to potrf.'),
        (1299, 'Check failed: V.size(0) <= V.size(1)'),
        (744, 'Check failed: ret == 0 ... spotrf failed in lapack on cpu. This may happen when the input matrix'
               ' is either '),
    ),
    '../src/operator/tensor/./elemwise_binary_broadcast_op.h': (
        (604, 'Check failed: supported_op'),
    ),
    '../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h': (
        (67, 'Check failed: l == # || r == #: operands could not be broadcast together with shapes # #'),
        (67, 'Check failed: l == 1 || r == 1 ... operands could '),
    ),
    '../src/operator/numpy/linalg/./np_norm-inl.h': (
        (255, '-inf norm handled in front-end.'),
        (257, 'inf norm handled in front-end.'),
    ),
    '../src/operator/numpy/linalg/./np_pinv-inl.h': (
        (334, 'Error: non-broadcastable output operand with shape '),
    ),
    '../src/operator/numpy/linalg/./np_solve-inl.h': (
        (101, 'sgesv: Check failed: res <= 0'),
        (102, 'dgesv: Check failed: res <= 0'),
    ),
    '../src/operator/numpy/linalg/np_eig.cc': (
        (43, 'Check failed: a_ndim >= # # : Array must be at least two-dimensional'),
        (43, 'Check failed: a_ndim >= 2 ... Array must be at least two-dimensional'),
        (45, "Check failed: a_shape# == a_shape# # : Input A's last two dimension must be equal"),
        (45, 'Check failed: a_shape[a_ndim - 2] == a_shape[a_ndim - 1] ... Input A'),
    ),
    '../src/operator/numpy/linalg/np_eigvals.cc': (
        (77, 'Check failed: a_type != mshadow: :kFloat# # : array type float# is unsupported in linalg'),
    ),
    '../src/operator/numpy/linalg/np_pinv.cc': (
        (163, 'Check failed: a_type != mshadow ... :kFloat'),
        (163, 'Check failed: a_type != mshadow: :kFloat# # : array type float# is unsupported in linalg.'),
    ),
    '../src/operator/numpy/linalg/np_potrf.cc': (
        (39, 'Check failed: in_shape.ndim() >= 2'),
    ),
    '../src/operator/numpy/linalg/np_solve.cc': (
        (47, 'Check failed: in_a_shape[in_a_ndim - 2] == in_a_shape[in_a_ndim - 1]'),
        (51, 'Check failed: in_a_shape[in_a_ndim - 1] == in_b_shape[in_b_ndim - 1]'),
        (54, 'Check failed: in_a_shape[in_a_ndim - 1] == in_b_shape[in_b_ndim - 2]'),
        (57, "A's and B's dimensions don't match"),
        (60, 'Check failed: in_a_shape[i] == in_b_shape[i]'),
    ),
    '../src/operator/numpy/linalg/np_tensorinv.cc': (
        (44, 'Check failed: ind > 0'),
        (57, 'Check failed: inv_a_shape.ndim() != 0'),
        (76, 'Check failed: prod_front == prod_back ... a shape must be square, i. e., prod'),
    ),
    '../src/operator/numpy/linalg/np_tensorsolve.cc': (
        (80, 'Check failed: prod_front == prod_back ... a shape must be square.'),
    ),
    '../src/operator/numpy/np_boolean_mask_assign.cc': (
        (127, 'Check failed: dshape[i + start_axis] == mshape[i]'),
        (139, 'Check failed: in_attrs->at(2).ndim() <= 1U'),
        (152, 'Check failed: dshape[dshape.ndim() - i] == vshape[vshape.ndim() - i]'),
        (231, 'Check failed: vndim <= (dndim - mndim + 1)'),
        (234, 'Check failed: static_cast<size_t>(valid_num) == vshape[start_axis]'),
    ),
    '../src/operator/numpy/np_bincount_op.cc': (
        (41, 'Check failed: data_ptr[i] >= 0'),
    ),
    '../src/operator/numpy/np_broadcast_reduce_op.h': (
        (230, 'Check failed: is_all_reducded_axes_not_zero'),
        (556, 'Check failed: w_shape.ndim() == 1U'),
        (558, 'Check failed: param.axis.has_value() == true'),
        (561, 'Check failed: axes.ndim() == 1U'),
        (563, 'Check failed: a_shape[red_axis] == w_shape[0]'),
        (570, 'Check failed: w_shape[i] == a_shape[i]'),
        (314, 'initial is not supported yet'),
        (415, 'Check failed: outputs[0].type_flag_ != kBool'),
    ),
    '../src/operator/numpy/np_broadcast_reduce_op_value.cc': (
        (316, 'Check failed: ishape.ndim() <= param.shape.ndim()'),
        (325, 'Check failed: ishape[j] == pshape[i] || ishape[j] == 1'),
        (328, 'Check failed: mxnet::shape_is_known(pshape)'),
    ),
    '../src/operator/numpy/np_constraint_check.cc': (
        (52, 'Check failed: in_attrs->at(0) == mshadow ... :kBool: '),
    ),
    '../src/operator/numpy/./np_constraint_check.h': (
        (65, 'ValueError: Check failed: red_output == true'),
    ),
    '../src/operator/numpy/np_diff.cc': (
        (33, 'Check failed: n >= 0'),
    ),
    '../src/operator/numpy/np_elemwise_unary_op_basic.cc': (
        (95, 'TypeError: the `out` parameter should be a boolean array'),
        (436, 'Check failed: in_attrs->at(0) != mshadow'),
    ),
    '../src/operator/numpy/./np_pad_op-inl.h': (
        (711, 'Other modes are not supported. '),
    ),
    '../src/operator/numpy/np_matrix_op.cc': (
        (64, 'Check failed: out_shp.ndim() == shp.ndim()'),
        (71, 'Check failed: ndim == param.axes.ndim()'),
        (76, 'Check failed: axes_set.size() == axes.ndim()'),
        (163, 'Check failed: known_dim_size_prod != 0'),
        (165, 'Check failed: src.Size() % known_dim_size_prod == 0'),
        (182, 'Check failed: param.newshape[i] == -1'),
        (183, 'Check failed: !has_unknown_dim_size'),
        (144, 'Check failed: src.Size() == dst->Size()'),
        (213, 'Check failed: src.Size() == target_size'),
        (419, 'Check failed: axes.ndim# == # # : cannot specify more than one axis for a scalar tensor'),
        (420, 'Check failed: axes# == # || axes# == -#: axis # is out of bounds of array of dimension #'),
        (432, 'Check failed: axes[i] >= 0'),
        (658, 'Check failed: shape_assign(&(*out_shape)[0], dshape)'),
        (1124, 'roll missing '),
        (1132, 'shift must be an int.'),
        (1147, 'Check failed: axes[axes.ndim() - 1] < ndim'),
        (1247, 'Check failed: param.source.ndim() == param.destination.ndim()'),
        (1311, 'Check failed: real_axes[0] != real_axes[1]'),
        (1316, 'Axes out of range for array of ndim'),
        (1511, 'ValueError: Check failed: ishape.ndim() >= 2'),
        (1515, 'ValueError: Check failed: ishape[i] == size'),
    ),
    '../src/operator/numpy/np_percentile_op-inl.h': (
        (282, 'ValueError: Check failed: is_valid'),
    ),
    '../src/operator/numpy/np_percentile_op.cc': (
        (53, 'Check failed: qshape.ndim() <= 1U'),
    ),
    '../src/operator/numpy/np_polynomial_op-inl.h': (
        (49, 'ValueError: Check failed: p_shape.ndim() == 1U'),
    ),
    '../src/operator/numpy/np_matmul_op.cc': (
        (45, 'Check failed: a_ndim != 0'),
        (47, 'Check failed: b_ndim != 0'),
        (124, 'Check failed: a_shape[pa] == b_shape[pb]'),
    ),
    '../src/operator/numpy/np_einsum_op.cc': (
        (66, 'Check failed: einsum_symbols_set.test(c)'),
        (214, 'Check failed: input_subscripts_set.test(c)'),
        (269, 'Check failed: dim == 1 || dim == dimension_dict[static_cast<int>(c)]'),
    ),
    '../src/operator/numpy/./np_einsum_op-inl.h': (
        (210, 'Check failed: memchr(subscripts + i + 1, label, length - i - 1) == nullptr'),
    ),
    '../src/operator/numpy/linalg/np_gesvd.cc': (
        (49, 'Check failed: in_a[ndim - 2] <= in_a[ndim - 1]'),
    ),
    '../src/operator/numpy/random/./np_multinomial_op.h': (
        (75, 'Check failed: ishape.ndim() == 1U ... object too deep for desired array'),
        (109, 'Check failed: sum <= 1.0 + 1e-12'),
    ),
    '../include/mxnet/runtime/container.h': (
        (89, 'Check failed: idx < size'),
    ),
    '../src/operator/numpy/np_nonzero_op.cc': (
        (65, 'Check failed: in.shape().ndim() <= 5'),
    ),
    '../src/operator/numpy/np_unique_op.cc': (
        (288, 'Check failed: !param.axis.has_value() || param.axis.value() == -1 || param.axis.value() == 0'),
        (325, 'Check failed: axis >= 0 && axis < inputs[0].shape().ndim()'),
        (174, 'Check failed: param.axis.value() >= -1 * inputs[0].shape().ndim() && param.axis.value() < inputs'
               '[0].shape().ndim()'),
    ),
    '../src/operator/numpy/np_where_op-inl.h': (
        (173, 'Check failed: common::is_float(inputs[0].type_flag_)'),
    ),
    '../src/operator/numpy/np_where_op.cc': (
        (55, 'Check failed: (s1 == 1 && s2 == 1) || (s1 == 1 && s3 == 1) || (s2 == 1 && s3 == 1) || (s1 == 1 && s2 '
               '== s3) || (s2 == 1 && s1 == s3) || (s3 == 1 && s1 == s2)'),
    ),
    '../src/operator/numpy/np_window_op.cc': (
        (38, 'Check failed: param.M.has_value()'),
    ),
    '../src/operator/numpy/random/./np_gamma_op.h': (
        (294, 'expect scale > '),
    ),
    '../src/operator/quantization/./quantize_v2-inl.h': (
        (130, 'Check failed: in_attrs->at# == mshadow: :kFloat# || in_attrs->at# == mshadow::kUint# || in_attrs'
               '->at# == mshadow::kInt#: '),
    ),
    '../src/operator/quantization/calibrate.cc': (
        (97, 'Check failed: num_bins + 1 == hist_edges.Size()'),
        (185, 'Check failed: in_attrs->at# == mshadow: :kFloat#: '),
        (185, 'Check failed: in_attrs->at(0) == mshadow ... :kFloat'),
    ),
    '../src/operator/quantization/quantized_activation.cc': (
        (53, '_contrib_quantized_act only supports act_type'),
    ),
    '../src/operator/quantization/quantize_asym.cc': (
        (60, 'Check failed: in_attrs->at# == mshadow: :kFloat# # : '),
    ),
    '../src/operator/quantization/quantized_conv.cc': (
        (58, 'Check failed: data_ndims == 4U || data_ndims == 5U'),
    ),
    '../src/operator/quantization/quantized_rnn.cc': (
        (43, 'Check failed: param.mode == rnn_enum'),
    ),
    '../src/operator/random/./multisample_op.h': (
        (69, 'Check failed: sshape[i] > 0'),
        (179, 'Check failed: inputs[0].Size() > 0'),
    ),
    '../src/operator/random/./pdf_op.h': (
        (524, 'This operation only support floating point types '),
        (524, 'This operation only support floating point types not uint#'),
        (524, 'This operation only support floating point types, '),
        (524, 'This operation only support floating point types, not int#'),
    ),
    '../src/operator/random/./sample_op.h': (
        (399, 'Check failed: param.scale > 0'),
        (417, 'Check failed: param.alpha > 0'),
        (418, 'Check failed: param.beta > 0'),
        (436, 'Check failed: param.lam > 0'),
        (454, 'Check failed: param.lam >= 0'),
        (472, 'Check failed: param.k >= 0'),
        (473, 'Check failed: param.p >= 0'),
        (491, 'Check failed: param.mu >= 0'),
        (493, 'Check failed: param.alpha >= 0'),
        (512, 'Check failed: param.high >= param.low # : low must be less or equal to high in uniform distribution'),
        (512, 'Check failed: param.high >= param.low ... low must be less or equal to high in uniform distribution'),
        (774, 'Check failed: dtype_out == param.dtype'),
        (753, 'Check failed: dtype_ok ... Output type must be float'),
        (788, 'Check failed: dtype_ok ... Output type must be int'),
    ),
    '../src/operator/./rnn-inl.h': (
        (521, 'LSTM state clipping is only supported for GPU with CuDNN later than '),
        (649, 'RNN use_sequence_length option is only available for cuDNN version >'),
        (955, 'Check failed: req[rnn_enum::kData] != kAddTo'),
        (956, 'Check failed: req[rnn_enum::kState] != kAddTo'),
        (1000, 'Check failed: req[rnn_enum::kStateCell] != kAddTo'),
    ),
    '../src/operator/rnn.cc': (
        (78, 'Check failed: dshape.ndim() == 3U ... Input data should be rank-'),
        (163, 'Check failed: ## == dtype # : This layer requires uniform type. Expected # v.s. given # at #'),
        (163, 'Check failed: (*in_type)[i] == dtype ... This layer requires uniform type. Expected '),
    ),
    '../src/operator/tensor/./../linalg_impl.h': (
        (831, 'Check failed: A.size(0) == A.size(1) ... No square matrix as input to potri.'),
        (1431, 'Check failed: ret == 0 ... the input matrix is non-convertible'),
    ),
    '../src/operator/tensor/./broadcast_reduce_op.h': (
        (334, 'Check failed: (*in_attrs)[0].Size() > 0U'),
        (382, 'Check failed: param.axis.ndim() == param.size.ndim()'),
        (386, 'Check failed: oshape[param.axis[i]] == 1U'),
        (449, 'Check failed: rhs_axes.ndim() == lhs_axes.ndim()'),
        (401, 'Check failed: ishape.ndim() == param.shape.ndim()'),
        (406, 'Check failed: ishape[i] == oshape[i] || ishape[i] == 1'),
        (433, 'Check failed: lhs_shape.ndim() == rhs_shape.ndim()'),
        (439, 'Check failed: lhs_shape[i] == rhs_shape[i] || lhs_shape[i] == 1'),
        (452, 'Check failed: lhs_axes.ndim() > 0'),
        (461, 'Check failed: copyfrom >= 0 && copyfrom < oshape.ndim()'),
        (468, 'Check failed: copyto >= 0 && copyto < rhs_shape.ndim()'),
        (471, 'Check failed: lhs_shape[copyfrom] == 1'),
        (1461, 'Check failed: param.ord == 1 || param.ord == 2'),
    ),
    '../src/operator/subgraph_op_common.cc': (
        (34, 'Check failed: idx_g.outputs().size() == out_types->size()'),
        (128, 'Check failed: idx.outputs().size() == out_shape->size()'),
    ),
    '../src/operator/tensor/./control_flow_op.h': (
        (191, 'Check failed: (*in_attrs)[0].Size() == static_cast<size_t>(tshape[0])'),
    ),
    '../src/operator/tensor/./diag_op-inl.h': (
        (73, 'Check failed: x1 != x2'),
        (127, 'Diagonal does '),
        (127, 'Diagonal does not exist.'),
    ),
    '../src/operator/tensor/./dot-inl.h': (
        (846, 'Check failed: req == kWriteTo ... '),
        (84, 'Check failed: outputs#.type_flag_ == kFloat# || outputs#.type_flag_ == kFloat# || # == mshadow: '
               ':gpu::kDevMask): dot only supports float#/float# for CPU, and float#/float#/float# for GPU'),
        (84, 'Check failed: outputs[0].type_flag_ == kFloat32 || outputs[0].type_flag_ == kFloat64 || (outputs'
               '[0].type_flag_ == kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow ... :gpu::kDevMask): dot onl'
               'y supports float'),
        (1215, 'Check failed: !param.transpose_a && !param.transpose_b'),
        (1216, 'Check failed: lshape[0] == rshape[0]'),
        (1241, 'Check failed: L[!Ta].Size() == R[Tb].Size()'),
        (1264, 'Check failed: inputs[0].shape().ndim() == 2'),
        (1265, 'Check failed: inputs[1].shape().ndim() == 2'),
        (1428, 'Check failed: lshape[i] == rshape[i]'),
        (1437, 'Check failed: lshape_k == rshape_k'),
        (1448, 'batch_dot currently only support N-D*N-D array '),
    ),
    '../src/operator/tensor/./histogram-inl.h': (
        (97, 'Check failed: oshape.ndim() == 1U'),
        (155, 'Check failed: param.range.value()[0] <= param.range.value()[1]'),
    ),
    '../src/operator/tensor/./indexing_op.h': (
        (177, 'Check failed: itype != -1'),
        (525, "Check failed: req# == kNullOp # : Embedding layer doesn't support calculate data gradient"),
        (692, 'Check failed: param.axis >= -1 * arrshape.ndim() && param.axis < arrshape.ndim()'),
        (1020, "Check failed: req# != kAddTo # : take layer doesn't support gradient of req type kAddTo to index"),
        (1098, 'Check failed: (*in_attrs)[0].ndim() >= 2'),
        (1101, 'Check failed: (*in_attrs)[0].Size()/(*in_attrs)[0][(*in_attrs)[0].ndim()-1] =='),
        (1179, 'Check failed: *depth >= 0'),
        (1215, 'Check failed: (*in_attrs)[0] != -1'),
        (1321, 'Check failed: ishape.ndim() > 1 ... gather_nd requires index tensor to have at least '),
        (1324, 'Check failed: ishape[0] <= dshape.ndim()'),
        (1376, 'Check failed: ishape.ndim() > 1 ... scatter_nd requires index tensor to have at least '),
        (1379, 'Check failed: ishape[0] <= oshape.ndim()'),
        (1394, 'Check failed: valid'),
    ),
    '../src/operator/tensor/./init_op.h': (
        (637, 'Check failed: param.step != 0'),
        (639, 'Check failed: param.repeat > 0'),
        (645, 'Check failed: param.start < param.stop.value()'),
        (649, 'Check failed: param.start > param.stop.value()'),
        (701, 'Check failed: param.num >= 0'),
        (718, 'Check failed: real_axis >=0 && real_axis < (*in_attrs)[0].ndim()'),
    ),
    '../src/operator/tensor/./la_op-inl.h': (
        (228, 'Check failed: A.size(1) == A.size(2)'),
    ),
    '../src/operator/tensor/./la_op.h': (
        (189, 'Check failed: axis >= 0 && axis < ndim-1'),
        (200, 'Check failed: ### == ### # : Shapes of inputs #, # must be the same, except on row/col axis'),
        (206, 'Check failed: (transpose_a ?'),
        (231, 'Check failed: (*in_attrs)[0][ndim-2] == ... First operand must be a tensor of square matrices'),
        (236, 'Check failed: ### == ### # : Shapes of inputs #, # must be the same, except on last two dimensions'),
        (236, 'Check failed: (*in_attrs)[0][i] == ... Shapes of inputs '),
        (246, 'Check failed: (*in_attrs)[0][ndim-2] == ... Incompatible matrix dimensions for multiplication'),
        (252, 'Check failed: (*in_attrs)[1][ndim-2] =='),
        (327, 'Check failed: ndim >= 2 ... Input operand must be a tensor of matrices'),
        (329, 'Check failed: (*in_attrs)[0][ndim-2] == ... Input operand must be a tensor of square matrices'),
        (332, 'Check failed: n > 0'),
        (341, 'Check failed: (m*(m+1))/2 == n'),
        (391, 'Check failed: in_a[ndim-2] <= in_a[ndim-1]'),
        (450, "Check failed: ndim >= # # : Input A's dimension must be >= #"),
        (450, 'Check failed: ndim >= 2 ... Input A'),
        (451, "Check failed: in# == in# # : Input A's last two dimension must be equal"),
        (451, 'Check failed: in[ndim-2] == in[ndim-1] ... Input A'),
        (480, 'Check failed: dtype == kFloat32 || dtype == kFloat64'),
        (505, 'Check failed: in_a[ndim-2] == in_a[ndim-1]'),
        (692, 'This operation only supports '),
        (692, 'This operation only supports #-bit and #-bit floating point'),
    ),
    '../src/operator/tensor/./matrix_op-inl.h': (
        (2838, 'Check failed: param.axis < dshape.ndim()'),
        (2158, 'Check failed: param.axis.ndim() < 10U'),
        (109, 'Check failed: inf_idx < # # : One and only one dim can be inferred'),
        (109, 'Check failed: inf_idx < 0 ... One and only one dim can be inferred'),
        (121, 'Check failed: src_idx < dshape_len-# # : '),
        (121, 'Check failed: src_idx < dshape_len-1 ... '),
        (132, 'Check failed: i + 2 < params_len'),
        (137, 'Check failed: d# != -# || d# != -#: Split dims cannot both be -#.'),
        (137, 'Check failed: d1 != -1 || d2 != -1 ... Split dims cannot both be -'),
        (140, 'Check failed: d# * d# == static_cast<IType># || static_cast<IType># == IType#: Split dims #, # d'
               'o not divide original dim #'),
        (140, 'Check failed: d1 * d2 == static_cast<IType>(d0) || static_cast<IType>(d0) == IType(-1) ... Split dims '),
        (472, 'Check failed: std'),
        (472, 'Check failed: std::max(shp.ndim(), out_shp.ndim()) == param.axes.ndim()'),
        (474, 'Check failed: param.axes[i] < static_cast<int64_t>(shp.ndim())'),
        (525, 'Check failed: axis >= 0 && axis <= indim'),
        (785, 'Check failed: param_begin.ndim() <= dshape.ndim()'),
        (787, 'Check failed: param_end.ndim() <= dshape.ndim()'),
        (789, 'Check failed: param_begin.ndim() == param_end.ndim()'),
        (796, 'Check failed: param_step.ndim() == param_begin.ndim()'),
        (802, 'Check failed: s != 0'),
        (1276, 'Check failed: *axis < ishape.ndim() && *axis >= 0'),
        (1294, 'Check failed: *end <= axis_size'),
        (1295, 'Check failed: (*begin < *end)'),
        (1303, 'Check failed: *begin >= 0'),
        (1440, 'Check failed: ishape.ndim() == from_shape.ndim()'),
        (1444, 'Check failed: ishape[i] >= from_shape[i]'),
        (1458, 'Check failed: ishape.ndim() > axis'),
        (1463, 'Check failed: ishape[axis] >= from_shape[axis]'),
        (1677, 'Check failed: inputs#.type_flag_ == outputs#.type_flag_ # : '),
        (1677, 'Check failed: inputs[0].type_flag_ == outputs[0].type_flag_ ... '),
        (1713, 'Check failed: *repeats >= 0'),
        (1721, 'Check failed: axis >= 0 && axis < ndims'),
        (2167, 'Check failed: axis < ishape.ndim()'),
        (2362, 'Check failed: axes# < dndim # : axis # is out of bounds for array of dimension #'),
        (2362, 'Check failed: axes[i] < dndim ... axis '),
        (2364, 'Check failed: dshape#] == # # : cannot select an axis to squeeze out which has size=# not equal '
               'to one'),
        (2364, 'Check failed: dshape[axes[i]] == 1 ... cannot select an axis to squeeze out which has size'),
        (2367, 'Check failed: oshape[axes[i]] != -1'),
        (2398, 'Check failed: in_attrs->at(0).ndim() == 4 ... Operation Depth To Space requires exactly '),
        (2407, 'Check failed: block != # # : block_size must be a positive integer value'),
        (2407, 'Check failed: block != 0 ... block_size must be a positive integer value'),
        (2409, 'Check failed: in_shape[1] %'),
        (2565, 'Check failed: in_attrs->at(0).ndim() == 4 ... Operation Space To Depth requires exactly '),
        (2580, 'Check failed: in_shape[2] % block == 0'),
    ),
    '../src/operator/tensor/./ordering_op-inl.h': (
        (812, 'This operation does '),
        (812, 'This operation does not support float#'),
    ),
    '../src/operator/tensor/./ravel.h': (
        (54, 'Check failed: shape.ndim() > 0 ... Empty shape parameter for ravel operator.'),
        (56, 'Check failed: (*in_attrs)[0].ndim() == 2'),
        (58, 'Check failed: (*in_attrs)[0][0] == shape.ndim()'),
        (77, 'Check failed: shape.ndim() > 0 ... Empty shape parameter for unravel operator.'),
    ),
    '../src/operator/tensor/elemwise_unary_op_basic.cc': (
        (427, 'Check failed: *cend <= ndims'),
        (429, 'Check failed: (*cbegin < *cend)'),
        (476, 'Check failed: (*in_attrs)[0].Size() == oshape.Size()'),
    ),
    '../src/operator/tensor/indexing_op.cc': (
        (373, 'Check failed: req == kWriteTo ... SparseEmbedding layer doesn'),
        (357, 'Check failed: is_valid'),
        (454, 'IndexError: index '),
    ),
    '../src/profiler/profiler.cc': (
        (131, 'Check failed: !continuous_dump || dump_period > 0'),
    ),
    '../src/storage/./cpu_device_storage.h': (
        (74, 'Failed to allocate CPU Memory'),
    ),
    '../src/storage/storage.cc': (
        (167, 'Cannot Free space to a device you have '),
    ),
    '../src/operator/tensor/././elemwise_binary_op.h': (      # the unary ops' backward kernels refusing bool
        (512, 'Operator _backward_abs does '),
        (512, 'Operator _backward_arccos does '),
        (512, 'Operator _backward_arccosh does '),
        (512, 'Operator _backward_arcsin does '),
        (512, 'Operator _backward_arcsinh does '),
        (512, 'Operator _backward_arctan does '),
        (512, 'Operator _backward_arctanh does '),
        (512, 'Operator _backward_cos does '),
        (512, 'Operator _backward_cosh does '),
        (512, 'Operator _backward_degrees does '),
        (512, 'Operator _backward_erf does '),
        (512, 'Operator _backward_gamma does '),
        (512, 'Operator _backward_gammaln does '),
        (512, 'Operator _backward_expm'),        # (expm1: the key ends at a digit)
        (512, 'Operator _backward_log'),         # (log10, log1p, log2)
        (512, 'Operator _backward_log does '),
        (512, 'Operator _backward_radians does '),
        (512, 'Operator _backward_rcbrt does '),
        (512, 'Operator _backward_reciprocal does '),
        (512, 'Operator _backward_rsqrt does '),
        (512, 'Operator _backward_sign does '),
        (512, 'Operator _backward_sin does '),
        (512, 'Operator _backward_sinh does '),
        (512, 'Operator _backward_softsign does '),
        (512, 'Operator _backward_square does '),
    ),
    '../src/operator/nn/./../tensor/././elemwise_binary_op.h': (
        (512, 'Operator _npi_subtract does '),
        (512, 'Operator broadcast_add does '),
        (512, 'Operator broadcast_div does '),
        (512, 'Operator broadcast_mul does '),
        (512, 'Operator broadcast_sub does '),
        (512, 'Operator elemwise_add does '),
        (512, 'Operator elemwise_div does '),
        (512, 'Operator elemwise_mul does '),
        (512, 'Operator elemwise_sub does '),
    ),
    '../src/operator/tensor/./elemwise_binary_op.h': (
        (512, 'Operator broadcast_equal does '),
        (512, 'Operator broadcast_greater_equal does '),
        (512, 'Operator broadcast_lesser does '),
        (512, 'Operator broadcast_lesser_equal does '),
        (512, 'Operator broadcast_logical_and does '),
        (512, 'Operator broadcast_logical_or does '),
        (512, 'Operator broadcast_logical_xor does '),
        (512, 'Operator broadcast_maximum does '),
        (512, 'Operator broadcast_minimum does '),
        (512, 'Operator broadcast_not_equal does '),
    ),
    '../src/operator/numpy/linalg/./../../tensor/elemwise_binary_op.h': (
        (512, 'Operator broadcast_greater does '),
    ),
    '../src/operator/numpy/./../tensor/./elemwise_binary_op.h': (
        (512, 'Operator _npi_copysign does '),
        (512, 'Operator _npi_ldexp does '),
        (512, 'Operator _npi_mod does '),
        (512, 'Operator broadcast_hypot does '),
        (512, 'Operator broadcast_mod does '),
        (512, 'Operator broadcast_power does '),
    ),
}


_T, _N = "../src/operator/tensor/./", "../src/operator/numpy/./"
# operator (mx.np's function, for those recorded as their failed result) -> the source line of its kernel's type
# switch that has no bool case
_BOOL_KERNELS = {
    "transpose": ("../src/operator/numpy/linalg/./../../tensor/matrix_op-inl.h", 417),
    "reverse": (_T + "matrix_op-inl.h", 2204), "slice_axis": (_T + "matrix_op-inl.h", 1355),
    "clip": (_T + "matrix_op-inl.h", 1653), "slice_like": (_T + "matrix_op-inl.h", 1544),
    "space_to_depth": (_T + "matrix_op-inl.h", 2709), "depth_to_space": (_T + "matrix_op-inl.h", 2556),
    "sort": (_T + "ordering_op-inl.h", 791), "argsort": (_T + "ordering_op-inl.h", 812),
    "pick": (_T + "broadcast_reduce_op.h", 1737), "where": (_T + "control_flow_op.h", 304),
    "diag": (_T + "diag_op-inl.h", 271), "one_hot": (_T + "indexing_op.h", 1271),
    "Embedding": ("../src/operator/tensor/indexing_op.cc", 94),
    "broadcast_axis": ("../src/operator/tensor/broadcast_reduce_op_value.cc", 63),
    "Concat": ("../src/operator/nn/./concat-inl.h", 140), "UpSampling": ("../src/operator/nn/./upsampling-inl.h", 200),
    "Activation": ("../src/operator/nn/./activation-inl.h", 101),
    "BatchNorm": ("../src/operator/nn/batch_norm.cc", 417), "LayerNorm": ("../src/operator/nn/layer_norm.cc", 105),
    "Pooling": ("../src/operator/nn/./pooling-inl.h", 329),
    "SequenceReverse": ("../src/operator/sequence_reverse.cc", 36), "Pad": ("../src/operator/pad.cc", 671),
    "SwapAxis": ("../src/operator/swapaxis.cc", 36), "swapaxes": ("../src/operator/swapaxis.cc", 36),
    "sign": ("../src/operator/contrib/../tensor/elemwise_unary_op.h", 251),
    "_npi_sign": ("../src/operator/contrib/../tensor/elemwise_unary_op.h", 251),
    "moveaxis": (_N + "np_matrix_op-inl.h", 593), "roll": (_N + "np_matrix_op-inl.h", 369),
    "rot90": (_N + "np_matrix_op-inl.h", 731), "vstack": (_N + "np_matrix_op-inl.h", 250),
    "row_stack": (_N + "np_matrix_op-inl.h", 250), "column_stack": (_N + "np_matrix_op-inl.h", 178),
    "_npi_diag": (_N + "np_matrix_op-inl.h", 1102), "diagflat": (_N + "np_matrix_op-inl.h", 1456),
    "diagonal": (_N + "np_matrix_op-inl.h", 1329),
    "hstack": (_N + "../nn/concat-inl.h", 162), "dstack": (_N + "../nn/concat-inl.h", 193),
    "tril": (_N + "np_tril_op-inl.h", 165), "trace": (_N + "np_trace_op-inl.h", 204),
    "insert": (_N + "np_insert_op-inl.h", 314), "delete": (_N + "np_delete_op-inl.h", 340),
    "percentile": ("../src/operator/numpy/np_percentile_op-inl.h", 282),
    "quantile": ("../src/operator/numpy/np_percentile_op-inl.h", 282),
    "polyval": ("../src/operator/numpy/np_polynomial_op-inl.h", 94),
}
_BOOL_KERNELS.update(dict.fromkeys(("flip", "fliplr", "flipud"), ("../src/operator/numpy/np_matrix_op.cc", 1204)))
# legacy unary and search kernels whose copy MXNet links is not mx.np's
_BOOL_KERNELS.update(dict.fromkeys(("rsqrt", "rcbrt", "softsign", "logical_not"),
                                   ("../src/operator/tensor/elemwise_unary_op.h", 251)))
_BOOL_KERNELS.update(dict.fromkeys(("argmax", "argmin", "argmax_channel"), (_T + "broadcast_reduce_op.h", 603)))
_BOOL_KERNELS.update(hard_sigmoid=("../src/operator/tensor/elemwise_unary_op.h", 541),
                     round=("../src/operator/contrib/../tensor/elemwise_unary_op.h", 251),
                     moments=("../src/operator/nn/./moments-inl.h", 141),
                     SliceChannel=("../src/operator/slice_channel.cc", 35),
                     SequenceLast=("../src/operator/sequence_last.cc", 36),
                     add_n=("../src/operator/tensor/./elemwise_sum.h", 112),
                     khatri_rao=("../src/operator/contrib/krprod.h", 284),
                     _sample_multinomial=("../src/operator/random/./sample_multinomial_op.h", 174),
                     _shuffle=("../src/operator/random/shuffle_op.cc", 115),
                     _contrib_div_sqrt_dim=("../src/operator/contrib/./transformer-inl.h", 60),
                     _contrib_quadratic=("../src/operator/contrib/./quadratic_op-inl.h", 142),
                     SoftmaxOutput=("../src/operator/./softmax_output-inl.h", 292),
                     CTCLoss=("../src/operator/nn/./ctc_loss-inl.h", 367),
                     _contrib_index_copy=("../src/operator/contrib/index_copy.cc", 70),
                     gather_nd=("../src/operator/tensor/indexing_op.cc", 494),
                     ravel_multi_index=("../src/operator/tensor/./ravel.h", 139),
                     unravel_index=("../src/operator/tensor/./ravel.h", 160),
                     im2col=("../src/operator/nn/./im2col-inl.h", 105))
_BOOL_KERNELS.update(dict.fromkeys(("LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"),
                                   ("../src/operator/./regression_output-inl.h", 150)))
_BOOL_KERNELS.update(dict.fromkeys(("_sample_exponential", "_sample_poisson"),
                                   ("../src/operator/random/./multisample_op.h", 186)))
_BOOL_KERNELS.update(dict.fromkeys(("_contrib_round_ste", "_contrib_sign_ste"),
                                   ("../src/operator/contrib/../tensor/elemwise_unary_op.h", 251)))
_BOOL_KERNELS.update(dict.fromkeys(("split", "array_split", "hsplit", "vsplit", "dsplit", "split_v2", "_split_v2"),
                                   (_N + "../tensor/matrix_op-inl.h", 2968)))


# operator -> the type switch of its float-only kernel, where MXNet's words for an integer type stand
_FLOAT_KERNELS = {
    "Convolution": ("../src/operator/nn/./convolution-inl.h", 407),
    "Deconvolution": ("../src/operator/nn/./deconvolution-inl.h", 505),
    "GroupNorm": ("../src/operator/nn/group_norm-inl.h", 121),
    "UpSampling": ("../src/operator/nn/./upsampling-inl.h", 200), "RNN": ("../src/operator/rnn.cc", 271),
    "ROIPooling": ("../src/operator/roi_pooling.cc", 169),
    "BilinearSampler": ("../src/operator/bilinear_sampler.cc", 168),
    "Correlation": ("../src/operator/correlation.cc", 154),
    "SpatialTransformer": ("../src/operator/spatial_transformer.cc", 169),
    "SVMOutput": ("../src/operator/svm_output.cc", 76),
    "_contrib_AdaptiveAvgPooling2D": ("../src/operator/contrib/adaptive_avg_pooling-inl.h", 94),
    "_contrib_BilinearResize2D": ("../src/operator/contrib/bilinear_resize-inl.h", 209),
    "_contrib_box_nms": ("../src/operator/contrib/./bounding_box-inl.h", 490),
    "_contrib_box_iou": ("../src/operator/contrib/./bounding_box-inl.h", 620),
    "_contrib_bipartite_matching": ("../src/operator/contrib/./bounding_box-inl.h", 768),
}
_OPTIMIZER = "../src/operator/./optimizer_op-inl.h"
# the optimizer update kernels (the mixed-precision multi-weight ones share the plain ones' type switch)
_FLOAT_KERNELS.update({
    "sgd_update": (_OPTIMIZER, 417), "sgd_mom_update": (_OPTIMIZER, 639), "mp_sgd_update": (_OPTIMIZER, 696),
    "mp_sgd_mom_update": (_OPTIMIZER, 743), "nag_mom_update": (_OPTIMIZER, 1105),
    "mp_nag_mom_update": (_OPTIMIZER, 1159), "ftml_update": (_OPTIMIZER, 1248), "adam_update": (_OPTIMIZER, 1338),
    "lamb_update_phase1": (_OPTIMIZER, 1674), "lamb_update_phase2": (_OPTIMIZER, 1751),
    "mp_lamb_update_phase2": (_OPTIMIZER, 1909), "rmspropalex_update": (_OPTIMIZER, 2011),
    "rmsprop_update": (_OPTIMIZER, 2098), "ftrl_update": (_OPTIMIZER, 2182), "signsgd_update": (_OPTIMIZER, 2375),
    "signum_update": (_OPTIMIZER, 2453),
    "multi_sgd_update": (_OPTIMIZER, 356), "multi_mp_sgd_update": (_OPTIMIZER, 356),
    "multi_sgd_mom_update": (_OPTIMIZER, 378), "multi_mp_sgd_mom_update": (_OPTIMIZER, 378),
    "preloaded_multi_sgd_update": ("../src/operator/contrib/./preloaded_multi_sgd-inl.h", 302),
    "preloaded_multi_mp_sgd_update": ("../src/operator/contrib/./preloaded_multi_sgd-inl.h", 302),
    "preloaded_multi_sgd_mom_update": ("../src/operator/contrib/./preloaded_multi_sgd-inl.h", 324),
    "preloaded_multi_mp_sgd_mom_update": ("../src/operator/contrib/./preloaded_multi_sgd-inl.h", 324),
    "_contrib_adamw_update": ("../src/operator/contrib/./adamw-inl.h", 185),
    "_contrib_mp_adamw_update": ("../src/operator/contrib/./adamw-inl.h", 146),
    "_multi_adamw_update": ("../src/operator/contrib/adamw.cc", 124),
    "_multi_mp_adamw_update": ("../src/operator/contrib/./adamw-inl.h", 440),
    "_multi_lamb_update": ("../src/operator/contrib/./multi_lamb-inl.h", 338),
    "_multi_mp_lamb_update": ("../src/operator/contrib/./multi_lamb-inl.h", 338),
    "multi_sum_sq": ("../src/operator/contrib/multi_sum_sq.cc", 89),
    "all_finite": ("../src/operator/contrib/all_finite.cc", 58),
    "multi_all_finite": ("../src/operator/contrib/all_finite.cc", 93),
    "reset_arrays": ("../src/operator/contrib/./reset_arrays-inl.h", 84),
    "_contrib_group_adagrad_update": ("../src/operator/contrib/./optimizer_op-inl.h", 183),
})


def _with_float_kernels():
    """The float-only kernels' refusals of integer types (their int8 and uint8 words have no comma) and of bool
    (a type number they do not know)."""
    for op, site in _FLOAT_KERNELS.items():
        for key in ("This operation only support floating point types ", "This operation only support floating "
                                                                          "point types, ", "Unknown type enum "):
            _BY_OPERATOR.setdefault(op, {}).setdefault(key, site)


_with_float_kernels()


def _with_bool_kernels():
    """The sources of the kernels lacking bool: the forward's (_BOOL_KERNELS), and the backward's
    (autograd_bool_kernels), by their pseudo-operators."""
    from .autograd_bool_kernels import sites
    for op, site in _BOOL_KERNELS.items():
        _BY_OPERATOR.setdefault(op, {}).setdefault("Unknown type enum ", site)
    for op, checks in sites().items():
        _BY_OPERATOR.setdefault(op, {}).update(checks)


_with_bool_kernels()
