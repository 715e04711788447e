"""A gradient with three or more contributions is summed in MXNet's graph order (depth-first from the
heads, inputs in order), not in the order the ops were recorded. The cases make the order visible:
1 + 1e8 - 1e8 is 0 or 1 in float32 depending on which two terms are added first. Expected values were
measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd


def _three_uses(x):
    return x * 1.0, x * 1e8, x * -1e8


@pytest.mark.parametrize("combine, expected", [
    (lambda a, b, c: (c + b) + a, 1.0),
    (lambda a, b, c: a + (c + b), 0.0),
    (lambda a, b, c: a + (b + c), 0.0),
    (lambda a, b, c: (b + c) + a, 1.0),
    (lambda a, b, c: nd.add_n(c, b, a), 1.0),
])
def test_contributions_sum_in_graph_order(combine, expected):
    x = nd.array([1.0])
    x.attach_grad()
    with autograd.record():
        y = combine(*_three_uses(x))
    y.backward()
    assert x.grad.asnumpy().tolist() == [expected]


@pytest.mark.parametrize("heads, expected", [
    (lambda a, b, c: [a, b + c], 0.0),
    (lambda a, b, c: [b + c, a], 1.0),
    (lambda a, b, c: [a, b, c], 0.0),
    (lambda a, b, c: [c, a, b], 0.0),
])
def test_several_heads_are_walked_in_the_order_given(heads, expected):
    x = nd.array([1.0])
    x.attach_grad()
    with autograd.record():
        hs = heads(*_three_uses(x))
    autograd.backward(hs)
    assert x.grad.asnumpy().tolist() == [expected]


def test_create_graph_records_one_add_n_for_a_sum():
    x = nd.array([0.5, 1.5])
    x.attach_grad()
    with autograd.record():
        y = x * x * 2.0 + nd.sin(x)
        (g,) = autograd.grad(y, [x], create_graph=True, retain_graph=True)
    assert g._node[0].op.name == "add_n"
    np.testing.assert_allclose(g.asnumpy(), 4 * x.asnumpy() + np.cos(x.asnumpy()), rtol=1e-6)
    with pytest.raises(mx.base.MXNetError, match="_backward_broadcast_mul is non-differentiable"):
        g.backward()        # as MXNet: x * x's backward has no gradient of its own


@pytest.mark.parametrize("uses, expected", [(4, 1e8), (5, 1e8), (7, 1e8), (8, 100000008.0)])
def test_add_request_takes_five_to_seven_contributions_one_at_a_time(uses, expected):
    # MXNet's add_n kernel adds five or more terms into an 'add' buffer one by one (each 1.0 is lost
    # against 1e8); fewer terms, or a _grad_add chain from eight on, are summed before being added
    x = nd.array([1.0])
    x.attach_grad("add")
    x.grad[:] = 1e8
    with autograd.record():
        outs = [x * 1.0 for _ in range(uses)]
    autograd.backward(outs)
    assert x.grad.asnumpy().tolist() == [expected]


def _add_buffer_after(make_loss, passes=1):
    d = nd.array([[0.5, -1.0, 2.0], [0.0, 1.0, -0.5]])
    d.attach_grad("add")
    d.grad[:] = 7
    for _ in range(passes):
        with autograd.record():
            outs = make_loss(d)
        autograd.backward(outs)
    return d.grad.asnumpy().astype(np.float64).round(6).tolist()


def test_softmax_output_overwrites_the_add_buffer_of_a_variable_feeding_it_alone():
    # MXNet's legacy SoftmaxOutput/SVMOutput kernels assign the data gradient whatever the request
    label = nd.array([0, 2])
    expected = [[-0.82471, 0.039113, 0.785597], [0.231224, 0.628532, -0.859756]]
    assert _add_buffer_after(lambda d: nd.SoftmaxOutput(d, label), passes=2) == expected
    assert _add_buffer_after(lambda d: [nd.SoftmaxOutput(d, label), nd.MakeLoss(d * 2)]) == \
        [[8.17529, 9.039112, 9.785597], [9.231224, 9.628531, 8.140244]]
