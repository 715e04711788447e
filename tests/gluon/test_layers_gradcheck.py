"""Gluon layers' input and parameter gradients against central differences (float64 where MXNet allows it)."""
import numpy as np
import pytest

import distnet as mx
import layer_cases

CHECKED = ["dense", "dense_no_flatten", "conv1d", "conv2d_stride_dilate", "conv2d_groups", "conv3d",
           "conv2d_transpose", "maxpool2d", "avgpool2d_nopadcount", "globalavgpool2d", "batchnorm_train",
           "layernorm", "instancenorm", "groupnorm", "embedding", "prelu", "elu", "swish", "gelu",
           "reflectionpad2d", "rnn_tanh", "lstm_2layer_bi", "gru"]
# (Cells unrolled with default float32 begin states cannot run in float64, in MXNet either; their
# gradients are compared with MXNet's in test_layers_reference.py.)
CASES = {c[0]: c for c in layer_cases.LAYERS}
# (dtype, difference step, rtol, atol). MXNet runs InstanceNorm in float32 only, and prelu, gelu and the
# relu RNN's native kernel round to float32 even for float64 data: those need a wider step and float32-sized
# tolerances.
PRECISION = {"instancenorm": ("float32", 2e-3, 1e-2, 1e-3), "prelu": ("float64", 1e-2, 1e-4, 1e-5),
             "gelu": ("float64", 1e-3, 1e-3, 1e-4), "rnn_tanh": ("float64", 1e-3, 1e-3, 1e-4)}
DEFAULT_PRECISION = ("float64", 1e-6, 1e-4, 1e-6)


def _build(source, input_specs, dtype):
    env = dict(layer_cases.helpers(mx), mx=mx, nn=mx.gluon.nn, rnn=mx.gluon.rnn)
    net = eval(source, env)
    net.initialize()
    # phase 0.25: no input sits exactly on a kink (x = 0) where central differences straddle two slopes
    inputs = [layer_cases.make_input(s, i + 0.25).astype(dtype) for i, s in enumerate(input_specs)]
    net(*[mx.nd.array(x, dtype="float32") for x in inputs])
    net.cast(dtype)
    params = list(net.collect_params().values())
    for i, p in enumerate(params):
        value = layer_cases.pattern(p.shape, 1.0 + i).astype(dtype)
        p.set_data(mx.nd.array(np.abs(value) + 0.5 if p.name.endswith("running_var") else value, dtype=dtype))
    return net, params, inputs


@pytest.mark.parametrize("case_id", CHECKED)
def test_layer_gradients_match_finite_differences(case_id):
    _, source, specs, mode = CASES[case_id]
    dtype, eps, rtol, atol = PRECISION.get(case_id, DEFAULT_PRECISION)
    net, params, inputs = _build(source, specs, dtype)
    differentiable = [i for i, s in enumerate(specs) if not isinstance(s[0], str)]
    xs = [mx.nd.array(x, dtype=dtype) for x in inputs]
    for i in differentiable:
        xs[i].attach_grad()
    with mx.autograd.record():
        out = net(*xs)
    head = np.cos(np.arange(out.size) * 0.53).reshape(out.shape)
    out.backward(mx.nd.array(head, dtype=dtype))

    def objective():
        with mx.autograd.train_mode():
            value = net(*[mx.nd.array(x, dtype=dtype) for x in inputs])
        return float((value.asnumpy() * head).sum())

    targets = [(f"input {i}", inputs[i], xs[i].grad.asnumpy()) for i in differentiable]
    for p in params:
        if p.grad_req != "null":
            targets.append((p.name, p.data()._data, p.grad().asnumpy()))
    for name, buffer, analytic in targets:
        flat, numeric = buffer.reshape(-1), np.zeros(buffer.size)
        for j in range(flat.size):
            old = flat[j]
            flat[j] = old + eps
            hi = objective()
            flat[j] = old - eps
            lo = objective()
            flat[j] = old
            numeric[j] = (hi - lo) / (2 * eps)
        np.testing.assert_allclose(analytic.reshape(-1), numeric, rtol=rtol, atol=atol,
                                   err_msg=f"{case_id}: gradient of {name}")
