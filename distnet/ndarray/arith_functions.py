"""``nd.add``, ``nd.maximum``, ``nd.equal``, ...: MXNet's Python functions over the broadcast operators.

Unlike the operators themselves (``nd.broadcast_add`` takes NDArrays only), these take a number on either
side (the array's scalar operator), and two numbers give a Python number.
"""
import operator

import numpy as np

from ..base import MXNetError, class_text
from . import array_kinds as _kinds
from .ndarray import NDArray
from .registry import OPS, KEEP_CLASS, _binary as array_method, invoke

_NUMBERS = (int, float, np.generic)
_NOATTRS = {}


def _scalar_operand(op, array):
    """The array of a scalar form (``x + 1``): MXNet's scalar operator asserts it is an NDArray."""
    if array is None:
        raise MXNetError(f"Operator {op.name} (with a scalar) expects 1 array input, but got None; pass an NDArray")
    if not isinstance(array, NDArray):
        raise AssertionError(f"Argument data must have NDArray type, but got {array!s}")
    if type(array) in KEEP_CLASS and _kinds.called_by_user(2):
        _kinds.refuse_numpy_input(op.name)


def _is_sparse(array):
    return type(array) is not NDArray and getattr(array, "stype", "default") != "default"


def _function(name, op_name, on_numbers, scalar_ops, number_second=False):
    """``scalar_ops``: MXNet's operators of an array with a number after it and (when they differ) before it,
    which a sparse array meets (their storage rules and fallbacks). ``number_second``: a number on the left goes
    second, as MXNet's symmetric scalar operator takes it (``maximum(0, x)`` is ``_maximum_scalar(x, 0)``: which
    of -0.0 and 0.0 comes out depends on the order)."""
    op = OPS[op_name]
    scalar_op, reflected_op = scalar_ops[0], scalar_ops[-1]

    def general(lhs, rhs):
        if isinstance(lhs, _NUMBERS):
            if isinstance(rhs, _NUMBERS):
                return on_numbers(lhs, rhs)
            _scalar_operand(op, rhs)
            if _is_sparse(rhs):
                return OPS[reflected_op](rhs, scalar=float(lhs))
            return invoke(op, (rhs, lhs) if number_second else (lhs, rhs), _NOATTRS)
        if isinstance(rhs, _NUMBERS):
            _scalar_operand(op, lhs)
            if _is_sparse(lhs):
                return OPS[scalar_op](lhs, scalar=float(rhs))
            return invoke(op, (lhs, rhs), _NOATTRS)
        if isinstance(rhs, NDArray):
            return op(lhs, rhs)         # the operator's own checks of ``lhs``
        raise TypeError(f"type {class_text(rhs)} not supported")

    of_arrays = array_method(op)      # two plain arrays: the path of ``x + y``, the commonest call

    def function(lhs, rhs):
        if type(lhs) is NDArray and type(rhs) is NDArray:
            return of_arrays(lhs, rhs)
        return general(lhs, rhs)

    function.__name__ = function.__qualname__ = name
    function.__doc__ = f"``{op_name}`` of two arrays, or of an array and a number (two numbers: a number)."
    return function


def _flag(test):
    return lambda x, y: 1 if test(x, y) else 0


add = _function("add", "broadcast_add", operator.add, ("_plus_scalar",))
subtract = _function("subtract", "broadcast_sub", operator.sub, ("_minus_scalar", "_rminus_scalar"))
multiply = _function("multiply", "broadcast_mul", operator.mul, ("_mul_scalar",))
divide = _function("divide", "broadcast_div", operator.truediv, ("_div_scalar", "_rdiv_scalar"))
true_divide = _function("true_divide", "broadcast_div", operator.truediv, ("_div_scalar", "_rdiv_scalar"))
modulo = _function("modulo", "broadcast_mod", operator.mod, ("_mod_scalar", "_rmod_scalar"))
_power = _function("power", "broadcast_power", operator.pow, ("_power_scalar", "_rpower_scalar"))
maximum = _function("maximum", "broadcast_maximum", lambda x, y: x if x > y else y, ("_maximum_scalar",),
                    number_second=True)
minimum = _function("minimum", "broadcast_minimum", lambda x, y: x if x < y else y, ("_minimum_scalar",),
                    number_second=True)
equal = _function("equal", "broadcast_equal", _flag(operator.eq), ("_equal_scalar",))
not_equal = _function("not_equal", "broadcast_not_equal", _flag(operator.ne), ("_not_equal_scalar",))
greater = _function("greater", "broadcast_greater", _flag(operator.gt), ("_greater_scalar", "_lesser_scalar"))
greater_equal = _function("greater_equal", "broadcast_greater_equal", _flag(operator.ge),
                          ("_greater_equal_scalar", "_lesser_equal_scalar"))
lesser = _function("lesser", "broadcast_lesser", _flag(operator.lt), ("_lesser_scalar", "_greater_scalar"))
lesser_equal = _function("lesser_equal", "broadcast_lesser_equal", _flag(operator.le),
                         ("_lesser_equal_scalar", "_greater_equal_scalar"))
logical_and = _function("logical_and", "broadcast_logical_and", _flag(lambda x, y: x and y), ("_logical_and_scalar",))
logical_or = _function("logical_or", "broadcast_logical_or", _flag(lambda x, y: x or y), ("_logical_or_scalar",))
logical_xor = _function("logical_xor", "broadcast_logical_xor", _flag(lambda x, y: bool(x) != bool(y)),
                        ("_logical_xor_scalar",))

def power(base, exp):
    """``base ** exp`` of arrays and numbers (MXNet names this function's arguments so)."""
    return _power(base, exp)
