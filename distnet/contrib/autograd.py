"""``mx.contrib.autograd``: MXNet's first, legacy autograd API, over ``mx.autograd``'s tape.

``set_is_training`` switches recording and training mode together; ``train_section`` /
``test_section`` are its scopes; ``grad_and_loss`` / ``grad`` turn a function into one returning
the gradients of its output with respect to its arguments.
"""
import functools

from .. import autograd as _autograd
from ..base import error_like, string_types  # noqa: F401  (string_types: MXNet's module exposes it)
from ..ndarray import NDArray, array, zeros_like  # noqa: F401

_AssertionError = error_like(AssertionError)


def set_is_training(is_train):
    """Turn recording and training mode on or off together; returns the previous recording state."""
    _autograd.set_training(is_train)
    return _autograd.set_recording(is_train)


class TrainingStateScope:
    """``with TrainingStateScope(state):`` runs its block with recording and training set to ``state``."""

    def __init__(self, enter_state):
        self._enter_state, self._prev = enter_state, None

    def __enter__(self):
        self._prev = set_is_training(self._enter_state)

    def __exit__(self, ptype, value, trace):
        if self._prev != self._enter_state:
            set_is_training(self._prev)


def train_section():
    """A scope that records operations in training mode."""
    return TrainingStateScope(True)


def test_section():
    """A scope that neither records nor trains (inside a ``train_section``, for evaluation)."""
    return TrainingStateScope(False)


def mark_variables(variables, gradients, grad_reqs="write"):
    """Mark ``variables`` so that backward writes (or adds) their gradients into ``gradients``."""
    _autograd.mark_variables(list(variables), list(gradients), grad_reqs)


def backward(outputs, out_grads=None, retain_graph=False):
    """Compute the gradients of ``outputs`` (a list) into the marked variables' buffers."""
    if not isinstance(outputs, (list, tuple)):
        raise _AssertionError("outputs must be a list or tuple of NDArrays")
    if out_grads is not None and len(out_grads) != len(outputs):
        raise _AssertionError("outputs and out_grads must have the same length")
    _autograd.backward(list(outputs), None if out_grads is None else list(out_grads), retain_graph,
                       train_mode=True)


def compute_gradient(outputs):
    """Deprecated spelling of ``backward(outputs)``."""
    backward(outputs)


def grad_and_loss(func, argnum=None):
    """``func`` turned into ``f(*args) -> (gradients of its output w.r.t. args[argnum], output)``."""
    @functools.wraps(func)
    def wrapped(*args):
        variables = args
        if argnum is not None:
            variables = [args[i] for i in (argnum if isinstance(argnum, list) else [argnum])]
        for x in variables:
            if not isinstance(x, NDArray):
                raise _AssertionError("type of autograd input should NDArray.")
        grads = [zeros_like(x) for x in variables]
        mark_variables(variables, grads)
        with train_section():
            outputs = func(*args)
        compute_gradient([outputs] if isinstance(outputs, NDArray) else outputs)
        return grads, outputs
    return wrapped


def grad(func, argnum=None):
    """``func`` turned into ``f(*args) -> gradients of its output w.r.t. args[argnum]``."""
    grad_with_loss = grad_and_loss(func, argnum)

    @functools.wraps(grad_with_loss)
    def wrapped(*args):
        return grad_with_loss(*args)[0]
    return wrapped


# the names MXNet's module shows, as its own imports
import ctypes  # noqa: E402,F401
from ..base import NDArrayHandle, c_array, c_array_buf, c_handle_array, check_call, mx_uint  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """error_like""".split())
