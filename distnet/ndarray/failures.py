"""Errors found inside an operator's kernel, surfaced as MXNet's asynchronous engine surfaces them.

MXNet checks shapes and attributes when an operator is called, but runs the kernel later: an error the
kernel finds (a sampler's bad parameter, a matrix that is not positive definite) is kept with the
result and raised by the first read of it (``asnumpy``, ``wait_to_read``, ``print``) or by ``waitall``,
once. Everything computed from a failed result carries the same error, and so does every later sampler
of the random resource the failed sampler held (the parallel one of most samplers, or the sequential one of
multinomial and shuffle), until it has been raised. Under
MXNET_ENGINE_TYPE=NaiveEngine (read at import, as MXNet creates its engine) kernels run at the call,
so their errors are raised there.
"""
import contextlib
import functools
import os
import threading
import weakref

import numpy as np

from ..base import MXNetError, flag_within, message_of, negative_size_text
from .ndarray import _DATA_SLOT, NDArray, _wrap
from .storage_report import kernels_skipped
from .views import aliases
from .workspace import COPIES_HELD, graph_copies, takes_copy

OUTSTANDING = []          # errors not raised yet, oldest first: waitall raises the first, forgets them all
_random = {}              # stream ('rows' or 'sequential') -> the error its random resource holds (samplers
                          # drawing from it later inherit it)
_carrying = threading.local()
_SYNCHRONOUS = os.environ.get("MXNET_ENGINE_TYPE") == "NaiveEngine"
# ops that take a random resource (the parallel one, or the sequential one) even when they draw nothing
_HOLD_RANDOM = {"Dropout": ("rows",), "RNN": ("sequential",)}
FAILED_NODES = weakref.WeakKeyDictionary()     # recorded node -> the error its outputs carry (see read_failure)


class KernelError(MXNetError):
    """Raised by an op's forward for a failure MXNet finds in its kernel; ``result`` stands in for the
    outputs (placeholders of their shapes); ``sampler``: the op held the random resource (True: the parallel
    one, 'sequential': the sequential one); ``kind``: the class raised on reading (an MXNetError); ``mutated``:
    the input buffers the kernel writes (BatchNorm's moving statistics), which carry the error too; ``unsized``
    (set by the raiser): the outputs are of unknown size, whose shape fails when read; ``reaches`` (set by the
    raiser): how many of the leading outputs carry the error (None: all; BatchNorm's mean and var of known size
    stay readable)."""

    unsized, reaches = False, None

    def __init__(self, message, result, sampler=False, kind=MXNetError, mutated=()):
        super().__init__(message)
        self.result, self.kind, self.mutated = result, kind, mutated
        self.sampler = "rows" if sampler is True else sampler

    def written(self, arrays, raws):
        """Those of ``arrays`` (with their buffers ``raws``) the failed kernel writes."""
        return [a for a, r in zip(arrays, raws) if any(r is m for m in self.mutated)]


def state_refusal(message, outputs=None):
    """The MXNetError an op's forward raises for what MXNet refuses when it creates the operator's state (after
    shape and type inference, at the call): a graph shows it without the ``Error in operator <node>`` of a check.
    ``outputs``: placeholders of the visible outputs inference made, against which out= arrays are checked first.
    Inference, first, fails on inputs of unknown (legacy 0) sizes (``at_creation``)."""
    error = MXNetError(message)
    error.unnamed_in_graph = error.at_creation = True
    error.inferred_outputs = outputs
    if outputs:
        error.inferred_result = outputs[0] if len(outputs) == 1 else tuple(outputs)
    return error


class _Failure:
    """One kernel error, shared by every array it reaches; raised once."""

    __slots__ = ("message", "kind", "live", "unsized")

    def __init__(self, message, kind=MXNetError, unsized=False):
        self.message, self.kind, self.live, self.unsized = message, kind, True, unsized
        if message != UNKNOWN_SHAPE:    # an unknown size fails as the shape is read: MXNet's engine never sees it
            OUTSTANDING.append(self)

    def surface(self):
        """Raise the error if nobody has yet; afterwards reads see the (meaningless) data, as in MXNet."""
        if self.live:
            _forget(self)
            raise _raised(self.kind, self.message)


def _raised(kind, message):
    """The exception a kernel's error reaches Python as: MXNet's C++ IndexError (and ValueError, where its source
    line is known) carries its source line and its class name in its text, as an MXNetError prints them."""
    if kind not in (IndexError, ValueError):
        return kind(message)
    from ..error_sites import as_mxnet_prints, site_of
    name = f"{kind.__name__}: "
    text = message if message.startswith(name) else name + message
    op = getattr(message, "op", None)
    site = getattr(message, "site", None) or \
        site_of(text.replace("index -", "index ", 1), op)     # (the table knows it by the words before a value)
    if site is None and kind is ValueError:
        return ValueError(message)
    return kind(text if site is None else as_mxnet_prints(text, site, op))


def _forget(failure):
    failure.live = False
    if failure in OUTSTANDING:
        OUTSTANDING.remove(failure)
    for stream, held in list(_random.items()):
        if held is failure:
            del _random[stream]
    COPIES_HELD.forget(failure)


def failed_streams():
    """The random streams whose resource holds an error not raised yet (MXNet then skips every op on it)."""
    return set(_random)


def forget_since(mark):
    """Forget the errors found since OUTSTANDING held ``mark`` of them: MXNet refused the call (an ``out=`` of
    another shape or type) before its kernel could fail."""
    for failure in OUTSTANDING[mark:]:
        _forget(failure)


def forget_outstanding():
    """Forget every error not raised yet; returns the oldest (or None)."""
    first = OUTSTANDING[0] if OUTSTANDING else None
    for failure in list(OUTSTANDING):
        _forget(failure)
    return first


def raise_outstanding():
    """``waitall``: raise the oldest error not raised yet, and forget them all."""
    first = forget_outstanding()
    if first is not None:
        raise _raised(first.kind, first.message)


UNKNOWN_SHAPE = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


def _sized(arr):
    """A failed array's placeholder data, whose shape stands for the array's; an output of unknown size has none:
    reading its shape fails, every time."""
    failure = arr._pending
    if failure.unsized:
        raise _raised(failure.kind, failure.message)
    return _DATA_SLOT.__get__(arr)


class FailedNDArray(NDArray):
    """An NDArray whose computation failed: its dtype (and but for an output of unknown size, its shape) is known,
    reading its data raises."""

    __slots__ = ()
    _plain_class = NDArray    # the class the array returns to once its error is raised (or while it is unread)
    shape = property(lambda self: _sized(self).shape, doc="The array's shape, a tuple.")
    size = property(lambda self: _sized(self).size, doc="The number of elements.")
    ndim = property(lambda self: _sized(self).ndim, doc="The number of dimensions.")
    dtype = property(lambda self: _DATA_SLOT.__get__(self).dtype.type, doc="The element type, a numpy type.")

    def __len__(self):
        return NDArray.__len__(_wrap(_sized(self)))

    def asnumpy(self):
        """MXNet copies nothing out of an empty array, so it does not wait for it: no error (it stays pending),
        unless the shape itself is unknown (MXNet cannot even size the copy)."""
        if self.size == 0 and self._pending.message != UNKNOWN_SHAPE:
            return _DATA_SLOT.__get__(self).copy()
        return NDArray.asnumpy(self)

    @property
    def _data(self):
        failure = self._pending
        _sized(self)
        self._pending, self.__class__ = None, self._plain_class
        failure.surface()
        return _DATA_SLOT.__get__(self)

    def wait_to_read(self):
        """Wait for the failed computation: its error raises, but for an output of unknown size, which MXNet's
        engine never sees."""
        if not self._pending.unsized:
            NDArray.wait_to_read(self)

    @_data.setter
    def _data(self, value):
        self._pending, self.__class__ = None, self._plain_class
        _DATA_SLOT.__set__(self, value)

    def copyto(self, other):
        """A copy carrying the error: MXNet's engine skips the copy after the failed op, so a target array keeps
        its data (and takes the error)."""
        _sized(self)
        failure, plain = self._pending, self._plain_class
        if not failure.live:
            return plain.copyto(self._settled(), other)
        placeholder = _wrap(_DATA_SLOT.__get__(self), self._ctx)
        placeholder.__class__ = plain
        placeholder._node = self._node      # (still recorded: a copy's backward runs through it)
        keeps = isinstance(other, NDArray) and (type(other) in _FAILED_KINDS or isinstance(other, FailedNDArray))
        kept = _kept_data(other) if keeps else None
        with other._unread() if _live(other) is not None else contextlib.nullcontext():
            copy = plain.copyto(placeholder, other)     # a failed target is overwritten, not read
        if keeps and copy is other:
            _restore_data(other, kept)
        _poison(copy, failure)
        return copy

    def attach_grad(self, grad_req="write", stype=None):
        """Marking a failed array as a variable does not read it."""
        _sized(self)
        plain = self._plain_class
        with self._unread():
            plain.attach_grad(self, grad_req, stype)

    def __setitem__(self, key, value):
        """A write into a failed array: MXNet's engine skips it after the failure (its checks still run at the
        call), so the array keeps its data and the error stays. Once the error is raised (waitall), writes land."""
        _sized(self)
        plain, live = self._plain_class, self._pending.live
        kept = _kept_data(self) if live else None
        with self._unread():
            plain.__setitem__(self, key, value)
        if live:
            _restore_data(self, kept)
        if _copied_synchronously(self.shape, key, value):
            self._data      # noqa: B018 -- the copy waits for the array, so its error is raised now

    def detach(self):
        """A detached alias: it shares the data, so it shares the error."""
        return self._keeping("detach")

    def reshape(self, *shape, **kwargs):
        """A reshaped view: it shares the data, so it shares the error."""
        return self._keeping("reshape", *shape, **kwargs)

    def as_nd_ndarray(self):
        """A legacy view: it shares the data, so it shares the error."""
        return self._keeping("as_nd_ndarray")

    def as_np_ndarray(self):
        """An mx.np view: it shares the data, so it shares the error."""
        return self._keeping("as_np_ndarray")

    def __iadd__(self, other):
        return self._updating("__iadd__", other)

    def __isub__(self, other):
        return self._updating("__isub__", other)

    def __imul__(self, other):
        return self._updating("__imul__", other)

    def __itruediv__(self, other):
        return self._updating("__itruediv__", other)

    def __imod__(self, other):
        return self._updating("__imod__", other)

    def _updating(self, name, other):
        """In-place operator ``name``, checked on the placeholder data: MXNet's engine skips the update after
        the failure, so the array keeps its data and the error."""
        kept = _kept_data(self)
        result = self._keeping(name, other)
        _restore_data(self, kept)
        return result

    def _keeping(self, name, *args, **kwargs):
        """Method ``name`` run on the placeholder data; what it returns keeps the error (an in-place update runs
        after the failure, as MXNet's engine orders it)."""
        _sized(self)
        failure, method = self._pending, getattr(self._plain_class, name)
        with self._unread():
            result = method(self, *args, **kwargs)
        for arr in _arrays(result):
            if arr is not self:
                _poison(arr, failure)
        return result

    @contextlib.contextmanager
    def _unread(self):
        failure, failed_class = self._pending, type(self)
        self.__class__ = failed_class._plain_class
        try:
            yield
        finally:
            if failure.live and type(self) is failed_class._plain_class:
                self.__class__, self._pending = failed_class, failure

    def _settled(self):
        self._pending, self.__class__ = None, self._plain_class
        return self


def _copied_synchronously(shape, key, value):
    """Whether MXNet copies ``value`` into the array by a synchronous copy, which waits for the array's pending
    writes (raising their error) instead of queueing an op: a numpy array written whole by a basic key."""
    from .indexing import selects_whole, without_bools
    key = without_bools(key if type(key) is tuple else (key,)) or slice(None)     # (a write drops Python bools)
    entries = key if type(key) is tuple else (key,)
    basic = all(k is None or k is Ellipsis or type(k) is slice or isinstance(k, (int, np.integer)) for k in entries)
    return isinstance(value, np.ndarray) and basic and selects_whole(shape, key)


_FAILED_KINDS = {}     # an array class -> its failed twin (mx.np and the sparse kinds add their own)


def write_carrying(target, value, write):
    """``write()``, which copies ``value`` into ``target``: when ``value`` carries an error not raised yet, MXNet's
    engine skips the copy, so ``target`` keeps its data and carries the error too (the copy still runs on the
    placeholder data, for its checks); returns whether it did."""
    failure = _live(value) if isinstance(value, FailedNDArray) else None
    if failure is None:
        return False
    carries = type(target) in _FAILED_KINDS or isinstance(target, FailedNDArray)
    kept = _kept_data(target) if carries else None
    with value._unread():
        write()
    if carries:
        _restore_data(target, kept)
    _poison(target, failure)
    return True


def register_failed_kind(failed_class):
    """Let arrays of ``failed_class._plain_class`` carry a kernel error as ``failed_class``, named as that class
    (MXNet has one class: ``type(x)`` shows no failure)."""
    plain = failed_class._plain_class
    failed_class.__name__, failed_class.__qualname__ = plain.__name__, plain.__qualname__
    failed_class.__module__ = plain.__module__
    _FAILED_KINDS[plain] = failed_class


register_failed_kind(FailedNDArray)


def _poison(arr, failure):
    _carry(arr, failure)
    for alias in aliases(arr):      # (basic slices sharing its storage share MXNet's engine variable)
        if type(alias) in _FAILED_KINDS:        # (a plain array: one carrying an error keeps it)
            _carry(alias, failure)


def _carry(arr, failure):
    node = getattr(arr, "_node", None)
    if node is not None:        # (a backward reading the recorded array meets the error: see read_failure)
        FAILED_NODES[node[0]] = failure
    kind = type(arr)
    if kind in _FAILED_KINDS or isinstance(arr, FailedNDArray):
        arr.__class__ = _FAILED_KINDS.get(kind, kind)
        arr._pending = failure
    elif kind in _FAILED_KINDS.values():    # a failed sparse array keeps its error (MXNet's engine passes it on)
        if not arr._pending.live:           # unless it was raised through another array: then it takes this one
            arr._pending = failure
    else:                     # a sparse or pending array cannot carry it: raise it now
        failure.surface()


def share_failure(alias, source):
    """``alias`` (a view of ``source``'s data) carries the error ``source`` carries, if any, raised by the first
    read of either."""
    failure = getattr(source, "_pending", None)
    if isinstance(failure, _Failure) and failure.live:
        _poison(alias, failure)


def failed_write(target, message):
    """A write MXNet's engine runs and fails (its check met when the kernel runs): ``target`` keeps its data and
    carries the error, raised once by the first read of it or of a result computed from it, else by waitall."""
    if _SYNCHRONOUS:
        raise _raised(MXNetError, message)
    held = getattr(target, "_pending", None)     # (also while a failed array is written as a plain one: _unread)
    if not (isinstance(held, _Failure) and held.live):      # an error it carries stands for this write's too
        _poison(target, _Failure(message))


def _live(arr):
    if type(arr) is NDArray or not OUTSTANDING:     # (the common cases: a plain array, or no error waits to be
        return None                                 # raised, so none is carried)
    failed = isinstance(arr, FailedNDArray) or type(arr) in _FAILED_KINDS.values()     # (sparse twins too)
    return arr._pending if failed and arr._pending.live else None


def _arrays(value):
    """The NDArrays in ``value`` (one, or nested lists and tuples of them), in order."""
    if isinstance(value, NDArray):
        return [value]
    found = []
    if isinstance(value, (list, tuple)):
        for v in value:
            if isinstance(v, NDArray):
                found.append(v)
            elif isinstance(v, (list, tuple)):
                found += _arrays(v)
    return found


def deliver(error, outputs, out, written=(), copies=None, taken=False):
    """The outputs of an op whose kernel raised ``error`` (``outputs``: its placeholders, wrapped; ``written``:
    the input arrays it writes, see KernelError.written; ``copies``: how many temp space copies it takes, if
    not one or none as its operator asks; ``taken``: they are taken already)."""
    if _SYNCHRONOUS:
        raise _raised(error.kind, _message(error)) from error
    failure = getattr(_carrying, "failure", None)          # run on failed inputs: their error, not its own
    if failure is None and error.sampler:
        failure = _random.get(error.sampler)                # MXNet never ran it: the resource's error
    if failure is None:
        failure = _Failure(_message(error), error.kind, error.unsized)
        if error.sampler:
            _random[error.sampler] = failure
    _hold_copies(failure, error, copies, taken)
    for arr in _arrays(outputs)[:error.reaches] + _arrays(out)[:error.reaches] + list(written):
        _poison(arr, failure)
    return outputs


def _hold_copies(failure, error, copies, taken):
    """The temp space copies the failed op takes hold its error (see workspace); within ``carry`` its copy is
    taken already."""
    if getattr(_carrying, "busy", False) or getattr(_carrying, "bound", False):
        if getattr(_carrying, "took_copy", False):
            _hold_copy(failure)
        return
    if copies is None:
        copies = int(takes_copy(getattr(error, "op_name", None) or ""))
    if copies and not taken:
        COPIES_HELD.take(copies)
    _hold_copy(failure, copies)


def bound_copies():
    """Around a bound executor's run: MXNet gives its operators their temp space copies once, as it binds them,
    so they take none in turn (left out: the copies stay as they are)."""
    return flag_within(_carrying, "bound")


def _hold_copy(failure, copies=1):
    """The last ``copies`` temp space copies taken hold ``failure`` (an engine's error: not an unknown size)."""
    if failure.message != UNKNOWN_SHAPE:
        COPIES_HELD.hold(failure, copies)


def _message(error):
    """``error``'s message, naming the operator that raised it and the line of its check where known (see
    MXNetError.op_name and raised_at)."""
    from .shape_text import OperatorMessage
    op, site = getattr(error, "op_name", None), getattr(error, "raised_at", None)
    if op is None and site is None:
        return message_of(error)
    return OperatorMessage(message_of(error), op, site)


def run_drawing(call, wrap, out=None, copies=1):
    """``call()``, a sampler outside the operator registry, run as MXNet's engine runs it: a KernelError it raises
    is kept with its result (placeholders made NDArrays by ``wrap``, or ``out``), and while a random resource
    it draws from, or a temp space copy it takes (``copies``, see workspace), holds an error it is skipped, its
    draws undone, and given that error."""
    with COPIES_HELD.given_back_if_refused():
        return _drawn(call, wrap, out, copies)


def _drawn(call, wrap, out, copies):
    busy, drawing = getattr(_carrying, "busy", False), getattr(_carrying, "drawing", False)
    if drawing or getattr(_carrying, "bound", False):      # (drawing through another sampler: one operator)
        copies = 0
    taken = copies and COPIES_HELD.held and not busy
    copy_error = COPIES_HELD.take(copies) if taken else None
    if (_random or copy_error is not None) and not busy:
        from .ops_random import RESOURCE
        _carrying.busy = True
        try:
            with RESOURCE.untouched():
                touched = RESOURCE._before
                try:
                    result = call()
                except KernelError:
                    result = None       # (drawn again below, outside, to be delivered)
                held = [copy_error] + [_random[k] for k in touched if k in _random]
                held = [f for f in held if f is not None]
        finally:
            _carrying.busy = False
        if held and result is not None:
            if not taken:
                COPIES_HELD.take(copies)
            _hold_copy(held[0], copies)
            for arr in _arrays(result) + _arrays(out):
                _poison(arr, held[0])
            return result
    _carrying.drawing = True
    try:
        return call()
    except KernelError as error:
        outputs = out if out is not None else wrap(error.result)
        _carrying.failure = copy_error         # (skipped for it: the sampler's own error never happens)
        try:
            deliver(error, outputs, out, copies=copies, taken=taken)
        finally:
            _carrying.failure = None
        return outputs
    finally:
        _carrying.drawing = drawing


def copy_error(count=1):
    """The error the temp space copies (``count``) an operator run outside the registry takes hold (kept there),
    or None."""
    if not COPIES_HELD.held or getattr(_carrying, "busy", False):
        return None
    held = COPIES_HELD.take(count)
    if held is not None:
        _hold_copy(held, count)
    return held


@contextlib.contextmanager
def skipped_for(failure, written):
    """Around an update MXNet's engine skips for ``failure`` (held by a temp space copy it takes): it runs on,
    then ``written`` get their data back and take the error."""
    targets = _arrays(written)
    kept = [_kept_data(a) for a in targets]
    yield
    for arr, data in zip(targets, kept):
        _restore_data(arr, data)
        _poison(arr, failure)


def with_copy_error(result, carried=None, mark=None):
    """``result`` of an operator run outside the registry that takes a temp space copy: skipped by MXNet's engine
    for the error of its inputs (``carried``) or else of that copy, it carries it; else an error of its own kernel
    it carries is left there (``mark``: how many errors OUTSTANDING held before it ran, those found since being
    its kernel's)."""
    if not OUTSTANDING or getattr(_carrying, "busy", False):
        return result
    own = carried_error(result)
    held = COPIES_HELD.take()       # (always: the copies are counted from any point)
    failure = carried or held or own
    if failure is None:
        return result
    _hold_copy(failure)
    if own is not failure and mark is not None and own in OUTSTANDING[mark:]:     # (that kernel never ran)
        _forget(own)
    for arr in _arrays(result):
        _poison(arr, failure)
    return result


def copy_taker(fn):
    """Decorator: ``fn`` runs outside the registry what MXNet runs by an operator taking a temp space copy, its
    outputs' shapes known before it runs (see with_copy_error); on failed inputs it runs on their placeholders."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        carried = carried_error(list(args) + list(kwargs.values()))
        if carried is not None:
            args = [_placeholder(a) for a in args]
            kwargs = {k: _placeholder(v) for k, v in kwargs.items()}
        mark = len(OUTSTANDING)
        return with_copy_error(fn(*args, **kwargs), carried, mark)
    return run


def waited_copy_taker(fn):
    """Decorator: ``fn`` runs outside the registry what MXNet runs by an operator taking a temp space copy whose
    outputs' shapes only its run finds: MXNet's call waits for it, so the error that copy holds is raised there."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        result = fn(*args, **kwargs)
        held = copy_error() if OUTSTANDING else None
        if held is not None:
            held.surface()
        return result
    return run


def skipped_for_copy(arr):
    """``arr op= number``: MXNet's ``_scalar`` operator (writing ``arr``) takes a temp space copy; when that holds
    an error not raised yet the operator is skipped: ``arr`` keeps its data and takes the error. Whether it was."""
    held = copy_error()
    if held is not None:
        _poison(arr, held)
    return held is not None


def outside_operators():
    """Around an NDArray method MXNet runs outside its operators (``x.reshape``), run here by one: it takes no
    temp space copy."""
    return flag_within(_carrying, "outside")


def _numpy_arrays(args):
    """Whether an op's ``args`` are mx.np arrays: the mx.np front end calls it for an operator of its own."""
    from .registry import KEEP_CLASS
    return any(getattr(a, "_plain_class", type(a)) in KEEP_CLASS for a in _arrays(args))


def carry(invoke, op, args, attrs, out):
    """``invoke(op, ...)`` when an error flows into it: from an input, or to a sampler from the random
    resource; None when none does."""
    if getattr(_carrying, "busy", False):
        return None
    with COPIES_HELD.given_back_if_refused():
        return _carried(invoke, op, args, attrs, out)


def _carried(invoke, op, args, attrs, out):
    failure = next((f for f in map(_live, _arrays(args) + _arrays(out)) if f is not None), None)
    if failure is None and not _random and not COPIES_HELD.held:
        return None
    takes = not (getattr(_carrying, "bound", False) or getattr(_carrying, "outside", False)) and \
        takes_copy(op.name, args, attrs, numpy=_numpy_arrays(args),
                   with_number=op.binary and any(isinstance(a, (int, float, np.generic)) for a in args))
    if failure is None and not _random and not takes:
        return None
    _carrying.busy, _carrying.took_copy = True, takes
    try:
        if takes:       # the op is skipped for the error its temp space copy holds, else leaves its own there
            held = COPIES_HELD.take()
            failure = failure or held
            if failure is not None:
                _hold_copy(failure)
        if failure is None:
            return _run_sampler(invoke, op, args, attrs, out)
        _carrying.failure = failure
        result = _run_on_placeholders_skipped(invoke, op, args, attrs, out, failure)
    finally:
        _carrying.busy, _carrying.failure, _carrying.took_copy = False, None, False
    for arr in _arrays(result):
        _poison(arr, failure)
    return result


def _run_on_placeholders_skipped(invoke, op, args, attrs, out, failure):
    """``_run_on_placeholders`` for an op MXNet skips for its input's error: it draws nothing, and the random
    resource it holds (Dropout's, or a sampler's) takes the error, passed on to the next op holding it."""
    from .ops_random import RESOURCE
    with RESOURCE.untouched():
        touched = RESOURCE._before          # filled when a stream is first drawn from
        result = _run_on_placeholders(invoke, op, args, attrs, out)
        streams = list(_HOLD_RANDOM.get(op.name, ())) + list(touched)
    for stream in streams:
        _random.setdefault(stream, failure)
    return result


def _placeholder(a):
    """A failed array's placeholder data, as a plain array (others as they are)."""
    if not isinstance(a, FailedNDArray):
        return a
    p = _wrap(_DATA_SLOT.__get__(a), a._ctx)
    p.__class__ = a._plain_class
    p._node = a._node         # still recorded: backward runs through it (the gradients get the error)
    return p


def _run_on_placeholders(invoke, op, args, attrs, out):
    """Run on the failed inputs' placeholder data, for the outputs' shapes (their values mean nothing)."""
    targets = _arrays(out)
    plain_out = None if out is None else \
        [_placeholder(o) for o in targets] if isinstance(out, (list, tuple)) else _placeholder(out)
    kept = [_kept_data(t) for t in targets]     # MXNet's engine skips the op: its out= arrays keep their data
    with np.errstate(all="ignore"), kernels_skipped():
        result = invoke(op, [_placeholder(a) for a in args], attrs, plain_out)
    for target, data in zip(targets, kept):
        _restore_data(target, data)
    return result if out is None else out


def _run_sampler(invoke, op, args, attrs, out):
    """Run ``op``; if it draws random numbers while their resource holds an error, undo its draws and give it
    that error (MXNet skips the op)."""
    from .ops_random import RESOURCE
    with RESOURCE.untouched():
        touched = RESOURCE._before          # filled when a stream is first drawn from
        result = invoke(op, args, attrs, out)
        held = [_random[k] for k in _HOLD_RANDOM.get(op.name, ()) + tuple(touched) if k in _random]
    if not held:
        return invoke(op, args, attrs, out) if touched else result     # (drawing for real this time)
    failure = held[0]
    if getattr(_carrying, "took_copy", False):
        _hold_copy(failure)
    for arr in _arrays(result) + _arrays(out):
        _poison(arr, failure)
    return result


def unread_inputs(values):
    """Numpy data of a graph's inputs, without raising a failed one's error; and the first such error."""
    carried = next((f for f in map(_live, values) if f is not None), None)
    if carried is None:
        return [v._data for v in values], None
    return [_DATA_SLOT.__get__(v) if isinstance(v, FailedNDArray) else v._data for v in values], carried


def keep_with(outputs, carried, kernel_errors, inputs=(), raws=(), steps=()):
    """A graph run's outputs keep the error of a failed input, else the first error one of its kernels found
    (with the ``inputs``, of buffers ``raws``, that kernel writes), else one a temp space copy its ``steps``
    (op, ...) take holds. MXNet runs the graph as one bulk: every copy it takes keeps the error."""
    copies = graph_copies(step[0].name for step in steps) if steps else 0
    if carried is None and not kernel_errors:
        carried = COPIES_HELD.take(copies)
        if carried is not None:
            _hold_copy(carried, copies)
    elif carried is not None:
        COPIES_HELD.take(copies)
        _hold_copy(carried, copies)
    if carried is not None:
        for arr in outputs:
            _poison(arr, carried)
    elif kernel_errors:
        deliver(kernel_errors[0], outputs, None, kernel_errors[0].written(inputs, raws), copies)


class _BackwardErrors:
    """The errors of one backward pass: a failed head's, or those its kernels (a Custom op's) found."""

    def __init__(self, carried, failed_outputs=()):
        self.carried, self.messages, self.detached = carried, [], False
        self.failed_outputs = failed_outputs     # the data of the failed heads
        self.head_inputs = []       # the data the ops making them read (see feeds_failed_head)
        self.refused_types = False      # whether the kernel failing last has no case for its inputs' types
        self.copies_taken = 0       # the temp space copies the pass's operators took (when counted)
        self.uncounted = None       # else the recorded nodes of the pass, to count them if a kernel fails

    def wrote_nothing(self):
        """Whether the kernel that failed last wrote no gradient (see backward_kernel_error); forgets it."""
        refused, self.refused_types = self.refused_types, False
        return refused

    def carries_head_error(self):
        """Whether the failed head's error is to reach the gradients (see settle): MXNet's engine then skips the
        kernels that would write them, so their buffers keep their data."""
        return self.carried is not None and self.carried.live and not self.detached

    def settle(self, grads):
        """Keep the error with the gradients the pass wrote (raised when one is read): the failed head's, unless
        the backward ran kernels that read no output of their op (the head then keeps its error), else one a
        backward kernel found, for the gradients of each device."""
        failure = self.carried if self.carries_head_error() else None
        if failure is not None:
            for arr in grads:
                _poison(arr, failure)
        elif self.messages:
            # MXNet runs a pass's backward kernels in one bulk per device: each device's gradients carry an error
            # of their own (one read leaves the others for waitall)
            per_device = {}
            for arr in grads:
                if _live(arr) is not None:      # a kernel writing an array that carries an error is skipped by
                    continue                    # MXNet's engine: the array keeps that error
                if arr.ctx not in per_device:
                    k = len(per_device)
                    per_device[arr.ctx] = (_Failure(self.messages[k]) if k < len(self.messages)
                                           else next(iter(per_device.values())))
                _poison(arr, per_device[arr.ctx])
            if per_device and not self.copies_taken and self.uncounted is not None:
                self.copies_taken = _backward_copy_count(self.uncounted)
                COPIES_HELD.take(self.copies_taken)
            if per_device and self.copies_taken:
                # the copy MXNet gave the failed kernel shares its error: the first the pass took (probed on one
                # failing Convolution or Deconvolution backward among elementwise ones)
                failure = next(iter(per_device.values()))
                if failure.message != UNKNOWN_SHAPE:
                    COPIES_HELD.hold_first_of(failure, self.copies_taken)


def _head_data(head):
    """A failed head's data (None for a sparse head, which keeps none in the dense slot)."""
    try:
        return _DATA_SLOT.__get__(head)
    except AttributeError:
        return None


@contextlib.contextmanager
def backward_errors(heads, head_grads=None):
    """Around a backward pass: failed heads (and head gradients) are read as their placeholders and errors of
    backward kernels are collected, for ``settle`` to keep with the gradients (MXNet's backward itself does not
    raise them)."""
    arrays = list({id(a): a for a in _arrays(heads) + _arrays(head_grads)}.values())
    failed = [(h, h._pending) for h in arrays if _live(h) is not None]
    for head, _ in failed:
        head.__class__, head._pending = head._plain_class, None
    box = _BackwardErrors(failed[0][1] if failed else None, [_head_data(h) for h, _ in failed])
    box.head_inputs = [x for h, _ in failed if h._node is not None for x in getattr(h._node[0], "inputs", ())]
    previous, _carrying.backward = getattr(_carrying, "backward", None), box
    try:
        yield box
    finally:
        _carrying.backward = previous
        for head, failure in failed:
            if failure.live:
                _poison(head, failure)


def take_backward_copies(order):
    """Before a backward pass over the recorded nodes ``order``: MXNet's backward operators take their temp space
    copies (one more for each gradient summed from several); one holding an error not raised yet skips them, and
    the gradients the pass writes carry it. With none held, they are taken only if a backward kernel fails (see
    _BackwardErrors.settle)."""
    box = getattr(_carrying, "backward", None)
    if not COPIES_HELD.held:
        if box is not None:
            box.uncounted = order
        return
    count = _backward_copy_count(order)
    found = COPIES_HELD.take(count)
    if box is not None:
        box.copies_taken = count
    if found is not None and box is not None and box.carried is None:
        _hold_copy(found, count)
        box.carried = found


def _backward_copy_count(order):
    """How many temp space copies a backward pass over the recorded nodes ``order`` takes."""
    from .workspace import backward_copies
    uses = {}
    count = 0
    for node in order:
        if node.is_leaf:
            continue
        steps = getattr(getattr(node.op, "program", None), "steps", None)
        count += backward_copies(node.op.name, node.args or ()) if steps is None else _graph_backward_copies(steps)
        for link in node.parents or ():
            if link is not None:
                key = (id(link[0]), link[1])
                uses[key] = uses.get(key, 0) + 1
    return count + sum(1 for n in uses.values() if n > 1)


def _graph_backward_copies(steps):
    """The copies the backward of a hybridized graph of ``steps`` (op, input slots, ...) takes: its operators',
    and one for each slot whose gradient sums several."""
    from .workspace import backward_copies
    reads = {}
    for step in steps:
        for slot in step[1]:
            reads[slot] = reads.get(slot, 0) + 1
    return sum(backward_copies(step[0].name, ()) for step in steps) + sum(1 for n in reads.values() if n > 1)


def read_failure(node, reads):
    """The error, not raised yet, of a forward array the backward of recorded ``node`` reads (``reads``: 'o' for
    its outputs, input positions for its inputs): MXNet's engine then skips that backward, and the gradients
    computed from it carry the error."""
    failure = FAILED_NODES.get(node) if "o" in reads else None
    if failure is not None and failure.live:
        return failure
    for k in reads:
        parent = node.parents[k] if k != "o" and k < len(node.parents) else None
        failure = FAILED_NODES.get(parent[0]) if parent is not None else None
        if failure is not None and failure.live:
            return failure
    return None


def backward_kernel_error(message, own=False, refused_types=False):
    """An error found by a backward kernel: kept for the gradients in a backward pass, else raised now. ``own``:
    the kernel reads no output of its op, so it runs (and fails) even when the forward failed; ``refused_types``:
    it has no case for its inputs' types, so it writes no gradient at all."""
    box = getattr(_carrying, "backward", None)
    if box is None or _SYNCHRONOUS:
        raise MXNetError(message)
    box.messages.append(message)
    if own:
        box.detached = True
    box.refused_types = box.refused_types or refused_types


def running_backward_errors():
    """The errors of the backward pass running (see backward_errors), or None outside one."""
    return getattr(_carrying, "backward", None)


def is_failed_head(output):
    """Whether ``output`` (an op's output data) is a failed head of the backward pass running: its gradient is the
    head gradient, which carries no error, where the gradient of an output further down comes through the
    backwards of the ops that read it (skipped by MXNet's engine, they hand the error on)."""
    box = getattr(_carrying, "backward", None)
    return box is not None and any(output is data for data in box.failed_outputs)


def feeds_failed_head(output):
    """Whether ``output`` is a failed head of the backward pass running or an input of the op that made one: MXNet's
    engine then hands it a gradient carrying no error (further down, one carrying the head's)."""
    box = getattr(_carrying, "backward", None)
    return box is not None and any(output is data for data in box.failed_outputs + box.head_inputs)


def backward_reads_no_outputs():
    """The backward kernel running reads no output of its op (a zero gradient of the input's shape): it runs
    even when the forward failed, whose error stays with the outputs."""
    box = getattr(_carrying, "backward", None)
    if box is not None:
        box.detached = True


def skipped_if_failed(inputs, written):
    """Around an in-place update of the arrays ``written`` from ``inputs`` (an optimizer step): when an input
    carries an error not raised yet, MXNet's engine skips the update's kernel, so the update runs on the
    placeholder data, ``written`` get their data back, and they take the error. An update whose call raises (a check
    made before its kernel is queued) leaves ``written`` as they were."""
    return _skipping_if_failed(inputs, written) if OUTSTANDING else _NOTHING_FAILED


_NOTHING_FAILED = contextlib.nullcontext()      # (no error waits to be raised: no input can carry one)


@contextlib.contextmanager
def _skipping_if_failed(inputs, written):
    """``skipped_if_failed`` while some error waits to be raised."""
    failed = [(a, type(a), a._pending) for a in _arrays(inputs) if _live(a) is not None]
    if not failed:
        yield
        return
    failure = failed[0][2]
    targets = [a for a in _arrays(written) if type(a) in _FAILED_KINDS or isinstance(a, FailedNDArray)
               or type(a) in _FAILED_KINDS.values()]
    kept = [_kept_data(a) for a in targets]
    for arr, failed_class, _ in failed:
        arr.__class__ = failed_class._plain_class
    queued = False
    try:
        with np.errstate(all="ignore"):
            yield
        queued = True
    finally:
        for arr, failed_class, pending in failed:
            if pending.live and type(arr) is failed_class._plain_class:
                arr.__class__, arr._pending = failed_class, pending
        for arr, data in zip(targets, kept):
            _restore_data(arr, data)
            if queued and failure.live:
                if type(arr) in _FAILED_KINDS.values():     # (an error its skipped kernel met is not MXNet's)
                    arr._pending = failure
                _poison(arr, failure)


def _kept_data(arr):
    """A copy of what ``arr`` holds, read without raising its error: a sparse array's stored parts, else its data."""
    from .sparse import BaseSparseNDArray
    if isinstance(arr, BaseSparseNDArray):
        return (BaseSparseNDArray._values.__get__(arr).copy(), [a.copy() for a in BaseSparseNDArray._aux.__get__(arr)])
    return _DATA_SLOT.__get__(arr).copy()


def _restore_data(arr, kept):
    """Put back into ``arr`` what ``_kept_data`` copied out of it."""
    from .sparse import BaseSparseNDArray
    if isinstance(arr, BaseSparseNDArray):
        BaseSparseNDArray._values.__set__(arr, kept[0])
        BaseSparseNDArray._aux.__set__(arr, tuple(kept[1]))
        BaseSparseNDArray._dense.__set__(arr, None)
    else:
        np.copyto(_DATA_SLOT.__get__(arr), kept)


def carried_error(arrays):
    """The error not raised yet that one of ``arrays`` carries (the first), or None."""
    if not OUTSTANDING:
        return None
    return next((f for f in map(_live, _arrays(arrays)) if f is not None), None)


def with_error(array, failure):
    """``array``, made to carry ``failure`` (an op run on a failed input: MXNet's engine skips it)."""
    _poison(array, failure)
    return array


def data_to_write(arr):
    """The numpy data an op writes into ``arr``: a failed array's placeholder (the array keeps its error, as
    MXNet's engine keeps it with the variable), else ``arr._data``."""
    return _DATA_SLOT.__get__(arr) if _live(arr) is not None else arr._data


def refuse_negative_dims(dims, unknown_result=None):
    """MXNet's shape check of an output size taken from an attribute: -1 reads as unknown (refused at once, or
    with ``unknown_result`` when the result is read), below it as invalid."""
    for d in dims:
        if d == -1:
            if unknown_result is None:
                raise MXNetError(UNKNOWN_SHAPE)
            error = KernelError(UNKNOWN_SHAPE, unknown_result)
            error.unsized = True
            raise error
        if d < -1:
            raise MXNetError(negative_size_text(d))


def float_only(op, dtype):
    """MXNet's words (after ``op``'s name, unless None) when a float-only kernel's type switch meets an integer
    ``dtype`` (its int8 and uint8 cases have no comma)."""
    dtype = np.dtype(dtype)
    comma = "" if dtype.itemsize == 1 else ","
    prefix = "" if op is None else f"{op}: "
    return f"{prefix}This operation only support floating point types{comma} not {dtype.name}"


def real_switch_refusal(op, dtype):
    """MXNet's words when a float-only kernel's type switch meets a non-float ``dtype``: it has no case for
    bool, whose type number it calls unknown."""
    if np.dtype(dtype) == np.bool_:
        return ("" if op is None else f"{op}: ") + "Unknown type enum 7"
    return float_only(op, dtype)
