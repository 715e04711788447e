"""Symbol.bind without group2ctx wants every argument and gradient array on the bind context (MXNet's
AssignContext check); auxiliary states are not checked, and group2ctx lifts the check."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def _sum():
    return mx.sym.square(mx.sym.var("x")) + mx.sym.var("y")


def _on(ctx):
    return mx.nd.ones(2, ctx=ctx)


def _message(kind, where, ctx, what):
    return (f"Check failed: x == default_ctx: {kind} array is in {where} while binding with ctx={ctx}. All {what} "
            f"must be in global context ({ctx}) unless group2ctx is specified for cross-device graph.")


@pytest.mark.parametrize("args, grads, kind, where", [
    ({"x": _on(mx.cpu(0)), "y": _on(mx.cpu(1))}, None, "Input", "cpu(0)"),
    ({"x": _on(mx.cpu(1)), "y": _on(mx.cpu(2))}, None, "Input", "cpu(2)"),
    ({"x": _on(mx.cpu(1)), "y": _on(mx.cpu_pinned(1))}, None, "Input", "cpu_pinned(1)"),
    ({"x": _on(mx.cpu(1)), "y": _on(mx.cpu(1))}, {"x": _on(mx.cpu(0))}, "Gradient", "cpu(0)"),
    ({"x": _on(mx.cpu(0)), "y": _on(mx.cpu(1))}, {"x": _on(mx.cpu(0))}, "Input", "cpu(0)"),
])
def test_an_array_off_the_bind_context_is_refused(args, grads, kind, where):
    with pytest.raises(MXNetError) as err:
        _sum().bind(mx.cpu(1), args, args_grad=grads)
    assert message_of(err.value) == _message(kind, where, "cpu(1)", "arguments" if kind == "Input" else "gradients")


def test_a_null_request_still_checks_its_gradient_array():
    with pytest.raises(MXNetError, match=r"Gradient array is in cpu\(3\)"):
        _sum().bind(mx.cpu(), [_on(mx.cpu()), _on(mx.cpu())], args_grad=[_on(mx.cpu(3)), _on(mx.cpu())],
                    grad_req="null")


def test_auxiliary_states_and_group2ctx_are_not_checked():
    bn = mx.sym.BatchNorm(mx.sym.var("x"), name="bn")
    ex = bn.bind(mx.cpu(), [mx.nd.ones((2, 2)), _on(mx.cpu()), _on(mx.cpu())],
                 aux_states=[_on(mx.cpu(1)), _on(mx.cpu())])
    assert ex.forward()[0].shape == (2, 2)
    ex = _sum().bind(mx.cpu(1), {"x": _on(mx.cpu(0)), "y": _on(mx.cpu(0))}, group2ctx={"dev1": mx.cpu(0)})
    assert ex.forward()[0].asnumpy().tolist() == [2.0, 2.0]


def test_a_reshaped_group2ctx_executor_keeps_its_placement():
    with mx.AttrScope(ctx_group="dev1"):
        a = mx.sym.var("a")
    ex = (a * 2).simple_bind(mx.cpu(0), group2ctx={"dev1": mx.cpu(1)}, a=(2, 3))
    assert ex.reshape(a=(1, 3)).arg_dict["a"].context == mx.cpu(1)
