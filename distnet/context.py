"""Device contexts. distnet computes on the CPU; cpu(i) for any i names a logical device."""
import ctypes
import operator
import re
import sys
import threading
import warnings

from .base import log_time
from .base import MXNetError, _MXClassPropertyMetaClass, classproperty, located, no_attribute
from .base import _LIB, check_call, with_metaclass  # noqa: F401  (names MXNet's module shows, as its own imports)
from .base import hiding as _hiding


class Context(metaclass=_MXClassPropertyMetaClass):
    """A device and its id, shown as ``cpu(0)``; usable as a ``with`` block to set the default."""

    devtype2str = {1: "cpu", 2: "gpu", 3: "cpu_pinned", 5: "cpu_shared"}
    devstr2type = {v: k for k, v in devtype2str.items()}
    _default_ctx = threading.local()     # MXNet's name for the per-thread default
    _default = _default_ctx

    def __init__(self, device_type, device_id=0):
        if isinstance(device_type, Context):
            device_type, device_id = device_type.device_type, device_type.device_id
        # as MXNet: the type is kept as its number, and an unknown name fails the table lookup (KeyError)
        self.device_typeid = self.devstr2type[device_type]
        self.device_id = device_id
        self._old_ctx = None
        # where an operator on this device's arrays writes its result: MXNet's pinned and shared memory
        # do not propagate, so an op on a cpu_shared(i) batch gives a cpu(i) array
        self._op_ctx = Context("cpu", device_id) if device_type in ("cpu_pinned", "cpu_shared") else self

    @property
    def device_type(self):
        """The device's name ('cpu', 'gpu', ...); read-only, as in MXNet (``device_typeid`` can be set)."""
        return self.devtype2str[self.device_typeid]

    def __eq__(self, other):
        return isinstance(other, Context) and (self.device_typeid, self.device_id) == (other.device_typeid,
                                                                                     other.device_id)

    def __hash__(self):
        # MXNet's: integers hash alike in every process, so a set of contexts prints in a stable order
        return hash((self.device_typeid, self.device_id))

    def __repr__(self):
        return "%s(%d)" % (self.device_type, self.device_id)    # as MXNet: cpu(1.5) shows cpu(1), a text id fails

    __str__ = __repr__

    def __enter__(self):
        self._old_ctx = current_context()
        Context._default.value = self
        return self

    def __exit__(self, *exc):
        # as MXNet: the context this object last replaced, so an object entered again inside its own block
        # leaves itself the default (an array's ``context`` is a new object at each read, so a layer's forward
        # nested in another's enters distinct ones)
        Context._default.value = self._old_ctx

    def empty_cache(self):
        """Release the memory cached for this device; as in MXNet, a device nothing was allocated on fails."""
        operator.index(self.device_id)      # MXNet hands the id to C as an int
        if _storage_pool(resolved_id(self)) not in _ALLOCATED:
            raise MXNetError("Cannot Free space to a device you have not allocated")

    @classproperty
    def default_ctx(cls):
        """The current default context (deprecated; use ``current_context()``)."""
        _warn_default_ctx_deprecated()
        return current_context()

    @default_ctx.setter
    def default_ctx(cls, val):
        _warn_default_ctx_deprecated()
        cls._default_ctx.value = val


def _warn_default_ctx_deprecated():
    warnings.warn("Context.default_ctx has been deprecated. Please use Context.current_context() instead. "
                  "Please use test_utils.set_default_context to set a default context", DeprecationWarning)


NO_CUDA = "This call is only supported for MXNet built with CUDA support."
NO_CUDA_DEVICE = "Please compile with CUDA enabled for cuda features"


def gpu_memory_info(device_id=0):
    """(free, total) bytes of a GPU: there is no GPU here, so this always fails, as in MXNet's CPU build (after
    its front end reads ``device_id`` as an integer)."""
    operator.index(device_id)
    raise MXNetError(NO_CUDA)


def cpu(device_id=0):
    """The CPU context ``cpu(device_id)``."""
    return Context("cpu", device_id)


def cpu_pinned(device_id=0):
    """Pinned host memory; the same as the CPU here."""
    return Context("cpu_pinned", device_id)


def gpu(device_id=0):
    """The GPU context ``gpu(device_id)``: it can be named, but distnet puts no array on it."""
    return Context("gpu", device_id)


def num_gpus():
    """distnet has no GPU backend, so there are none."""
    return 0


# What MXNet's CPU-only build says when asked for a GPU, by what asked: an allocation, a copy (random
# samplers too, whose state is copied there), or an operator run on it (``gpu_operator``)
GPU_ALLOCATION = "Compile with USE_CUDA=1 to enable GPU usage"
GPU_COPY = "GPU is not enabled"
_GPU_SITES = {GPU_ALLOCATION: ("../src/storage/storage.cc", 116), GPU_COPY: ("../src/ndarray/ndarray.cc", 1297)}
_CONTEXT_TEXT_SITE = ("../include/mxnet/./base.h", 525)     # where a context's text is refused
SAMPLER_ON_GPU = ("../src/resource.cc", 166)       # where a sampler's random resource is refused a GPU


def gpu_operator(op_name):
    """MXNet's refusal of operator ``op_name`` run on a GPU."""
    return f"Operator {op_name} is not implemented for GPU."


def placed(ctx, refusal=GPU_ALLOCATION, site=None):
    """The context an array is made on: ``ctx``, or the current one; a GPU is refused with ``refusal`` (at
    ``site``, else where MXNet's check of that refusal stands)."""
    if ctx is None:
        ctx = current_context()
        if not isinstance(ctx, Context):    # set so by test_utils.set_default_context
            ctx = _default_as_given_to(ctx, refusal)
    on_gpu = ctx.device_typeid == 2     # (the type read first: anything else fails with MXNet's AttributeError)
    by_operator = refusal not in (GPU_ALLOCATION, GPU_COPY)
    if not by_operator:
        ctypes.c_int(ctx.device_id)     # MXNet's C API takes the id as a C int: a text or float id fails there
    ctx = resolved_id(ctx, by_operator=by_operator)
    if on_gpu:
        if by_operator or site == SAMPLER_ON_GPU:      # an operator invoked on a GPU first logs MXNet's notice
            print(f"{log_time()} ../src/imperative/./imperative_utils.h:93: GPU support is disabled. "
                  "Compile MXNet with USE_CUDA=1 to enable GPU support.", file=sys.stderr, flush=True)
        raise located(MXNetError(refusal), site or _GPU_SITES.get(refusal, ("../src/imperative/imperative.cc", 81)))
    _ALLOCATED.add(_storage_pool(ctx))
    return ctx


CONTEXT_PARSE = ("../include/mxnet/./base.h", 525)     # where MXNet's parser of a context's text refuses it


def resolved_id(ctx, by_operator=False):
    """``ctx`` as MXNet reads a negative device id: the first CPU, or the current CUDA device (of a GPU or
    pinned memory), which a build without CUDA cannot ask for; an operator then fails to parse its ctx."""
    if not isinstance(ctx, Context) or not isinstance(ctx.device_id, int) or ctx.device_id >= 0:
        return ctx
    if ctx.device_type in ("gpu", "cpu_pinned"):
        if by_operator:     # (the operator's parser of its ctx attribute refuses the text)
            raise located(MXNetError(f"Invalid context string {ctx}"), CONTEXT_PARSE)
        raise MXNetError(NO_CUDA_DEVICE)
    return Context(ctx.device_type, 0)


def _storage_pool(ctx):
    """The storage pool MXNet allocates ``ctx``'s arrays from: one for every cpu id, one per id otherwise
    (so after an array on cpu(0), cpu(3).empty_cache() has memory to release)."""
    return (ctx.device_type, 0 if ctx.device_type == "cpu" else ctx.device_id)


def _default_as_given_to(ctx, refusal):
    """A default context that is no Context, as MXNet's C API receives it: an allocation reads its device type
    field, an operator (whatever its GPU refusal) parses its text."""
    if refusal == GPU_ALLOCATION:
        raise no_attribute(ctx, "device_typeid")
    return operator_context(ctx)


def operator_context(ctx):
    """``ctx`` as MXNet's operators read their ctx attribute: a Context, or its text ('cpu(1)')."""
    if isinstance(ctx, Context):
        return ctx
    match = re.fullmatch(r"(cpu|gpu|cpu_pinned|cpu_shared)\((\d+)\)", str(ctx))
    if match is None:
        raise located(MXNetError(f"Invalid context string {ctx}"), _CONTEXT_TEXT_SITE)
    return Context(match.group(1), int(match.group(2)))


def current_context():
    """The context set by the innermost ``with ctx:`` block (or ``test_utils.set_default_context``, which
    keeps what it is given, as MXNet does), cpu(0) by default."""
    try:
        return Context._default.value
    except AttributeError:      # (set at the first read, as MXNet does: later reads find it)
        Context._default.value = CPU0
        return CPU0


CPU0 = Context("cpu", 0)
current_context()       # (MXNet's import reads the default once, which sets it for the importing thread)
_ALLOCATED = set()      # the storage pools arrays were made in: MXNet can empty those only

# the placement helpers distnet's operators share are no names of MXNet's module
__dir__ = _hiding(globals(), """CONTEXT_PARSE CPU0 GPU_ALLOCATION GPU_COPY MXNetError NO_CUDA NO_CUDA_DEVICE SAMPLER_ON_GPU
    gpu_operator located log_time no_attribute operator operator_context placed re resolved_id sys""".split())
