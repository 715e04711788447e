"""NDArray.writable is MXNet's settable flag: false refuses in-place arithmetic; basic-indexing views take it."""
import pytest

from distnet import nd


def test_a_readonly_array_refuses_in_place_arithmetic_only():
    x = nd.array([1.0, 2.0])
    x.writable = False
    for update, verb in ((lambda a: a.__iadd__(1), "add to"), (lambda a: a.__isub__(nd.ones(2)), "subtract from"),
                         (lambda a: a.__imul__(2), "multiply to"), (lambda a: a.__itruediv__(2), "divide from"),
                         (lambda a: a.__imod__(2), "take modulo from")):
        with pytest.raises(ValueError, match=f"trying to {verb} a readonly NDArray"):
            update(x)
    x[:] = 7                                    # assignment is not checked, as in MXNet
    assert x.asnumpy().tolist() == [7.0, 7.0]
    x.writable = 3                              # any value, read for its truth
    x += 1
    assert x.writable == 3 and x.asnumpy().tolist() == [8.0, 8.0]


def test_views_take_the_flag_and_new_arrays_do_not():
    x = nd.arange(6).reshape((2, 3))
    x.writable = False
    assert [x[k].writable for k in (slice(0, 1), 0, (1, 2), None)] == [False] * 4
    assert [x[k].writable for k in ((slice(None), 1), [0, 1], (0, slice(None, None, 2)))] == [True] * 3
    assert x.copy().writable is True and (x + 1).writable is True and nd.array([1.0]).writable is True


def test_a_readonly_np_array_refuses_only_add_subtract_and_multiply():
    from distnet import np as mnp
    for update, verb in ((lambda a: a.__iadd__(1), "add to"), (lambda a: a.__isub__(1), "subtract from"),
                         (lambda a: a.__imul__(2), "add to")):      # MXNet words *= as an addition
        x = mnp.array([1.0, 2.0])
        x.writable = False
        with pytest.raises(ValueError, match=f"trying to {verb} a readonly ndarray$"):
            update(x)
        assert x.asnumpy().tolist() == [1.0, 2.0]
    x = mnp.array([2.0, 4.0])
    x.writable = False
    x /= 2
    x %= 3
    assert x.asnumpy().tolist() == [1.0, 2.0]
    with pytest.raises(ValueError, match="readonly ndarray"):      # a basic view takes the flag
        x[0:1].__iadd__(1)
    assert [x[k].writable for k in (slice(0, 1), 0, None, Ellipsis)] == [False] * 4
    assert x[[0]].writable is True and (x + 1).writable is True
