"""hawkesll: MXNet 1.9.1's log likelihoods, states and gradients bit for bit, plus finite differences."""
import os

import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet.base import MXNetError

from hawkes_cases import cases

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "hawkes_mxnet_1.9.1.npz")
CASES = [Case("_contrib_hawkesll", *[x.astype(np.float64) if x.dtype.kind == "f" else x for x in cases()[i][0]],
              grad=(0, 1, 2), eps=1e-3, grad_rtol=1e-2, grad_atol=1e-2, label=str(i)) for i in (0, 3, 5)]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_gradient_against_finite_differences(case):
    run_case(case)


@pytest.mark.parametrize("index", range(len(cases())))
def test_outputs_and_gradients_equal_mxnet(index):
    inputs, dy = cases()[index]
    expected = np.load(FIXTURE)
    arrays = [nd.array(x, dtype=x.dtype) for x in inputs]
    for a in arrays[:4]:
        a.attach_grad()
    with mx.autograd.record():
        loglike, state = nd.contrib.hawkesll(*arrays)
    loglike.backward(nd.array(dy, dtype=dy.dtype))
    for name, value in zip(("loglike", "state", "d_lda", "d_alpha", "d_beta", "d_state"),
                           [loglike, state] + [a.grad for a in arrays[:4]]):
        got, want = value.asnumpy(), expected[f"{index}_{name}"]
        assert got.dtype == want.dtype, name
        np.testing.assert_array_equal(got, want, err_msg=name)


@pytest.mark.parametrize("position", [4, 5, 6, 7])
def test_gradient_of_the_event_data_is_refused(position):
    arrays = [nd.array(x, dtype=x.dtype) for x in cases()[0][0]]
    arrays[position].attach_grad()
    with mx.autograd.record():
        loglike, _ = nd.contrib.hawkesll(*arrays)
    with pytest.raises(MXNetError, match="no gradient"):
        loglike.backward()


def test_mismatched_shapes_are_refused():
    inputs = [nd.array(x, dtype=x.dtype) for x in cases()[3][0]]
    inputs[1] = nd.ones((7,))
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(hawkesll: :kAlpha\)\[0\] == K \(7 vs. "):
        nd.contrib.hawkesll(*inputs)


def test_shapes_come_from_lags_and_lda_and_types_from_lda():
    inputs = [nd.array(x, dtype=x.dtype) for x in cases()[3][0]]
    n, t = inputs[4].shape
    wider = list(inputs)
    wider[5] = nd.zeros((n, t + 1), dtype="int32")
    with pytest.raises(MXNetError, match=rf"kMarks\)\[1\] == T \({t + 1} vs. {t}\) :"):
        nd.contrib.hawkesll(*wider)
    typed = list(inputs)
    typed[7] = typed[7].astype("float64") if typed[0].dtype != np.float64 else typed[7].astype("float32")
    with pytest.raises(MXNetError, match=rf"Type inconsistent, Provided = {typed[7].dtype.__name__}, inferred type = "
                                         rf"{np.dtype(typed[0].dtype).name}$"):
        nd.contrib.hawkesll(*typed)


def test_symbol_infers_shapes_and_dtypes_and_runs_as_nd():
    names = ["lda", "alpha", "beta", "state", "lags", "marks", "valid_length", "max_time"]
    with mx.name.NameManager():
        sym = mx.sym.contrib.hawkesll(*[mx.sym.var(n) for n in names], name="h")
    assert sym.list_outputs() == ["h_output", "h_out_state"]
    inputs = cases()[3][0]
    shapes = dict(zip(names, [x.shape for x in inputs]))
    assert sym.infer_shape(**shapes)[1] == [inputs[0].shape[:1], inputs[0].shape]
    arg_types, out_types, _ = sym.infer_type(lda=np.float64, marks=np.int32)
    assert arg_types == [np.float64] * 5 + [np.int32] + [np.float64] * 2 and out_types == [np.float64] * 2
    arrays = {n: nd.array(x, dtype=x.dtype) for n, x in zip(names, inputs)}
    got = sym.bind(mx.cpu(), arrays).forward()
    want = nd.contrib.hawkesll(*[arrays[n] for n in names])
    for g, w in zip(got, want):
        np.testing.assert_array_equal(g.asnumpy(), w.asnumpy())


def test_a_graph_error_keeps_cplusplus_scope_colons():
    names = ["lda", "alpha", "beta", "state", "lags", "marks", "valid_length", "max_time"]
    sym = mx.sym.contrib.hawkesll(*[mx.sym.var(n) for n in names], name="h")
    shapes = dict(lda=(2, 3), alpha=(2,), beta=(3,), state=(2, 3), lags=(2, 4), marks=(2, 4), valid_length=(2,),
                  max_time=(2,))
    with pytest.raises(MXNetError, match=r"Error in operator h: \[\d\d:\d\d:\d\d\] \.\./src/operator/contrib/\./"
                                         r"hawkes_ll-inl\.h:94: Check failed: in_attrs->at\(hawkesll::kAlpha\)\[0\] "
                                         r"== K \(2 vs. 3\)"):
        sym.infer_shape(**shapes)
